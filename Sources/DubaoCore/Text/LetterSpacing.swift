/// Rule **LetterSpacing**: headline and justified body lines are often extracted with a space between every
/// character (`第 三 届 出 土`, `“ 坐 商 ” 变 “ 行 商 ”`, `2 0 2 4 年`). A run of three or more space-separated
/// tokens that each hold at most one character (a Han character, a digit or a letter, with punctuation beside
/// it, or punctuation alone), two of them characters, is closed up; so is a whole line made only of such
/// tokens. Spaces between longer tokens (`“携手共进 共创未来”`) are real and stay.
public enum LetterSpacing {
    public static func remove(_ line: String) -> String {
        if !line.hasSpaces { return line }
        let scalars = ByteScan.scalars(line)
        // Tokens: ranges of non-space scalars.
        var tokens: [Range<Int>] = []
        var i = 0
        while i < scalars.count {
            if CharClass.isSpace(scalars[i]) { i += 1; continue }
            let start = i
            while i < scalars.count && !CharClass.isSpace(scalars[i]) { i += 1 }
            tokens.append(start..<i)
        }
        guard tokens.count >= 2 else { return line }
        let letters = tokens.map { letterCount(scalars[$0]) }
        let single = tokens.indices.map { letters[$0] <= 1 && tokens[$0].count <= 3 }
        var joinAfter = [Bool](repeating: false, count: tokens.count)  // close the gap after token k
        if single.allSatisfy({ $0 }) && letters.reduce(0, +) >= 2 && hasCJK(scalars, tokens[...]) {
            for k in 0..<(tokens.count - 1) { joinAfter[k] = true }
        } else {
            var k = 0
            while k < tokens.count {
                guard single[k] else { k += 1; continue }
                var e = k
                while e + 1 < tokens.count && single[e + 1] && isSingleGap(scalars, tokens[e], tokens[e + 1]) { e += 1 }
                if e - k + 1 >= 3 && letters[k...e].reduce(0, +) >= 2 && hasCJK(scalars, tokens[k...e]) { for m in k..<e { joinAfter[m] = true } }
                k = e + 1
            }
        }
        guard joinAfter.contains(true) else { return line }
        var out = ScalarBuffer(capacity: line.utf8.count)
        for (k, r) in tokens.enumerated() {
            if k > 0 && !joinAfter[k - 1] {
                // keep the original gap (collapsed later by SpaceTidy)
                out.append(contentsOf: scalars[tokens[k - 1].upperBound..<r.lowerBound])
            }
            out.append(contentsOf: scalars[r])
        }
        let leading = scalars.prefix(while: { CharClass.isSpace($0) })
        return String(scalars: leading) + out.string
    }

    /// The characters of a token that are not punctuation: Han, kana, hangul, digits, letters.
    static func letterCount(_ token: ArraySlice<Unicode.Scalar>) -> Int {
        var n = 0
        for s in token where !CharClass.isCJKPunct(s) && (CharClass.isCJK(s) || s.properties.isAlphabetic || CharClass.isDigit(s)) { n += 1 }
        return n
    }

    /// Some token of the run holds a CJK character or CJK punctuation (Latin initials alone, `A B C`, stay).
    static func hasCJK(_ s: [Unicode.Scalar], _ tokens: ArraySlice<Range<Int>>) -> Bool {
        tokens.contains { r in s[r].contains(where: { CharClass.isCJK($0) }) }
    }

    /// Letter-spacing puts one or two spaces between characters, not a wide gap.
    static func isSingleGap(_ s: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        b.lowerBound - a.upperBound <= 2
    }
}

extension LetterSpacing {
    /// Rule **VerticalSpacing**: a headline set down the page, or spaced so wide that an extraction gives each
    /// character a line of its own (`pdftotext` reading a letter-spaced headline in a narrow box): three lines or
    /// more in a row that each hold one Han character and nothing else. Each run, as line ranges.
    public static func verticalRuns(_ lines: [String]) -> [ClosedRange<Int>] {
        var out: [ClosedRange<Int>] = []
        var start: Int?
        func single(_ l: String) -> Bool {
            // one Han character is 3 or 4 bytes; spaces around it are allowed
            guard l.utf8.count <= 12 else { return false }
            var han = 0
            for s in l.unicodeScalars {
                if CharClass.isSpace(s) { continue }
                guard CharClass.isHan(s), han == 0 else { return false }
                han += 1
            }
            return han == 1
        }
        for (i, l) in lines.enumerated() {
            if single(l) {
                if start == nil { start = i }
            } else {
                if let s = start, i - s >= 3 { out.append(s...(i - 1)) }
                start = nil
            }
        }
        if let s = start, lines.count - s >= 3 { out.append(s...(lines.count - 1)) }
        return out
    }
}
