/// Headlines of neighbouring stories that an extraction printed row by row, put back one after the other.
///
/// Two headlines set side by side, each wrapped over lines of its own, share a baseline now and then: pdftotext's
/// default order prints that row as one line, the two lines a space apart, and the lines that follow one of each
/// (`“信·荆州”，汇志愿 我国首座深水海上风` / `微光让温暖如炬` / `电平台并网发电`). Read so, each headline is cut
/// up and glued to the other. The rows are too short for `ColumnStreams`' regions (a column's lines), so they are
/// taken here: a row of several short pieces, and the short lines under it, are dealt out to the pieces' columns
/// in turn, left to right (the order in which their baselines come), and kept so only where more words run on
/// over the joins of the columns so made (`WordBreaks`) than over the joins as printed. Where no row shares a
/// baseline, a headline's wrapped end printed under the other headline's line is put back (`scrapsMoved`).
extension ColumnStreams {
    /// A headline piece holds at most this many Han characters (a column's line of text holds more only in a
    /// narrow column, whose lines are not headlines).
    static let headlinePieceHan = 16
    /// A headline is printed over at most this many lines.
    static let headlineLines = 4

    /// The text with its side-by-side headline rows dealt out into their columns; nil where it has none.
    static func headlineRows(_ text: String, _ scan: Scan) -> String? {
        let (spaced, starts) = scan
        guard !spaced.isEmpty else { return nil }
        func line(_ k: Int) -> Substring { Self.line(k, of: text, starts: starts) }
        var out: [Substring] = []
        var copied = 0   // lines of the text before this one are in `out`
        let count = starts.count - 1
        for k in spaced where k >= copied && k + 1 < count {
            let first = line(k)
            guard longPartsBesideSpace(first), !spaceBesideLetters(first) else { continue }
            let row = pieces(first)
            // (a byline's row, `本报讯（记者… 通讯员…`, opens a story: no headline)
            guard row.count >= 2, row.allSatisfy(isHeadlinePiece), !LineShape.opensStory(String(row[0])) else { continue }
            // the short lines under the row, up to a blank line or a line of prose (more than a few headlines' lines
            // are a narrow column's text)
            var end = k + 1
            while end < count, end - k <= headlineLines * row.count, !isBlank(line(end)), isHeadlineRow(line(end), columns: row.count) {
                end += 1
            }
            guard end > k + 1, end - k <= headlineLines * row.count, let columns = dealt((k..<end).map(line), columns: row.count, page: text) else { continue }
            out += (copied..<k).map(line)
            for (c, col) in columns.enumerated() {
                if c > 0 { out.append("") }
                out += col
            }
            copied = end
        }
        guard copied > 0 else { return nil }
        out += (copied..<count).map(line)
        return out.joined(separator: "\n")
    }

    /// Lines a headline's wrapped end may stand below the line it ends: the other headlines' lines printed between
    /// (two headlines whose baselines alternate), a byline, a first line of text.
    static let scrapReach = 5
    /// A headline's wrapped end holds at most this many Han characters.
    static let scrapHan = 5

