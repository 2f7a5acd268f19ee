/// Rule **ReadingOrder**: the order a reader takes a broadsheet's lines in, from where they stand. The page is cut
/// recursively at the gaps no line crosses (an X–Y cut): first across white space as tall as a line (between two
/// stories), then down the gutters between columns (a column is read top to bottom before the one to its right),
/// then across the white space between a headline and its story; what cannot be cut is one region, read line by
/// line. The header band above the first wide gap near the top and the footer band below the last one near the
/// bottom are taken off first, so that a masthead does not hold columns together; a row with body text right under
/// it (headlines at the top of the page) ends the header band. A column that the cut down a clear gutter parted
/// from the column its story runs on from goes back to follow it (**RunOn**).
///
/// Every threshold is measured on the page itself: the body text's character width (`em`), its line height, and
/// the usual gap between two lines of one column.
public struct ReadingOrder: Sendable {
    public let page: PlacedPage
    /// The body text's character width, line height and usual gap between consecutive lines of a column.
    public let em: Double
    public let bodyHeight: Double
    let lineGap: Double
    /// Each line's printed band: a box from a PDF is as tall as its font's ascent and descent, which overlap the
    /// lines above and below; the band is one type size tall around the box's middle.
    let top: [Double]
    let bottom: [Double]
    /// Each line's type size: the source's where it gives one, else the width of its characters where it has
    /// three or more and no spaces (a box's height depends on the font's ascent and descent, not only on its
    /// size), else scaled from its height.
    let size: [Double]
    /// Each line is the page's own furniture (a masthead, its date line, its page number).
    let furniture: [Bool]
    /// Each line's text could head a story: neither a sentence (a caption), a photo credit nor furniture.
    let headingText: [Bool]

    public init(_ page: PlacedPage) {
        self.page = page
        let lines = page.lines
        // the body is what most characters are printed in
        var perCell: [(Double, Double)] = []
        var heights: [(Double, Double)] = []
        for l in lines {
            let c = l.cells
            guard c >= 1 else { continue }
            perCell.append((l.width / c, c))
            heights.append((l.height, c))
        }
        em = max(1, Self.weightedMedian(perCell) ?? 10)
        let bodyHeight = max(1, Self.weightedMedian(heights) ?? 12)
        self.bodyHeight = bodyHeight
        let em = self.em
        let size = lines.map { l in
            if let s = l.size { return s }
            let c = l.cells
            return c >= 3 && !l.text.contains(" ") ? l.width / c : em * l.height / bodyHeight
        }
        self.size = size
        // (a date line and a folio are header lines, which isPageFurniture counts)
        let furniture = lines.map { Markers.isPageFurniture($0.text) }
        self.furniture = furniture
        headingText = lines.indices.map { i in
            let t = lines[i].text
            return !furniture[i] && !t.endsSentence && Markers.plainCredit(t) == nil && Markers.trailingCredit(t) == nil
        }
        top = lines.indices.map { lines[$0].midY - 0.5 * size[$0] }
        bottom = lines.indices.map { lines[$0].midY + 0.5 * size[$0] }
        let top = self.top, bottom = self.bottom
        // consecutive lines of one column: the next line below that shares most of this one's width and its size
        let byTop = lines.indices.sorted { top[$0] < top[$1] }
        var gaps: [Double] = []
        for (n, i) in byTop.enumerated() {
            let a = lines[i]
            guard abs(size[i] - em) < 0.2 * em else { continue }
            for j in byTop[(n + 1)...].prefix(40) {
                let b = lines[j]
                guard top[j] > top[i] + 0.3 * em else { continue }
                let shared = min(a.x1, b.x1) - max(a.x0, b.x0)
                if shared > 0.5 * min(a.width, b.width), abs(size[j] - em) < 0.2 * em {
                    gaps.append(top[j] - bottom[i])
                    break
                }
            }
        }
        gaps.sort()
        lineGap = gaps.isEmpty ? 0.3 * em : gaps[gaps.count / 2]
    }

