/// Rule **AsciiFullStops**: an ASCII period right after a Chinese character or a percent sign (`…升至99%.`), or after
/// a closing quote or bracket that follows one, and before no letter, digit or other period (`…正式投产.`, `…他说."`), is the full stop
/// `。` that OCR and some PDF fonts' text give as `.`. Every rule that asks where a sentence ends knows `。`, not
/// `.`: a page setting its full stops so is read folded (`PageTwin`). A period in `3.5`, `U.S.`, `1.`, `www.x.cn`
/// or an ellipsis (`...`) is not one.
enum AsciiFullStops {
    /// The text with each such period as `。`, or nil when it has none.
    static func folded(_ text: String) -> String? {
        let stops = fullStops(text)
        guard !stops.isEmpty else { return nil }
        return ByteScan.bytes(text) { b in
            var out: [UInt8] = []
            out.reserveCapacity(b.count + 2 * stops.count)
            var from = 0
            for k in stops {
                out.append(contentsOf: b[from..<k])
                out.append(contentsOf: [0xE3, 0x80, 0x82])  // 。
                from = k + 1
            }
            out.append(contentsOf: b[from...])
            return String(decoding: out, as: UTF8.self)
        }
    }

    /// The byte offsets of the periods that end a Chinese sentence (most pages have none, or only `3.5`'s).
    static func fullStops(_ text: String) -> [Int] {
        ByteScan.bytes(text) { b in
            var out: [Int] = []
            for i in b.indices where b[i] == 0x2E {
                if i + 1 < b.count {
                    let n = b[i + 1]
                    // a letter, a digit, another period or `。` after it
                    if n == 0x2E || (n >= 0x30 && n <= 0x39) || (n | 0x20 >= 0x61 && n | 0x20 <= 0x7A) { continue }
                    if n == 0xE3, i + 3 < b.count, b[i + 2] == 0x80, b[i + 3] == 0x82 { continue }
                }
                // past closing quotes and brackets (`…说。”` set as `…说."` or `…说.”`)
                var end = i, closers = 0
                while let (v, start) = ByteScan.scalar(before: end, in: b) {
                    if closers < 3, let c = Unicode.Scalar(v), CharClass.isCloser(c) { end = start; closers += 1; continue }
                    if CharClass.isHan(value: v) || v == 0x25 || v == 0xFF05 { out.append(i) }
                    break
                }
            }
            return out
        }
    }
}
