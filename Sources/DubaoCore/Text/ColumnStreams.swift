import Foundation

/// Columns that a PDF-to-text tool's default reading order interleaved, put back one after another.
///
/// `pdftotext` without `-raw` or `-layout` reads a region of several columns as one block when their gutters are
/// narrow: its lines are then the rows of the region, and where columns share a baseline one printed line holds
/// a piece of each, left to right, a space between them (`本报讯（记者解慧）九九重 生们纷纷表示，传承中华优秀传`);
/// where their baselines differ the columns' lines alternate. Most often it is the top of a page: the headlines
/// of four stories in one row, then the first lines of their columns, each column's rest printed whole further
/// down. Read in that order, every story's opening is cut up and glued to its neighbours'.
///
/// Here the pieces of each such region are chained into columns, each piece after the one it goes on from,
/// weighing named facts (`linkFeatures`): a word running on over the join (`WordBreaks`), a pair of characters
/// the page prints elsewhere, punctuation at the start, widths, the pieces' places in their rows, rows skipped.
/// Each chain is then printed whole. A text without two such rows close together, one of them certainly two
/// columns' lines, is returned as it was.
///
/// Not done: a chain still open where its region ends is left there, not put before the later block it goes on
/// into. On the calibration corpus a third of such moves went to the wrong block, and the rows fell.
public enum ColumnStreams {
    /// Rows of several pieces this close (in lines) belong to one interleaved region.
    static let regionGap = 6
    /// Lines an edge may skip: a column's next line is at most this many rows further on.
    static let reach = 6
    /// Evidence a link needs, in log-odds. Below even odds: a piece takes at most one link in and one out, the
    /// strongest first, and that choice adds the precision (on the calibration corpus's default-order pages,
    /// −1 gave the best rows of 0, −0.5, −1, −1.5 and −2).
    public static let linkThreshold = -1.0

    struct Piece {
        var row: Int
        var text: Substring
        var width: Int
        /// Its place in its row, left to right, and how many pieces the row holds (0 of 1 for a line of one piece).
        var place = 0
        var ofRow = 1
    }

    /// The text with its interleaved regions' lines in column order, a story's first row of two columns' lines put
    /// back (`leadRowsMoved`), its headlines printed side by side row by row one after the other (`headlineRows`),
    /// and their wrapped ends printed lines below put back (`scrapsMoved`).
    public static func reorder(_ text: String) -> String {
        // every page is asked: most have no two lines with a space inside them close together, and are let go
        // after one pass over their bytes, which the passes share; each gives nil where it changes nothing,
        // and the text is scanned again only where one did
        let passes: [(String, Scan) -> String?] = [regionsReordered, leadRowsMoved, headlineRows, { scrapsMoved($0, $1.starts) }]
        var t = text
        var scan = spacedLines(text)
        for pass in passes {
            if let changed = pass(t, scan) { t = changed; scan = spacedLines(t) }
        }
        return t
    }

    /// A text's lines with a space between two other characters, and where every line starts (`spacedLines`).
    typealias Scan = (spaced: [Int], starts: [Int])

    /// Line `k` of `text` as a slice of it, from the byte offsets where its lines start (`Scan.starts`).
    static func line(_ k: Int, of text: String, starts: [Int]) -> Substring {
        let u = text.utf8
        return Substring(u[u.index(u.startIndex, offsetBy: starts[k])..<u.index(u.startIndex, offsetBy: starts[k + 1] - 1)])
    }