    static func weightedMedian(_ xs: [(value: Double, weight: Double)]) -> Double? {
        let s = xs.sorted { $0.value < $1.value }
        let total = s.reduce(0) { $0 + $1.weight }
        guard total > 0 else { return nil }
        var acc = 0.0
        for x in s {
            acc += x.weight
            if acc >= total / 2 { return x.value }
        }
        return s.last?.value
    }

    /// A gap above line `i` wider than this separates blocks (a story from the next, a headline from its body):
    /// the usual gap between lines and half a character more, both in the size of line `i`.
    func rowGap(above i: Int) -> Double { (lineGap / em + 0.45) * (bottom[i] - top[i]) }
    /// A vertical strip no line crosses, this wide, is a gutter between columns.
    var gutter: Double { 0.6 * em }

    /// The page's lines as regions in reading order, each region's lines top to bottom.
    public func regions() -> [[Int]] { blocks().map(\.lines) }

    /// A region, and whether it is the next column of the block before it (the text runs on from its foot).
    public struct Region: Sendable, Equatable {
        public var lines: [Int]
        public var nextColumn: Bool
    }

    /// The regions in reading order.
    public func blocks() -> [Region] {
        let all = Array(page.lines.indices)
        guard !all.isEmpty else { return [] }
        func plain(_ rs: [[Int]]) -> [Region] { rs.map { Region(lines: $0, nextColumn: false) } }
        // header and footer bands: rows cut off within the top eighth of the page's text and within its last
        // twenty-fifth (a footer is a line or two; the foot of a column above it is text to read in its place)
        var rows = cutAcross(all)
        var head: [[Int]] = []
        var foot: [[Int]] = []
        let first = top.min() ?? 0
        let last = bottom.max() ?? page.height
        let span = max(1, last - first)
        // a row with body text right under one of its lines is not the header (headlines at the top of the
        // page), nor any row below it
        func bodyRightUnder(_ r: [Int], _ next: [Int]) -> Bool {
            let lines = page.lines
            return next.contains { b in
                isBody(b) && r.contains { a in
                    top[b] - bottom[a] < 3 * em && lines[a].x0 < lines[b].x1 && lines[b].x0 < lines[a].x1
                }
            }
        }
        while rows.count > 1, let r = rows.first, (r.map { bottom[$0] }.max() ?? 0) - first < 0.12 * span,
              !bodyRightUnder(r, rows[1]) {
            head.append(r)
            rows.removeFirst()
        }
        while rows.count > 1, let r = rows.last, last - (r.map { top[$0] }.min() ?? 0) < 0.04 * span {
            foot.insert(r, at: 0)
            rows.removeLast()
        }
        let body = rows.flatMap { $0 }
        return plain(head.flatMap(leafRegions)) + runOn(cut(body)) + plain(foot.flatMap(leafRegions))
    }

