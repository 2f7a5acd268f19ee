/// Rule **HeadlineRoles**: splits a headline group into kicker (引题), headline (主题) and subheadline (副题).
/// Units printed directly under each other (no blank line, the second not indented) are one role printed over
/// two lines (**RoleBlocks**), unless that would leave a group of several lines with a single role: then each line
/// is a role, but for two lines broken inside a word of the dictionary (a headline wrapped at its column); a couplet
/// (`快递进村 农货出山`) is a role of its own wherever it is printed, and so is a line led by `——` (a subtitle). Of the
/// group's lines, the one that carries a web column tag, or else the one scored most likely to be the main
/// headline (`HeadlineFeature`, weighed by the model's `role.<feature>` weights) is the headline; the lines
/// before it are the kicker, the lines after it and any line led by `——` the subheadline. A tag printed on a
/// line of its own goes back to the main headline.
public enum HeadlineRoles {
    public struct Roles: Equatable, Sendable {
        public var kicker: String?
        public var headline: String?
        public var subheadline: String?
    }

    /// `largest`, where the page came with its geometry, is the text of the group's line set in the largest type
    /// when another is set clearly smaller: the line that holds it is the main headline.
    public static func assign(_ lines: [(text: String, apart: Bool)], model: ParserModel = .default, largest: String? = nil) -> Roles {
        // a web column tag set on a line of its own (a large headline wrapped before its `（观察）`) is not a
        // role: it goes back to the main headline, as printed
        let tags = lines.filter { isTagOnly($0.text) }
        if !tags.isEmpty && tags.count < lines.count {
            var roles = assign(lines.filter { !isTagOnly($0.text) }, model: model, largest: largest)
            roles.headline = (roles.headline ?? "") + tags.map(\.text).joined()
            return roles
        }
        // a scrap of three Han characters or fewer (`张`, `肺”`, `“贴心人”`, `土重来（人民时评）`), or a line that
        // opens with the particle 的, is the end of the line above it that the extraction wrapped, not a role of
        // its own; a line the join makes a scrap goes on up into the line above it, and one it makes a column tag
        // (`（今日` + `谈）`) is that tag, back to the main headline (after the tags found so far). In one pass
        // top to bottom: a group of thousands of scraps is hostile input, and joining one at a time was quadratic.
        func wrapped(_ t: String) -> Bool { isScrap(t) || opensWithParticle(t) }
        var lines = lines
        var formed: [String] = []
        if lines.count >= 2, lines.dropFirst().contains(where: { wrapped($0.text) }) {
            var merged = [lines[0]]
            for l in lines.dropFirst() {
                merged.append(l)
                var joined = false
                while merged.count >= 2, wrapped(merged[merged.count - 1].text) {
                    let last = merged.removeLast()
                    LineJoin.append(last.text, to: &merged[merged.count - 1].text)
                    joined = true
                }
                if joined, merged.count >= 2, isTagOnly(merged[merged.count - 1].text) { formed.append(merged.removeLast().text) }
            }
            lines = merged
        }
        if !formed.isEmpty {
            var roles = assign(lines, model: model, largest: largest)
            roles.headline = (roles.headline ?? "") + formed.reversed().joined()
            return roles
        }
        var blocks: [[String]] = []
        for (k, l) in lines.enumerated() {
            if k > 0 && !l.apart { blocks[blocks.count - 1].append(l.text) } else { blocks.append([l.text]) }
        }
        // (then each line is a role of its own, but for lines broken inside a word of the dictionary: `区文化馆周末推`
        // over `出“非遗课堂”` is one headline wrapped at its column's width, not a kicker over its headline)
        if blocks.count == 1 && lines.count >= 2 {
            blocks = []
            for (k, l) in lines.enumerated() {
                if k > 0 && wrappedInWord(lines[k - 1].text, l.text) { blocks[blocks.count - 1].append(l.text) } else { blocks.append([l.text]) }
            }
        }
        // a couplet, two phrases of a length set apart by a space (`快递进村 农货出山`), is a whole line of display
        // type: a role of its own, never the rest of the line above it nor the start of the line below
        // (and a line led by `——` opens a subtitle: never the rest of the line above it)
        blocks = blocks.flatMap { b -> [[String]] in
            if b.count >= 2, b.dropFirst().contains(where: { $0.hasScalarPrefix("——") }) {
                var out: [[String]] = []
                for (k, t) in b.enumerated() {
                    if k > 0 && !t.hasScalarPrefix("——") { out[out.count - 1].append(t) } else { out.append([t]) }
                }
                return out
            }
            guard b.count >= 2, b.contains(where: isCouplet) else { return [b] }
            var out: [[String]] = []
            for (k, t) in b.enumerated() {
                if k > 0 && !isCouplet(t) && !isCouplet(b[k - 1]) { out[out.count - 1].append(t) } else { out.append([t]) }
            }
            return out
        }
        return assign(blocks.map { b in b.dropFirst().reduce(into: b[0]) { LineJoin.append($1, to: &$0) } }, model: model, largest: largest)
    }

