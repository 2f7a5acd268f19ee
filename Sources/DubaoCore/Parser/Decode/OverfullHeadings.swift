/// Rule **OverfullHeading**: a line standing alone between blank lines, wider than its column by more than a fifth,
/// not letter-spaced (its width is then its own), that ends no sentence and holds none, is display type set across
/// columns (a headline such as `某地：“某事”并举，全力推进某项工作`), whatever clause marks it holds: running text
/// wraps at its column's width, and a paragraph of one line ends its sentence. It is no paragraph of a story.
enum OverfullHeadings {
    /// The line's own shape: wider than `column` by a fifth, a heading's length and end, no sentence in it, no report's
    /// opening.
    static func shape(_ text: String, width: Int, column: Int?, letterSpaced: Bool) -> Bool {
        guard let w = column, !letterSpaced, width > w + max(4, w / 5) else { return false }
        // a headline ends on a word or a closing quote or bracket, not on a colon that opens a list
        guard let last = text.unicodeScalars.last, CharClass.isHan(last) || CharClass.isDigit(last) || CharClass.isCloser(last) else { return false }
        let han = text.hanCount
        return han >= 4 && han <= 30 && text.unicodeScalars.count <= 40
            && !text.unicodeScalars.contains(where: CharClass.isTerminator) && !Markers.newsLead(text).isLead
    }

    /// Unit `k` is one such line between blank lines.
    static func isOverfull(_ k: Int, in units: [Unit]) -> Bool {
        let u = units[k]
        return u.lines.count == 1 && (u.gapBefore >= 1 || k == 0) && (u.gapAfter >= 1 || k == units.count - 1) && u.marks.isEmpty
            && shape(u.text, width: u.maxRawWidth, column: u.columnWidth, letterSpaced: u.letterSpaced)
    }
}
