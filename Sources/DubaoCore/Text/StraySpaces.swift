/// Rule **StraySpaces**: OCR and some PDF text put a space inside a word of running text (`走进长江经 济带的生态修复`,
/// `守护群众“舌 尖上的安全”，`). In a line of prose (it holds a clause mark or a sentence's end), a single space between
/// two Han characters that one dictionary word spans (`WordBreaks`) is closed. Spaces between words stay, and so do
/// spaces inside brackets (`（记者黄思明 通讯员朱敦银）`: names beside role words read as words too) and in lines that
/// are not prose (bylines, credits, headlines: `记者 张 伟`, `携手共进 共创未来`).
public enum StraySpaces {
    /// `line` with such spaces closed (the line itself when it has none). `heading`: the line is a heading's that
    /// names no one (no byline, credit or production line: the caller knows), and is closed as prose is.
    public static func close(_ line: String, heading: Bool = false) -> String {
        guard line.hasSpaces, heading || ByteScan.hasClausePunct(line) || line.unicodeScalars.contains(where: CharClass.isTerminator) else { return line }
        let s = ByteScan.scalars(line)
        var drop: [Int] = []
        var depth = 0
        for i in s.indices {
            let c = s[i]
            if c == "（" || c == "(" || c == "【" || c == "[" { depth += 1 } else if c == "）" || c == ")" || c == "】" || c == "]" { depth = max(0, depth - 1) }
            guard c == " ", depth == 0, i > 0, i + 1 < s.count, CharClass.isHan(s[i - 1]), CharClass.isHan(s[i + 1]) else { continue }
            // the words either side, as far as the spaces around them
            var a = i - 1
            while a > 0, i - a < WordBreaks.reach, !CharClass.isSpace(s[a - 1]) { a -= 1 }
            var b = i + 2
            while b < s.count, b - i - 1 < WordBreaks.reach, !CharClass.isSpace(s[b]) { b += 1 }
            if WordBreaks.runsOn(Substring(String(scalars: s[a..<i])), Substring(String(scalars: s[(i + 1)..<b]))) { drop.append(i) }
        }
        guard !drop.isEmpty else { return line }
        var out = ScalarBuffer(capacity: line.utf8.count)
        var d = 0
        for (k, c) in s.enumerated() {
            if d < drop.count, drop[d] == k { d += 1; continue }
            out.append(c)
        }
        return out.string
    }
}