    /// Rule **RunOn**: a column of body text that opens level with the head of a column of body text just left of
    /// it, with nothing close above it (no headline, no kicker of its own), is where that column's story runs on,
    /// though the cut down the gutter between them put other regions in between: a story without a headline across
    /// its columns (a continuation, a one-column headline) flows over a gutter that nothing crosses, and the page is
    /// cut down that gutter first. Such a column is moved to follow the last column of the story on its left.
    func runOn(_ regions: [Region]) -> [Region] {
        guard regions.count > 2 else { return regions }
        let lines = page.lines
        struct Box { var x0, x1, top, bottom: Double }
        func box(_ r: Region) -> Box {
            Box(x0: r.lines.map { lines[$0].x0 }.min()!, x1: r.lines.map { lines[$0].x1 }.max()!,
                top: r.lines.map { top[$0] }.min()!, bottom: r.lines.map { bottom[$0] }.max()!)
        }
        func union(_ bs: ArraySlice<Box>) -> Box {
            Box(x0: bs.map(\.x0).min()!, x1: bs.map(\.x1).max()!, top: bs.map(\.top).min()!, bottom: bs.map(\.bottom).max()!)
        }
        /// `r` stands right under `above`: starts below its foot within three characters, across from it (give or
        /// take a character: a byline set left of a centred headline).
        func under(_ r: Box, _ above: Box) -> Bool {
            r.top >= above.bottom - 0.1 * em && r.top - above.bottom < 3 * em && r.x0 < above.x1 + em && r.x1 > above.x0 - em
        }
        var out = regions
        // each region's box, worked out once and moved with it
        var boxes = regions.map(box)
        var k = 1
        while k < out.count {
            // a column of text whose first line is body text that opens nothing (no jump mark, no report's lead)
            guard let first = out[k].lines.first, isBody(first),
                  Markers.continuationMarks(in: lines[first].text).isEmpty, !LineShape.opensStory(lines[first].text)
            else { k += 1; continue }
            // with the regions under it in the same column (an intertitle, the paragraphs after it), up to a
            // headline (then it was a kicker)
            var run = k + 1
            var foot = boxes[k]
            var kicker = false
            while run < out.count, under(boxes[run], foot) {
                if let f = out[run].lines.first, !isBody(f), size[f] > em { kicker = true; break }
                foot = boxes[run]
                run += 1
            }
            let b = union(boxes[k..<run])
            guard !kicker, out[k..<run].reduce(0, { $0 + $1.lines.count }) >= 2,
                  !out.indices.contains(where: { $0 < k || $0 >= run ? under(b, boxes[$0]) : false })
            else { k += 1; continue }
            // the column just left of it whose head is level with its head, ending in body text
            let left = out.indices.filter { j in
                guard j < k - 1, let last = out[j].lines.last, isBody(last), out[j].lines.count >= 2 else { return false }
                let a = boxes[j]
                return a.x1 <= b.x0 && b.x0 - a.x1 < 3 * em && abs(a.top - b.top) < 1.6 * bodyHeight && a.bottom > b.top
            }
            guard let j = left.first else { k += 1; continue }
            // after the last column that runs on from that one
            var end = j
            while end + 1 < out.count, out[end + 1].nextColumn { end += 1 }
            guard end + 1 < k else { k += 1; continue }
            var moved = Array(out[k..<run])
            let movedBoxes = Array(boxes[k..<run])
            out.removeSubrange(k..<run)
            boxes.removeSubrange(k..<run)
            moved[0].nextColumn = true
            out.insert(contentsOf: moved, at: end + 1)
            boxes.insert(contentsOf: movedBoxes, at: end + 1)
            k = run
        }
        return out
    }

    /// Across a blank line's worth of white space first, then down the gutters, then across any gap wider than a
    /// line's usual one; a region that cannot be cut any way is a leaf.
    ///
    /// White space as tall as a line of text across a whole region parts what is above it from what is below: two
    /// stories, or a page's top stories from the ones under them. Cut down first, a page whose stories' columns
    /// line up (a grid) is read a column at a time from the top story to the foot, through every story in it: in a
    /// PDF where a headline over two columns stands a little short of the gutter, and always in a text that keeps
    /// the layout (`LaidOutText`), which prints a headline in as many positions as it has characters, so that it no
    /// longer reaches across the columns it heads. Such white space under a headline, over its own story's text,
    /// does not part them (`headsBandBelow`).
    ///
    /// On the corpora's PDFs (seed 5 / 6 / 7): 0.970 / 0.962 / 0.934 cut down first, 0.984 / 0.976 / 0.945 so; across
    /// any white space wider than a line's usual gap first, 0.970 / 0.963 / 0.921.
    func cut(_ ids: [Int]) -> [Region] {
        guard ids.count > 1 else { return ids.isEmpty ? [] : [Region(lines: ids, nextColumn: false)] }
        var bands: [[Int]] = []
        for r in cutAcross(ids, wider: bodyHeight) {
            if let last = bands.last, headsBandBelow(last, r) { bands[bands.count - 1] += r } else { bands.append(r) }
        }
        if bands.count > 1 { return bands.flatMap(cut) }
        let columns = cutDown(ids)
        if columns.count > 1 {
            var out: [Region] = []
            for (k, c) in columns.enumerated() {
                var rs = cut(c)
                // body text at the head of a column runs on from body text at the foot of the column before
                if k > 0, let first = rs.first?.lines.first, let last = out.last?.lines.last, isBody(first), isBody(last) {
                    rs[0].nextColumn = true
                }
                out += rs
            }
            return out
        }
        let rows = cutAcross(ids)
        if rows.count > 1 { return rows.flatMap(cut) }
        if let bands = bandsAroundSpanningLines(ids) { return bands.flatMap(cut) }
        return leafRegions(ids).map { Region(lines: $0, nextColumn: false) }
    }

