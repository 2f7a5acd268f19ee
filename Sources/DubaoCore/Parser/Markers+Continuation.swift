/// Continuation marks: 上接第N版, 下转第N版 and their printed variants.
extension Markers {
    public enum Direction: Sendable, Equatable { case from, to }

    public struct ContinuationMark: Sendable, Equatable {
        public var direction: Direction
        public var page: Int
        /// Scalar range of the mark (with its brackets) inside the text it was found in.
        public var range: Range<Int>
    }

    /// Rule **ContinuationMark**: `（上接第1版）`, `(下转第2版)`, `上接A1版`, `（转第三版）`, `（紧接第2版）`, `（紧转第2版）`,
    /// `（续第1版）`.
    /// Returns every mark in the text.
    public static func continuationMarks(in text: String) -> [ContinuationMark] {
        guard ByteScan.mayHoldPageMark(text) else { return [] }
        let s = ByteScan.scalars(text)
        var out: [ContinuationMark] = []
        var i = 0
        while i < s.count {
            let c = s[i]
            guard c == "接" || c == "转" || c == "续" else { i += 1; continue }
            // direction: 上接/紧接/接/续 = from, 下转/紧转/转 = to; a bare 接/转/续 only counts inside brackets
            var dir: Direction = c == "转" ? .to : .from
            var start = i
            if c != "续" && i > 0 && (s[i - 1] == "上" || s[i - 1] == "紧" || s[i - 1] == "下") {
                start = i - 1
                if s[i - 1] != "紧" { dir = s[i - 1] == "下" ? .to : .from }
            } else if !(i > 0 && CharClass.isOpener(s[i - 1])) {
                i += 1
                continue
            }
            var j = i + 1
            while j < s.count && CharClass.isSpace(s[j]) { j += 1 }
            if j < s.count && s[j] == "第" { j += 1 }
            while j < s.count && CharClass.isSpace(s[j]) { j += 1 }
            // optional section letter (A1, B2)
            if j < s.count, (s[j].value >= 0x41 && s[j].value <= 0x5A) || (s[j].value >= 0xFF21 && s[j].value <= 0xFF3A) { j += 1 }
            let numStart = j
            while j < s.count && (CharClass.isDigit(s[j]) || chineseDigit(s[j]) != nil) { j += 1 }
            let numEnd = j
            while j < s.count && CharClass.isSpace(s[j]) { j += 1 }
            guard numEnd > numStart, j < s.count, s[j] == "版" || s[j] == "页" else { i += 1; continue }
            guard let page = number(s[numStart..<numEnd]) else { i += 1; continue }
            var end = j + 1
            // include enclosing brackets when present
            if start > 0 && CharClass.isOpener(s[start - 1]) { start -= 1 }
            if end < s.count && CharClass.isCloser(s[end]) { end += 1 }
            out.append(ContinuationMark(direction: dir, page: page, range: start..<end))
            i = end
        }
        return out
    }

    /// A line that is nothing but a continuation mark.
    public static func isStandaloneMark(_ text: String) -> ContinuationMark? {
        guard text.utf8.count <= 60 else { return nil }
        let marks = continuationMarks(in: text)
        guard marks.count == 1, let m = marks.first else { return nil }
        let s = ByteScan.scalars(text)
        let rest = s[0..<m.range.lowerBound] + s[m.range.upperBound...]
        // brackets around it, or a bullet or an arrow before it (`▶下转第2版`, `→转3版`)
        return rest.allSatisfy({ CharClass.isSpace($0) || CharClass.isOpener($0) || CharClass.isCloser($0) || CharClass.isBullet($0)
            || (0x2190...0x21FF).contains($0.value) }) ? m : nil
    }

    /// The value of a Chinese numeral character (〇…十), or nil.
    public static func chineseDigitValue(_ s: Unicode.Scalar) -> Int? { chineseDigit(s) }

    static func chineseDigit(_ s: Unicode.Scalar) -> Int? {
        switch s {
        case "〇", "零": return 0
        case "一": return 1
        case "二", "两": return 2
        case "三": return 3
        case "四": return 4
        case "五": return 5
        case "六": return 6
        case "七": return 7
        case "八": return 8
        case "九": return 9
        case "十": return 10
        default: return nil
        }
    }

    /// Arabic (ASCII or fullwidth) or Chinese numerals up to 99.
    public static func number(_ s: ArraySlice<Unicode.Scalar>) -> Int? {
        if s.allSatisfy(CharClass.isDigit) {
            var v = 0
            for c in s {
                let d = c.value >= 0xFF10 ? Int(c.value - 0xFF10) : Int(c.value - 0x30)
                v = v * 10 + d
                if v > 100_000 { return nil }
            }
            return v
        }
        let ds = s.compactMap(chineseDigit)
        guard ds.count == s.count, !ds.isEmpty else { return nil }
        if let ten = ds.firstIndex(of: 10) {
            let tens = ten == 0 ? 1 : ds[0]
            let ones = ten + 1 < ds.count ? ds[ten + 1] : 0
            return tens * 10 + ones
        }
        return ds.reduce(0) { $0 * 10 + $1 }
    }
}
