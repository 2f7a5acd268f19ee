/// Everything that was read: pages in order, grouped into issues on demand, and the warnings met on the way.
public struct Corpus: Sendable, Codable, Hashable {
    public var pages: [Page]
    public var warnings: [String]

    public init(pages: [Page] = [], warnings: [String] = []) {
        self.pages = pages
        self.warnings = warnings
    }

    /// Pages grouped by (paper, date), issues ordered by date (undated last, one issue per page), pages by
    /// number then source.
    public var issues: [Issue] {
        IssueGrouping.group(pages) { ($0.paper, $0.date, $0.page, $0.source) }.map {
            Issue(paper: $0.paper, date: $0.date, pages: $0.items)
        }
    }
}

/// One edition of one paper: the pages that share a paper and a date.
public struct Issue: Sendable, Hashable {
    public var paper: String?
    public var date: String?
    public var pages: [Page]

    public var title: String { Issue.title(paper: paper, date: date, source: date == nil ? pages.first?.source : nil) }

    public static func title(paper: String?, date: String?, source: String? = nil) -> String {
        let name = paper ?? "未知报刊"
        // an undated page is an issue of its own, named by its file: which pages belong together is unknown
        if date == nil, let s = source { return "\(name) · 日期不详 · \(Self.fileName(s))" }
        return date.map { "\(name) \($0)" } ?? "\(name) · 日期不详"
    }

    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}