    /// A region that neither cut divides but whose body lines stand in columns: lines across the gutters (a
    /// headline, a subtitle, a kicker) sit too close to the text to leave a clear gap. The body lines alone say
    /// where the gutters are; every line that crosses one divides the region into bands above and below it, and
    /// each band can then be cut down its gutters. Nil when the body lines are one column.
    func bandsAroundSpanningLines(_ ids: [Int]) -> [[Int]]? {
        let lines = page.lines
        let body = ids.filter(isBody)
        guard body.count >= 2 else { return nil }
        let columns = cutDown(body)
        var gutters: [(Double, Double)] = []
        if columns.count > 1 {
            for k in 1..<columns.count {
                gutters.append((columns[k - 1].map { lines[$0].x1 }.max()!, columns[k].map { lines[$0].x0 }.min()!))
            }
        } else {
            gutters = crossedGutters(body)
        }
        guard !gutters.isEmpty else { return nil }
        func crosses(_ i: Int) -> Bool { gutters.contains { g in lines[i].x0 < g.1 && lines[i].x1 > g.0 } }
        let spanning = ids.filter(crosses).sorted { top[$0] < top[$1] }
        guard !spanning.isEmpty else { return nil }
        // each line across goes in its own band, with the lines across right under it (a headline's lines)
        let rest = ids.filter { !crosses($0) }
        var bands = [[Int]](repeating: [], count: 2 * spanning.count + 1)
        for (k, s) in spanning.enumerated() {
            let above = rest.filter { lines[$0].midY < lines[s].midY }.count
            let previous = k > 0 ? rest.filter { lines[$0].midY < lines[spanning[k - 1]].midY }.count : -1
            bands[above == previous ? 2 * k - 1 : 2 * k + 1].append(s)
        }
        for i in rest {
            let above = spanning.filter { lines[$0].midY < lines[i].midY }.count
            bands[2 * above].append(i)
        }
        let out = bands.filter { !$0.isEmpty }
        return out.count > 1 ? out : nil
    }

