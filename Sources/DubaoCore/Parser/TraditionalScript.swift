/// Rule **TraditionalScript**: a page set in traditional characters (`本報訊（記者…）`, `責任編輯`, `荊州日報`) is read
/// as its simplified twin, and what the parser makes of it is given back in the page's own characters.
///
/// Every rule, marker and weight of the parser speaks simplified Chinese. Folding each character to its simplified
/// form (`Hanzi.simplify`, one character for one) gives a text of the same length and the same lines, which the
/// parser reads as it reads any page; corner quotes (`「…」`) are read as the quotes they are. Each string of the
/// result (a paragraph, a headline, the furniture) is then found again in the folded text, character by character
/// past white space, and its characters are taken from the same places of the page as printed. A page with only a few characters that fold (a simplified page's `乾隆`,
/// `著名`) is read as it is.
enum TraditionalScript {
    /// Of a page's Han characters, the share that must fold for it to be read folded (a simplified page: under 1 %; a
    /// traditional one: over a third).
    static let minimumShare = 0.1

    /// Han characters looked at before a page with almost none that fold is taken for simplified.
    static let sampleSize = 1000

    /// Quotes as traditional texts set them (`「…」`, `『…』` within), as the rules know them (`“…”`, `‘…’`).
    static let cornerQuotes: [Unicode.Scalar: Unicode.Scalar] = ["「": "“", "」": "”", "『": "‘", "』": "’"]

    /// The page folded to simplified characters (and its quotes to `“”`), or nil when few enough of its characters fold.
    static func simplified(_ text: String) -> String? {
        var han = 0, changed = 0
        let hanzi = Hanzi.shared
        for s in text.unicodeScalars where CharClass.isHan(s) {
            han += 1
            if hanzi.simplify(s.value) != s.value { changed += 1 }
            // a page whose first thousand Han characters are simplified, bar a few, is a simplified page
            if han == sampleSize && Double(changed) < minimumShare / 4 * Double(han) { return nil }
        }
        guard changed >= 3, Double(changed) >= minimumShare * Double(han) else { return nil }
        var out = String.UnicodeScalarView()
        for s in text.unicodeScalars {
            if CharClass.isHan(s), let f = Unicode.Scalar(hanzi.simplify(s.value)) { out.append(f) } else { out.append(cornerQuotes[s] ?? s) }
        }
        return String(out)
    }

    /// Gives every string of `page`, which the parser made of `folded`, back in the characters of `original`.
    static func restore(_ page: inout Page, original: String, folded: String) {
        let r = Restorer(original: original, folded: folded)
        func fix(_ s: inout String) { s = r.restore(s) }
        func fix(_ s: inout String?) { if let t = s { s = r.restore(t) } }
        fix(&page.section)
        fix(&page.paper)
        for k in page.furniture.indices { fix(&page.furniture[k]) }
        for k in page.unassigned.indices { fix(&page.unassigned[k]) }
        for k in page.duplicatesRemoved.indices { fix(&page.duplicatesRemoved[k]) }
        for a in page.articles.indices {
            fix(&page.articles[a].kicker)
            fix(&page.articles[a].headline)
            fix(&page.articles[a].subheadline)
            fix(&page.articles[a].column)
            fix(&page.articles[a].byline)
            for b in page.articles[a].blocks.indices { fix(&page.articles[a].blocks[b].text) }
        }
    }

    /// Finds strings made of the folded text in it again and reads them from the original.
    struct Restorer {
        /// The folded and the original text's characters, white space left out, in order.
        let folded: [UInt32]
        let original: [Unicode.Scalar]
        /// Where each folded character stands.
        let positions: [UInt32: [Int]]
        /// The characters that folded, each with the original most often printed for it (for a character found
        /// nowhere, which none should be).
        let commonest: [UInt32: Unicode.Scalar]

        init(original: String, folded: String) {
            var f: [UInt32] = [], o: [Unicode.Scalar] = []
            for (a, b) in zip(folded.unicodeScalars, original.unicodeScalars) where !Restorer.isBlank(a) {
                f.append(a.value)
                o.append(b)
            }
            var positions: [UInt32: [Int]] = [:]
            var counts: [UInt32: [Unicode.Scalar: Int]] = [:]
            for (k, v) in f.enumerated() {
                positions[v, default: []].append(k)
                if o[k].value != v { counts[v, default: [:]][o[k], default: 0] += 1 }
            }
            self.folded = f
            self.original = o
            self.positions = positions
            self.commonest = counts.compactMapValues { $0.max { $0.value < $1.value }?.key }
        }

        static func isBlank(_ s: Unicode.Scalar) -> Bool { CharClass.isSpace(s) || s == "\n" || s == "\r" || CharClass.isControl(s) }

        /// How many characters of `s` from `i` on (white space aside) match the folded text from `p` on, up to `limit`.
        func agreement(_ s: [Unicode.Scalar], from i: Int, at p: Int, limit: Int = 24) -> Int {
            var n = 0, i = i, p = p
            while i < s.count && p < folded.count && n < limit {
                if Restorer.isBlank(s[i]) { i += 1; continue }
                guard folded[p] == s[i].value else { break }
                n += 1; i += 1; p += 1
            }
            return n
        }

        /// `s` in the original's characters: it goes on where the last character was found while it can; where it
        /// cannot, at the place that agrees with the most of what follows (the nearest after the last, of equals).
        func restore(_ text: String) -> String {
            let s = Array(text.unicodeScalars)
            guard s.contains(where: { commonest[$0.value] != nil }) else { return text }
            var out = String.UnicodeScalarView()
            var cursor = -1
            for i in s.indices {
                let c = s[i]
                if Restorer.isBlank(c) { out.append(c); continue }
                if cursor + 1 < folded.count, cursor >= 0, folded[cursor + 1] == c.value {
                    cursor += 1
                    out.append(original[cursor])
                    continue
                }
                var best = -1, bestScore = 0
                for p in positions[c.value] ?? [] {
                    let score = agreement(s, from: i, at: p) * 2 + (p > cursor ? 1 : 0)
                    if score > bestScore { best = p; bestScore = score }
                }
                if best >= 0 {
                    cursor = best
                    out.append(original[best])
                } else {
                    cursor = -1
                    out.append(commonest[c.value] ?? c)
                }
            }
            return String(out)
        }
    }
}
