/// Rule **NumberedHeadings**: a story's intertitles numbered in sequence (`一、…` `二、…` `三、…`, or `（一）…`,
/// `1.…`, `（1）…`) are all intertitles. The decode reads the first of them as a paragraph where it opens the
/// story's text (an intertitle never opens a story: a headline printed after the body leaves it first), and may
/// read any one of them so; a heading-shaped paragraph numbered next to an intertitle of the same numbering, one
/// before it or one after it, is one of them.
enum NumberedHeadings {
    /// How a heading is numbered: the numeral's script and the mark around or after it.
    enum Style: Equatable {
        case hanComma          // 一、
        case hanBracketed      // （一）
        case figureMark        // 1. 1、 1．
        case figureBracketed   // （1）
    }

    struct Number: Equatable {
        var style: Style
        var value: Int
    }

    /// The paragraphs numbered as the intertitles around them are, become intertitles.
    static func mend(_ blocks: inout [Block]) {
        // (most stories have no intertitle, let alone a numbered one: asked first)
        let titled = blocks.compactMap { b -> Number? in b.type == .intertitle && opensWithNumber(b.text) ? number(b.text) : nil }
        guard !titled.isEmpty else { return }
        for k in blocks.indices where blocks[k].type == .paragraph {
            guard let n = heading(blocks[k].text), titled.contains(where: { $0.style == n.style && abs($0.value - n.value) == 1 }) else { continue }
            blocks[k].type = .intertitle
        }
    }

    /// The number of a numbered line shaped as a heading (`isHeadingShape`); nil for any other line.
    static func heading(_ t: String) -> Number? {
        guard opensWithNumber(t), let n = number(t) else { return nil }
        return isHeadingShape(t) ? n : nil
    }

    /// Short, no full stop inside, two Han characters or more: a heading, not a numbered sentence (`一是…。`).
    static func isHeadingShape(_ t: String) -> Bool {
        let s = t.unicodeScalars
        return s.prefix(41).count <= 40 && !s.contains("。") && !s.contains("；") && t.hanCount >= 2
    }

    /// Whether the text opens as a numbered heading may (a figure, a bracket, or a Han numeral): the cheap look
    /// that spares most lines `number(_:)`.
    static func opensWithNumber(_ t: String) -> Bool {
        guard let f = t.unicodeScalars.first else { return false }
        return CharClass.isDigit(f) || f == "（" || f == "(" || "一二三四五六七八九十".unicodeScalars.contains(f)
    }

    /// The heading's number, where it opens with one followed by its mark and words.
    static func number(_ t: String) -> Number? {
        let s = Array(t.unicodeScalars.prefix(8))
        guard let first = s.first else { return nil }
        if CharClass.isDigit(first) {
            var k = 0
            var v = 0
            while k < s.count, k < 2, let d = asciiDigit(s[k]) { v = v * 10 + d; k += 1 }
            guard k > 0, k < s.count - 1, ["、", ".", "．"].contains(s[k]), v > 0 else { return nil }
            // a decimal (`1.5亿元`) is no number of a heading
            if CharClass.isDigit(s[k + 1]) { return nil }
            return Number(style: .figureMark, value: v)
        }
        if first == "（" || first == "(" {
            let close: Unicode.Scalar = first == "（" ? "）" : ")"
            guard let end = s.firstIndex(of: close), end >= 2, end + 1 < s.count else { return nil }
            let inner = Array(s[1..<end])
            if let v = hanValue(inner) { return Number(style: .hanBracketed, value: v) }
            if inner.count <= 2, inner.allSatisfy({ asciiDigit($0) != nil }) {
                let v = inner.reduce(0) { $0 * 10 + asciiDigit($1)! }
                return v > 0 ? Number(style: .figureBracketed, value: v) : nil
            }
            return nil
        }
        guard let comma = s.firstIndex(of: "、"), comma >= 1, comma + 1 < s.count, let v = hanValue(Array(s[..<comma])) else { return nil }
        return Number(style: .hanComma, value: v)
    }

    static func asciiDigit(_ c: Unicode.Scalar) -> Int? {
        c.value >= 0x30 && c.value <= 0x39 ? Int(c.value - 0x30) : nil
    }

    /// A Han numeral from one to ninety-nine (`一`, `十`, `十二`, `二十`, `二十三`).
    static func hanValue(_ s: [Unicode.Scalar]) -> Int? {
        let digits: [Unicode.Scalar: Int] = ["一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9]
        switch s.count {
        case 1:
            if s[0] == "十" { return 10 }
            return digits[s[0]]
        case 2:
            if s[0] == "十" { return digits[s[1]].map { 10 + $0 } }
            if s[1] == "十" { return digits[s[0]].map { $0 * 10 } }
            return nil
        case 3:
            guard s[1] == "十", let a = digits[s[0]], let b = digits[s[2]] else { return nil }
            return a * 10 + b
        default:
            return nil
        }
    }
}
