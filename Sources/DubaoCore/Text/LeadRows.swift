extension ColumnStreams {
    /// Link evidence (`link`) for a row's right piece to go on from a block whose row opens no story: most such rows
    /// are two columns' lines in mid-story, whose right piece goes elsewhere.
    static let runOnEvidence = 1.0

    /// A row of two columns' lines on its own: the piece on the right put after the block its left piece opens.
    ///
    /// Where a story's headline spans its columns, pdftotext's default order often prints the first lines of two
    /// columns as one row (`本报讯（记者…）在云岭镇 森林火灾。`), then the left column's rest as a block, the right
    /// column's rest later. The right piece is the next column's first line: it goes on from the left column's
    /// last line (`这片山林再没发生过一起` | `森林火灾。`), so it is put there. Asked only of a page set in columns,
    /// of a row whose left piece is a column's full line left open, the row wider than the lines of the block under
    /// it, that block's last line a full line left open (a column broken mid-sentence) or, under a row that opens
    /// a story (`LineShape.opensStory`), any line; a row that opens no story moves only where the link model finds
    /// the piece going on from the block's end (`runOnEvidence`). A row with another line with a space close by is
    /// left to `regionsReordered`. The left piece is allowed two characters more short of a full line than `isFull`
    /// allows: a byline's spaces and a date's digits are set wider than the text counts.
    static func leadRowsMoved(_ text: String, _ scan: Scan) -> String? {
        let (spaced, starts) = scan
        guard !spaced.isEmpty else { return nil }
        let count = starts.count - 1
        func line(_ k: Int) -> Substring { Self.line(k, of: text, starts: starts) }
        // alone: no other line with a space within a region's reach
        let lone = spaced.indices.filter { i in
            (i == 0 || spaced[i] - spaced[i - 1] > regionGap) && (i + 1 == spaced.count || spaced[i + 1] - spaced[i] > regionGap)
        }.map { spaced[$0] }.filter { line($0).hanCount >= 10 }
        guard !lone.isEmpty else { return nil }
        var lines: [Substring] = []
        var moves: [(row: Int, end: Int, left: Substring, right: Substring)] = []
        var measured: (width: Int, share: Double)?
        var pairs: [UInt64: Int]?
        for k in lone {
            // the left column's block: after at most one blank line, the lines up to the next blank one, the last
            // left open unless the row opens a story (asked first: in a text dump, the line after a paragraph with a
            // space is another paragraph)
            var b = k + 1
            if b < count, isBlank(line(b)) { b += 1 }
            // (a line with a space ends the scan: each line is read for one row at most)
            var e = b
            while e < count, !isBlank(line(e)), !line(e).utf8.contains(0x20) { e += 1 }
            // (a row that opens a story may stand over a column ending a paragraph: its right piece is still the
            // next column's first line)
            let opens = LineShape.opensStory(String(trimmed(line(k))))
            guard e == count || isBlank(line(e)), e - b >= 2, opens || isOpen(trimmed(line(e - 1))) else { continue }
            if measured == nil { lines = (0..<count).map(line); measured = widthOfColumns(lines) }
            guard let (wide, share) = measured, share >= columnShare else { return nil }
            // (a letter-spaced line is no two columns' lines)
            guard !letterSpaced(trimmed(lines[k]).unicodeScalars.split(separator: " ").map(\.count)).contains(true) else { continue }
            // the right piece is the row's last; the left, all before it (a byline's names may stand apart in it)
            let pieced = pieces(lines[k], wide: wide)
            guard let right = pieced.last, pieced.count >= 2 else { continue }
            let row = [trimmed(lines[k][..<right.startIndex]), right]
            // (a byline's bracket the right piece closes is one line's: `本报讯（记者… 通讯员王婷 | 高菲）2月4日…`)
            // (two columns' lines side by side are wider than the column's lines under them: a dump's line with a
            // byline's spaces in it is not)
            let blockWidth = (b..<e).map { width(trimmed(lines[$0])) }.max() ?? 0
            guard isFull(width(row[0]) + 4, wide), isOpen(row[0]), width(trimmed(lines[k])) >= blockWidth + 4,
                  !(opensBracket(row[0]) && closesBracket(row[1])) else { continue }
            let last = trimmed(lines[e - 1])
            guard isOpen(last) ? isFull(width(last), wide) : opens else { continue }
            // the row opens a story, or a word or a pair the page prints runs on from the block's end into the piece
            if !opens {
                if pairs == nil { pairs = pageBigrams(lines) }
                func piece(_ s: Substring) -> Piece { Piece(row: 0, text: s, width: width(s)) }
                guard link(piece(last), piece(row[1]), wide: wide, pairs: pairs!, distance: 0) >= runOnEvidence else { continue }
            }
            moves.append((k, e - 1, row[0], row[1]))
        }
        guard !moves.isEmpty else { return nil }
        // the left piece, its block right after it, the right piece after the block's last line
        var out: [Substring] = []
        var k = 0
        var pending: [Int: Substring] = [:]
        let rowsMoved = Dictionary(uniqueKeysWithValues: moves.map { ($0.row, $0) })
        while k < count {
            if let m = rowsMoved[k] {
                out.append(m.left)
                pending[m.end] = m.right
                k += 1
                if k < count, isBlank(line(k)) { k += 1 }
                continue
            }
            out.append(line(k))
            if let r = pending[k] { out.append(r) }
            k += 1
        }
        return out.joined(separator: "\n")
    }
}
