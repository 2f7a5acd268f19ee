/// Rule **SpaceTidy**: Chinese is set without spaces next to its punctuation and around numbers, but
/// extraction leaves them (`今年 9 月`, `日 ，是`). Runs of spaces collapse to one; a space is dropped where
/// one side is CJK punctuation, or one side is Han and the other a digit, or it stands inside a pair of quotes
/// against one of them (`“ 15分钟”`). Spaces between two Han words, between Latin words and after a closing quote stay.
public enum SpaceTidy {
    public static func tidy(_ line: String) -> String {
        if !line.hasSpaces { return line }
        let s = ByteScan.scalars(line)
        var out = ScalarBuffer(capacity: line.utf8.count)
        var i = 0
        // trim leading
        while i < s.count && CharClass.isSpace(s[i]) { i += 1 }
        var end = s.count
        while end > i && CharClass.isSpace(s[end - 1]) { end -= 1 }
        while i < end {
            let c = s[i]
            if CharClass.isSpace(c) {
                var j = i
                while j < end && CharClass.isSpace(s[j]) { j += 1 }
                let prev = out.lastScalar
                let next = s[j]
                // (a figure and the word beside it lose the space an extraction put between them, but not an
                // ideographic one, which an editor set: `■江城博物馆展览开幕　4月8日，…`)
                if let p = prev, dropSpace(between: p, and: next), !(CharClass.isDigit(next) && CharClass.isHan(p) && s[i..<j].contains("\u{3000}")) {
                    // drop
                } else {
                    out.append(" ")
                }
                i = j
                continue
            }
            out.append(c)
            i += 1
        }
        return out.string
    }

    @inline(__always)
    static func dropSpace(between a: Unicode.Scalar, and b: Unicode.Scalar) -> Bool {
        if isTightPunct(a) || isTightPunct(b) { return true }
        // inside a pair of quotes, against the quote (`“ 15分钟生活圈”`): a space an extraction put there
        if a == "\u{201C}" || a == "\u{2018}" || b == "\u{201D}" || b == "\u{2019}" { return true }
        if (CharClass.isHan(a) && CharClass.isDigit(b)) || (CharClass.isDigit(a) && CharClass.isHan(b)) { return true }
        return false
    }

    /// CJK punctuation that is never followed or preceded by a space in Chinese text. The middle dot,
    /// dashes and quotes are left out: they join or set apart words that may carry spaces.
    @inline(__always)
    static func isTightPunct(_ s: Unicode.Scalar) -> Bool {
        guard CharClass.isCJKPunct(s) else { return false }
        switch s.value {
        case 0x00B7, 0x30FB, 0x2014, 0x2013, 0x2015, 0x3000: return false
        // quotes: a headline sets phrases apart with a space after a closing quote (`“组织引领” 党支部`)
        case 0x201C, 0x201D, 0x2018, 0x2019: return false
        default: return true
        }
    }
}
