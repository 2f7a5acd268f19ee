/// Terminal column widths of characters, agreeing with glibc `wcwidth` under a UTF-8 locale (what ncursesw
/// uses to advance the cursor). Ambiguous-width characters (`“ ” — … ·`) are narrow unless asked otherwise.
public enum DisplayWidth {
    /// Width in columns of one scalar: 0, 1 or 2. Control characters count 1 here; they must be
    /// replaced before drawing (see `TerminalSafe`).
    @inline(__always)
    public static func of(_ s: Unicode.Scalar, ambiguousWide: Bool = false) -> Int {
        let v = s.value
        if v >= 0x20 && v < 0x7F { return 1 }
        if v >= 0x4E00 && v <= 0x9FFF { return 2 }
        if v < 0x20 || v == 0x7F { return 1 }
        // CJK punctuation and fullwidth forms, and the ambiguous quotes and dashes Chinese uses
        if (v >= 0x3000 && v <= 0x3029) || (v >= 0xFF01 && v <= 0xFF60) { return 2 }
        if (v >= 0x2018 && v <= 0x201D) || v == 0x2014 || v == 0x2026 || v == 0xB7 { return ambiguousWide ? 2 : 1 }
        if contains(zeroWidth, v) { return 0 }
        if contains(wide, v) { return 2 }
        if ambiguousWide && contains(ambiguous, v) { return 2 }
        return 1
    }

    /// Width in columns of a string.
    public static func of(_ text: some StringProtocol, ambiguousWide: Bool = false) -> Int {
        var w = 0
        for s in text.unicodeScalars { w += of(s, ambiguousWide: ambiguousWide) }
        return w
    }

    /// Width of a grapheme cluster as a terminal shows it: its first non-zero-width scalar decides
    /// (a base letter with combining marks is as wide as the letter).
    public static func of(_ c: Character, ambiguousWide: Bool = false) -> Int {
        for s in c.unicodeScalars {
            let w = of(s, ambiguousWide: ambiguousWide)
            if w > 0 { return w }
        }
        return 0
    }

    /// The longest end of `text` (whole characters) that fits in `columns`: one pass from the end.
    public static func suffix(_ text: String, fitting columns: Int, ambiguousWide: Bool = false) -> String {
        var used = 0
        var start = text.endIndex
        while start > text.startIndex {
            let before = text.index(before: start)
            let w = of(text[before], ambiguousWide: ambiguousWide)
            if used + w > columns { break }
            used += w
            start = before
        }
        return String(text[start...])
    }

    static func contains(_ table: [ClosedRange<UInt32>], _ v: UInt32) -> Bool {
        var lo = 0
        var hi = table.count - 1
        while lo <= hi {
            let mid = (lo + hi) >> 1
            let r = table[mid]
            if v < r.lowerBound { hi = mid - 1 } else if v > r.upperBound { lo = mid + 1 } else { return true }
        }
        return false
    }
}
