/// Rule **BannerUndoubling**: text extraction of a bold or outlined banner often yields it twice
/// (`时政要闻时政要闻`, `知荆州知荆州 爱荆州爱荆州`), or every character twice (`时时政政要要闻闻`).
/// Applied to short standalone lines only. The removed copies are returned, so nothing is dropped silently.
public enum BannerUndoubling {
    public struct Result: Equatable, Sendable {
        public var text: String
        public var removed: [String]
    }

    /// Undoubles `line` when every word of it (split at spaces) is doubled, or the whole line is.
    public static func undouble(_ line: String) -> Result? {
        // quick look: some character must come back within the line
        let scalars = ByteScan.scalars(line).filter { $0 != " " && $0 != "\u{3000}" }
        guard scalars.count >= 4, let first = scalars.first, scalars.dropFirst().contains(first) || scalars.count >= 6 && scalars[1] == first else { return nil }
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard !words.isEmpty else { return nil }
        var halves: [String] = []
        var removed: [String] = []
        var any = false
        for w in words {
            if let h = half(of: Array(w.unicodeScalars)) {
                halves.append(h.kept)
                removed.append(h.removed)
                any = true
            } else if w.hanCount == 0 {
                halves.append(String(w))
            } else {
                // one doubled word is not enough when another is plain: try the line as a whole
                let whole = ByteScan.scalars(line).filter { $0 != " " && $0 != "\u{3000}" }
                if let h = half(of: whole) { return Result(text: h.kept, removed: [h.removed]) }
                return nil
            }
        }
        return any ? Result(text: halves.joined(separator: " "), removed: removed) : nil
    }

    static func half(of s: [Unicode.Scalar]) -> (kept: String, removed: String)? {
        let n = s.count
        guard n >= 4, n % 2 == 0 else { return nil }
        let h = n / 2
        if Array(s[0..<h]) == Array(s[h..<n]), Set(s[0..<h]).count >= 2 {
            return (String(scalars: s[0..<h]), String(scalars: s[h..<n]))
        }
        // character-by-character doubling: aabbcc
        guard n >= 6 else { return nil }
        var kept = String.UnicodeScalarView()
        for k in stride(from: 0, to: n, by: 2) {
            guard s[k] == s[k + 1] else { return nil }
            kept.append(s[k])
        }
        guard Set(kept).count >= 2 else { return nil }
        return (String(kept), String(kept))
    }
}
