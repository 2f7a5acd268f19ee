import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// The reference segmentation of the seed pages (a copy of shared/gold/seeds.json) checked the way
/// shared/tools/score-parse checks it: boundaries, headline groups, bylines, joins, leaks and duplicates.
@Suite("Seed pages against the reference segmentation")
struct SeedGoldTests {
    struct Gold: Decodable {
        struct GPage: Decodable {
            var file: String
            var section: String
            var furniture: [String]
            var articles: [GArticle]
            var duplicates: [String]
        }
        struct GArticle: Decodable {
            var id: String
            var headline: [String]
            var main: String?
            var byline_names: [String]
            var begins: String
            var ends: String
            var must_contain: [String]
            var must_not_contain: [String]
            var continued_from_page: Int?
            var column: String?
        }
        var pages: [GPage]
    }

    static let knownMisses: Set<String> = []

    static let gold: Gold = try! JSONDecoder().decode(Gold.self, from: Data(contentsOf: Fixtures.gold))

    /// Whitespace dropped and NFKC-folded, as `score-parse` compares text.
    static func norm(_ s: String?) -> String { ScoreText.norm(s) }

    static func page(_ file: String, variant: Variant = .asIs) -> Page {
        let url = Fixtures.seeds.appendingPathComponent(file)
        return PageParser().parse(text: variant.apply(Fixtures.text(url)), source: url.path, idPrefix: String(file.dropLast(4)))
    }

    /// The seeds re-set in the other layout, to check that the rules are not tied to one: a flowed page
    /// hard-wrapped into narrow columns, and a wrapped page with its paragraphs put back on one line each.
    enum Variant: String, CaseIterable, Sendable {
        case asIs, wrappedIntoColumns, flowed

        func apply(_ text: String) -> String {
            switch self {
            case .asIs: return text
            case .wrappedIntoColumns:
                // every line wider than a headline is cut every 30 columns, as a narrow column prints it
                return text.components(separatedBy: "\n").flatMap { line -> [String] in
                    let l = line.trimmingCharacters(in: .whitespaces)
                    guard DisplayWidth.of(l, ambiguousWide: true) > 40 else { return [l] }
                    var out: [String] = []
                    var cur = ""
                    for ch in l {
                        cur.append(ch)
                        if DisplayWidth.of(cur, ambiguousWide: true) >= 30 { out.append(cur); cur = "" }
                    }
                    if !cur.isEmpty { out.append(cur) }
                    return out
                }.joined(separator: "\n")
            case .flowed:
                // within each block, full-width lines are joined up to the line that ends the paragraph
                var out: [String] = []
                for chunk in text.components(separatedBy: "\n\n") {
                    var buf = ""
                    for raw in chunk.components(separatedBy: "\n") {
                        var l = raw.trimmingCharacters(in: .whitespaces)
                        guard !l.isEmpty else { continue }
                        let spaced = l.range(of: "(\\S ){4,}", options: .regularExpression) != nil && l.range(of: "[，。、]", options: .regularExpression) == nil
                        if l.hasPrefix("本报讯") && !buf.isEmpty { out.append(buf); buf = "" }
                        if spaced {
                            l = l.replacingOccurrences(of: " ", with: "")
                            if !buf.isEmpty { out.append(buf) }
                            buf = l
                            continue
                        }
                        if DisplayWidth.of(l, ambiguousWide: true) >= 26 && !l.hasPrefix("（") { buf += l; continue }
                        if !buf.isEmpty { out.append(buf + l); buf = "" } else { out.append(l) }
                    }
                    if !buf.isEmpty { out.append(buf) }
                    out.append("")
                }
                return out.joined(separator: "\n")
            }
        }
    }

    static func body(_ a: Article) -> String {
        norm(a.blocks.filter { $0.type != .caption }.map(\.text).joined())
    }