    /// The text with its interleaved regions' lines in column order; nil where it has none.
    static func regionsReordered(_ text: String, _ scan: Scan) -> String? {
        let starts = scan.starts
        guard zip(scan.spaced, scan.spaced.dropFirst()).contains(where: { $1 - $0 <= regionGap }) else { return nil }
        // a line as a slice of the text, from the byte offsets found (only the spaced lines, until a region is certain)
        func line(_ k: Int) -> Substring { Self.line(k, of: text, starts: starts) }
        // a line with a blank line on either side is a paragraph of its own, as a dump of a paragraph a line prints
        // them (`●全民健身环湖骑行活动 6月28日…`): the rows of an extraction's interleaved columns follow each other
        let spaced = scan.spaced.filter { k in
            !((k == 0 || isBlank(line(k - 1))) && (k + 2 >= starts.count || isBlank(line(k + 1))) && String(line(k)).endsSentence)
        }
        guard zip(spaced, spaced.dropFirst()).contains(where: { $1 - $0 <= regionGap }) else { return nil }
        var rows = [[Substring]](repeating: [], count: starts.count - 1)
        for k in spaced { rows[k] = pieces(line(k)) }
        // a region needs a row of two long pieces with another row of pieces close by (before any width is measured)
        let merged = rows.indices.filter { rows[$0].count >= 2 }
        func long(_ k: Int) -> Bool { rows[k].lazy.filter { $0.hanCount >= 8 }.prefix(2).count == 2 }
        guard zip(merged, merged.dropFirst()).contains(where: { $1 - $0 <= regionGap && (long($0) || long($1)) }) else { return nil }
        let lines = rows.indices.map(line)
        let (wide, share) = widthOfColumns(lines)
        if share >= columnShare { for k in spaced { rows[k] = pieces(line(k), wide: wide) } }
        let found = regions(lines, rows: rows, wide: wide, inColumns: share >= columnShare)
        guard !found.isEmpty else { return nil }
        let pairs = pageBigrams(lines)
        var chainsOf: [Int: [[Piece]]] = [:]   // region start → its chains
        for (r, w) in found {
            recut(&rows, r, lines: lines, width: w, page: wide)
            chainsOf[r.lowerBound] = chain(pieceList(r, lines: lines, rows: rows), wide: w, pairs: pairs)
        }
        let regions = found.map(\.lines)
        var out: [Substring] = []
        var k = 0
        while k < lines.count {
            if let r = regions.first(where: { $0.lowerBound == k }) {
                // a row none of whose pieces links to anything (a headline of two parts) stays one line, but not one
                // that opens a story: a lead is no headline's part, and the piece beside it is another column's
                let chains = chainsOf[k] ?? []
                let linked = Set(chains.filter { $0.count > 1 }.flatMap { $0.map(\.row) })
                var rowsDone = Set<Int>()
                var previousLong = false
                for c in chains {
                    // a chain of several lines stands apart from its neighbours, and so does a line the text set
                    // apart by blank lines (a section's label); other pieces linked to nothing do not
                    let apart = c.count == 1 && rows[c[0].row].isEmpty && standsAlone(c[0].row, lines)
                    if c.count > 1 || apart || previousLong, let l = out.last, !isBlank(l) { out.append("") }
                    previousLong = c.count > 1 || apart
                    if c.count == 1, !linked.contains(c[0].row), rows[c[0].row].count >= 2, !LineShape.opensStory(String(rows[c[0].row][0])) {
                        if rowsDone.insert(c[0].row).inserted { out.append(trimmed(lines[c[0].row])) }
                        continue
                    }
                    out += c.map(\.text)
                }
                out.append("")
                k = r.upperBound + 1
                continue
            }
            out.append(lines[k])
            k += 1
        }
        return out.joined(separator: "\n")
    }

    /// Line `k` has a blank line (or the text's edge) on either side.
    static func standsAlone(_ k: Int, _ lines: [Substring]) -> Bool {
        (k == 0 || isBlank(lines[k - 1])) && (k + 1 == lines.count || isBlank(lines[k + 1]))
    }

