import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// The compiled-in parser on the held-out pages of the calibration corpus (`Tests/Fixtures/corpus`, typeset and
/// extracted by `scripts/gen-corpus`; the weights were fitted with these pages in, so the floors guard against a
/// change that undoes the fit, not against overfitting). Two scores: the calibration's own (each gap's join and
/// each unit's label against the typesetting), and the heart of `score-parse` (each reference article's first
/// and last words in one parsed article's body, with no other reference article's opening there; its main
/// headline).
@Suite("Calibration corpus, held-out pages")
struct CorpusScoreTests {
    static let corpus = Fixtures.root.appendingPathComponent("Tests/Fixtures/corpus").path

    struct Gold: Decodable {
        struct GoldPage: Decodable { var file: String; var articles: [GoldArticle] }
        struct GoldArticle: Decodable {
            var begins: String; var ends: String; var main: String?; var mustContain: [String]?
            enum CodingKeys: String, CodingKey { case begins, ends, main, mustContain = "must_contain" }
        }
        var pages: [GoldPage]
    }

    /// Whitespace dropped and NFKC-folded, as `score-parse` compares text.
    static func norm(_ s: String?) -> String { ScoreText.norm(s) }

    /// Boundaries found and main headlines right, over the held-out pages of one rendering.
    static func articleScores(_ rendering: String) throws -> (boundaries: Double, headlines: Double) {
        let held = LabelledCorpus.heldOut(corpus)
        let s = try articleScores(in: "\(corpus)/\(rendering)") { held.contains($0) }
        return (s.boundaries, s.headlines)
    }

    /// The same over the pages of a folder of `seeds/` and `gold/gold.json` that `include` names; and of the
    /// reference phrases that run over a line break, how many stand within one block of their page.
    static func articleScores(in folder: String, include: (String) -> Bool) throws
        -> (boundaries: Double, headlines: Double, phrases: Int, joins: Double) {
        let gold = try JSONDecoder().decode(Gold.self, from: Data(contentsOf: URL(fileURLWithPath: "\(folder)/gold/gold.json")))
        var found = 0, total = 0, right = 0, headed = 0, phrases = 0, joined = 0
        for gp in gold.pages where include(gp.file) {
            let text = try String(contentsOfFile: "\(folder)/seeds/\(gp.file)", encoding: .utf8)
            let page = PageParser().parse(text: text, source: gp.file, idPrefix: gp.file)
            let bodies = page.articles.map { a in
                norm(a.blocks.filter { $0.type != .caption }.map(\.text).joined())
            }
            let blocks = page.articles.flatMap { $0.blocks.map { norm($0.text) } }
            for p in gp.articles.flatMap({ $0.mustContain ?? [] }) {
                phrases += 1
                if blocks.contains(where: { $0.contains(norm(p)) }) { joined += 1 }
            }
            for ga in gp.articles {
                total += 1
                let b = norm(ga.begins), e = norm(ga.ends)
                let hit = bodies.indices.first { i in
                    bodies[i].contains(b) && bodies[i].contains(e)
                        && !gp.articles.contains { $0.begins != ga.begins && bodies[i].contains(norm($0.begins)) }
                }
                guard let i = hit else { continue }
                found += 1
                if let main = ga.main {
                    headed += 1
                    if norm(page.articles[i].headline) == norm(main) { right += 1 }
                }
            }
        }
        return (Double(found) / Double(max(1, total)), Double(right) / Double(max(1, headed)), phrases, Double(joined) / Double(max(1, phrases)))
    }

    @Test("the compiled-in headline-role weights are what `dubao-bench calibrate --roles --all` fits from the corpus and its written groups")
    func rolesAsFitted() throws {
        let bank = LabelledCorpus.headlineBank(Self.corpus)
        #expect(bank.problems.isEmpty)
        #expect(bank.groups.count >= 60)
        let fitted = Calibration.fitRoles(try LabelledCorpus.load(Self.corpus), bank: bank.groups) { _ in }
        // a debug build sums in another order than the release build the weights were fitted with: the third
        // decimal may differ, nothing more
        #expect(fitted.count == ParserModel.default.role.count)
        #expect(zip(fitted, ParserModel.default.role).allSatisfy { abs($0 - $1) <= 0.05 }, "\(fitted) against \(ParserModel.default.role)")
    }

