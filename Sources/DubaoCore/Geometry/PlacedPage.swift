/// A page as a PDF lays it out: each line of text with the box it is printed in. What a PDF-to-text tool throws
/// away (where a line stands, how large it is printed) is kept here for the reading order and the parser.
public struct PlacedPage: Sendable, Equatable {
    /// 1-based number of the page within its file.
    public var index: Int
    /// Size in points; y grows downwards.
    public var width: Double
    public var height: Double
    public var lines: [PlacedLine]

    public init(index: Int, width: Double, height: Double, lines: [PlacedLine]) {
        self.index = index
        self.width = width
        self.height = height
        self.lines = lines
    }
}

/// One printed line: its words joined, and its box in points (top-left origin).
public struct PlacedLine: Sendable, Equatable {
    public var text: String
    public var x0: Double
    public var y0: Double
    public var x1: Double
    public var y1: Double
    /// Its type size in points where the source says it (else it is measured from the box).
    public var size: Double?

    public init(text: String, x0: Double, y0: Double, x1: Double, y1: Double, size: Double? = nil) {
        self.text = text
        self.x0 = x0
        self.y0 = y0
        self.x1 = min(max(x0, x1), x0 + 1e6)
        self.y1 = min(max(y0, y1), y0 + 1e6)
        self.size = size
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midY: Double { (y0 + y1) / 2 }

    /// Printed width in character cells: a Han character or a full-width mark is one, and so are the quotes, dashes
    /// and ellipsis a Chinese font sets a full character wide among them (`“活”`); anything else a half.
    var cells: Double { Self.cells(text) }

    static func cells(_ text: String) -> Double {
        var n = 0.0
        for s in text.unicodeScalars where s != " " { n += s.value >= 0x2E80 || Self.setWide(s) ? 1 : 0.5 }
        return n
    }

    /// `‘ ’ “ ” — …`: a character wide in Chinese type.
    @inline(__always)
    static func setWide(_ s: Unicode.Scalar) -> Bool {
        switch s.value {
        case 0x2018, 0x2019, 0x201C, 0x201D, 0x2014, 0x2026: return true
        default: return false
        }
    }

    /// A word as a PDF-to-text tool gives it, with its box.
    public struct Word: Sendable, Equatable {
        public var text: String
        public var x0: Double
        public var x1: Double
        public var y0: Double
        public var y1: Double
        public init(_ text: String, x0: Double, x1: Double, y0: Double, y1: Double) {
            self.text = text
            self.x0 = x0
            self.x1 = x1
            self.y0 = y0
            self.y1 = y1
        }
        var height: Double { y1 - y0 }
        /// Its type size, where it can be told from the width of its characters: one or more Han characters
        /// (each as wide as the type is large; a box's height also depends on the font's ascent and descent,
        /// which differ between a regular and a bold face; a letter-spaced headline comes a character a word).
        /// Nil for other words (proportional Latin letters).
        var size: Double? {
            var wide = 0
            for s in text.unicodeScalars where s.value >= 0x2E80 { wide += 1 }
            let c = PlacedLine.cells(text)
            return wide >= 1 && Double(wide) >= 0.8 * c ? (x1 - x0) / c : nil
        }
    }

    /// The width of a character of the page's body text: the median over its words' characters.
    public static func bodyCharacter(_ words: [Word]) -> Double {
        var perCell: [(Double, Double)] = []
        for w in words {
            let c = cells(w.text)
            if c >= 1 { perCell.append(((w.x1 - w.x0) / c, c)) }
        }
        return ReadingOrder.weightedMedian(perCell) ?? 10
    }

    /// A page's lines from its words, wherever the tool drew its lines: words whose middles stand at one height
    /// (within a quarter of the smaller one's height) are one row, and each row is cut into lines at gutters and
    /// at changes of type size (`lines(words:gutter:)`). A tool may give each word of a byline its own line, or
    /// one line across two columns; the page's geometry decides.
    public static func lines(pageWords words: [Word], gutter: Double) -> [PlacedLine] {
        let sorted = words.filter { !$0.text.isEmpty }.sorted { ($0.y0 + $0.y1) < ($1.y0 + $1.y1) }
        var rows: [[Word]] = []
        var mid = 0.0
        for w in sorted {
            let m = (w.y0 + w.y1) / 2
            if let last = rows.last?.last, abs(m - mid) < 0.25 * min(last.height, w.height) {
                rows[rows.count - 1].append(w)
            } else {
                rows.append([w])
                mid = m
            }
        }
        return rows.flatMap { lines(words: $0, gutter: gutter) }
    }

    /// The lines a PDF-to-text tool's line holds: it may join the lines of columns that stand at one height (body
    /// lines, or the headlines of stories side by side) and a headline with the body line beside it. A gap of more
    /// than half a character (of the body's type, `gutter`, or of the larger word's: a gutter, never a space)
    /// splits it, and so does a change of type size between two words. Within a line, a gap of a fifth of a character or more is a space; words that
    /// touch are joined without one (CJK text is split into words at font changes, not at spaces).
    public static func lines(words: [Word], gutter: Double) -> [PlacedLine] {
        let ws = words.filter { !$0.text.isEmpty }.sorted { $0.x0 < $1.x0 }
        guard !ws.isEmpty else { return [] }
        let char = max(1, gutter)
        var out: [PlacedLine] = []
        var run: [Word] = []
        func flush() {
            guard let first = run.first else { return }
            var text = first.text
            var end = first.x1
            for w in run.dropFirst() {
                if w.x0 - end >= 0.2 * char { text += " " }
                text += w.text
                end = max(end, w.x1)
            }
            out.append(PlacedLine(text: text, x0: first.x0, y0: run.map(\.y0).min()!, x1: end, y1: run.map(\.y1).max()!))
            run = []
        }
        for w in ws {
            if let last = run.last {
                let gap = w.x0 - run.map(\.x1).max()!
                var sizeChange = false
                if let a = last.size, let b = w.size { sizeChange = max(a, b) > 1.25 * min(a, b) }
                // a gutter: more than half a character of the larger type (a space is a quarter or less)
                let gutterGap = 0.6 * max(char, last.size ?? 0, w.size ?? 0)
                if gap >= gutterGap || sizeChange { flush() }
            }
            run.append(w)
        }
        flush()
        return out
    }
}