    /// The interleaved regions: rows of several pieces close together, one of them two columns' for certain, and
    /// the lines between, just before and just after them. `inColumns`: the page is set in columns (`columnShare`).
    static func regions(_ lines: [Substring], rows: [[Substring]], wide: Int, inColumns: Bool) -> [(lines: ClosedRange<Int>, wide: Int)] {
        let merged = rows.indices.filter { rows[$0].count >= 2 }
        guard let firstMerged = merged.first else { return [] }
        var regions: [(lines: ClosedRange<Int>, wide: Int)] = []
        var start = firstMerged, last = firstMerged, count = 1
        func close() {
            guard count >= 2 else { return }
            let span = merged.filter { (start...last).contains($0) }
            let width: Int
            if span.contains(where: { isColumnsRow(rows[$0], wide: wide, inColumns: inColumns) }) {
                width = wide
            } else if let own = ownWidth(span, lines: lines, rows: rows) {
                // a story set in columns of another width than the page's commonest
                width = own
            } else {
                return
            }
            var end = last, first = start
            while end + 1 < lines.count, end - last < 2, !isBlank(lines[end + 1]) { end += 1 }
            // the columns' lines just above the first such row are often theirs too
            while first > 0, start - first < 3, !isBlank(lines[first - 1]), regions.last.map({ $0.lines.upperBound < first - 1 }) ?? true {
                first -= 1
            }
            regions.append((first...end, width))
        }
        for m in merged.dropFirst() {
            if m - last <= regionGap { last = m; count += 1 } else { close(); start = m; last = m; count = 1 }
        }
        close()
        return regions
    }

    /// The width of the columns a run of rows interleaves where it is not the page's: in one of its rows holding
    /// running text (`isProse`), every line (a piece of eight Han characters or more) has as wide a line of running
    /// text (within a character) in `ownSupport` pieces or lines of the other rows and the lines around them
    /// (`localReach`). Of those lines' widths the one most lines have; nil if no row is of that kind.
    static func ownWidth(_ span: [Int], lines: [Substring], rows: [[Substring]]) -> Int? {
        guard let first = span.first, let last = span.last else { return nil }
        var widths: [(row: Int, width: Int)] = []
        for k in max(0, first - localReach)...min(lines.count - 1, last + localReach) {
            for p in rows[k].isEmpty ? [lines[k]] : rows[k] where p.hanCount >= 8 && isProse(p) { widths.append((k, width(p))) }
        }
        // lines of running text of other rows as wide (the two halves of a headline's couplet are as wide as each
        // other and as the headlines around them: no columns)
        func support(_ w: Int, besides row: Int) -> Int { widths.lazy.filter { $0.row != row && abs($0.width - w) <= 2 }.count }
        var best: (width: Int, support: Int)?
        for k in span where rows[k].contains(where: isProse) {
            // each long piece's width and its support, asked once
            let long = rows[k].filter { $0.hanCount >= 8 }.map { p -> (width: Int, support: Int) in
                let w = width(p)
                return (w, support(w, besides: k))
            }
            guard long.count >= 2, long.allSatisfy({ $0.support >= ownSupport }) else { continue }
            for (w, n) in long {
                if best.map({ n > $0.support || (n == $0.support && w < $0.width) }) ?? true { best = (w, n) }
            }
        }
        return best?.width
    }

    /// A region set in columns of its own width (not the page's, `wide`) has its rows cut by that width.
    static func recut(_ rows: inout [[Substring]], _ r: ClosedRange<Int>, lines: [Substring], width w: Int, page wide: Int) {
        guard w != wide else { return }
        for k in r where !rows[k].isEmpty { rows[k] = pieces(lines[k], wide: w) }
    }

    /// Holds a clause or sentence mark: a line of running text, not a headline's.
    static func isProse(_ s: Substring) -> Bool {
        s.unicodeScalars.contains { "，。、；：！？".unicodeScalars.contains($0) }
    }

    /// A region's pieces in the order printed: row by row, left to right.
    static func pieceList(_ r: ClosedRange<Int>, lines: [Substring], rows: [[Substring]]) -> [Piece] {
        var list: [Piece] = []
        for k in r where !isBlank(lines[k]) {
            let row = rows[k].isEmpty ? [trimmed(lines[k])] : rows[k]
            for (i, p) in row.enumerated() { list.append(Piece(row: k, text: p, width: width(p), place: i, ofRow: row.count)) }
        }
        return list
    }