    /// Gutters that a few of the body lines cross: strips at least `gutter` wide that no more than one body line
    /// in twenty crosses (at least one), with two body lines or more wholly on either side. A text that keeps its
    /// layout squeezes a row holding a line in a larger type (an intertitle, a headline beside a byline) into
    /// fewer character positions, so that line stands across the gutter though it belongs to one column.
    func crossedGutters(_ body: [Int]) -> [(Double, Double)] {
        let lines = page.lines
        guard body.count >= 8 else { return [] }
        let allowed = max(1, body.count / 20)
        let left = body.map { lines[$0].x0 }.min()!, right = body.map { lines[$0].x1 }.max()!
        let step = 0.25 * em
        let cells = Int(((right - left) / step).rounded(.up))
        guard cells > 0, cells < 100_000 else { return [] }
        var cover = [Int](repeating: 0, count: cells + 1)
        for i in body {
            let a = max(0, Int(((lines[i].x0 - left) / step).rounded(.down)))
            let b = min(cells, Int(((lines[i].x1 - left) / step).rounded(.up)))
            if a < b { cover[a] += 1; cover[b] -= 1 }
        }
        var n = 0
        for c in 0..<cells { n += cover[c]; cover[c] = n }
        var out: [(Double, Double)] = []
        var c = 0
        while c < cells {
            guard cover[c] <= allowed else { c += 1; continue }
            var e = c
            while e < cells, cover[e] <= allowed { e += 1 }
            let g0 = left + Double(c) * step, g1 = left + Double(e) * step
            // the strip as the lines either side of it bound it (the cells round every line's box outwards: a
            // narrow gutter measured by them alone is narrower than it is)
            let leftOf = body.filter { lines[$0].x1 <= g0 + 0.01 }, rightOf = body.filter { lines[$0].x0 >= g1 - 0.01 }
            if leftOf.count >= 2, rightOf.count >= 2 {
                let a = leftOf.map { lines[$0].x1 }.max()!, b = rightOf.map { lines[$0].x0 }.min()!
                if b - a >= gutter { out.append((a, b)) }
            }
            c = e
        }
        return out
    }

    /// Most characters stand apart (`城 南 体 育`): a letter-spaced line.
    static func isLetterSpaced(_ s: String) -> Bool {
        let spaces = s.unicodeScalars.filter { $0 == " " }.count
        return spaces >= 1 && spaces * 2 >= s.unicodeScalars.count - spaces - 1
    }

    /// A headline at the foot of band `a` (nothing of `a` under it) with a line of band `b` under it within three
    /// characters: the white space between them is a headline's, over its story's text, not one between stories.
    func headsBandBelow(_ a: [Int], _ b: [Int]) -> Bool {
        let lines = page.lines
        func across(_ i: Int, _ j: Int) -> Bool { lines[i].x0 < lines[j].x1 && lines[j].x0 < lines[i].x1 }
        // (the page's header band: its masthead, date or page number, and a section label under them)
        guard !a.contains(where: { furniture[$0] }) else { return false }
        return a.contains { h in
            isHeadline(h) && !a.contains { $0 != h && top[$0] > bottom[h] && across($0, h) }
                && b.contains { top[$0] - bottom[h] < 3 * em && across($0, h) }
        }
    }

    /// Not body text, and neither a sentence (a caption), a photo credit nor the page's own furniture (a masthead,
    /// its date, its page number): a headline's line, a kicker, a label.
    func isHeadline(_ i: Int) -> Bool { !isBody(i) && headingText[i] }

    /// Set in the body's type size.
    func isBody(_ i: Int) -> Bool { abs(size[i] - em) < 0.15 * em }

    /// Splits at vertical strips no line crosses, left to right.
    func cutDown(_ ids: [Int]) -> [[Int]] {
        let sorted = ids.sorted { page.lines[$0].x0 < page.lines[$1].x0 }
        var groups: [[Int]] = [[sorted[0]]]
        var reach = page.lines[sorted[0]].x1
        for i in sorted.dropFirst() {
            let l = page.lines[i]
            if l.x0 - reach >= gutter { groups.append([i]) } else { groups[groups.count - 1].append(i) }
            reach = max(reach, l.x1)
        }
        return groups
    }

    /// Splits at horizontal strips no line crosses that are wider than a line's usual gap (and than `wider`), top
    /// to bottom.
    func cutAcross(_ ids: [Int], wider: Double = 0) -> [[Int]] {
        let sorted = ids.sorted { top[$0] < top[$1] }
        var groups: [[Int]] = [[sorted[0]]]
        var reach = bottom[sorted[0]]
        for i in sorted.dropFirst() {
            if top[i] - reach > max(wider, rowGap(above: i)) { groups.append([i]) } else { groups[groups.count - 1].append(i) }
            reach = max(reach, bottom[i])
        }
        return groups
    }

