/// Rule **LineJoin**: joining two pieces of one paragraph (a hard wrap or a column break). No space is left
/// between CJK characters; Latin words keep one space; a word hyphenated at the break is closed up.
public enum LineJoin {
    /// Appends `b` to `a` as the next piece of the same paragraph.
    public static func append(_ b: String, to a: inout String) {
        if needsSpace(a, b) { a += " " }
        a += b
    }

    static func needsSpace(_ a: String, _ b: String) -> Bool {
        guard let last = a.unicodeScalars.last, let first = b.unicodeScalars.first else { return false }
        if last.value >= 0x2E80 && first.value >= 0x2E80 { return false }  // CJK to CJK: the common case
        return spaced(last, first, after: a)
    }

    public static func join(_ a: String, _ b: String) -> String {
        guard let last = a.unicodeScalars.last else { return b }
        guard let first = b.unicodeScalars.first else { return a }
        return spaced(last, first, after: a) ? a + " " + b : a + b
    }

    /// Whether a space goes between `a` (ending in `last`) and a piece that begins with `first`: between Latin
    /// words, after a number before a word, after an English comma.
    static func spaced(_ last: Unicode.Scalar, _ first: Unicode.Scalar, after a: String) -> Bool {
        if CharClass.isWordChar(last) && CharClass.isWordChar(first) && !CharClass.isDigit(last) ||
            (CharClass.isDigit(last) && CharClass.isWordChar(first) && !CharClass.isDigit(first)) {
            return true
        }
        return (last == "," || last == ";" || last == ":") && CharClass.isWordChar(first) && !isCJKContext(a)
    }

    /// Text whose last letters are Latin (so a comma there is an English comma).
    static func isCJKContext(_ a: String) -> Bool {
        for s in a.unicodeScalars.reversed().prefix(8) {
            if CharClass.isCJK(s) { return true }
            if CharClass.isWordChar(s) { return false }
        }
        return true
    }
}