    /// Links each piece to the one it goes on from, strongest evidence first (each piece one link in, one out).
    static func chain(_ list: [Piece], wide: Int, pairs: [UInt64: Int]) -> [[Piece]] {
        var edges: [(Double, Int, Int)] = []
        for i in list.indices {
            for j in (i + 1)..<list.count {
                let d = list[j].row - list[i].row
                if d == 0 { continue }
                if d > reach { break }
                let s = link(list[i], list[j], wide: wide, pairs: pairs, distance: d - 1)
                if s > linkThreshold { edges.append((s, i, j)) }
            }
        }
        edges.sort { $0.0 != $1.0 ? $0.0 > $1.0 : ($0.1, $0.2) < ($1.1, $1.2) }
        var next = [Int?](repeating: nil, count: list.count), hasPrevious = [Bool](repeating: false, count: list.count)
        for (_, i, j) in edges where next[i] == nil && !hasPrevious[j] {
            next[i] = j
            hasPrevious[j] = true
        }
        var chains: [[Piece]] = []
        for i in list.indices where !hasPrevious[i] {
            var c: [Piece] = []
            var k: Int? = i
            while let x = k { c.append(list[x]); k = next[x] }
            chains.append(c)
        }
        return chains
    }

    /// The evidence that `b` is the line after `a` in one column: the weighed sum of `linkFeatures`.
    static func link(_ a: Piece, _ b: Piece, wide: Int, pairs: [UInt64: Int], distance: Int) -> Double {
        let f = linkFeatures(a, b, wide: wide, pairs: pairs, distance: distance)
        return zip(f, linkWeights).reduce(0) { $0 + $1.0 * $1.1 }
    }

    /// The named facts about `b` following `a` in one column (`linkFeatureNames`, in order).
    static func linkFeatures(_ a: Piece, _ b: Piece, wide: Int, pairs: [UInt64: Int], distance: Int) -> [Double] {
        let open = isOpen(a.text)
        let startsWithMark = b.text.unicodeScalars.first.map { "，、。；：！？）”』」".unicodeScalars.contains($0) } ?? false
        var pagePair = 0.0
        if let x = a.text.unicodeScalars.last, let y = b.text.unicodeScalars.first, let n = pairs[pair(x, y)] {
            pagePair = min(3, log2(1 + Double(n)))
        }
        let long = { (p: Piece) in p.width * 5 >= wide * 3 }
        let bothLong = long(a) && long(b)
        return [
            WordBreaks.runsOn(a.text, b.text) ? 1 : 0,
            pagePair,
            startsWithMark && open ? 1 : 0,
            startsWithMark && !open ? 1 : 0,
            LineShape.opensStory(String(b.text)) ? 1 : 0,
            bothLong && abs(a.width - b.width) <= 4 ? 1 : 0,
            bothLong && abs(a.width - b.width) > 6 ? 1 : 0,
            open && b.width > a.width + 6 ? 1 : 0,
            a.ofRow >= 2 && a.ofRow == b.ofRow && a.place == b.place ? 1 : 0,
            a.ofRow >= 2 && a.ofRow == b.ofRow && a.place != b.place ? 1 : 0,
            Double(distance),
            1,
        ]
    }

    public static let linkFeatureNames = ["runsOn", "pagePair", "markAfterOpen", "markAfterEnd", "opensStory", "sameWidth",
                                   "otherWidth", "widerAfterOpen", "samePlace", "otherPlace", "rowsSkipped", "bias"]

    /// The weights of `linkFeatureNames`, fitted by `dubao-bench columns` (logistic regression on the candidate
    /// links of the calibration corpus's default-order pages outside its held-out part, labelled by the same pages
    /// in `pdftotext -raw`'s order). A piece that begins with a mark is a line pdftotext split at a quote more
    /// often than a column's next line: proper typesetting begins no line with one.
    public static let linkWeights: [Double] = [2.37, 1.66, -2.40, 1.73, 0.25, 0.06, 0.11, -0.27, 1.11, -1.45, -0.56, -1.81]

