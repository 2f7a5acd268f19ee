/// Finds a query's hits in a text, the way the index finds articles: phrases of tokens, of pinyin
/// syllables or of initials, over the text's tokens (so hard wraps, spaces and punctuation between
/// characters do not stop a match).
public enum SearchMatcher {
    /// Where a text stands in its article. Initials (`jz`) are matched in the headline group only, as the
    /// index has them: in a body nearly any two letters are some pair of neighbouring characters.
    public enum Field: Sendable { case headline, body }

    /// Scalar ranges of the hits of the query's included terms, in order, not overlapping.
    public static func hits(_ q: SearchQuery, in text: String, field: Field = .headline) -> [Range<Int>] {
        hits(q, tokens: SearchTokens.tokens(text), field: field)
    }

    public static func hits(_ q: SearchQuery, tokens: [SearchToken], field: Field = .headline) -> [Range<Int>] {
        var ranges: [Range<Int>] = []
        for term in q.include {
            for alt in term.alternatives where applies(alt, to: field) { ranges += find(alt, in: tokens) }
        }
        ranges.sort { $0.lowerBound != $1.lowerBound ? $0.lowerBound < $1.lowerBound : $0.upperBound > $1.upperBound }
        var out: [Range<Int>] = []
        for r in ranges {
            if let last = out.last, r.lowerBound < last.upperBound { continue }
            out.append(r)
        }
        return out
    }

    /// Whether the text matches: every included term somewhere, no excluded term anywhere.
    public static func matches(_ q: SearchQuery, tokens: [SearchToken], field: Field = .headline) -> Bool {
        matches(q, fields: [(tokens, field)])
    }

    /// Whether an article matches, its headline group and body given apart (a phrase does not run from one
    /// into the other, as in the index).
    public static func matches(_ q: SearchQuery, headline: [SearchToken], body: [SearchToken]) -> Bool {
        matches(q, fields: [(headline, .headline), (body, .body)])
    }

    static func matches(_ q: SearchQuery, fields: [([SearchToken], Field)]) -> Bool {
        for term in q.terms {
            let found = fields.contains { tokens, field in
                term.alternatives.contains { applies($0, to: field) && !find($0, in: tokens, first: true).isEmpty }
            }
            if found == term.exclude { return false }
        }
        return !q.include.isEmpty
    }

    static func applies(_ alt: SearchQuery.Alternative, to field: Field) -> Bool {
        if case .initials = alt { return field == .headline }
        return true
    }

    static func find(_ alt: SearchQuery.Alternative, in t: [SearchToken], first: Bool = false) -> [Range<Int>] {
        let needle: [String]
        let same: (SearchToken, String) -> Bool
        var byReading = true
        switch alt {
        case .tokens(let n): (needle, same, byReading) = (n, { $0.text == $1 }, false)
        case .pinyin(let n): (needle, same) = (n, { $0.reads($1) })
        case .initials(let n): (needle, same) = (n, { $0.initial == $1 || (!$0.otherPinyin.isEmpty && $0.initials.contains($1)) })
        }
        guard !needle.isEmpty, t.count >= needle.count else { return [] }
        var out: [Range<Int>] = []
        var i = 0
        while i + needle.count <= t.count {
            var ok = true
            for k in 0..<needle.count where !same(t[i + k], needle[k]) { ok = false; break }
            // pinyin and initials only match Han characters, not Latin words that happen to be spelled so
            if ok && byReading {
                ok = (0..<needle.count).allSatisfy { t[i + $0].pinyin != t[i + $0].text }
            }
            if ok {
                out.append(t[i].range.lowerBound..<t[i + needle.count - 1].range.upperBound)
                if first { return out }
                i += needle.count
            } else {
                i += 1
            }
        }
        return out
    }

    /// A key-word-in-context snippet around the first hit: some text before, the hit, more text after. Line
    /// breaks read as spaces. Only the scalars up to the snippet's end are walked (articles are long, the
    /// hit is usually early, and a search cuts fifty of these).
    public static func snippet(_ text: String, hit: Range<Int>?, before: Int = 12, after: Int = 28) -> String {
        let (a, b): (Int, Int)
        if let h = hit, h.lowerBound >= 0 { (a, b) = (max(0, h.lowerBound - before), h.upperBound + after) } else { (a, b) = (0, before + after) }
        var out = String.UnicodeScalarView()
        var i = 0
        var more = false
        for c in text.unicodeScalars {
            if i >= b { more = true; break }
            if i >= a { out.append(c == "\n" ? " " : c) }
            i += 1
        }
        // a hit past the end (a stale range): the text's opening instead
        if let h = hit, i <= h.lowerBound { return snippet(text, hit: nil, before: before, after: after) }
        return (hit != nil && a > 0 ? "…" : "") + String(out) + (more ? "…" : "")
    }
}
