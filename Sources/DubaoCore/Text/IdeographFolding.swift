/// Rule **IdeographFolding**: what PDF-to-text tools and web copies put in place of ordinary text, read as what it
/// stands for.
///
/// - A PDF whose font maps a glyph to a radical's code point gives `⼈⺠⽇报` (Kangxi radicals, the CJK radicals
///   supplement) or a compatibility ideograph where the page printed `人民日报`: each is read as the unified
///   ideograph it stands for (`IdeographFoldingTable`), so that the rules see Han characters, search finds `人民`,
///   and the reader shows what the page printed.
/// - Invisible format characters (zero-width space, word joiner, a byte-order mark inside the text, soft hyphen)
///   are left out, as white space is: they are not part of any word and cut the words the rules look for.
///
/// Each character is mapped to one character, or (the invisible ones) to none: a line stays a line.
public enum IdeographFolding {
    /// The unified ideograph a radical or compatibility ideograph stands for, if it is one.
    public static func unified(_ v: UInt32) -> UInt32? {
        guard (v >= 0x2E80 && v <= 0x2FDF) || (v >= 0xF900 && v <= 0xFAFF) || (v >= 0x2F800 && v <= 0x2FA1F) else { return nil }
        var lo = 0, hi = table.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if table[mid].from < v { lo = mid + 1 } else { hi = mid }
        }
        return lo < table.count && table[lo].from == v ? table[lo].to : nil
    }

    /// Zero-width space, word joiner, zero-width no-break space (a byte-order mark), soft hyphen.
    @inline(__always)
    public static func isInvisible(_ v: UInt32) -> Bool {
        v == 0x200B || v == 0x2060 || v == 0xFEFF || v == 0xAD
    }

    /// The text with every such character folded; the same text (not a copy) when it holds none, which a look at
    /// its bytes tells.
    public static func fold(_ text: String) -> String {
        guard mayHoldAny(text) else { return text }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if isInvisible(s.value) { continue }
            if let u = unified(s.value), let c = Unicode.Scalar(u) { out.append(c) } else { out.append(s) }
        }
        return String(out)
    }

    /// Whether the UTF-8 of `text` holds a lead of one of the folded ranges: C2 AD (soft hyphen), E2 80 8B, E2 81 A0,
    /// E2 BA–BF (the radicals), EF A4–AB (compatibility ideographs), EF BB BF, F0 AF (the supplement's).
    static func mayHoldAny(_ text: String) -> Bool {
        var t = text
        return t.withUTF8 { b in
            let n = b.count
            var i = 0
            while i + 1 < n {
                let c = b[i]
                if c < 0xC2 { i += 1; continue }
                let d = b[i + 1]
                switch c {
                case 0xC2: if d == 0xAD { return true }
                case 0xE2:
                    if d >= 0xBA && d <= 0xBF { return true }
                    if i + 2 < n && ((d == 0x80 && b[i + 2] == 0x8B) || (d == 0x81 && b[i + 2] == 0xA0)) { return true }
                case 0xEF:
                    if d >= 0xA4 && d <= 0xAB { return true }
                    if d == 0xBB && i + 2 < n && b[i + 2] == 0xBF { return true }
                case 0xF0: if d == 0xAF { return true }
                default: break
                }
                i += 1
            }
            return false
        }
    }
}