    /// For calibration (`dubao-bench columns`): every candidate link of a text's interleaved regions, the two
    /// pieces and the link's features.
    public static func linkCandidates(_ text: String) -> [(from: String, to: String, features: [Double])] {
        let lines = text.utf8.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
        let (wide, share) = widthOfColumns(lines)
        var rows = lines.map { pieces($0, wide: share >= columnShare ? wide : nil) }
        let pairs = pageBigrams(lines)
        var out: [(from: String, to: String, features: [Double])] = []
        for (r, w) in regions(lines, rows: rows, wide: wide, inColumns: share >= columnShare) {
            recut(&rows, r, lines: lines, width: w, page: wide)
            let list = pieceList(r, lines: lines, rows: rows)
            for i in list.indices {
                for j in (i + 1)..<list.count {
                    let d = list[j].row - list[i].row
                    if d == 0 { continue }
                    if d > reach { break }
                    out.append((String(list[i].text), String(list[j].text), linkFeatures(list[i], list[j], wide: w, pairs: pairs, distance: d - 1)))
                }
            }
        }
        return out
    }

    static func pair(_ x: Unicode.Scalar, _ y: Unicode.Scalar) -> UInt64 { UInt64(x.value) << 32 | UInt64(y.value) }

    /// How often each pair of Han characters stands side by side within a line of the page.
    static func pageBigrams(_ lines: [Substring]) -> [UInt64: Int] {
        var out: [UInt64: Int] = [:]
        for l in lines {
            var prev: Unicode.Scalar? = nil
            for c in l.unicodeScalars {
                if CharClass.isHan(c) {
                    if let p = prev { out[pair(p, c), default: 0] += 1 }
                    prev = c
                } else {
                    prev = nil
                }
            }
        }
        return out
    }

    /// Does not end a sentence (nor a closing quote or bracket after one).
    static func isOpen(_ t: Substring) -> Bool {
        guard let l = t.unicodeScalars.last else { return false }
        return !"。！？…”」』）)".unicodeScalars.contains(l)
    }

    /// A row's pieces where it holds several columns' (each with three Han characters or more: names, numbers
    /// and units set apart by a space stay with their neighbours); else none. Given the width of a column's full
    /// line (`wide`), a short part stays apart from a full line (`fullBeside`), with a Han character or more: it
    /// is the next column's (a paragraph's last line `整改。` after a full line of the column before). A
    /// letter-spaced run (`letterSpaced`) is never one piece with a word beside it.
    static func pieces(_ line: Substring, wide: Int? = nil) -> [Substring] {
        guard line.utf8.contains(0x20) else { return [] }
        let t = trimmed(line)
        guard t.utf8.contains(0x20) else { return [] }
        var out: [Substring] = []
        var lastCount = 0
        // split at spaces over the scalars (a space is never part of a grapheme cluster with its neighbours here)
        let parts = t.unicodeScalars.split(separator: " ")
        let spaced = letterSpaced(parts.map(\.count))
        for (i, v) in parts.enumerated() {
            let part = Substring(v)
            let count = v.count
            if let prev = out.last, count <= 3 || lastCount <= 3 || (opensBracket(prev) && closesBracket(part)),
               !(wide.map { fullBeside(prev, part, wide: $0) } ?? false), i == 0 || spaced[i] == spaced[i - 1] {
                out[out.count - 1] = t[prev.startIndex..<part.endIndex]
            } else {
                out.append(part)
            }
            lastCount = count
        }
        // a piece beside a column's full line may be as short as a character (`整改。`)
        func full(_ i: Int) -> Bool { out.indices.contains(i) && wide.map { isFull(width(out[i]), $0) } ?? false }
        guard out.count >= 2, out.indices.allSatisfy({ i in
            let n = out[i].hanCount
            return n >= 3 || (n >= 1 && (full(i - 1) || full(i + 1)))
        }) else { return [] }
        return out
    }

