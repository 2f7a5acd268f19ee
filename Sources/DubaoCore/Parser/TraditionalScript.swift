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
}