    /// A region's lines top to bottom (left to right on one row); a change of type size starts a new region.
    func leafRegions(_ ids: [Int]) -> [[Int]] {
        let lines = page.lines
        let sorted = ids.sorted { a, b in
            let la = lines[a], lb = lines[b]
            let sameRow = abs(la.midY - lb.midY) < 0.25 * min(la.height, lb.height)
            return sameRow ? la.x0 < lb.x0 : la.midY < lb.midY
        }
        var out: [[Int]] = []
        for i in sorted {
            if let last = out.last?.last {
                let a = size[last], b = size[i]
                // display type (both larger than the body's, whose size reads true from its Han characters' widths)
                // changes at a tenth: a banner over a headline in type a size larger; body text's short lines read
                // less evenly (a quote, a full stop), and change at a fifth
                let step = min(a, b) > 1.15 * em ? 1.1 : 1.2
                if max(a, b) > step * min(a, b) { out.append([i]) } else { out[out.count - 1].append(i) }
            } else {
                out.append([i])
            }
        }
        return out
    }

    /// The page as text for the parser: regions in reading order separated by a blank line (none where a column
    /// runs on from the foot of the one before); a line set in from its region's left edge by a character or more
    /// starts with two ideographic spaces (a paragraph's first line); a region in a type larger than the body's (a
    /// headline of two or more lines) is one line.
    public func text() -> String { reading().text }

    /// `text()` and, for each of its lines, the type size against the body's (1 for body text, 2 for a headline
    /// twice as large; nil for a blank line): evidence for the parser that a text dump does not have. One
    /// reading of the page gives both.
    public func reading() -> (text: String, typeSizes: [Double?]) {
        let r = rendered()
        return (r.map(\.text).joined(separator: "\n") + "\n", r.map { l in l.lines.isEmpty ? nil : l.lines.map { size[$0] / em }.max() })
    }

    /// The lines of `text()`, each with the page's lines it was made from (none for a blank line).
    public func rendered() -> [(text: String, lines: [Int])] {
        var out: [(text: String, lines: [Int])] = []
        for block in blocks() {
            let region = block.lines
            if !out.isEmpty && !block.nextColumn { out.append(("", [])) }
            if region.count > 1, region.allSatisfy({ size[$0] > 1.15 * em }) {
                // a letter-spaced headline stays letter-spaced across its lines, for the parser to undo as one
                let joined = region.map { page.lines[$0].text.replacingLineBreaks() }.reduce("") { a, b in
                    if a.isEmpty { return b }
                    switch (Self.isLetterSpaced(a), Self.isLetterSpaced(b)) {
                    case (true, true): return a + " " + b
                    case (true, false): return LineJoin.join(LetterSpacing.remove(a), b)
                    case (false, true): return LineJoin.join(a, LetterSpacing.remove(b))
                    case (false, false): return LineJoin.join(a, b)
                    }
                }
                out.append((joined, region))
                continue
            }
            let left = region.map { page.lines[$0].x0 }.min() ?? 0
            let wide = region.count > 1
            for i in region {
                let l = page.lines[i]
                let indented = wide && l.x0 - left >= 1.5 * em && l.x0 - left <= 4 * em
                out.append(((indented ? "\u{3000}\u{3000}" : "") + l.text.replacingLineBreaks(), [i]))
            }
        }
        return out
    }
}

extension String {
    /// The text on one line: line breaks inside it become spaces.
    func replacingLineBreaks() -> String {
        guard unicodeScalars.contains(where: { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" }) else { return self }
        return String(scalars: unicodeScalars.map { $0 == "\n" || $0 == "\r" || $0 == "\u{2028}" || $0 == "\u{2029}" ? " " : $0 })
    }
}
