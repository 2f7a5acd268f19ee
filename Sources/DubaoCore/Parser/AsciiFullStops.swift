/// Rule **AsciiFullStops**: an ASCII period right after a Chinese character or a percent sign (`…升至99%.`), or after
/// a closing quote or bracket that follows one, and before no letter, digit or other period (`…正式投产.`, `…他说."`), is the full stop
/// `。` that OCR and some PDF fonts' text give as `.`. Every rule that asks where a sentence ends knows `。`, not
/// `.`: a page setting its full stops so is read folded (`PageTwin`). A period in `3.5`, `U.S.`, `1.`, `www.x.cn`
/// or an ellipsis (`...`) is not one.
enum AsciiFullStops {
    /// The text with each such period as `。`, or nil when it has none.
    static func folded(_ text: String) -> String? {
        guard holdsFullStop(text) else { return nil }
        let s = Array(text.unicodeScalars)
        var out = String.UnicodeScalarView()
        var changed = false
        for i in s.indices {
            if s[i] == ".", isFullStop(s, i) {
                out.append("。")
                changed = true
            } else {
                out.append(s[i])
            }
        }
        return changed ? String(out) : nil
    }

    /// Whether the text holds such a period, asked of its bytes (most pages have none, or only `3.5`'s).
    static func holdsFullStop(_ text: String) -> Bool {
        ByteScan.bytes(text) { b in
            for i in b.indices where b[i] == 0x2E {
                if i + 1 < b.count {
                    let n = b[i + 1]
                    if n == 0x2E || (n >= 0x30 && n <= 0x39) || (n | 0x20 >= 0x61 && n | 0x20 <= 0x7A) { continue }
                }
                var end = i, closers = 0
                while let (v, start) = ByteScan.scalar(before: end, in: b) {
                    if closers < 3, let c = Unicode.Scalar(v), CharClass.isCloser(c) { end = start; closers += 1; continue }
                    if CharClass.isHan(value: v) || v == 0x25 || v == 0xFF05 { return true }
                    break
                }
            }
            return false
        }
    }

    /// Whether the period at `i` ends a Chinese sentence.
    static func isFullStop(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        if i + 1 < s.count {
            let n = s[i + 1]
            if n == "." || n == "。" || (n.value < 0x80 && (n.properties.isAlphabetic || ("0"..."9").contains(n))) { return false }
        }
        var k = i - 1
        // past closing quotes and brackets (`…说。”` set as `…说."` or `…说.”`)
        while k >= 0, k >= i - 3, CharClass.isCloser(s[k]) { k -= 1 }
        return k >= 0 && (CharClass.isHan(s[k]) || s[k] == "%" || s[k] == "％")
    }
}
