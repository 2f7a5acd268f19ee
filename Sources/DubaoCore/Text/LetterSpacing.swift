/// Rule **LetterSpacing**: headline and justified body lines are often extracted with a space between every
/// character (`第 三 届 出 土`). A run of three or more space-separated tokens that each hold a single CJK
/// character (CJK punctuation does not count) is closed up; so is a whole line made only of such tokens.
/// Spaces between longer tokens (`“携手共进 共创未来”`) are real and stay.
public enum LetterSpacing {
    public static func remove(_ line: String) -> String {
        if !line.hasSpaces { return line }
        let scalars = Array(line.unicodeScalars)
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
        let single = tokens.map { isSingle(scalars[$0]) }
        var joinAfter = [Bool](repeating: false, count: tokens.count)  // close the gap after token k
        if single.allSatisfy({ $0 }) {
            for k in 0..<(tokens.count - 1) { joinAfter[k] = true }
        } else {
            var k = 0
            while k < tokens.count {
                guard single[k] else { k += 1; continue }
                var e = k
                while e + 1 < tokens.count && single[e + 1] && isSingleGap(scalars, tokens[e], tokens[e + 1]) { e += 1 }
                if e - k + 1 >= 3 { for m in k..<e { joinAfter[m] = true } }
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
        return String(String.UnicodeScalarView(leading)) + out.string
    }

    /// A token with exactly one Han/kana/hangul character and otherwise only CJK punctuation.
    static func isSingle(_ token: ArraySlice<Unicode.Scalar>) -> Bool {
        var letters = 0
        for s in token {
            if CharClass.isCJKPunct(s) { continue }
            if CharClass.isCJK(s) { letters += 1 } else { return false }
        }
        return letters == 1
    }

    /// Letter-spacing puts one or two spaces between characters, not a wide gap.
    static func isSingleGap(_ s: [Unicode.Scalar], _ a: Range<Int>, _ b: Range<Int>) -> Bool {
        b.lowerBound - a.upperBound <= 2
    }
}