    @Test("every reference article is exactly one parsed article, and no parsed article is extra, in both layouts",
          arguments: gold.pages.map(\.file), Variant.allCases)
    func boundaries(file: String, variant: Variant) throws {
        // each seed re-set in the layout it is not in (002 is flowed, 000 wrapped)
        if variant == .wrappedIntoColumns && file.hasPrefix("000") || variant == .flowed && file.hasPrefix("002") { return }
        let gp = try #require(Self.gold.pages.first { $0.file == file })
        let p = Self.page(file, variant: variant)
        var used = Set<Int>()
        for ga in gp.articles {
            let hits = p.articles.indices.filter { i in
                let b = Self.body(p.articles[i])
                return b.contains(Self.norm(ga.begins)) && b.contains(Self.norm(ga.ends))
                    && !gp.articles.contains { $0.id != ga.id && b.contains(Self.norm($0.begins)) }
            }
            #expect(hits.count == 1, "\(ga.id) found in \(hits)")
            used.formUnion(hits)
        }
        let real = p.articles.indices.filter { Self.body(p.articles[$0]).count >= 10 }
        #expect(Set(real) == used)
        #expect(Self.norm(p.section) == Self.norm(gp.section))
    }

    @Test("headline groups, bylines, columns, joins and leaks", arguments: gold.pages.map(\.file))
    func articleDetails(file: String) throws {
        let gp = try #require(Self.gold.pages.first { $0.file == file })
        let p = Self.page(file)
        for ga in gp.articles {
            let a = try #require(p.articles.first {
                let b = Self.body($0)
                return b.contains(Self.norm(ga.begins)) && b.contains(Self.norm(ga.ends))
            })
            let lines: [String] = [a.kicker, a.headline, a.subheadline].compactMap { $0 }
            let group = Set(lines.map { Self.norm($0) })
            // a miss known and reported (`knownMisses`, empty today: 000-06's two-line kicker, read as body text
            // until the deck rule, was the last), not hidden: the test fails when it is fixed, so the exception goes
            if Self.knownMisses.contains("\(ga.id) group") {
                withKnownIssue("\(ga.id): headline group") { #expect(group == Set(ga.headline.map(Self.norm)), "\(ga.id)") }
            } else {
                #expect(group == Set(ga.headline.map(Self.norm)), "\(ga.id)")
            }
            if let main = ga.main {
                if Self.knownMisses.contains("\(ga.id) main") {
                    withKnownIssue("\(ga.id): main headline") { #expect(Self.norm(a.headline) == Self.norm(main), "\(ga.id)") }
                } else {
                    #expect(Self.norm(a.headline) == Self.norm(main), "\(ga.id)")
                }
            }
            let credit = Self.norm((a.byline ?? "") + a.blocks.filter { $0.type == .signature || $0.type == .caption }.map(\.text).joined())
            for n in ga.byline_names { #expect(credit.contains(Self.norm(n)), "\(ga.id) byline \(n)") }
            #expect(a.continuedFromPage == ga.continued_from_page, "\(ga.id)")
            if let c = ga.column { #expect(Self.norm(a.column) == Self.norm(c), "\(ga.id)") }
            let blocks = a.blocks.map { Self.norm($0.text) }
            for s in ga.must_contain { #expect(blocks.contains { $0.contains(Self.norm(s)) }, "\(ga.id) join \(s)") }
            for s in ga.must_not_contain { #expect(!blocks.joined().contains(Self.norm(s)), "\(ga.id) leak \(s)") }
        }
        let furniture = Set(p.furniture.map(Self.norm) + p.articles.compactMap(\.column).map(Self.norm))
        for f in gp.furniture { #expect(furniture.contains(Self.norm(f)), "furniture \(f)") }
        let all = Self.norm(p.articles.flatMap(\.blocks).map(\.text).joined())
        for d in gp.duplicates { #expect(all.components(separatedBy: Self.norm(d)).count == 2, "one copy of \(d.prefix(12))") }
    }
}
