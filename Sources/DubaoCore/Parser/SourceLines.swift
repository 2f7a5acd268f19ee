/// One line of the page as printed, after the line-level rules ran.
struct SourceLine: Sendable {
    /// 0-based line number in the source.
    var number: Int
    /// The line as extracted, trimmed.
    var raw: String
    /// After LetterSpacing and SpaceTidy.
    var text: String
    /// Printed width of `raw` (CJK quotes and dashes count as wide, as they print): justified and
    /// letter-spaced lines keep their printed width here.
    var rawWidth: Int
    /// Blank (or removed) lines between this line and the previous kept one.
    var gapBefore: Int
    /// Shapes the joining rules ask about, worked out once.
    var shape: Shape

    struct Shape: Sendable {
        var standsAlone = false
        var opensStory = false
        var endsSentence = false
        var hasClause = false
        /// Ends with a photo credit, a signature or a 下转 mark: the paragraph ends here.
        var endsWithCreditOrMark = false
        var endsInLatinLetter = false
        var startsLowercaseLatin = false

        init() {}

        init(_ text: String) {
            // cheap looks first; the recognisers run only where they could answer yes
            let first = text.unicodeScalars.first(where: { !CharClass.isSpace($0) && !CharClass.isBullet($0) })
            let bracketed = first.map(CharClass.isOpener) ?? false
            let short = text.utf8.count <= 150
            standsAlone = (short && (bracketed || text.utf8.count <= 60) && LineShape.standsAlone(text))
                || (short && first.map { Markers.roleInitials.contains($0) } == true && Markers.bylineLine(text) != nil)
            opensStory = LineShape.opensStory(text)
            endsSentence = text.endsSentence
            hasClause = ByteScan.hasClausePunct(text)
            if let last = text.unicodeScalars.last, CharClass.isCloser(last) || last == "版" {
                if CharClass.isCloser(last) && (Markers.trailingCredit(text) != nil || Markers.trailingSignature(text) != nil) {
                    endsWithCreditOrMark = true
                } else if let m = Markers.continuationMarks(in: text).last, m.range.upperBound >= text.unicodeScalars.count - 1 {
                    endsWithCreditOrMark = true
                }
            }
            if let last = text.unicodeScalars.last, last.value < 0x250 { endsInLatinLetter = last.properties.isAlphabetic }
            if let first = text.unicodeScalars.first, first.value < 0x250 { startsLowercaseLatin = first.properties.isLowercase }
        }
    }

    /// Lines of the text; `\n`, `\r\n`, `\r` and the Unicode line and paragraph separators all end a line.
    static func split(_ text: String) -> [String] {
        var lines: [String] = []
        let u = text.utf8
        lines.reserveCapacity(u.count / 40 + 1)
        var start = u.startIndex
        var i = u.startIndex
        while i != u.endIndex {
            let b = u[i]
            var ending = 0
            if b == 0x0A || b == 0x0D || b == 0x0B || b == 0x0C {
                ending = 1
            } else if b == 0xE2 {
                // U+2028, U+2029: E2 80 A8 / E2 80 A9
                let j = u.index(after: i)
                if j != u.endIndex, u[j] == 0x80 {
                    let k = u.index(after: j)
                    if k != u.endIndex, u[k] == 0xA8 || u[k] == 0xA9 { ending = 3 }
                }
            } else if b == 0xC2 {
                let j = u.index(after: i)
                if j != u.endIndex, u[j] == 0x85 { ending = 2 }
            }
            if ending > 0 {
                lines.append(String(text[start..<i]))
                var next = u.index(i, offsetBy: ending)
                if b == 0x0D, next != u.endIndex, u[next] == 0x0A { next = u.index(after: next) }
                i = next
                start = next
            } else {
                i = u.index(after: i)
            }
        }
        lines.append(String(text[start..<u.endIndex]))
        return lines
    }

    static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { CharClass.isSpace($0) || CharClass.isControl($0) }
    }
}

/// Rule **ColumnWidth**: pages extracted from narrow columns wrap every line at nearly the same width.
/// The printed column width is the centre of the densest cluster of line widths, when most lines fall in
/// such a cluster; otherwise the page is "flowed" (a paragraph per line) and has no column width.
enum ColumnWidth {
    static func estimate(_ widths: [Int]) -> Int? {
        let candidates = widths.filter { $0 >= 12 && $0 <= 100 }
        guard candidates.count >= 8, Double(candidates.count) >= 0.4 * Double(widths.count) else { return nil }
        var hist = [Int](repeating: 0, count: 104)
        for w in candidates { hist[w] += 1 }
        var best = 0
        var bestCount = 0
        for w in 14...98 {
            let c = hist[(w - 3)...(w + 3)].reduce(0, +)
            if c > bestCount { bestCount = c; best = w }
        }
        // the cluster must hold a good share of the candidate lines
        guard Double(bestCount) >= 0.35 * Double(candidates.count) else { return nil }
        // full lines sit at the top of the cluster: take its upper part
        let inCluster = candidates.filter { abs($0 - best) <= 3 }.sorted()
        return inCluster[inCluster.count / 2]
    }
}
