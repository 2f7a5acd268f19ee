import DubaoCore

/// One screen cell: a grapheme (a base character and its combining marks), its width, its style.
/// The cell after a wide character is its continuation: empty text, width 0.
public struct Cell: Equatable, Sendable {
    public var text: String
    public var width: UInt8
    public var style: Style

    public static let blank = Cell(text: " ", width: 1, style: .plain)
    public var isContinuation: Bool { width == 0 }
}

/// A rectangle of cells that views draw into and backends copy to the screen. Text is written by display
/// width: wide characters take two cells and are never split, control characters and escape sequences are
/// replaced by visible stand-ins, and nothing is written past the right edge.
public struct Grid: Equatable, Sendable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// Treat East Asian ambiguous characters (`“ ” — …`) as two columns wide.
    public var ambiguousWide = false

    public init(width: Int, height: Int, style: Style = .plain) {
        self.width = max(0, width)
        self.height = max(0, height)
        cells = Array(repeating: Cell(text: " ", width: 1, style: style), count: self.width * self.height)
    }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * width + x] }
    }

    /// Fills a rectangle with blanks of a style.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, style: Style) {
        for yy in max(0, y)..<min(height, y + h) {
            for xx in max(0, x)..<min(width, x + w) { setCell(xx, yy, Cell(text: " ", width: 1, style: style)) }
        }
    }

    /// Writes `text` at (x, y) within `limit` columns (default: to the right edge); returns the columns used.
    @discardableResult
    public mutating func put(_ text: String, x: Int, y: Int, style: Style, limit: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        var end = min(width, x + (limit ?? width))
        var col = x
        let gs = Self.graphemes(text, ambiguousWide: ambiguousWide)
        // text cut short ends in an ellipsis, so that a reader sees it was cut
        var ellipsis: (text: String, width: Int)?
        if gs.reduce(0, { $0 + $1.width }) > end - x, let e = Self.graphemes("…", ambiguousWide: ambiguousWide).first, end - x > e.width {
            ellipsis = (e.text, e.width)
            end -= e.width
        }
        for g in gs {
            if col + g.width > end {
                // a wide character that does not fit leaves a blank, never half a character
                if ellipsis == nil && g.width == 2 && col < end { setCell(col, y, Cell(text: " ", width: 1, style: style)); col += 1 }
                break
            }
            if col >= 0 {
                setCell(col, y, Cell(text: g.text, width: UInt8(g.width), style: style))
                if g.width == 2 { setCell(col + 1, y, Cell(text: "", width: 0, style: style)) }
            }
            col += g.width
        }
        if let e = ellipsis {
            setCell(col, y, Cell(text: e.text, width: UInt8(e.width), style: style))
            if e.width == 2 { setCell(col + 1, y, Cell(text: "", width: 0, style: style)) }
            col += e.width
        }
        return col - x
    }

    /// Sets one cell, repairing any wide character it cuts in half.
    mutating func setCell(_ x: Int, _ y: Int, _ c: Cell) {
        guard x >= 0, x < width, y >= 0, y < height else { return }
        let i = y * width + x
        let old = cells[i]
        if old.isContinuation && x > 0 && !c.isContinuation {
            cells[i - 1] = Cell(text: " ", width: 1, style: cells[i - 1].style)
        }
        if old.width == 2 && x + 1 < width && c.width != 2 {
            cells[i + 1] = Cell(text: " ", width: 1, style: cells[i + 1].style)
        }
        cells[i] = c
    }

    /// The screen as text lines, as a terminal shows it (a wide character once, its continuation not at all).
    public func lines(trimmingTrailingSpaces: Bool = true) -> [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { let c = self[x, y]; if !c.isContinuation { s += c.text } }
            if trimmingTrailingSpaces { while s.hasSuffix(" ") { s.removeLast() } }
            return s
        }
    }

    public var text: String { lines().joined(separator: "\n") }

    // MARK: graphemes

    struct Glyph { var text: String; var width: Int }

    /// Splits text into drawable glyphs: control and format characters become visible stand-ins, a cluster
    /// keeps its base character and combining marks only (joined emoji show their first part).
    static func graphemes(_ text: String, ambiguousWide: Bool) -> [Glyph] {
        var out: [Glyph] = []
        out.reserveCapacity(text.unicodeScalars.count)
        for ch in text {
            var base: Unicode.Scalar?
            var marks = String.UnicodeScalarView()
            for s in ch.unicodeScalars {
                if CharClass.isControl(s) {
                    if base == nil { base = stand(in: s) }
                    continue
                }
                if base == nil {
                    let w = DisplayWidth.of(s, ambiguousWide: ambiguousWide)
                    if w == 0 { continue }  // a lone mark or zero-width character
                    base = s
                } else if s.properties.generalCategory == .nonspacingMark || s.properties.generalCategory == .enclosingMark {
                    if marks.count < 4 { marks.append(s) }
                }
            }
            guard let b = base else { continue }
            if b == "\t" { out.append(Glyph(text: " ", width: 1)); continue }
            if let byte = TerminalSafe.escapedByte(b) {
                // a byte of a file name that is not UTF-8: shown as \xNN
                for c in "\\x\(String(byte, radix: 16, uppercase: true))" { out.append(Glyph(text: String(c), width: 1)) }
                continue
            }
            var t = String(b)
            t.unicodeScalars.append(contentsOf: marks)
            out.append(Glyph(text: t, width: max(1, DisplayWidth.of(b, ambiguousWide: ambiguousWide))))
        }
        return out
    }

    /// Visible stand-in for a control or format character (`TerminalSafe.standIn`); a tab stays a tab
    /// (drawn as a space), bidi and other invisible format characters are dropped.
    static func stand(in s: Unicode.Scalar) -> Unicode.Scalar? {
        if s == "\t" { return "\t" }
        if s.value < 0xA0 { return TerminalSafe.standIn(s) }
        return nil
    }
}