    @Test("the compiled-in weights of the interleaved-column links are what `dubao-bench columns` fits from the corpus")
    func columnLinksAsFitted() throws {
        let held = LabelledCorpus.heldOut(Self.corpus)
        let train = try ColumnLinkFit.examples(Self.corpus) { !held.contains($0) }
        #expect(train.count >= 5000 && train.filter(\.isLink).count >= 500)
        let fitted = ColumnLinkFit.fit(train)
        #expect(fitted.count == ColumnStreams.linkWeights.count)
        #expect(zip(fitted, ColumnStreams.linkWeights).allSatisfy { abs($0 - $1) <= 0.05 }, "\(fitted) against \(ColumnStreams.linkWeights)")
    }

    @Test("joining and labels on the held-out pages of each text rendering", arguments: ["A", "B", "raw"])
    func calibrationScores(rendering: String) throws {
        let held = LabelledCorpus.heldOut(Self.corpus)
        let pages = try LabelledCorpus.load(Self.corpus).filter { $0.group == rendering && held.contains($0.name) }
        #expect(pages.count >= 15)
        let r = Calibration.evaluate(pages, model: .default)
        print("corpus \(rendering): joining \(r.joinAccuracy) of \(r.joinExamples), labels \(r.labelAccuracy) of \(r.labelExamples)")
        // a little under the figures at the time of writing (A 0.987 / 0.955, B 0.993 / 0.976, raw 0.926 / 0.949)
        let floors: [String: (join: Double, label: Double)] = ["A": (0.97, 0.93), "B": (0.98, 0.95), "raw": (0.90, 0.92)]
        #expect(r.joinAccuracy >= floors[rendering]!.join)
        #expect(r.labelAccuracy >= floors[rendering]!.label)
    }

    @Test("articles found whole and their headlines, as score-parse counts them", arguments: ["A", "B", "raw", "flow"])
    func articles(rendering: String) throws {
        let s = try Self.articleScores(rendering)
        print("corpus \(rendering): boundaries \(s.boundaries), main headlines \(s.headlines)")
        // a little under the figures at the time of writing, which are score-parse's own on these pages (A 0.945 /
        // 0.781, B 0.978 / 0.839, raw 0.913 / 0.669; flow 0.344 / 0.492, where before ColumnStreams it was 0.328 /
        // 0.518: more stories found whole, fewer of their headlines right)
        let floors: [String: (boundaries: Double, headlines: Double)] = ["A": (0.92, 0.75), "B": (0.95, 0.81), "raw": (0.89, 0.64),
                                                                         "flow": (0.335, 0.47)]
        #expect(s.boundaries >= floors[rendering]!.boundaries)
        #expect(s.headlines >= floors[rendering]!.headlines)
    }

    /// `pdftotext -layout` of 55 pages typeset like the corpus's (`scripts/gen-corpus --seed 5 --keep-pdf`, one
    /// sheet each), with their reference segmentation: read by their gutters and rows (`LaidOutText`).
    static let layout = Fixtures.root.appendingPathComponent("Tests/Fixtures/corpus-layout").path

    @Test("articles found whole in pages that keep their layout, and their phrases within one paragraph")
    func layoutArticles() throws {
        let s = try Self.articleScores(in: Self.layout) { _ in true }
        let (phrases, joins) = (s.phrases, s.joins)
        print("corpus layout: boundaries \(s.boundaries), main headlines \(s.headlines), phrases joined \(joins) of \(phrases)")
        // a little under the figures at the time of writing (0.612 / 0.471 / 0.930; before a headline over white
        // space was kept with its story, 0.617 / 0.471 / 0.931; before a body line near its column's start was left
        // there, 0.583 / 0.447 / 0.928; before the page was cut across its blank rows first, 0.501 / 0.386 / 0.925;
        // before a squeezed row's lines were put back at their columns and a line squeezed across a gutter read on
        // its own, 0.504 / 0.407 / 0.785)
        #expect(phrases >= 400)
        #expect(s.boundaries >= 0.60)
        #expect(s.headlines >= 0.45)
        #expect(joins >= 0.91)
    }
}