    /// The text with each headline's wrapped end put back after the line it ends, where an extraction printed
    /// other lines between them: another headline's line (`“荆有好岗·职达驿站”首场活` / `三十年，他把荒山变成了林海` /
    /// `动启动`), or, where two headlines set side by side have alternating baselines, the other's line, a byline and
    /// a story's first line (`我市两项成果获省科技进` / `春运首日全市发送旅客二` / `邹明` / … / `步奖` / `十三万人次`).
    /// Put back where a word of the dictionary runs on over the join (`WordBreaks`), the line it ends is of display
    /// type (`isDisplayLine`), neither a story's opening nor the page's furniture, and does not run on into the line
    /// printed after it, and nothing runs on into the end from the line above it; a blank line after it parts the
    /// headline so mended from what follows, and one before it from a line of display type above that does not run
    /// on into it (another headline's). Ends close together go back in the order of the lines they end (as many as
    /// can be, then the nearest lines). Nil where none is. `starts`: where each line starts (`Scan`).
    static func scrapsMoved(_ text: String, _ starts: [Int]) -> String? {
        let count = starts.count - 1
        guard count >= 3 else { return nil }
        func line(_ k: Int) -> Substring { Self.line(k, of: text, starts: starts) }
        // each scrap and the lines it may end, nearest first
        var candidates: [(scrap: Int, heads: [Int])] = []
        for k in 2..<count {
            let bytes = starts[k + 1] - starts[k] - 1
            guard bytes >= 3, bytes <= 3 * scrapHan + 8 else { continue }
            let s = trimmed(line(k))
            guard let last = s.unicodeScalars.last, CharClass.isHan(last) || CharClass.isCloser(last),
                  (1...scrapHan).contains(s.hanCount), s.unicodeScalars.allSatisfy({ CharClass.isHan($0) || CharClass.isCloser($0) }),
                  !goesOn(trimmed(line(k - 1)), s, page: text) else { continue }
            // (not over a blank line: a text dump sets a headline's lines apart so)
            let reach = (1...scrapReach).first { d in k - d < 0 || isBlank(line(k - d)) }.map { $0 - 1 } ?? scrapReach
            guard reach >= 2 else { continue }
            let heads = stride(from: k - 2, through: k - reach, by: -1).filter { t in
                let head = trimmed(line(t))
                return head.hanCount >= 4 && isDisplayLine(head) && !head.unicodeScalars.contains(" ")
                    && (head.unicodeScalars.last.map(CharClass.isHan) ?? false) && WordBreaks.runsOn(head, s)
                    && !goesOn(head, trimmed(line(t + 1)), page: text) && !Markers.isPageFurniture(String(head))
                    && !LineShape.opensStory(String(head))
            }
            if !heads.isEmpty { candidates.append((k, heads)) }
        }
        guard !candidates.isEmpty else { return nil }
        // scraps close together end headlines printed in the same order: each goes after a line below the one the
        // scrap before it went after (as many put back as can be, then the nearest lines)
        var after: [Int: Int] = [:]
        var i = 0
        while i < candidates.count {
            var j = i + 1
            while j < candidates.count, candidates[j].scrap - candidates[j - 1].scrap <= scrapReach { j += 1 }
            // (more than four ends close together are no headlines' ends: none moves)
            guard j - i <= 4 else { i = j; continue }
            let group = Array(candidates[i..<j])
            var best: (placed: Int, distance: Int, heads: [Int?]) = (0, 0, [])
            func search(_ g: Int, _ floor: Int, _ placed: Int, _ distance: Int, _ heads: [Int?]) {
                if g == group.count {
                    if placed > best.placed || (placed == best.placed && distance < best.distance) { best = (placed, distance, heads) }
                    return
                }
                // (lines chosen in order are each another: `floor` is the last; a line that is itself an end put back
                // ends nothing, and groups lie further apart than the reach)
                for t in group[g].heads where t > floor && !group.contains(where: { $0.scrap == t }) {
                    search(g + 1, t, placed + 1, distance + group[g].scrap - t, heads + [t])
                }
                search(g + 1, floor, placed, distance, heads + [nil])
            }
            search(0, -1, 0, 0, [])
            for (g, t) in best.heads.enumerated() { if let t { after[t] = group[g].scrap } }
            i = j
        }
        let scraps = Set(after.values)
        var out: [Substring] = []
        var part = false
        for k in 0..<count where !scraps.contains(k) {
            if part && !isBlank(line(k)) { out.append("") }
            if !part, after[k] != nil, let p = out.last, !isBlank(p), isDisplayLine(trimmed(p)),
               !goesOn(trimmed(p), trimmed(line(k)), page: text) {
                out.append("")
            }
            out.append(line(k))
            part = false
            if let s = after[k] { out.append(line(s)); part = true }
        }
        return out.joined(separator: "\n")
    }

    /// A headline's piece (`isHeadlinePiece`) without a clause mark: a line of prose has one more often than not.
    static func isDisplayLine(_ t: Substring) -> Bool {
        isHeadlinePiece(t) && !t.unicodeScalars.contains(where: CharClass.isClausePunct)
    }

    /// Short, and no sentence ends inside it.
    static func isHeadlinePiece(_ p: Substring) -> Bool {
        p.hanCount <= headlinePieceHan && !p.unicodeScalars.contains(where: CharClass.isTerminator)
    }

