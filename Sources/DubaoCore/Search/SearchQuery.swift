/// A search as typed: terms that must all match (AND), `"quoted phrases"` that keep their spaces, and
/// `-terms` that must not match. A term written in Latin letters may be pinyin: full (`jingzhou`,
/// `jing zhou`, `hongmenlu`) or initials (`jz`); tone marks and `v` for `ü` are understood.
public struct SearchQuery: Equatable, Sendable {
    /// One way a term can match: a phrase of tokens, of pinyin syllables, or of initials.
    public enum Alternative: Equatable, Sendable {
        case tokens([String])
        case pinyin([String])
        case initials([String])
    }

    public struct Term: Equatable, Sendable {
        public var text: String
        public var exclude: Bool
        /// Any of these matching is a match.
        public var alternatives: [Alternative]
    }

    /// Longer queries are cut to this many characters, and to this many terms: a search's cost grows with
    /// both, and a pasted page is not a query.
    public static let maximumLength = 200
    public static let maximumTerms = 16

    public var raw: String
    public var terms: [Term]
    /// The query was cut to the bounds.
    public var shortened = false

    public var include: [Term] { terms.filter { !$0.exclude } }
    public var isEmpty: Bool { include.isEmpty || include.allSatisfy { $0.alternatives.isEmpty } }

    public static func parse(_ typed: String) -> SearchQuery {
        var shortened = false
        var s = typed
        if s.unicodeScalars.count > maximumLength {
            s = String(scalars: s.unicodeScalars.prefix(maximumLength))
            shortened = true
        }
        // split into words and quoted phrases
        var words: [(text: String, quoted: Bool, exclude: Bool)] = []
        var cur = ""
        var inQuote = false
        var exclude = false
        var quotedWord = false
        func push() {
            if !cur.isEmpty || quotedWord { words.append((cur, quotedWord, exclude)) }
            cur = ""
            exclude = false
            quotedWord = false
        }
        for ch in s {
            if ch == "\"" || ch == "“" || ch == "”" || ch == "「" || ch == "」" {
                if inQuote { inQuote = false; push() } else { if !cur.isEmpty && cur != "-" { push() }; inQuote = true; quotedWord = true; if cur == "-" { exclude = true; cur = "" } }
                continue
            }
            if !inQuote && (ch == " " || ch == "\u{3000}" || ch == "\t") { push(); continue }
            if !inQuote && cur.isEmpty && (ch == "-" || ch == "－") && !exclude { exclude = true; continue }
            cur.append(ch)
        }
        push()
        // unquoted Latin words that are all pinyin syllables read as one pinyin phrase (`jing zhou`)
        var merged: [(text: String, quoted: Bool, exclude: Bool)] = []
        for w in words {
            if let last = merged.last, !last.quoted, !w.quoted, !last.exclude, !w.exclude,
                isPinyinWords(last.text), isPinyinWords(w.text) {
                merged[merged.count - 1].text += " " + w.text
            } else {
                merged.append(w)
            }
        }
        var terms = merged.compactMap { w -> Term? in
            let alts = alternatives(w.text)
            return alts.isEmpty ? nil : Term(text: w.text, exclude: w.exclude, alternatives: alts)
        }
        if terms.count > maximumTerms {
            terms.removeLast(terms.count - maximumTerms)
            shortened = true
        }
        return SearchQuery(raw: typed, terms: terms, shortened: shortened)
    }

    static func isPinyinWords(_ s: String) -> Bool {
        let parts = s.utf8.split(separator: 0x20)
        return !parts.isEmpty && parts.allSatisfy { p in
            // lower-case ASCII letters are looked up as they are; anything else is folded first (`plainLatin`)
            p.allSatisfy { $0 >= 0x61 && $0 <= 0x7A && $0 != 0x76 } ? Hanzi.isSyllable(p)
                : Hanzi.isSyllable(plainLatin(String(decoding: p, as: UTF8.self)).utf8)
        }
    }

    /// Tone marks off, `ü`/`v` as `u`, lower case.
    static func plainLatin(_ s: String) -> String {
        let folded = s.applyingToneFold()
        return String(folded.lowercased().map { $0 == "v" || $0 == "ü" ? "u" : $0 })
    }

    static func alternatives(_ text: String) -> [Alternative] {
        let toks = SearchTokens.tokens(text.applyingToneFold(), readings: false)
        guard !toks.isEmpty else { return [] }
        var out: [Alternative] = [.tokens(toks.map(\.text))]
        // Latin only: it may be pinyin, or initials
        let letters = toks.allSatisfy { $0.text.unicodeScalars.allSatisfy { $0.value >= 0x61 && $0.value <= 0x7A } }
        if letters {
            let joined = plainLatin(toks.map(\.text).joined())
            for seg in segmentations(joined, limit: 8) { out.append(.pinyin(seg)) }
            if joined.count >= 2 && joined.count <= 4 { out.append(.initials(joined.map { String($0) })) }
        }
        return out
    }

    /// Ways to read a letter string as pinyin syllables, fewest syllables first.
    public static func segmentations(_ s: String, limit: Int) -> [[String]] {
        // syllables are ASCII: a string with anything else in it has no reading as pinyin
        let chars = Array(s.utf8)
        let n = chars.count
        guard n > 0, n <= 60, chars.allSatisfy({ $0 < 0x80 }) else { return [] }
        var memo = [[[String]]?](repeating: nil, count: n)
        func from(_ i: Int) -> [[String]] {
            if i == n { return [[]] }
            if let m = memo[i] { return m }
            var res: [[String]] = []
            for len in stride(from: min(6, n - i), through: 1, by: -1) {
                guard Hanzi.isSyllable(chars[i..<(i + len)]) else { continue }
                let syl = String(decoding: chars[i..<(i + len)], as: UTF8.self)
                for rest in from(i + len) {
                    res.append([syl] + rest)
                    if res.count >= limit * 4 { break }
                }
            }
            memo[i] = res
            return res
        }
        return Array(from(0).sorted { $0.count < $1.count }.prefix(limit))
    }
}

extension String {
    /// Tone marks removed (ā á ǎ à → a, ǖ ǘ ǚ ǜ → ü).
    func applyingToneFold() -> String {
        var out = String.UnicodeScalarView()
        for s in unicodeScalars {
            switch s.value {
            case 0x101, 0xE1, 0x1CE, 0xE0: out.append("a")
            case 0x113, 0xE9, 0x11B, 0xE8: out.append("e")
            case 0x12B, 0xED, 0x1D0, 0xEC: out.append("i")
            case 0x14D, 0xF3, 0x1D2, 0xF2: out.append("o")
            case 0x16B, 0xFA, 0x1D4, 0xF9: out.append("u")
            case 0x1D6, 0x1D8, 0x1DA, 0x1DC, 0xFC: out.append("u")
            default:
                if s.properties.generalCategory == .nonspacingMark && s.value >= 0x300 && s.value <= 0x36F { continue }
                out.append(s)
            }
        }
        return String(out)
    }
}
