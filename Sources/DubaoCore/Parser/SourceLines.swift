/// Splitting a page's text into lines.
enum SourceLine {
    /// Lines of the text; `\n`, `\r\n`, `\r` and the Unicode line and paragraph separators all end a line.
    static func split(_ text: String) -> [String] {
        ByteScan.bytes(text) { b in
            var lines: [String] = []
            lines.reserveCapacity(b.count / 40 + 1)
            let n = b.count
            var start = 0
            var i = 0
            // (the bytes between two endings are whole characters: every ending is ASCII or a whole sequence)
            func line(_ r: Range<Int>) -> String { String(decoding: UnsafeBufferPointer(rebasing: b[r]), as: UTF8.self) }
            while i < n {
                let c = b[i]
                var ending = 0
                if c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C {
                    ending = 1
                } else if c == 0xE2 {
                    // U+2028, U+2029: E2 80 A8 / E2 80 A9
                    if i + 2 < n, b[i + 1] == 0x80, b[i + 2] == 0xA8 || b[i + 2] == 0xA9 { ending = 3 }
                } else if c == 0xC2 {
                    if i + 1 < n, b[i + 1] == 0x85 { ending = 2 }
                }
                if ending > 0 {
                    lines.append(line(start..<i))
                    var next = i + ending
                    if c == 0x0D, next < n, b[next] == 0x0A { next += 1 }
                    i = next
                    start = next
                } else {
                    i += 1
                }
            }
            lines.append(line(start..<n))
            return lines
        }
    }

    static func isBlank(_ s: String) -> Bool {
        s.unicodeScalars.allSatisfy { CharClass.isSpace($0) || CharClass.isControl($0) }
    }
}
