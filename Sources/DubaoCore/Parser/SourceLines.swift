/// Splitting a page's text into lines.
enum SourceLine {
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