    /// Roles for a group already cut into its lines.
    public static func assign(_ texts: [String], model: ParserModel = .default, largest: String? = nil) -> Roles {
        guard !texts.isEmpty else { return Roles() }
        if texts.count == 1 { return Roles(headline: texts[0]) }
        let main = mainIndex(texts, model: model, largest: largest)
        // a line led by a dash (`——记…`) is a subtitle wherever the extraction put it
        let dashed = { (t: String) in t.hasScalarPrefix("—") || t.hasScalarPrefix("-") }
        let before = texts[..<main].filter { !dashed($0) }
        let after = texts[..<main].filter(dashed) + texts[(main + 1)...]
        return Roles(kicker: before.isEmpty ? nil : before.joined(separator: " "), headline: texts[main],
                     subheadline: after.isEmpty ? nil : after.joined(separator: " "))
    }

    /// The line of a group (two lines or more) most likely to be the main headline.
    public static func mainIndex(_ texts: [String], model: ParserModel, largest: String? = nil) -> Int {
        // the line set in the largest type, where the page says (never a dash-led subtitle)
        if let l = largest {
            let holding = texts.indices.filter { texts[$0].contains(l) && !texts[$0].hasScalarPrefix("—") && !texts[$0].hasScalarPrefix("-") }
            if holding.count == 1 { return holding[0] }
        }
        // a web column tag (`（今日谈）`, `（权威发布）`) is printed after the main headline: when one line of the
        // group carries it, that line is the main headline, however long its kicker or subtitle
        let tagged = texts.indices.filter { Markers.endsWithColumnTag(texts[$0]) }
        if tagged.count == 1 { return tagged[0] }
        let f = HeadlineFeature.extract(texts)
        var best = 0
        var bestScore = -Double.infinity
        for (i, x) in f.enumerated() {
            var s = 0.0
            for j in 0..<x.count where x[j] != 0 { s += model.role[j] * Double(x[j]) }
            if s > bestScore { bestScore = s; best = i }
        }
        return best
    }

    /// At most three Han characters and nothing that opens or leads a line (`——`, a bracket) — but a term in
    /// quotes (`“贴心人”`), and the column tag that ends a main headline (`土重来（人民时评）`), count as what they hold.
    static func isScrap(_ s: String) -> Bool {
        var t = Array(s.unicodeScalars.filter { !CharClass.isSpace($0) })
        if let tag = Markers.columnTagStart(t), tag > 0 { t.removeSubrange(tag...) }
        if t.count >= 3, t.first == "“", t.last == "”" { t = Array(t.dropFirst().dropLast()) }
        guard let f = t.first, !t.isEmpty, t.count <= 4, f != "—", f != "-", !CharClass.isOpener(f) else { return false }
        let han = t.filter(CharClass.isHan).count
        return han >= 1 && han <= 3 && t.allSatisfy { CharClass.isHan($0) || CharClass.isCloser($0) }
    }

    /// The break between two heading lines falls inside a word of the dictionary (`推|出`; `WordBreaks`), the first
    /// ending and the second beginning with a Han character.
    static func wrappedInWord(_ a: String, _ b: String) -> Bool {
        WordBreaks.runsOn(Substring(a.trimmingCharacters()), Substring(b.trimmingCharacters()))
    }