    /// For a row's parts of these many characters, whether each is in a run of three parts or more of one character
    /// each: a letter-spaced line (`雪 后 梅 花`), a piece of its own beside a word (`我国首座深水海上风 雪 后 梅 花`).
    static func letterSpaced(_ counts: [Int]) -> [Bool] {
        var out = [Bool](repeating: false, count: counts.count)
        var i = 0
        while i < counts.count {
            var j = i
            while j < counts.count, counts[j] == 1 { j += 1 }
            if j - i >= 3 { for k in i..<j { out[k] = true } }
            i = max(j, i + 1)
        }
        return out
    }

    /// One of two parts is a column's full line (`isFull`) and the two together would be wider than a column's
    /// line: the other is another column's.
    static func fullBeside(_ a: Substring, _ b: Substring, wide: Int) -> Bool {
        let (wa, wb) = (width(a), width(b))
        return (isFull(wa, wide) || isFull(wb, wide)) && wa + 1 + wb > wide + 2
    }

    /// A width of a column's full line: `wide` less a character or more, up to twice `wide` (a story set in wider
    /// columns than the page's commonest; a paragraph printed on one line is wider still).
    static func isFull(_ w: Int, _ wide: Int) -> Bool { w >= wide - 2 && w <= 2 * wide }

    /// Leaves a bracket or a quote open (a byline's `（记者`, a headline's `“才聚荆楚`).
    static func opensBracket(_ s: Substring) -> Bool {
        var depth = 0
        for c in s.unicodeScalars {
            if isOpening(c) { depth += 1 } else if isClosing(c) { depth -= 1 }
        }
        return depth > 0
    }

    static func closesBracket(_ s: Substring) -> Bool { s.unicodeScalars.contains(where: isClosing) }

