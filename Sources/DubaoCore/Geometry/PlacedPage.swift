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

    public init(text: String, x0: Double, y0: Double, x1: Double, y1: Double) {
        self.text = text
        self.x0 = x0
        self.y0 = y0
        self.x1 = min(max(x0, x1), x0 + 1e6)
        self.y1 = min(max(y0, y1), y0 + 1e6)
    }

    public var width: Double { x1 - x0 }
    public var height: Double { y1 - y0 }
    public var midY: Double { (y0 + y1) / 2 }

    /// Printed width in character cells: a Han character or a full-width mark is one, anything else a half.
    var cells: Double {
        var n = 0.0
        for s in text.unicodeScalars where s != " " { n += s.value >= 0x2E80 ? 1 : 0.5 }
        return n
    }

    /// A word as a PDF-to-text tool gives it.
    public typealias Word = (text: String, x0: Double, x1: Double)

    /// The width of a character of the page's body text: the median over its words' characters.
    public static func bodyCharacter(_ words: [Word]) -> Double {
        var perCell: [(Double, Double)] = []
        for w in words {
            let c = PlacedLine(text: w.text, x0: w.x0, y0: 0, x1: w.x1, y1: 0).cells
            if c >= 1 { perCell.append(((w.x1 - w.x0) / c, c)) }
        }
        return ReadingOrder.weightedMedian(perCell) ?? 10
    }

    /// The lines a PDF-to-text tool's line holds: it may join the lines of columns that stand at one height (body
    /// lines, or the headlines of stories side by side), so a gap of a body character's width or more (`gutter`:
    /// a gutter, never a space) splits it. Within a line, a gap of a fifth of a character or more is a space; words
    /// that touch are joined without one (CJK text is split into words at font changes, not at spaces).
    public static func lines(words: [Word], y0: Double, y1: Double, gutter: Double) -> [PlacedLine] {
        let ws = words.filter { !$0.text.isEmpty }.sorted { $0.x0 < $1.x0 }
        guard !ws.isEmpty else { return [] }
        let char = max(1, gutter)
        var out: [PlacedLine] = []
        var text = ws[0].text
        var start = ws[0].x0
        var end = ws[0].x1
        for w in ws.dropFirst() {
            let gap = w.x0 - end
            if gap >= char {
                out.append(PlacedLine(text: text, x0: start, y0: y0, x1: end, y1: y1))
                text = w.text
                start = w.x0
            } else {
                if gap >= 0.2 * char { text += " " }
                text += w.text
            }
            end = max(end, w.x1)
        }
        out.append(PlacedLine(text: text, x0: start, y0: y0, x1: end, y1: y1))
        return out
    }
}
