/// The searchable pieces of text, as the index and the matcher both see them: each Han (kana, hangul)
/// character is a token, a run of Latin letters or digits is a token; punctuation and spaces are not.
/// Tokens are folded: traditional to simplified, fullwidth to halfwidth, upper to lower case.
public struct SearchToken: Equatable, Sendable {
    /// The folded token.
    public var text: String
    /// Its toneless pinyin (the token itself when it is not Han).
    public var pinyin: String
    /// The first letter of its pinyin (the token itself when it is not Han).
    public var initial: String
    /// Its other readings, for a character Mandarin reads several ways (`Polyphones`).
    public var otherPinyin: [String] = []
    /// Where it is in the original text, in Unicode scalars.
    public var range: Range<Int>
}

public enum SearchTokens {
    /// Folds one scalar: simplified, halfwidth, lower case.
    @inline(__always)
    public static func fold(_ s: Unicode.Scalar) -> Unicode.Scalar {
        var v = s.value
        if v >= 0x2E80, let u = IdeographFolding.unified(v) { v = u }  // a radical standing for a character
        if v >= 0xFF01 && v <= 0xFF5E { v -= 0xFEE0 }          // fullwidth ASCII
        if v >= 0x41 && v <= 0x5A { return Unicode.Scalar(v + 32)! }
        if v < 0x80 { return Unicode.Scalar(v)! }
        if v >= 0x3400 { return Unicode.Scalar(Hanzi.shared.simplify(v)) ?? s }
        if let lower = Unicode.Scalar(v)?.properties.lowercaseMapping.unicodeScalars, lower.count == 1 { return lower.first! }
        return Unicode.Scalar(v) ?? s
    }

    static func isWordScalar(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (v >= 0x30 && v <= 0x39) || (v >= 0x61 && v <= 0x7A) || (v >= 0xC0 && v < 0x250 && s.properties.isAlphabetic)
    }

    /// The tokens of a text; without `readings`, a Han token's pinyin and initial are the token itself (a query's
    /// own words need none: reading every character's was a twentieth of a Chinese query's whole process).
    public static func tokens(_ text: String, readings: Bool = true) -> [SearchToken] {
        var out: [SearchToken] = []
        out.reserveCapacity(text.utf8.count / 3)
        var word = String.UnicodeScalarView()
        var wordStart = 0
        var i = 0
        func flush() {
            if !word.isEmpty {
                let w = String(word)
                out.append(SearchToken(text: w, pinyin: w, initial: w, range: wordStart..<i))
                word = String.UnicodeScalarView()
            }
        }
        for raw in text.unicodeScalars {
            let s = fold(raw)
            if isWordScalar(s) {
                if word.isEmpty { wordStart = i }
                word.append(s)
            } else {
                flush()
                if CharClass.isCJK(s) && !CharClass.isCJKPunct(s) {
                    let t = String(s)
                    let p = readings ? Hanzi.shared.pinyin(s.value) : nil
                    out.append(SearchToken(text: t, pinyin: p ?? t, initial: p.map { String($0.prefix(1)) } ?? t,
                                           otherPinyin: p == nil ? [] : Hanzi.shared.otherPinyin(s.value), range: i..<(i + 1)))
                }
            }
            i += 1
        }
        flush()
        return out
    }

    /// The scalar range of the `index`-th token and of the `count` tokens from it, without building them.
    public static func range(ofTokens index: Int, count: Int, in text: String) -> Range<Int>? {
        var k = -1
        var start = -1
        var i = 0
        var inWord = false
        for raw in text.unicodeScalars {
            let s = fold(raw)
            if isWordScalar(s) {
                if !inWord { k += 1; inWord = true; if k == index { start = i } }
            } else {
                if inWord && k == index + count - 1 && start >= 0 { return start..<i }
                inWord = false
                if CharClass.isCJK(s) && !CharClass.isCJKPunct(s) {
                    k += 1
                    if k == index { start = i }
                    if k == index + count - 1 && start >= 0 { return start..<(i + 1) }
                }
            }
            i += 1
        }
        if inWord && k == index + count - 1 && start >= 0 { return start..<i }
        return nil
    }

    /// The index columns of a text: its tokens and (with `readings`) their pinyin and initials, each
    /// space-separated, one position a token. A character with several readings gives them all at its position,
    /// separated by `|` (`xing|hang`, `x|h`): the index's tokenizer puts them in one place. The library keeps
    /// readings for the headline group only; in a body, pinyin is found through the characters that read so
    /// (`SearchIndex`).
    /// Built in one pass into UTF-8 buffers, without token values (every imported article goes through here).
    public static func columns(_ text: String, readings: Bool = true) -> (text: String, pinyin: String, initials: String) {
        let n = text.utf8.count
        var tc = ScalarBuffer(capacity: n + n / 3)
        var pc = ScalarBuffer(capacity: readings ? n * 2 : 0), ic = ScalarBuffer(capacity: readings ? n : 0)
        var word = String.UnicodeScalarView()
        var first = true
        func separate() {
            if first { first = false; return }
            tc.append(" ")
            guard readings else { return }
            pc.append(" ")
            ic.append(" ")
        }
        func flush() {
            guard !word.isEmpty else { return }
            separate()
            tc.append(contentsOf: word)
            if readings {
                pc.append(contentsOf: word)
                ic.append(contentsOf: word)
            }
            word.removeAll(keepingCapacity: true)
        }
        let hanzi = Hanzi.shared
        for raw in text.unicodeScalars {
            let s = fold(raw)
            if isWordScalar(s) { word.append(s); continue }
            flush()
            guard CharClass.isCJK(s) && !CharClass.isCJKPunct(s) else { continue }
            separate()
            tc.append(s)
            guard readings else { continue }
            guard let p = hanzi.pinyin(s.value), let initial = p.unicodeScalars.first else {
                pc.append(s)
                ic.append(s)
                continue
            }
            pc.append(utf8: p)
            ic.append(initial)
            let others = hanzi.otherPinyin(s.value)
            guard !others.isEmpty else { continue }
            var initials = [initial]
            for o in others {
                pc.append("|")
                pc.append(utf8: o)
                if let i = o.unicodeScalars.first, !initials.contains(i) {
                    initials.append(i)
                    ic.append("|")
                    ic.append(i)
                }
            }
        }
        flush()
        return (tc.string, pc.string, ic.string)
    }

    /// Every reading of a character: its main one first, then the others (`Polyphones`); none for a
    /// character that is not Han.
    public static func readings(_ v: UInt32) -> [String] {
        guard let p = Hanzi.shared.pinyin(v) else { return [] }
        return [p] + Hanzi.shared.otherPinyin(v)
    }
}

extension SearchToken {
    /// Whether one of its readings is the syllable `p`.
    @inline(__always)
    func reads(_ p: String) -> Bool { pinyin == p || (!otherPinyin.isEmpty && otherPinyin.contains(p)) }

    /// The distinct first letters of its readings, the main one first.
    var initials: [String] {
        var out = [initial]
        for p in otherPinyin { let i = String(p.prefix(1)); if !out.contains(i) { out.append(i) } }
        return out
    }
}
