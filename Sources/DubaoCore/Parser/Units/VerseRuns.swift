/// Rule **VerseRuns**: a poem on a literary page (副刊) is printed a short line at a time, its stanzas set apart
/// by blank lines: a stack of short lines that, one by one, look like headings. A headline group is three or
/// four such lines at most and has prose under it; a poem is a long run of them with none, and is signed above
/// it (`□ 王明远`, a name with no reporter's role). A run of at least `minimumUnits` short lines with no prose
/// among them, right under such a byline line, in two stanzas or more (blank lines between them), one of at least
/// `minimumStanza` lines printed without blank lines between them, and few of its lines ending a sentence, is
/// verse: its lines are the poem's text (its first may open a story), never headings, bylines or furniture. (A
/// text without blank lines, as `pdftotext -raw` prints, shows no stanzas: the last short lines of a narrow
/// column's paragraph and a headline group under them would pass for a poem; so would a stack of headlines
/// wrapped at a narrow column's width, which no byline heads.) Keyed to the shape of the lines, not their words.
enum VerseRuns {
    static let minimumUnits = 6
    static let minimumStanza = 3
    /// A verse line is short: at most this many characters.
    static let maximumCharacters = 20

    /// For each unit: 0 not verse, 1 the first line of a poem's run, 2 a later line.
    static func find(_ units: [Unit]) -> [UInt8] {
        var out = [UInt8](repeating: 0, count: units.count)
        // runs of short lines by their shape; those long enough, looked at again line by line (the markers cost
        // more than the shape)
        var k = 0
        while k < units.count {
            guard isShortLine(units[k]) else { k += 1; continue }
            var e = k
            while e + 1 < units.count && isShortLine(units[e + 1]) { e += 1 }
            if e - k + 1 >= minimumUnits { mark(units, in: k..<(e + 1), out: &out) }
            k = e + 1
        }
        return out
    }

    /// Marks the verse runs among `range`.
    static func mark(_ units: [Unit], in range: Range<Int>, out: inout [UInt8]) {
        var k = range.lowerBound
        while k < range.upperBound {
            guard isVerseLine(units[k]) else { k += 1; continue }
            var e = k
            while e + 1 < range.upperBound && isVerseLine(units[e + 1]) { e += 1 }
            // lines of one stanza are as close as the run's closest two (no blank line between them as printed; one
            // where a dump sets every line apart, two between stanzas)
            let close = k < e ? units[(k + 1)...e].lazy.map(\.gapBefore).min() ?? 0 : 0
            // a title with its writer's bare name right under it (`江边的黄昏` / `李远`), at the run's head or opening a
            // stanza, heads the poem under them: the run's lines from there on are the next poem's (or, the run's last
            // two, the title and writer of the prose under them)
            let head = k
            func named(_ j: Int) -> Bool {
                j > head && units[j].gapBefore <= close && (j - 1 == head || units[j - 1].gapBefore > close)
                    && LabelledTitle.isBareName(units[j].text) && UnitFeature.isHeadingShape(units[j - 1])
            }
            var signedByName = false
            if k + 2 <= e && named(k + 1) {
                signedByName = true
                k += 2
            }
            let next = k + 1 < e ? ((k + 2)...e).first(where: named) : nil
            if let j = next { e = j - 2 }
            // a line standing alone right above the next piece's byline, or its `——` subtitle and byline, is that
            // piece's title (`老街的灯火` / `□ 李清和`)
            if e > k && units[e].gapBefore > close && titles(units, above: e + 1) { e -= 1 }
            // the longest stanza: lines with no wider gap between them
            var stanza = 1
            var longest = 1
            var stanzas = 1
            var sentences = units[k].endsSentence ? 1 : 0
            if k < e {
                for j in (k + 1)...e {
                    stanza = units[j].gapBefore <= close ? stanza + 1 : 1
                    if stanza == 1 { stanzas += 1 }
                    longest = max(longest, stanza)
                    if units[j].endsSentence { sentences += 1 }
                }
            }
            let count = e - k + 1
            // (a poet signs with a name, not as a reporter)
            let signed = signedByName || (k > 0 && Signoff.isWriterLine(units[k - 1]))
            if signed && count >= minimumUnits && longest >= minimumStanza && stanzas >= 2 && sentences * 3 <= count {
                out[k] = 1
                for j in (k + 1)...e { out[j] = 2 }
            }
            k = next.map { $0 - 1 } ?? e + 1
        }
    }

    /// Unit `k` is a piece's byline, or its `——` subtitle with the byline under it: the line above is that piece's title.
    static func titles(_ units: [Unit], above k: Int) -> Bool {
        guard k < units.count else { return false }
        if Signoff.isWriterLine(units[k]) { return true }
        return k + 1 < units.count && units[k].lines.count == 1 && units[k].text.hasScalarPrefix("——") && Signoff.isWriterLine(units[k + 1])
    }

    /// A short line of words, by its shape alone.
    static func isShortLine(_ u: Unit) -> Bool {
        guard u.lines.count == 1, u.marks.isEmpty, !u.letterSpaced, u.text.utf8.count <= 4 * maximumCharacters else { return false }
        let n = u.text.unicodeScalars.count
        guard n >= 2, n <= maximumCharacters, u.text.hanCount >= 2, let first = u.text.unicodeScalars.first else { return false }
        return CharClass.isHan(first) || CharClass.isOpener(first)
    }

    /// One short line of words, not a page's or a story's apparatus (a byline, a credit, a mark, a header line),
    /// and not a sentence that goes on past its line.
    static func isVerseLine(_ u: Unit) -> Bool {
        guard isShortLine(u) else { return false }
        if let last = u.text.unicodeScalars.last, "，、；：".unicodeScalars.contains(last) { return true }
        return Markers.bylineLine(u.text) == nil && Markers.plainCredit(u.text) == nil && !Markers.isHeaderLine(u.text)
            && !Markers.productionLine(u.text) && Markers.bracketedWhole(u.text) == nil
    }
}