    /// `（(“《「『` and `）)”》」』`.
    @inline(__always)
    static func isOpening(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xFF08, 0x28, 0x201C, 0x300A, 0x300C, 0x300E: return true
        default: return false
        }
    }

    @inline(__always)
    static func isClosing(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0xFF09, 0x29, 0x201D, 0x300B, 0x300D, 0x300F: return true
        default: return false
        }
    }

    /// A row that can only be two columns' lines side by side: two pieces of eight Han characters or more, neither
    /// much wider than a column's line, the row wider than a column by half (a headline of two parts, a date line,
    /// a byline's names, a paragraph printed on one line with a space in it never are). On a page set in columns
    /// (`inColumns`), whose lines are never wider than their column, two such pieces together wider than a column's
    /// line by four characters or more are two columns' too, each up to twice a column's width: a story set in a wide
    /// column beside one in the page's commonest (the row of a narrow column's line and a wide column's is not half
    /// again as wide as the wide one).
    static func isColumnsRow(_ pieces: [Substring], wide: Int, inColumns: Bool = false) -> Bool {
        let lines = pieces.filter { $0.hanCount >= 8 }
        guard lines.count >= 2 else { return false }
        let total = pieces.reduce(0) { $0 + width($1) }
        if inColumns, total >= wide + 8, lines.allSatisfy({ width($0) <= 2 * wide }) { return true }
        return lines.allSatisfy { width($0) * 4 <= wide * 5 + 8 } && total * 2 >= wide * 3
    }

    static func trimmed(_ s: Substring) -> Substring {
        let u = s.unicodeScalars
        func blank(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\t" || c == "\r" }
        guard let a = u.firstIndex(where: { !blank($0) }), let b = u.lastIndex(where: { !blank($0) }) else {
            return s[s.startIndex..<s.startIndex]
        }
        return s[a...b]
    }

    /// The lines (numbered from 0, at each line feed) with a space between two other characters, and where every
    /// line starts (a byte offset, and one past the text's end after the last), found in one pass over the bytes.
    static func spacedLines(_ text: String) -> Scan {
        ByteScan.bytes(text) { b in
            var out: [Int] = []
            var starts = [0]
            var line = 0
            var seenText = false, spaceAfterText = false, found = false
            for (i, c) in b.enumerated() {
                switch c {
                case 0x0A:
                    if found { out.append(line) }
                    line += 1
                    starts.append(i + 1)
                    seenText = false; spaceAfterText = false; found = false
                case 0x20:
                    if seenText { spaceAfterText = true }
                case 0x09, 0x0D:
                    break
                default:
                    if spaceAfterText { found = true }
                    seenText = true
                }
            }
            if found { out.append(line) }
            starts.append(b.count + 1)
            return (out, starts)
        }
    }

    static func isBlank(_ s: Substring) -> Bool { trimmed(s).isEmpty }

    /// Printed width, counted quickly (every page with two long rows of pieces is measured line by line): CJK and
    /// the quotes, dashes and dots set wide among them take two columns, the rest one.
    static func width(_ s: Substring) -> Int { s.unicodeScalars.reduce(0) { $0 + width($1) } }

    static func width(_ c: Unicode.Scalar) -> Int {
        let v = c.value
        return v >= 0x2E80 || (0x2010...0x2027).contains(v) || v == 0xB7 ? 2 : 1
    }

    /// A line's characters (tabs and CRs aside) and printed width (`width`), from its UTF-8 bytes; nil for a line
    /// with a space.
    static func measure(_ b: UnsafeBufferPointer<UInt8>) -> (count: Int, width: Int)? {
        var n = 0, w = 0, i = 0
        while i < b.count {
            let c = b[i]
            if c < 0x80 {
                if c == 0x20 { return nil }
                if c != 0x09 && c != 0x0D { n += 1; w += 1 }
                i += 1
            } else if c < 0xE0 {
                // U+0080…U+07FF: the middle dot is wide
                n += 1
                w += c == 0xC2 && i + 1 < b.count && b[i + 1] == 0xB7 ? 2 : 1
                i += 2
            } else if c < 0xF0 {
                n += 1
                if c >= 0xE3 {
                    w += 2
                } else if i + 2 < b.count {
                    w += width(Unicode.Scalar(UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)) ?? " ")
                } else {
                    w += 1
                }
                i += 3
            } else {
                n += 1
                w += 2
                i += 4
            }
        }
        return (n, w)
    }

    static func measure(_ a: [UInt8]) -> (count: Int, width: Int)? { a.withUnsafeBufferPointer(measure) }

    /// The commonest printed width of the page's long lines without spaces (a column's full line).
    static func typicalWidth(_ lines: [Substring]) -> Int { widthOfColumns(lines).width }

    /// The commonest printed width of the page's long lines without spaces, and the share of those lines within a
    /// character of it (most, where the page is set in columns; few, where it prints a paragraph a line).
    static func widthOfColumns(_ lines: [Substring]) -> (width: Int, share: Double) {
        var count = [Int](repeating: 0, count: 512)
        var total = 0
        for l in lines {
            guard let (n, w) = l.utf8.withContiguousStorageIfAvailable(measure) ?? measure(Array(l.utf8)) else { continue }
            if n >= 8 { total += 1; if w < count.count { count[w] += 1 } }
        }
        // the commonest; of two as common, the narrower
        guard let best = count.indices.max(by: { count[$0] != count[$1] ? count[$0] < count[$1] : $0 > $1 }), count[best] > 0 else { return (30, 0) }
        let near = count[max(0, best - 2)...min(count.count - 1, best + 2)].reduce(0, +)
        return (best, Double(near) / Double(total))
    }

    /// Where fewer of a page's long lines than this share are a column's full line, it prints paragraphs a line
    /// (a dump), and no part of a row is taken for a column's full line (`fullBeside`).
    static let columnShare = 0.2
    /// Lines on either side of a run of rows its own column width is measured over (`ownWidth`), and how many
    /// other lines there must be as wide as each of a row's.
    static let localReach = 12
    static let ownSupport = 2
}
