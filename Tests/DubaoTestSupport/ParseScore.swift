import DubaoCore
import Foundation

/// The checks of `shared/tools/score-parse`, ported so the test suite can score the parser on labelled pages
/// without the shared folder: a gold file in the scorer's format against the parser's pages. Texts are
/// compared without whitespace and folded with NFKC, as the scorer does.
public struct ParseScore {
    public struct Row: Sendable {
        public var hit = 0
        public var total = 0
        public var misses: [String] = []
        public var ratio: Double { total == 0 ? 0 : Double(hit) / Double(total) }
    }

    public private(set) var rows: [String: Row] = [:]
    public private(set) var order: [String] = []

    /// The mean of the rows' ratios, the scorer's last line.
    public var score: Double { order.isEmpty ? 0 : order.map { rows[$0]!.ratio }.reduce(0, +) / Double(order.count) }

    mutating func add(_ name: String, _ ok: Bool, _ why: @autoclosure () -> String = "") {
        if rows[name] == nil { rows[name] = Row(); order.append(name) }
        rows[name]!.total += 1
        if ok { rows[name]!.hit += 1 } else { rows[name]!.misses.append(why()) }
    }

    mutating func ratio(_ name: String, _ hit: Int, _ total: Int) {
        if rows[name] == nil { rows[name] = Row(); order.append(name) }
        rows[name]!.hit += hit
        rows[name]!.total += total
    }

    public static func norm(_ s: String?) -> String {
        (s ?? "").precomposedStringWithCompatibilityMapping.unicodeScalars.filter { !$0.properties.isWhitespace }
            .reduce(into: "") { $0.unicodeScalars.append($1) }
    }

    static let bodyTypes: Set<Block.Kind> = [.paragraph, .intertitle, .qa, .signature]

    static func body(_ a: Article) -> String { norm(a.blocks.filter { bodyTypes.contains($0.type) }.map(\.text).joined()) }

