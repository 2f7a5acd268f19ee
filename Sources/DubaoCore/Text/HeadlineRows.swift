/// Headlines of neighbouring stories that an extraction printed row by row, put back one after the other.
///
/// Two headlines set side by side, each wrapped over lines of its own, share a baseline now and then: pdftotext's
/// default order prints that row as one line, the two lines a space apart, and the lines that follow one of each
/// (`“信·荆州”，汇志愿 我国首座深水海上风` / `微光让温暖如炬` / `电平台并网发电`). Read so, each headline is cut
/// up and glued to the other. The rows are too short for `ColumnStreams`' regions (a column's lines), so they are
/// taken here: a row of several short pieces, and the short lines under it, are dealt out to the pieces' columns
/// in turn, left to right (the order in which their baselines come), and kept so only where more words run on
/// over the joins of the columns so made (`WordBreaks`) than over the joins as printed.
extension ColumnStreams {
    /// A headline piece holds at most this many Han characters (a column's line of text holds more only in a
    /// narrow column, whose lines are not headlines).
    static let headlinePieceHan = 16

    /// The text with its side-by-side headline rows dealt out into their columns; the same text where none is.
    static func headlineRows(_ text: String) -> String {
        let (spaced, starts) = spacedLines(text)
        guard !spaced.isEmpty else { return text }
        let u = text.utf8
        func line(_ k: Int) -> Substring {
            Substring(u[u.index(u.startIndex, offsetBy: starts[k])..<u.index(u.startIndex, offsetBy: starts[k + 1] - 1)])
        }
        var lines: [Substring]? = nil
        var pairs: [UInt64: Int]? = nil
        var out: [Substring] = []
        var copied = 0   // lines of the text before this one are in `out`
        for k in spaced where k >= copied {
            let row = pieces(line(k))
            guard row.count >= 2, row.allSatisfy(isHeadlinePiece), !spaceBesideLetters(line(k)) else { continue }
            let all = lines ?? (0..<(starts.count - 1)).map(line)
            lines = all
            // the short lines under the row, up to a blank line or a line of prose
            var end = k + 1
            while end < all.count, !isBlank(all[end]), isHeadlineRow(all[end], columns: row.count) { end += 1 }
            if pairs == nil { pairs = pageBigrams(all) }
            guard end > k + 1, let columns = dealt(Array(all[k..<end]), columns: row.count, pairs: pairs ?? [:]) else { continue }
            out += all[copied..<k]
            for (c, col) in columns.enumerated() {
                if c > 0 { out.append("") }
                out += col
            }
            copied = end
        }
        guard let all = lines, copied > 0 else { return text }
        out += all[copied...]
        return out.joined(separator: "\n")
    }

    /// Short, and no sentence ends inside it.
    static func isHeadlinePiece(_ p: Substring) -> Bool {
        p.hanCount <= headlinePieceHan && !p.unicodeScalars.contains { $0 == "。" || $0 == "！" || $0 == "？" }
    }

    /// A word runs on over the join of `a` and `b` (`WordBreaks`), or the page prints their two characters side by
    /// side elsewhere.
    static func goesOn(_ a: Substring, _ b: Substring, pairs: [UInt64: Int]) -> Bool {
        if WordBreaks.runsOn(a, b) { return true }
        guard let x = a.unicodeScalars.last, let y = b.unicodeScalars.first, CharClass.isHan(x), CharClass.isHan(y) else { return false }
        return pairs[pair(x, y)] != nil
    }

    /// A space beside a letter or a figure (`2024年1月10日 星期五`, `方面，2 月`): not the gap between two columns.
    static func spaceBesideLetters(_ l: Substring) -> Bool {
        let u = Array(l.utf8)
        return u.indices.contains { i in
            u[i] == 0x20 && ((i > 0 && isAlnum(u[i - 1])) || (i + 1 < u.count && isAlnum(u[i + 1])))
        }
    }

    static func isAlnum(_ b: UInt8) -> Bool { (0x30...0x39).contains(b) || (0x41...0x5A).contains(b) || (0x61...0x7A).contains(b) }

    /// A line that may go on one of `columns` headlines: one short piece, or a row of that many.
    static func isHeadlineRow(_ l: Substring, columns: Int) -> Bool {
        let row = pieces(l)
        if row.isEmpty { return isHeadlinePiece(trimmed(l)) }
        return row.count == columns && row.allSatisfy(isHeadlinePiece)
    }

    /// The rows' pieces dealt out to `columns` columns: a row of that many gives one to each; a single line goes to
    /// the next column in turn. Nil unless more words run on over the columns' joins than over the joins as printed
    /// (and at least one does).
    static func dealt(_ rows: [Substring], columns n: Int, pairs: [UInt64: Int]) -> [[Substring]]? {
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
        func runs(_ s: [Substring]) -> Int { zip(s, s.dropFirst()).filter { goesOn($0, $1, pairs: pairs) }.count }
        let straight = cols.reduce(0) { $0 + runs($1) }
        return straight >= 1 && straight > runs(printed) ? cols : nil
    }
}
