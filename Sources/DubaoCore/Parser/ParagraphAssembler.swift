/// Rule **ParagraphJoin**: turns lines into paragraphs. Within a paragraph, lines are joined when the
/// previous line is a hard wrap (it fills the column and is followed directly) or a column break (it fills
/// the column, does not end a sentence, and a blank line follows). A blank line after a sentence end ends the
/// paragraph; so does a short line. On flowed pages (a paragraph per line) a line that does not end its
/// sentence and reads as prose continues after the blank line. Marks, bracketed lines, bylines and the
/// opening of a new report never join a neighbour.
struct ParagraphAssembler {
    /// The printed column width, when the page has one.
    var columnWidth: Int?

    /// How far below the column width a line may end and still count as full.
    var tolerance: Int { max(4, (columnWidth ?? 0) / 5) }

    func isFull(_ l: SourceLine) -> Bool {
        guard let w = columnWidth else { return false }
        return l.rawWidth >= w - tolerance
    }

    /// Wider than any column line: a paragraph written on one line.
    func isFlowed(_ l: SourceLine) -> Bool {
        guard let w = columnWidth else { return true }
        return Double(l.rawWidth) > Double(w) * 1.6
    }

    func assemble(_ lines: [SourceLine]) -> [Unit] {
        var units: [Unit] = []
        var current: Unit?
        for (k, l) in lines.enumerated() {
            if current != nil, continues(current!, lines[current!.lines.last!], l, afterProse: afterProse(units, current!)) {
                var u = current!
                current = nil
                LineJoin.append(l.text, to: &u.text)
                u.lines.append(k)
                u.maxRawWidth = max(u.maxRawWidth, l.rawWidth)
                u.hasClause = u.hasClause || l.shape.hasClause
                u.endsSentence = l.shape.endsSentence
                current = u
            } else {
                if let u = current { units.append(u) }
                var u = Unit(text: l.text, lines: [k], gapBefore: l.gapBefore, maxRawWidth: l.rawWidth, firstLine: l.number)
                u.hasClause = l.shape.hasClause
                u.endsSentence = l.shape.endsSentence
                current = u
            }
        }
        if let u = current { units.append(u) }
        return splittingTrailingSignatures(units)
    }

    /// The unit starts right under a line of prose (no blank line between): it is prose too.
    func afterProse(_ done: [Unit], _ u: Unit) -> Bool {
        guard u.gapBefore == 0, let prev = done.last else { return false }
        return prev.endsSentence || prev.hasClause
    }

    func continues(_ unit: Unit, _ p: SourceLine, _ l: SourceLine, afterProse: Bool = false) -> Bool {
        if p.shape.standsAlone || l.shape.standsAlone || l.shape.opensStory { return false }
        // a caption ends with its photo credit, a story part with its 下转 mark
        if p.shape.endsWithCreditOrMark { return false }
        // English running on: a line that ends in a word and a next one that starts in lower case
        if p.shape.endsInLatinLetter && l.shape.startsLowercaseLatin && l.gapBefore == 0 { return true }
        if isFlowed(p) {
            if unit.endsSentence { return false }
            return unit.hasClause && p.rawWidth >= 20
        }
        guard isFull(p) else {
            // a paragraph cut at a column break whose last line came out short: it reads as prose over
            // several lines, does not end its sentence, and prose follows
            return l.gapBefore > 0 && unit.lines.count >= 2 && unit.hasClause && !unit.endsSentence
                && (l.shape.hasClause || isFull(l)) && !p.shape.standsAlone
        }
        if p.shape.endsSentence {
            // the sentence ended at the line's end; without a blank line the paragraph goes on
            return l.gapBefore == 0 && !looksLikeHeading(l)
        }
        if l.gapBefore == 0 { return true }
        // a column break inside a paragraph: what came before must read as prose
        return unit.hasClause || unit.lines.count >= 2 || afterProse
    }

    /// Rule **TrailingSignature**: a letter's closing attribution printed at the end of its last paragraph
    /// (`…安全感。（荆州市公安局新闻中心民警 刘园园）`) is split off as a line of its own.
    func splittingTrailingSignatures(_ units: [Unit]) -> [Unit] {
        var out: [Unit] = []
        for u in units {
            guard let open = Markers.trailingSignature(u.text) else { out.append(u); continue }
            let before = u.text[..<open]
            let tail = String(u.text[open...])
            var body = u
            body.text = String(before).trimmingCharacters()
            body.endsSentence = true
            var sig = u
            sig.text = tail
            sig.gapBefore = 0
            sig.lines = [u.lines.last!]
            out.append(body)
            out.append(sig)
        }
        return out
    }

    /// A short line with neither sentence nor clause punctuation.
    func looksLikeHeading(_ l: SourceLine) -> Bool {
        !isFull(l) && !l.shape.endsSentence && !l.shape.hasClause
    }
}

/// Shapes of single lines that the joining and classifying rules share.
enum LineShape {
    /// Marks, wholly bracketed lines and byline lines are never part of a paragraph.
    static func standsAlone(_ text: String) -> Bool {
        if Markers.isStandaloneMark(text) != nil { return true }
        if let inner = Markers.bracketedWhole(text), inner.unicodeScalars.count <= 48 { return true }
        return Markers.bylineLine(text) != nil
    }

    /// The first line of a report or of a column's lead-in.
    static func opensStory(_ text: String) -> Bool {
        Markers.newsLead(text).isLead || Markers.isColumnLeadIn(text)
    }
}