    /// Scores `pages` (parsed) against `gold` (the JSON the scorer reads); `texts` gives each page file's text
    /// by name, for the nothing-lost check.
    public init(gold: Data, pages: [Page], texts: [String: String] = [:]) throws {
        guard let doc = try JSONSerialization.jsonObject(with: gold) as? [String: Any], let gpages = doc["pages"] as? [[String: Any]] else {
            throw CocoaError(.fileReadCorruptFile)
        }
        var byName: [String: Page] = [:]
        for p in pages { byName[(p.source as NSString).lastPathComponent] = p }
        var stories: [String: [([String: Any], Page?)]] = [:]
        for gp in gpages {
            let name = gp["file"] as? String ?? ""
            let garts = gp["articles"] as? [[String: Any]] ?? []
            for ga in garts { if let s = ga["story"] as? String { stories[s, default: []].append((ga, byName[name])) } }
            guard let pp = byName[name] else {
                for _ in garts { add("article boundaries (recall)", false, "\(name): page missing") }
                continue
            }
            let arts = pp.articles
            let bodies = arts.map(Self.body)
            add("section", Self.norm(pp.section) == Self.norm(gp["section"] as? String), "\(name): \(pp.section ?? "nil")")
            if let page = gp["page"] as? Int { add("page metadata (page)", pp.page == page, "\(name): \(String(describing: pp.page))") }
            if let date = gp["date"] as? String { add("page metadata (date)", pp.date == date, "\(name): \(pp.date ?? "nil")") }
            var matched: [String: Int] = [:]
            for ga in garts {
                let b = Self.norm(ga["begins"] as? String)
                let e = Self.norm(ga["ends"] as? String)
                let id = ga["id"] as? String ?? ""
                let cands = bodies.indices.filter { bodies[$0].contains(b) && bodies[$0].contains(e) }
                var ok = false
                for i in cands {
                    let others = garts.contains { h in (h["id"] as? String) != id && bodies[i].contains(Self.norm(h["begins"] as? String)) }
                    if !others { matched[id] = i; ok = true; break }
                }
                add("article boundaries (recall)", ok, "\(id): candidates \(cands)")
            }
            let real = bodies.indices.filter { bodies[$0].count >= 10 }
            let used = Set(matched.values)
            ratio("article boundaries (precision)", real.filter(used.contains).count, real.count)
            for ga in garts {
                let id = ga["id"] as? String ?? ""
                guard let i = matched[id] else { continue }
                let pa = arts[i]
                let gl = Set((ga["headline"] as? [String] ?? []).map { Self.norm($0) })
                let hl = Set([pa.kicker, pa.headline, pa.subheadline].compactMap { $0 }.map { Self.norm($0) })
                add("headline group", gl == hl, "\(id): got \(hl.sorted()) want \(gl.sorted())")
                if let main = ga["main"] as? String { add("main headline", Self.norm(pa.headline) == Self.norm(main), "\(id): \(pa.headline ?? "nil")") }
                if let names = ga["byline_names"] as? [String], !names.isEmpty {
                    let credit = Self.norm((pa.byline ?? "") + pa.blocks.filter { $0.type == .signature || $0.type == .caption }.map(\.text).joined())
                    let miss = names.filter { !credit.contains(Self.norm($0)) }
                    add("byline names", miss.isEmpty, "\(id): missing \(miss)")
                }
                add("continued from page", pa.continuedFromPage == ga["continued_from_page"] as? Int, "\(id): \(String(describing: pa.continuedFromPage))")
                if let to = ga["continues_on_page"] as? Int { add("continues on page", pa.continuesOnPage == to, "\(id)") }
                if let col = ga["column"] as? String { add("column", Self.norm(pa.column) == Self.norm(col), "\(id): \(pa.column ?? "nil")") }
                let blist = pa.blocks.map { Self.norm($0.text) }
                for s in ga["must_contain"] as? [String] ?? [] {
                    add("joins (phrase within one block)", blist.contains { $0.contains(Self.norm(s)) }, "\(id): \(s)")
                }
                let full = blist.joined()
                for s in ga["must_not_contain"] as? [String] ?? [] {
                    add("no leaks from other articles", !full.contains(Self.norm(s)), "\(id): leaked \(s)")
                }
                let caps = pa.blocks.filter { $0.type == .caption }.map { Self.norm($0.text) }
                for s in ga["captions_contain"] as? [String] ?? [] {
                    add("captions attached", caps.contains { $0.contains(Self.norm(s)) }, "\(id): \(s)")
                }
            }
            let furn = Set(pp.furniture.map { Self.norm($0) } + arts.compactMap(\.column).map { Self.norm($0) })
            for f in gp["furniture"] as? [String] ?? [] { add("page furniture", furn.contains(Self.norm(f)), "\(name): \(f)") }
            let joined = Self.norm(arts.flatMap(\.blocks).map(\.text).joined())
            for d in gp["duplicates"] as? [String] ?? [] {
                let n = joined.components(separatedBy: Self.norm(d)).count - 1
                add("duplicates removed", n == 1, "\(name): \(n) copies of \(d.prefix(16))")
            }
            let pieces = arts.flatMap(\.blocks).map(\.text) + arts.flatMap { [$0.kicker, $0.headline, $0.subheadline] }.compactMap { $0 }
            let bad = pieces.filter { $0.trimmingCharacters(in: .whitespacesAndNewlines).contains("\n") || Self.letterSpaced($0) }
            ratio("clean text (no hard wraps, no letter-spacing)", pieces.count - bad.count, pieces.count)
            if let source = texts[name] {
                var src: [Character: Int] = [:]
                for c in Self.norm(source) { src[c, default: 0] += 1 }
                var out: [Character: Int] = [:]
                for c in Self.norm(Self.allText(pp)) { out[c, default: 0] += 1 }
                ratio("characters kept (nothing lost)", src.reduce(0) { $0 + min($1.value, out[$1.key] ?? 0) }, src.values.reduce(0, +))
            }
        }
        func find(_ p: Page?, _ ga: [String: Any]) -> Article? {
            guard let p else { return nil }
            let b = Self.norm(ga["begins"] as? String)
            let e = Self.norm(ga["ends"] as? String)
            return p.articles.first { Self.body($0).contains(b) && Self.body($0).contains(e) }
        }
        for (story, parts) in stories.sorted(by: { $0.key < $1.key }) where parts.count == 2 {
            let sorted = parts.sorted { ($0.0["continued_from_page"] as? Int) == nil && ($1.0["continued_from_page"] as? Int) != nil }
            let a1 = find(sorted[0].1, sorted[0].0)
            let a2 = find(sorted[1].1, sorted[1].0)
            let ok = a1 != nil && a2 != nil && a1!.nextPart == a2!.id && a2!.previousPart == a1!.id
            add("continued stories linked", ok, "\(story)")
        }
    }

    static func allText(_ p: Page) -> String {
        var parts = [p.section ?? ""] + p.furniture + p.unassigned + p.duplicatesRemoved
        for a in p.articles {
            parts += [a.kicker, a.headline, a.subheadline, a.byline, a.column].compactMap { $0 }
            parts += a.blocks.map(\.text)
        }
        return parts.joined()
    }

    /// Four or more CJK characters each followed by a space: letter-spacing left in the text.
    static func letterSpaced(_ s: String) -> Bool {
        var run = 0
        var prevCJKSpace = false
        let u = Array(s.unicodeScalars)
        var i = 0
        while i + 1 < u.count {
            if Self.isCJK(u[i]) && u[i + 1] == " " {
                run = prevCJKSpace ? run + 1 : 1
                prevCJKSpace = true
                if run >= 3 && i + 2 < u.count && Self.isCJK(u[i + 2]) { return true }
                i += 2
            } else {
                prevCJKSpace = false
                run = 0
                i += 1
            }
        }
        return false
    }

    static func isCJK(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        return (0x3000...0x303F).contains(v) || (0x3400...0x4DBF).contains(v) || (0x4E00...0x9FFF).contains(v) || (0xF900...0xFAFF).contains(v)
            || (0xFF00...0xFFEF).contains(v) || (0x2018...0x201D).contains(v)
    }

    /// Every row as the scorer prints it.
    public var report: String {
        order.map { n in let r = rows[n]!; return "\(n): \(r.hit)/\(r.total) = \(String(format: "%.3f", r.ratio))" }.joined(separator: "\n")
            + "\nscore: \(String(format: "%.3f", score))"
    }
}
