/// Rule **AsciiQuotes**: straight double quotes in Chinese text (`变"行商"`, as web copies and OCR give `“…”`) are
/// read as the quotes they stand for, opening or closing. The rules that weigh quotes (a line closing one it never
/// opened goes on from the line before; a headline in quotes) know `“` from `”`: a page setting its quotes straight
/// is read folded (`PageTwin`).
///
/// Which one a straight quote is: its neighbours say so where they can (a quote after a colon or an opening bracket,
/// or first in the text, opens; one before a clause mark, a sentence's end or a closing bracket, or last, closes),
/// and elsewhere quotes alternate, opening first after a blank line.
enum AsciiQuotes {
    /// The text with its straight double quotes as `“` and `”`, or nil when it has none.
    static func folded(_ text: String) -> String? {
        guard ByteScan.holdsByte(text, 0x22) else { return nil }
        let s = ByteScan.scalars(text)
        var out = String.UnicodeScalarView()
        out.reserveCapacity(s.count)
        var open = false
        var lineHasText = false
        for i in s.indices {
            let c = s[i]
            if c == "\n" || c == "\r" {
                // a blank line ends a paragraph: no quote runs over it
                if !lineHasText { open = false }
                lineHasText = false
                out.append(c)
                continue
            }
            if !CharClass.isSpace(c) { lineHasText = true }
            guard c == "\"" else { out.append(c); continue }
            let opening = opens(s, i) ?? !open
            open = opening
            out.append(opening ? "“" : "”")
        }
        return String(out)
    }

    /// Whether the straight quote at `i` opens (true) or closes (false) by its neighbours, or nil when they do not
    /// say. Line breaks and spaces between are passed over: an extraction breaks lines at quotes (`…看看。` then
    /// `”1月8日上午`), and a letter-spaced headline spaces them (`“ 送 温 暖 ”`).
    static func opens(_ s: [Unicode.Scalar], _ i: Int) -> Bool? {
        func neighbour(_ step: Int) -> Unicode.Scalar? {
            var j = i + step
            while j >= 0, j < s.count, s[j] == "\n" || s[j] == "\r" || CharClass.isSpace(s[j]) { j += step }
            return j >= 0 && j < s.count ? s[j] : nil
        }
        guard let before = neighbour(-1), before != "：", before != ":", !CharClass.isOpener(before) else { return true }
        guard let after = neighbour(1) else { return false }
        if CharClass.isClausePunct(after) || CharClass.isTerminator(after) || (CharClass.isCloser(after) && after != "\"") { return false }
        return nil
    }
}
