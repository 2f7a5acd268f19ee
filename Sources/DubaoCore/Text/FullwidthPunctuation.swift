/// Rule **FullwidthPunctuation** (for display only): ASCII punctuation that a page set among Chinese text
/// (`(记者陈雪玲 陈理君)2月4日下午,市人大`) is shown in its fullwidth form (`（…）…，`), as the paper printed it.
/// A mark counts as Chinese when the nearest character on either side, past spaces, is Han or Chinese
/// punctuation; `10:30`, `2,000` and `(A)` between Latin letters stay as they are. The library and `--json`
/// keep the text as it came.
public enum FullwidthPunctuation {
    static let forms: [Unicode.Scalar: Unicode.Scalar] = [
        ",": "，", ":": "：", ";": "；", "?": "？", "!": "！", "(": "（", ")": "）",
    ]

    public static func display(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { forms[$0] != nil }) else { return text }
        let s = ByteScan.scalars(text)
        func chinese(_ v: Unicode.Scalar) -> Bool {
            CharClass.isHan(v) || (0x3000...0x303F).contains(v.value) || (0xFF00...0xFF0F).contains(v.value)
                || (0xFF1A...0xFF20).contains(v.value) || v == "“" || v == "”" || v == "‘" || v == "’"
        }
        func neighbour(_ i: Int, _ step: Int) -> Unicode.Scalar? {
            var k = i + step
            while k >= 0 && k < s.count && (s[k] == " " || forms[s[k]] != nil) { k += step }
            return k >= 0 && k < s.count ? s[k] : nil
        }
        var out = String.UnicodeScalarView()
        // brackets go in pairs: a closing one takes the form its opening one took
        var opened: [Bool] = []
        for (i, v) in s.enumerated() {
            guard let full = forms[v] else { out.append(v); continue }
            let left = neighbour(i, -1), right = neighbour(i, 1)
            // digits on both sides are a number or a time (2,000 · 10:30)
            let numeric = left.map { $0.properties.numericType != nil && $0.isASCII } == true && right.map { $0.properties.numericType != nil && $0.isASCII } == true
            var cn = ((left.map(chinese) ?? false) || (right.map(chinese) ?? false)) && !numeric
            if v == "(" { opened.append(cn) }
            if v == ")", let o = opened.popLast() { cn = o }
            out.append(cn ? full : v)
        }
        return String(out)
    }
}
