/// Rule **FileNameMetadata**: the date, page number and paper a file name (or its folders) carries:
/// `20250110`, `2025-01-10`, `2025年1月10日`, folders `2025/01/10`; pages `_02`, `-A002`, `第2版`, `p2`, or run on after
/// the date at the name's end (`rmrb2025010902`);
/// a paper from a word in the name (`jzrb_20250110_02`) or a folder named in Chinese (`荆州日报/…`).
/// Nothing is guessed: a value that is not there is nil.
public struct FileNameMetadata: Equatable, Sendable {
    public var paper: String?
    public var date: String?
    public var page: Int?

    public init(paper: String? = nil, date: String? = nil, page: Int? = nil) {
        self.paper = paper
        self.date = date
        self.page = page
    }

    public static func parse(path: String) -> FileNameMetadata {
        let comps = path.split(separator: "/").map(String.init)
        guard let name = comps.last else { return FileNameMetadata() }
        let lower = name.lowercased()
        let stem = lower.hasSuffix(".txt") || lower.hasSuffix(".pdf") ? String(name.dropLast(4)) : name
        var meta = FileNameMetadata()
        var stemRest = stem
        if let (date, range) = findDate(in: stem) {
            meta.date = date
            let u = Array(stem.unicodeScalars)
            stemRest = String(String.UnicodeScalarView(u[..<range.lowerBound])) + "_" + String(String.UnicodeScalarView(u[range.upperBound...]))
        } else {
            let dirs = Array(comps.dropLast())
            for d in dirs.reversed() { if let (date, _) = findDate(in: d) { meta.date = date; break } }
            if meta.date == nil { meta.date = dateFromFolders(dirs) }
        }
        meta.page = findPage(in: stemRest)
        meta.paper = findPaper(stem: stemRest, dirs: Array(comps.dropLast()))
        return meta
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }

    static func valid(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard y >= 1900, y <= 2099, m >= 1, m <= 12, d >= 1, d <= 31 else { return nil }
        let days = [31, (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
        guard d <= days[m - 1] else { return nil }
        return String(format4(y)) + "-" + two(m) + "-" + two(d)
    }

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
    static func format4(_ n: Int) -> String { "\(n)" }

    /// `20250110`, `2025-01-10`, `2025_1_10`, `2025.01.10`, `2025年1月10日`, with the scalar range it covers.
    static func findDate(in s: String) -> (String, Range<Int>)? {
        let u = Array(s.unicodeScalars)
        var i = 0
        while i < u.count {
            guard isDigit(u[i]), i == 0 || !isDigit(u[i - 1]) else { i += 1; continue }
            var j = i
            while j < u.count && isDigit(u[j]) { j += 1 }
            let run = j - i
            let num = { (a: Int, b: Int) -> Int in u[a..<b].reduce(0) { $0 * 10 + Int($1.value - 0x30) } }
            if run == 8, let d = valid(num(i, i + 4), num(i + 4, i + 6), num(i + 6, i + 8)) { return (d, i..<j) }
            // the page run on after the date at the name's end, as e-paper files are often named (`rmrb2025010901`)
            if (9...11).contains(run), j == u.count, let d = valid(num(i, i + 4), num(i + 4, i + 6), num(i + 6, i + 8)) { return (d, i..<(i + 8)) }
            if run == 4, j < u.count, ["-", "_", ".", "年"].contains(u[j]) {
                let sep = u[j]
                var k = j + 1
                let ms = k
                while k < u.count && isDigit(u[k]) && k - ms < 2 { k += 1 }
                let month = k > ms ? num(ms, k) : 0
                let sep2: Unicode.Scalar = sep == "年" ? "月" : sep
                if k > ms, k < u.count, u[k] == sep2 {
                    var e = k + 1
                    let ds = e
                    while e < u.count && isDigit(u[e]) && e - ds < 2 { e += 1 }
                    if e > ds, e == u.count || !isDigit(u[e]), let d = valid(num(i, i + 4), month, num(ds, e)) {
                        if sep == "年" && e < u.count && u[e] == "日" { e += 1 }
                        return (d, i..<e)
                    }
                }
            }
            i = j
        }
        return nil
    }

    /// Folders `…/2025/01/10/…`.
    static func dateFromFolders(_ dirs: [String]) -> String? {
        guard dirs.count >= 3 else { return nil }
        for k in 0...(dirs.count - 3) {
            if let y = Int(dirs[k]), dirs[k].count == 4, let m = Int(dirs[k + 1]), dirs[k + 1].count <= 2,
                let d = Int(dirs[k + 2]), dirs[k + 2].count <= 2, let v = valid(y, m, d) { return v }
        }
        return nil
    }

    static func tokens(_ s: String) -> [String] {
        s.split(whereSeparator: { $0 == "_" || $0 == "-" || $0 == "." || $0 == " " || $0 == "+" }).map(String.init)
    }

    /// `第2版`, `第十二版`, or the last token like `02`, `A002`, `p2`, `page2` (1…999).
    static func findPage(in s: String) -> Int? {
        let u = Array(s.unicodeScalars)
        if let di = u.firstIndex(of: "第") {
            var j = di + 1
            if j < u.count, u[j].properties.isAlphabetic, u[j].value < 0x80 { j += 1 }
            let start = j
            while j < u.count && (isDigit(u[j]) || Markers.chineseDigitValue(u[j]) != nil) { j += 1 }
            if j > start, j < u.count, u[j] == "版", let n = Markers.number(u[start..<j]), n >= 1 { return n }
        }
        for t in tokens(s).reversed() {
            var body = Substring(t)
            for p in ["page", "Page", "PAGE", "p", "P", "版"] where body.hasPrefix(p) && body.count > p.count {
                body = body.dropFirst(p.count)
                break
            }
            if let f = body.unicodeScalars.first, f.value < 0x80, f.properties.isAlphabetic, body.count >= 2 { body = body.dropFirst() }
            guard !body.isEmpty, body.count <= 4, body.unicodeScalars.allSatisfy(isDigit), let n = Int(body), n >= 1, n <= 999 else { continue }
            if body.count == 4 { continue }  // a year, not a page
            return n
        }
        return nil
    }

    /// A word of the name that is not a number, a hash or a page token; else a folder named in CJK.
    static func findPaper(stem: String, dirs: [String]) -> String? {
        for t in tokens(stem) {
            let scalars = t.unicodeScalars
            let hasCJK = scalars.contains(where: CharClass.isHan)
            let letters = scalars.filter { $0.properties.isAlphabetic }.count
            let digits = scalars.filter(isDigit).count
            if hasCJK {
                let cleaned = t.replacingPageMarks()
                if cleaned.hanCount >= 2 { return cleaned }
                continue
            }
            // hashes mix letters and digits; page tokens are short
            if letters >= 2 && digits == 0 && !["page", "Page", "PAGE"].contains(t) { return t }
        }
        for d in dirs.reversed() where d.unicodeScalars.contains(where: CharClass.isHan) {
            return d
        }
        return nil
    }
}

extension String {
    /// `荆州日报第2版` → `荆州日报`.
    func replacingPageMarks() -> String {
        if let r = range(of: "第") { return String(self[..<r.lowerBound]) }
        return self
    }
}

import DubaoCore