    /// A word runs on over the join of `a` and `b` (`WordBreaks`), or the page prints their two characters side by
    /// side elsewhere.
    static func goesOn(_ a: Substring, _ b: Substring, page: String) -> Bool {
        guard let x = a.unicodeScalars.last, let y = b.unicodeScalars.first, CharClass.isHan(x), CharClass.isHan(y) else { return false }
        return WordBreaks.runsOn(a, b) || ByteScan.contains(page, String(x) + String(y))
    }

    /// A space beside a letter or a figure (`2024年1月10日 星期五`, `方面，2 月`): not the gap between two columns.
    static func spaceBesideLetters(_ l: Substring) -> Bool {
        let u = Array(l.utf8)
        return u.indices.contains { i in
            u[i] == 0x20 && ((i > 0 && isAsciiWordChar(u[i - 1])) || (i + 1 < u.count && isAsciiWordChar(u[i + 1])))
        }
    }

    /// Two words of four characters or more with spaces between them, or such a word beside a letter-spaced run: the
    /// least a row of two pieces has (`pieces` keeps a part of three characters or fewer with its neighbour; a
    /// letter-spaced line alone, `第 三 届`, has none).
    /// Asked before `pieces`, of every line with a space; a word too long for a headline's piece (a paragraph's line
    /// in a dump) says no at once.
    static func longPartsBesideSpace(_ l: Substring) -> Bool {
        var previous = 0, run = 0
        // a letter-spaced run (three parts of one character or more) beside such a word is a piece too
        var singles = 0, longBeforeSingles = false
        var found = false
        func partEnds() {
            if run == 1 {
                singles += 1
                if singles >= 3, longBeforeSingles { found = true }
            } else if run > 1 {
                if run >= 4, singles >= 3 { found = true }
                singles = 0
                longBeforeSingles = run >= 4
            }
        }
        for b in l.utf8 {
            if b == 0x20 {
                partEnds()
                if run > 0 { previous = run }
                run = 0
            } else if b & 0xC0 != 0x80 {
                run += 1
                if run > 2 * headlinePieceHan { return false }
                if previous >= 4, run >= 4 { found = true }
            }
        }
        partEnds()
        return found
    }

    /// An ASCII letter or figure (`CharClass.isWordChar` of a byte below 0x80).
    static func isAsciiWordChar(_ b: UInt8) -> Bool { b < 0x80 && CharClass.isWordChar(Unicode.Scalar(b)) }

    /// A line that may go on one of `columns` headlines: one short piece, or a row of that many.
    static func isHeadlineRow(_ l: Substring, columns: Int) -> Bool {
        let row = pieces(l)
        if row.isEmpty { return isHeadlinePiece(trimmed(l)) }
        return row.count == columns && row.allSatisfy(isHeadlinePiece)
    }

    /// The rows' pieces dealt out to `columns` columns: a row of that many gives one to each; a single line goes to
    /// the next column in turn. Nil unless more words run on over the columns' joins than over the joins as printed
    /// (and at least one does).
    static func dealt(_ rows: [Substring], columns n: Int, page: String) -> [[Substring]]? {
        var cols = [[Substring]](repeating: [], count: n)
        var printed: [Substring] = []
        var turn = 0
        for r in rows {
            let row = pieces(r)
            if row.count == n {
                guard turn == 0 else { return nil }
                for (c, p) in row.enumerated() { cols[c].append(p) }
                printed += row
            } else {
                let t = trimmed(r)
                cols[turn].append(t)
                printed.append(t)
                turn = (turn + 1) % n
            }
        }
        // a couplet (`春运志愿行 温暖回家`) is one line of display type, its wrapped end (`路`) no second headline's:
        // such a row is two headlines' only where every column gets lines under it
        guard cols.allSatisfy({ $0.count >= 2 }) || !HeadlineRoles.isCouplet(String(trimmed(rows[0]))) else { return nil }
        func runs(_ s: [Substring]) -> Int { zip(s, s.dropFirst()).filter { goesOn($0, $1, page: page) }.count }
        let straight = cols.reduce(0) { $0 + runs($1) }
        guard straight >= 1 else { return nil }
        // (the joins as printed counted only until they hold as many)
        var asPrinted = 0
        for (a, b) in zip(printed, printed.dropFirst()) where goesOn(a, b, page: page) {
            asPrinted += 1
            if asPrinted >= straight { return nil }
        }
        return cols
    }
}
