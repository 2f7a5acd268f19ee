/// A page read as its twin: a text with the same characters in the same places, one for one, save those a rule
/// folds to the forms the parser's rules speak of, parsed as any page is and given back in the page's own
/// characters. The foldings, each only where the page needs it:
/// - **TraditionalScript**: a page set in traditional characters is read in simplified ones, its corner quotes as
///   quotes (`「…」` as `“…”`);
/// - **AsciiFullStops**: a full stop set as an ASCII period after Chinese (`…正式投产.`, as OCR and some fonts' text
///   give it) is read as the `。` it stands for;
/// - **AsciiQuotes**: straight double quotes (`变"行商"`) are read as the `“` or `”` each stands for;
/// - **DashForms**: a dash set in horizontal bars or box-drawing lines (`――访…`, `──访…`) is read as `——`.
///
/// Each string of the result (a paragraph, a headline, the furniture) is found again in the twin, character by
/// character past white space, and its characters are taken from the same places of the page as printed.
enum PageTwin {
    /// The foldings, in the order applied: each returns nil when it changes nothing.
    static let foldings: [@Sendable (String) -> String?] = [
        TraditionalScript.simplified, AsciiFullStops.folded, AsciiQuotes.folded, DashForms.folded,
    ]

    /// The page's twin, or nil when no folding changes it.
    static func twin(_ text: String) -> String? {
        var twin: String?
        for fold in foldings { twin = fold(twin ?? text) ?? twin }
        return twin
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
            let s = ByteScan.scalars(text)
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
