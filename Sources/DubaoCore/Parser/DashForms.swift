/// Rule **DashForms**: the dash that opens a subtitle and ends a kicker (`——访…`, `…的故事——`) is set as two
/// em dashes, U+2014. Other sources give it in other characters: a GB2312 decoder gives the horizontal bar U+2015
/// (`――`), some PDF fonts' text box-drawing lines (`──`), some typists two fullwidth hyphens (`－－`). Every rule
/// that asks for a dash knows U+2014: a page setting its dashes so is read folded (`PageTwin`). A lone fullwidth
/// hyphen is a minus sign (`－5℃`) and stays.
enum DashForms {
    /// The text with such dashes as U+2014, or nil when it has none.
    static func folded(_ text: String) -> String? {
        // most pages are let go after a look at their bytes
        guard holdsDash(text) else { return nil }
        let s = ByteScan.scalars(text)
        guard s.indices.contains(where: { isOtherDash(s[$0]) || pairedHyphen(s, $0) }) else { return nil }
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        for i in s.indices { out.append(isOtherDash(s[i]) || pairedHyphen(s, i) ? "—" : s[i]) }
        return String(out)
    }

    /// Whether the text holds U+2015 (E2 80 95), U+2500 or U+2501 (E2 94 80/81) or U+FF0D (EF BC 8D), asked of its bytes.
    static func holdsDash(_ text: String) -> Bool {
        ByteScan.bytes(text) { b in
            let n = b.count
            var i = 0
            while i + 2 < n {
                let c = b[i]
                if c == 0xE2 {
                    if (b[i + 1] == 0x80 && b[i + 2] == 0x95) || (b[i + 1] == 0x94 && (b[i + 2] == 0x80 || b[i + 2] == 0x81)) { return true }
                } else if c == 0xEF, b[i + 1] == 0xBC, b[i + 2] == 0x8D {
                    return true
                }
                i += 1
            }
            return false
        }
    }

    /// The horizontal bar and the box-drawing horizontals, light and heavy.
    static func isOtherDash(_ c: Unicode.Scalar) -> Bool { c.value == 0x2015 || c.value == 0x2500 || c.value == 0x2501 }

    /// A fullwidth hyphen beside another.
    static func pairedHyphen(_ s: [Unicode.Scalar], _ i: Int) -> Bool {
        s[i] == "－" && ((i > 0 && s[i - 1] == "－") || (i + 1 < s.count && s[i + 1] == "－"))
    }
}
