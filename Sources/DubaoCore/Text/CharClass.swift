/// Classes of characters that the parser's rules talk about. All work on Unicode scalars.
public enum CharClass {
    /// A Han ideograph (CJK Unified Ideographs, extensions, compatibility ideographs) or 〇.
    @inline(__always)
    public static func isHan(_ s: Unicode.Scalar) -> Bool { isHan(value: s.value) }

    /// The same, for a scalar value decoded by hand (`ByteScan.hanCount`).
    @inline(__always)
    public static func isHan(value v: UInt32) -> Bool {
        (v >= 0x4E00 && v <= 0x9FFF) || (v >= 0x3400 && v <= 0x4DBF) || (v >= 0xF900 && v <= 0xFAFF)
            || (v >= 0x20000 && v <= 0x3FFFF) || v == 0x3007
    }

    /// CJK and fullwidth punctuation, including the quotes, dashes and dots Chinese text sets with them.
    @inline(__always)
    public static func isCJKPunct(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v >= 0x3000 && v <= 0x303F { return v != 0x3007 }
        if v >= 0xFF01 && v <= 0xFF0F { return true }
        if v >= 0xFF1A && v <= 0xFF20 { return true }
        if v >= 0xFF3B && v <= 0xFF40 { return true }
        if v >= 0xFF5B && v <= 0xFF65 { return true }
        if v >= 0xFE10 && v <= 0xFE6F { return true }
        switch v {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2013, 0x2026, 0x00B7, 0x2022, 0x30FB, 0x2015: return true
        default: return false
        }
    }

    /// Han, kana, hangul or CJK punctuation: characters set without spaces between them.
    @inline(__always)
    public static func isCJK(_ s: Unicode.Scalar) -> Bool {
        if isHan(s) || isCJKPunct(s) { return true }
        let v = s.value
        return (v >= 0x3040 && v <= 0x30FF) || (v >= 0xAC00 && v <= 0xD7AF) || (v >= 0xFF10 && v <= 0xFF19)
            || (v >= 0xFF21 && v <= 0xFF3A) || (v >= 0xFF41 && v <= 0xFF5A)
    }

    /// Letters and digits of Latin-like scripts, between which a space is a real word space.
    @inline(__always)
    public static func isWordChar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x80 { return (v >= 0x30 && v <= 0x39) || (v >= 0x41 && v <= 0x5A) || (v >= 0x61 && v <= 0x7A) }
        if isCJK(s) { return false }
        return s.properties.isAlphabetic || s.properties.numericType != nil
    }

    @inline(__always)
    public static func isDigit(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0xFF10 && v <= 0xFF19)
    }

    @inline(__always)
    public static func isSpace(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x20, 0x09, 0x0B, 0x0C, 0xA0, 0x3000, 0x2002...0x200A, 0x202F, 0x205F: return true
        default: return false
        }
    }

    /// Ends a sentence: 。！？ and their ASCII and fullwidth forms, and the ellipsis.
    @inline(__always)
    public static func isTerminator(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x3002, 0xFF01, 0xFF1F, 0x21, 0x3F, 0x2026, 0xFF0E, 0xFF61: return true
        default: return false
        }
    }

    /// Closing quotes and brackets that may follow a sentence's end (`。”`, `！）`).
    @inline(__always)
    public static func isCloser(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201D, 0x2019, 0xFF09, 0x29, 0x300D, 0x300F, 0x300B, 0x3011, 0x3015, 0x22, 0x27, 0x3009: return true
        default: return false
        }
    }

    /// Openers: quotes and brackets that a line should not end with.
    @inline(__always)
    public static func isOpener(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x201C, 0x2018, 0xFF08, 0x28, 0x300C, 0x300E, 0x300A, 0x3010, 0x3014, 0x3008: return true
        default: return false
        }
    }

    /// Punctuation found inside running text but rarely in headlines: commas, enumeration commas,
    /// semicolons and colons, in CJK and ASCII forms.
    @inline(__always)
    public static func isClausePunct(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0xFF0C, 0x3001, 0xFF1B, 0xFF1A, 0x2C, 0x3B, 0x3A: return true
        default: return false
        }
    }

    /// Punctuation set after a word and never before one: clause and sentence marks and closing brackets and quotes
    /// (， 。 、 ； ： ！ ？ ） 》 」 』 ” ’ and ASCII , . ; : ! ? )). A line that opens with one goes on from the line above.
    @inline(__always)
    public static func isTrailingPunct(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "，", "。", "、", "；", "：", "！", "？", "）", "》", "」", "』", "”", "’", ",", ".", ";", ":", "!", "?", ")": return true
        default: return false
        }
    }

    /// Decorative marks set before bylines and list items (□ ■ ● ◆ ★ ▲ …).
    @inline(__always)
    public static func isBullet(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x25A0 && v <= 0x25FF) || (v >= 0x2605 && v <= 0x2606) || v == 0x2022 || v == 0x203B
    }

    /// Control characters and invisible format characters that must never reach a terminal raw.
    @inline(__always)
    public static func isControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return v < 0x20 || (v >= 0x7F && v < 0xA0) || (v >= 0x202A && v <= 0x202E) || (v >= 0x2066 && v <= 0x2069)
            || v == 0x200E || v == 0x200F || v == 0x061C || v == 0xFEFF || v == 0x2028 || v == 0x2029
    }
}

extension StringProtocol {
    /// The text with its last closing quotes and brackets removed, then asked whether it ends a sentence.
    public var endsSentence: Bool {
        var it = unicodeScalars.reversed().makeIterator()
        while let s = it.next() {
            if CharClass.isSpace(s) || CharClass.isCloser(s) { continue }
            return CharClass.isTerminator(s)
        }
        return false
    }

    /// Number of Han characters.
    public var hanCount: Int { ByteScan.hanCount(String(self)) }

    /// Whether the text begins with `prefix`, compared scalar by scalar (byte by byte in UTF-8), not Character by
    /// Character through canonical equivalence as `hasPrefix` compares: the same answer on the texts a page holds,
    /// many times faster on Han text.
    @inline(__always)
    public func hasScalarPrefix(_ prefix: String) -> Bool { utf8.starts(with: prefix.utf8) }

    /// Whether the text ends with `suffix`, compared as `hasScalarPrefix` compares.
    @inline(__always)
    public func hasScalarSuffix(_ suffix: String) -> Bool {
        let n = suffix.utf8.count
        return utf8.count >= n && utf8.suffix(n).elementsEqual(suffix.utf8)
    }

    /// Whether the text has any space, tab or ideographic space (a quick byte scan).
    public var hasSpaces: Bool { ByteScan.hasSpaces(String(self)) }

    /// The text without the decorative marks and spaces it starts with (`□ 记者 李理` → `记者 李理`): for
    /// places too narrow for the mark, such as a list row.
    public var withoutLeadingMarks: String {
        String(scalars: unicodeScalars.drop { CharClass.isBullet($0) || CharClass.isSpace($0) })
    }

    /// Text without any whitespace.
    public var withoutSpaces: String {
        if !hasSpaces && !utf8.contains(0x0A) && !utf8.contains(0x0D) { return String(self) }
        var u = String.UnicodeScalarView()
        for s in unicodeScalars where !CharClass.isSpace(s) && s != "\n" && s != "\r" { u.append(s) }
        return String(u)
    }
}
