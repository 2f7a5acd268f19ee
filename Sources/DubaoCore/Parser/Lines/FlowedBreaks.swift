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
    ///
    /// Also on a page that sets only its stories apart with blank lines (fewer than one break in three), its
    /// paragraphs following one another line by line, as text copied from a web page often is: there two in three
    /// of the prose lines with no blank line after them, six or more, end a sentence, and most of them are wider
    /// than any column found around them, or none is (a page wrapped at a width, its paragraphs short, ends many
    /// lines with a sentence too, but its lines fill that width and none runs past it).
    static func mark(_ lines: inout [PageLine], sparse: Int = 20) {
        guard lines.count >= 6 else { return }
        let blanks = lines.dropFirst().lazy.filter { $0.gapBefore > 0 }.count
        if blanks * sparse >= lines.count - 1 {
            guard blanks * 3 < lines.count - 1 else { return }
            let tight = lines.indices.dropLast().filter { lines[$0 + 1].gapBefore == 0 && isProse(lines[$0]) }
            let ending = tight.filter { lines[$0].endsSentence }.count
            let unwrapped = tight.filter { k in lines[k].columnWidth.map { lines[k].rawWidth > $0 + max(4, $0 / 5) } ?? true }.count
            guard tight.count >= 6, ending * 3 >= tight.count * 2, unwrapped * 3 >= tight.count * 2 else { return }
        } else {
            let prose = lines.lazy.filter(isProse)
            let ending = prose.filter(\.endsSentence).count
            let count = prose.count
            guard count >= 6, ending * 2 >= count else { return }
        }
        for k in lines.indices.dropFirst() { lines[k].gapBefore += 1 }
    }

    /// A prose line: eight Han characters or more with a clause mark (no headline, byline or header line).
    static func isProse(_ l: PageLine) -> Bool { l.han >= 8 && l.hasClause }
}
