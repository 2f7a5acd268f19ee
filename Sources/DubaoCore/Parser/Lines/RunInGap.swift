/// A brief's run-in headline set apart from its text by a space before the dateline's figures
/// (`■江城博物馆“荆楚漆器展”开幕 4月8日，…`). Tidying closes a space between a Han character and a figure, as dumps
/// print figures spaced out (`保险费 5173.3 万`): here that would run the headline into its text, and the brief
/// into the story above it (**RunInBrief** finds a brief by that gap). On a line opening with a bullet, a space
/// after a headline-shaped phrase (`ArticleBuilder.runInGap`) and before a date (`4月8日`, `4 月 8 日`, `8日`,
/// `2025年`) is the run-in's gap: it is kept.
enum RunInGap {
    /// `tidied` (the line's text as tidied) with the gap put back; nil where there is none to put back.
    static func keep(raw: String, tidied: String) -> String? {
        // (most lines open with no bullet: asked before the line's scalars are copied)
        guard let f = raw.unicodeScalars.first, CharClass.isBullet(f) else { return nil }
        let s = Array(raw.unicodeScalars)
        guard let gap = ArticleBuilder.runInGap(s) else { return nil }
        var r = gap
        while r < s.count && CharClass.isSpace(s[r]) { r += 1 }
        guard startsWithDate(s[r...]) else { return nil }
        let head = String(scalars: s[..<gap])
        guard tidied.hasScalarPrefix(head) else { return nil }
        // (a gap tidying kept, an ideographic space, needs nothing put back: the rest then opens with it, no figure)
        let rest = tidied.unicodeScalars.dropFirst(gap)
        guard let next = rest.first, CharClass.isDigit(next) else { return nil }
        return head + " " + String(rest)
    }

    /// A line that is a bullet and a run-in headline's words alone (`■江城博物馆“荆楚漆器展”开幕`: `ArticleBuilder.runInGap`'s
    /// phrase, four to twenty-four characters), as a hard-wrapped dump leaves it when the gap fell at the row's end.
    static func isWholeRunIn(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, CharClass.isBullet(f) else { return false }
        let phrase = text.unicodeScalars.dropFirst()
        return (4...24).contains(phrase.count) && ArticleBuilder.isRunInPhrase(phrase)
    }

    /// Opens with one to four figures and 年, 月 or 日 (spaces between them allowed, as figure-spaced dumps print them).
    static func startsWithDate<S: Sequence<Unicode.Scalar>>(_ t: S) -> Bool {
        var digits = 0
        for c in t.prefix(8) {
            if CharClass.isDigit(c) { digits += 1; continue }
            if c == " " { continue }
            return (1...4).contains(digits) && (c == "年" || c == "月" || c == "日")
        }
        return false
    }
}
