/// A page as PDF-to-text tools give it when asked to keep the layout (`pdftotext -layout`): each printed row is
/// one line of text, the columns side by side in it, every word at the character position where it stands on the
/// page. Read line by line it is every column's lines interleaved. Here the positions become boxes (a character
/// position is a character wide, a line of text a row tall) and the page is read as a PDF's page is, by its
/// geometry (`ReadingOrder`): column by column, a blank line between regions. What such a text does not keep is
/// type size (every character takes one position), so the parser reads the result as it reads a text dump.
public enum LaidOutText {
    /// A run of this many spaces or more between two words is a gutter; one space can be a space inside a line
    /// (a byline's names) or a gutter too narrow for more.
    static let gutterSpaces = 2

    /// Share of the text lines with a gutter inside them (two words of two characters or more, two spaces or more
    /// apart) from which a text is laid out. Text dumps keep well under it: a run of spaces inside a line is rare
    /// there (a letter-spaced headline has single spaces), while a laid-out page of columns has one on most lines.
    static let gutteredShare = 0.12
    /// … and at least this many such lines (a short dump may hold a small table).
    static let gutteredLines = 4

    /// Whether the text reads as a laid-out page (by its gutters; see `gutteredShare`). One pass over the bytes:
    /// every text page is asked.
    public static func isLaidOut(_ text: String) -> Bool {
        var lines = 0
        var guttered = 0
        // per line: characters in the current word, spaces in the current run, whether a word of two characters
        // or more stands before that run, and what has been seen
        var word = 0
        var spaces = 0
        var longWordBefore = false
        var seenText = false
        var found = false
        func endLine() {
            if seenText { lines += 1 }
            if found { guttered += 1 }
            word = 0; spaces = 0; longWordBefore = false; seenText = false; found = false
        }
        ByteScan.bytes(text) { bytes in
            for b in bytes {
                switch b {
                case 0x0A, 0x0C:
                    endLine()
                case 0x20, 0x09, 0x0D:
                    if word > 0 { longWordBefore = word >= 2; word = 0; spaces = 0 }
                    spaces += 1
                default:
                    guard b & 0xC0 != 0x80 else { continue }  // a continuation byte: the same character
                    seenText = true
                    word += 1
                    // the word after a gutter has two characters
                    if word == 2, spaces >= gutterSpaces, longWordBefore { found = true }
                }
            }
        }
        endLine()
        return guttered >= gutteredLines && Double(guttered) >= gutteredShare * Double(lines)
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool { s == " " || s == "\t" || s == "\r" }

    /// One stretch of text on a row: its first character's position and the text.
    struct Segment: Equatable {
        var row: Int
        var column: Int
        var text: String
    }

    /// The page as text for the parser: each sheet (a form feed starts the next) read in its reading order.
    public static func reading(_ text: String) -> String {
        var out: [String] = []
        for page in pages(text) {
            if !out.isEmpty { out.append("") }
            out += rendered(page)
        }
        return out.joined(separator: "\n") + "\n"
    }

    /// A placed page's lines in reading order: a blank line between regions (none where a column runs on from
    /// the foot of the one before), a line set in by two positions or more from its region's left edge opened by
    /// two ideographic spaces (a paragraph's first line). Unlike a PDF's rendering, a region's lines are never
    /// joined: without type sizes, which lines are one headline is for the parser to say, as in a text dump.
    public static func rendered(_ page: PlacedPage) -> [String] {
        var out: [String] = []
        for block in ReadingOrder(page).blocks() {
            if !out.isEmpty && !block.nextColumn { out.append("") }
            let left = block.lines.map { page.lines[$0].x0 }.min() ?? 0
            for i in block.lines {
                let l = page.lines[i]
                let indent = block.lines.count > 1 && l.x0 - left >= 1.5 * position && l.x0 - left <= 4 * position
                out.append((indent ? "\u{3000}\u{3000}" : "") + l.text)
            }
        }
        return out
    }

    /// Each sheet with text as a placed page.
    public static func pages(_ text: String) -> [PlacedPage] {
        var out: [PlacedPage] = []
        for sheet in text.split(separator: "\u{0C}", omittingEmptySubsequences: true) {
            var page = placed(String(sheet))
            guard !page.lines.isEmpty else { continue }
            page.index = out.count + 1
            out.append(page)
        }
        return out
    }

    /// A character position's width and a row's height, in the points of the page made (any unit would do: the
    /// reading order measures everything on the page itself; a row of 17 or 20 scored the same to ±0.002 on the
    /// corpora's `-layout` rows, and 20 reads a page's first headlines as its header band).
    static let position = 10.0
    static let rowPitch = 15.0
    /// A character's width within its position.
    static let glyph = 9.0

    /// The sheet as a placed page: each segment a line in its box.
    static func placed(_ sheet: String) -> PlacedPage {
        let segs = segments(sheet)
        let body = bodyLines(segs)
        let lines = segs.indices.map { k in
            let s = segs[k]
            let x0 = Double(s.column) * position
            let y0 = Double(s.row) * rowPitch
            // as wide as its characters are printed (a Latin letter or figure half a Han character), whatever
            // positions the tool gave them, and a little narrower than their positions: a tool puts a word a
            // position to the left or right of where it stands, and columns may be a position apart
            let width = max(1, PlacedLine.cells(s.text)) * glyph
            return PlacedLine(text: s.text, x0: x0, y0: y0, x1: x0 + width, y1: y0 + glyph,
                              size: body[k] ? glyph : displaySize * glyph)
        }
        let width = lines.map(\.x1).max() ?? 0
        let rows = (segs.map(\.row).max() ?? 0) + 1
        return PlacedPage(index: 1, width: width, height: Double(rows) * rowPitch, lines: lines)
    }

    /// The type size given to a line that is not body text: a text keeps no sizes, and the reading order needs
    /// to tell the body's columns from the headlines across them.
    static let displaySize = 1.3

    /// The length most runs have (the shorter of two as common), given runs of eight characters or more by
    /// length: a body line's length. No run: none (`Int.max`, so that nothing is a body line by its length).
    static func commonest(_ lengths: [Int: Int]) -> Int {
        lengths.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key ?? Int.max
    }

    /// Which segments are body text: nearly a body line long (four fifths of the commonest long segment), or
    /// one of three lines or more in consecutive rows that start within a character or two of each other (a
    /// column; a paragraph's last line and the indented first line of the next included). A headline of one or
    /// two lines stands apart.
    static func bodyLines(_ segs: [Segment]) -> [Bool] {
        var lengths: [Int: Int] = [:]
        for s in segs where s.text.unicodeScalars.count >= 8 { lengths[s.text.unicodeScalars.count, default: 0] += 1 }
        let bodyLine = commonest(lengths)
        var byRow: [Int: [Int]] = [:]
        for (k, s) in segs.enumerated() { byRow[s.row, default: []].append(k) }
        /// The segment on the next (or previous) row that starts within `columnSlack` positions of segment k.
        func neighbour(_ k: Int, _ step: Int) -> Int? {
            byRow[segs[k].row + step]?.first { abs(segs[$0].column - segs[k].column) <= columnSlack }
        }
        var body = segs.map { 5 * $0.text.unicodeScalars.count >= 4 * bodyLine }
        for k in segs.indices {
            var up = 0
            var down = 0
            var j = k
            while up < 2, let n = neighbour(j, -1) { up += 1; j = n }
            j = k
            while down < 2, let n = neighbour(j, 1) { down += 1; j = n }
            if up + down >= 2 { body[k] = true }
        }
        return body
    }

    /// How far apart (in character positions) the starts of two lines of one column may be: a paragraph's first
    /// line is indented by two.
    static let columnSlack = 3

    /// The fewest positions a column's line before a single-space gutter spans (on the `-layout` sets, 4, 6 and 8
    /// gave 4.041, 4.045 and 4.021 summed over five; none, 4.026).
    static let columnRunMin = 6

    /// The sheet's segments: each line cut at its gutters. A gutter is `gutterSpaces` spaces or more, or a single
    /// space between words of two characters or more where either the text after it starts at a column position
    /// (where rows near it start words, `isColumnStart`) and the text before it since the last gutter spans
    /// `columnRunMin` positions or more (a column's line; `记者 童欣` is a byline, where `童欣` stands under the
    /// paragraphs' indent), or the text before it is nearly a body line long (`bodyLine`): columns set closer than
    /// the tool's character positions allow.
    static func segments(_ sheet: String) -> [Segment] {
        let rows = sheet.split(separator: "\n", omittingEmptySubsequences: false).map { Array($0.unicodeScalars) }
        // the words of each row: where each starts and ends, and the spaces before it
        struct Word { var start, end, spacesBefore: Int }
        var words: [[Word]] = []
        for s in rows {
            var ws: [Word] = []
            var i = 0
            var spaces = 0
            while i < s.count {
                if isSpace(s[i]) { spaces += 1; i += 1; continue }
                let start = i
                while i < s.count, !isSpace(s[i]) { i += 1 }
                ws.append(Word(start: start, end: i, spacesBefore: ws.isEmpty ? Int.max : spaces))
                spaces = 0
            }
            words.append(ws)
        }
        // where rows start words of two characters or more, row by row
        var startsAt: [[Int]] = words.map { $0.filter { $0.end - $0.start >= 2 }.map(\.start) }
        for k in startsAt.indices { startsAt[k].sort() }
        /// Four other rows within `columnWindow` of row `r` start a word at `p` (give or take a position).
        func isColumnStart(_ p: Int, row r: Int) -> Bool {
            var n = 0
            for q in max(0, r - columnWindow)...min(rows.count - 1, r + columnWindow) where q != r {
                if startsAt[q].contains(where: { abs($0 - p) <= 1 }) { n += 1; if n >= 4 { return true } }
            }
            return false
        }
        // a body line's length: the commonest length of the runs between wide gutters of eight characters or more
        var lengths: [Int: Int] = [:]
        for ws in words {
            var from: Int?
            var end = 0
            for w in ws {
                if w.spacesBefore >= gutterSpaces, let f = from { if end - f >= 8 { lengths[end - f, default: 0] += 1 }; from = nil }
                if from == nil { from = w.start }
                end = w.end
            }
            if let f = from, end - f >= 8 { lengths[end - f, default: 0] += 1 }
        }
        let bodyLine = commonest(lengths)
        var out: [Segment] = []
        for (r, ws) in words.enumerated() {
            var from: Int?
            var end = 0
            func flush() {
                if let f = from { out.append(Segment(row: r, column: f, text: text(rows[r][f..<end]))) }
                from = nil
            }
            for (k, w) in ws.enumerated() {
                if let f = from {
                    let previous = ws[k - 1]
                    let narrow = w.spacesBefore < gutterSpaces
                    if !narrow || (previous.end - previous.start >= 2 && w.end - w.start >= 2
                        && (4 * (end - f) >= 3 * bodyLine || (end - f >= columnRunMin && isColumnStart(w.start, row: r)))) {
                        flush()
                    }
                }
                if from == nil { from = w.start }
                end = w.end
            }
            flush()
        }
        snapSqueezed(&out, bodyLine: bodyLine, isColumnStart: isColumnStart)
        return out
    }

    /// A row the tool squeezed into fewer character positions than its columns need (the first row under a
    /// headline across several columns: each column's first line printed a space after the one before, left of
    /// where the rows below start): each body line of it that starts at no column's start moves right to the
    /// nearest start within a body line's length, the row's rightmost first, none over the next one.
    static func snapSqueezed(_ segs: inout [Segment], bodyLine: Int, isColumnStart: (Int, Int) -> Bool) {
        guard bodyLine < Int.max / 2 else { return }
        var k = segs.count - 1
        while k >= 0 {
            var first = k
            while first > 0, segs[first - 1].row == segs[k].row { first -= 1 }
            var limit = Int.max
            for j in stride(from: k, through: first, by: -1) {
                let s = segs[j]
                let length = s.text.unicodeScalars.count
                // a line within a few positions right of a column's start is in its column (an indented first
                // line, or a position off); any other moves to the first position near a column's start (give or
                // take one: a position before it, which read better than the start itself on the corpus's -layout
                // pages, 0.776 against 0.770)
                if 4 * length >= 3 * bodyLine, !((s.column - columnSlack)...s.column).contains(where: { isColumnStart($0, s.row) }),
                   let c = (s.column...(s.column + bodyLine)).first(where: { isColumnStart($0, s.row) }), c + length < limit {
                    segs[j].column = c
                }
                limit = segs[j].column
            }
            k = first - 1
        }
    }

    /// Rows either side of a row whose word starts tell where its columns are (a page's lower half may be set in
    /// other columns than its upper half).
    static let columnWindow = 12

    static func text(_ s: ArraySlice<Unicode.Scalar>) -> String {
        var v = String.UnicodeScalarView()
        v.append(contentsOf: s.map { $0 == "\t" ? " " : $0 })
        return String(v)
    }
}
