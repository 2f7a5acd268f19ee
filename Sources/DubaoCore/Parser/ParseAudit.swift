/// Checks on what the parser made of a text: every character of the input must be kept somewhere (an
/// article, the furniture, `unassigned`, `duplicatesRemoved`). Only whitespace, control characters and the invisible
/// format characters `IdeographFolding` leaves out may go, and a radical standing for a character is kept as that
/// character. Used by the tests and the fuzzer.
public enum ParseAudit {
    /// Characters of `text` (with how many of each) that `page` does not keep.
    public static func missingCharacters(text: String, page: Page) -> [Unicode.Scalar: Int] {
        missingCharacters(text: text, pages: [page])
    }

    /// Characters of `text` that none of `pages` keeps: a text parted into sheets by form feeds is read as a page
    /// each, and what one sheet holds is kept by its page.
    public static func missingCharacters(text: String, pages: [Page]) -> [Unicode.Scalar: Int] {
        let out = counts(pages.map(kept).joined())
        var miss: [Unicode.Scalar: Int] = [:]
        for (u, n) in counts(IdeographFolding.fold(text)) where (out[u] ?? 0) < n && !CharClass.isControl(u) {
            miss[u] = n - (out[u] ?? 0)
        }
        return miss
    }

    static func kept(_ p: Page) -> String {
        var parts = [p.section ?? ""] + p.furniture + p.unassigned + p.duplicatesRemoved
        for a in p.articles {
            parts += [a.kicker, a.headline, a.subheadline, a.byline, a.column].compactMap { $0 }
            parts += a.blocks.map(\.text)
        }
        return parts.joined()
    }

    static func counts(_ s: String) -> [Unicode.Scalar: Int] {
        var c: [Unicode.Scalar: Int] = [:]
        for u in s.unicodeScalars where !CharClass.isSpace(u) && u != "\n" && u != "\r" { c[u, default: 0] += 1 }
        return c
    }
}
