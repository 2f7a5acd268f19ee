/// Line breaks that are paragraph breaks on a page of one paragraph a line printed without blank lines.
///
/// A dump that sets each paragraph on one line usually leaves a blank line after it, and the page's other breaks
/// (a headline's end, a byline, a credit) are blank lines too. Some tools and OCR programs leave none: the
/// paragraphs then follow one another line by line, and a headline stands right on its story's first paragraph.
/// On such a page every line break is read as the blank line it stands for, so the page is read like its
/// spaced-out twin. A page of lines wrapped in columns keeps its breaks: most of its prose lines stop mid-sentence
/// (a paragraph's last line is the one that ends a sentence), where on a page of a paragraph a line nearly every
/// prose line ends one (all but paragraphs cut by a column break).
enum FlowedBreaks {
    /// Gives every line but the first a gap before it, on a page where fewer than one break in `sparse` is a
    /// blank line and at least half of its prose lines (eight Han characters or more with a clause mark: not
    /// headlines, bylines or header lines), six or more, end a sentence.
    static func mark(_ lines: inout [PageLine], sparse: Int = 20) {
        guard lines.count >= 6 else { return }
        let blanks = lines.dropFirst().lazy.filter { $0.gapBefore > 0 }.count
        guard blanks * sparse < lines.count - 1 else { return }
        let prose = lines.lazy.filter { $0.han >= 8 && $0.hasClause }
        let ending = prose.filter(\.endsSentence).count
        let count = prose.count
        guard count >= 6, ending * 2 >= count else { return }
        for k in lines.indices.dropFirst() { lines[k].gapBefore += 1 }
    }
}