    /// A line that opens with a particle no phrase begins with (`的“夜班人”`; `BoundParticles`): the rest of the line
    /// above it.
    static func opensWithParticle(_ s: String) -> Bool { BoundParticles.opens(s) }

    /// A line that is nothing but a web column tag: `（观察）`, `(新时代画卷)`.
    static func isTagOnly(_ s: String) -> Bool {
        // (the quick look first, as `columnTagStart` asks it: a tag ends in a closing bracket; most units are asked)
        guard let last = s.unicodeScalars.last(where: { !CharClass.isSpace($0) }), last == "）" || last == ")" else { return false }
        return Markers.columnTagStart(ByteScan.scalars(s).trimmingSpaces()) == 0
    }

    /// Two parts of (nearly) equal length set apart by a space: `九九重阳节 浓浓敬老情`.
    static func isCouplet(_ s: String) -> Bool {
        let parts = s.split(separator: " ")
        guard parts.count == 2 else { return false }
        let a = parts[0].hanCount
        let b = parts[1].hanCount
        guard a == parts[0].unicodeScalars.count, b == parts[1].unicodeScalars.count else { return false }
        return a >= 3 && b >= 3 && a <= 8 && b <= 8 && abs(a - b) <= 1
    }
}

/// The evidence about a line of a headline group for being its main headline: where it stands in the group,
/// `——` at either end, a web column tag, figures, clause marks, a couplet, its length against the others.
public enum HeadlineFeature: Int, CaseIterable, Sendable {
    case first, middle, last, startsDash, endsDash, columnTag, digits, comma, colon, couplet, quoted
    case longest, shortest, muchLonger, muchShorter, han1to8, han9to14, han15plus, endsQuestion

    public var name: String { "\(self)" }

    static func extract(_ texts: [String]) -> [[Float]] {
        let lengths = texts.map { max(1, DisplayWidth.of($0)) }
        let maxL = lengths.max() ?? 1
        let minL = lengths.min() ?? 1
        let total = lengths.reduce(0, +)
        return texts.enumerated().map { i, t in
            var f = [Float](repeating: 0, count: allCases.count)
            func set(_ x: HeadlineFeature, _ on: Bool) { if on { f[x.rawValue] = 1 } }
            set(.first, i == 0)
            set(.middle, i > 0 && i < texts.count - 1)
            set(.last, i == texts.count - 1)
            set(.startsDash, t.hasScalarPrefix("—") || t.hasScalarPrefix("-"))
            set(.endsDash, t.hasScalarSuffix("—"))
            set(.columnTag, Markers.endsWithColumnTag(t))
            set(.digits, t.unicodeScalars.contains(where: CharClass.isDigit) || t.unicodeScalars.contains { "一二三四五六七八九十百千万亿".unicodeScalars.contains($0) })
            set(.comma, t.unicodeScalars.contains { $0 == "，" || $0 == "," || $0 == "、" || $0 == "；" })
            set(.colon, t.unicodeScalars.contains { $0 == "：" || $0 == ":" })
            set(.couplet, HeadlineRoles.isCouplet(t))
            set(.quoted, t.hasScalarPrefix("“"))
            // the mean of the other lines' lengths (from the sum of all: a group of many lines is read once)
            let mean = Double(total - lengths[i]) / Double(max(1, texts.count - 1))
            set(.longest, lengths[i] == maxL && maxL != minL)
            set(.shortest, lengths[i] == minL && maxL != minL)
            set(.muchLonger, Double(lengths[i]) >= 1.4 * mean)
            set(.muchShorter, Double(lengths[i]) * 1.4 <= mean)
            let han = t.hanCount
            set(.han1to8, han <= 8)
            set(.han9to14, han >= 9 && han <= 14)
            set(.han15plus, han >= 15)
            set(.endsQuestion, t.hasScalarSuffix("？") || t.hasScalarSuffix("?"))
            return f
        }
    }
}
