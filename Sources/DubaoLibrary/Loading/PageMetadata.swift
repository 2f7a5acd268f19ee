import DubaoCore

/// Rule **PageMetadata**: a page's paper, date and page number come from its file name when the name carries
/// them, else from the page's own header and footer lines (`PageHeader`, read by the parser). When both give
/// a date or a page number and they disagree, the file name wins and a warning says so; a value taken from
/// the header is said too (nothing is inferred silently).
public enum PageMetadata {
    /// Sets the page's metadata from the file name over what the parser read in its header; returns warnings.
    public static func merge(into page: inout Page, fileName meta: FileNameMetadata, path: String) -> [String] {
        var warnings: [String] = []
        var fromHeader: [String] = []
        if let d = meta.date {
            if let h = page.date, h != d { warnings.append("\(path): the page's header says \(h), the file name \(d); using the file name") }
            page.date = d
        } else if let h = page.date {
            fromHeader.append("date \(h)")
        }
        if let n = meta.page {
            if let h = page.page, h != n { warnings.append("\(path): the page's header says page \(h), the file name page \(n); using the file name") }
            page.page = n
        } else if let h = page.page {
            fromHeader.append("page \(h)")
        }
        // a paper's name from the file is a code (`jzrb`) or a name; the header's masthead is the name
        if let p = meta.paper {
            page.paper = p
        } else if let h = page.paper {
            fromHeader.append("paper \(h)")
        }
        page.metadataFrom = origin(paper: page.paper, date: page.date, page: page.page, fileName: meta)
        if !fromHeader.isEmpty { warnings.append("\(path): \(fromHeader.joined(separator: ", ")) read from the page's header lines") }
        return warnings
    }

    /// Pages of one file are one issue: a page whose own lines and the file name gave no date (or paper) takes
    /// the one its file's other pages agree on, and says so. Returns the warnings.
    public static func shareIssue(_ pages: inout [Page]) -> [String] {
        func agreed(_ values: [String?]) -> String? {
            let distinct = Set(values.compactMap { $0 })
            return distinct.count == 1 ? distinct.first : nil
        }
        let date = agreed(pages.map(\.date))
        let paper = agreed(pages.map(\.paper))
        var warnings: [String] = []
        for k in pages.indices {
            var took: [String] = []
            if pages[k].date == nil, let d = date {
                pages[k].date = d
                pages[k].metadataFrom.date = .header
                took.append("date \(d)")
            }
            if pages[k].paper == nil, let p = paper {
                pages[k].paper = p
                pages[k].metadataFrom.paper = .header
                took.append("paper \(p)")
            }
            if !took.isEmpty { warnings.append("\(pages[k].source): \(took.joined(separator: ", ")) taken from the file's other pages") }
        }
        return warnings
    }

    /// Where values a page holds came from, given what its file name carries: the file name's when it has
    /// them, else the header's.
    public static func origin(paper: String?, date: String?, page: Int?, fileName meta: FileNameMetadata) -> MetadataOrigin {
        func from(_ known: Bool, _ inName: Bool) -> MetadataOrigin.Source? { inName ? .fileName : known ? .header : nil }
        return MetadataOrigin(paper: from(paper != nil, meta.paper != nil), date: from(date != nil, meta.date != nil),
                              page: from(page != nil, meta.page != nil))
    }

    /// The file name's metadata for a page's source (`issue.pdf#3`, `issue.txt#3`: the file's name, its page
    /// number not taken from it, as `CorpusLoader` reads several pages of one file).
    public static func fileName(ofSource source: String) -> FileNameMetadata {
        guard let pdf = PDFSource.location(source) ?? PDFSource.sheetLocation(source) else { return FileNameMetadata.parse(path: source) }
        var m = FileNameMetadata.parse(path: pdf.file)
        m.page = nil
        return m
    }
}
