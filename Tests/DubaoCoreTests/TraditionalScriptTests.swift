import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// A page set in traditional characters is read as its simplified twin is, and given back in its own characters.
@Suite("Traditional script")
struct TraditionalScriptTests {
    /// A traditional form of each simplified character (the first the Hanzi table folds to it), and corner quotes.
    static let traditional: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = ["“": "「", "”": "」", "‘": "『", "’": "』"]
        for v in UInt32(0x4E00)...0x9FFF {
            let s = Hanzi.shared.simplify(v)
            if s != v, let a = Unicode.Scalar(s), m[a] == nil { m[a] = Unicode.Scalar(v)! }
        }
        return m
    }()

    static func toTraditional(_ s: String) -> String {
        String(String.UnicodeScalarView(s.unicodeScalars.map { traditional[$0] ?? $0 }))
    }

    static func toTraditional(_ p: Page) -> Page {
        var p = p
        func t(_ s: String?) -> String? { s.map(toTraditional) }
        p.section = t(p.section)
        p.paper = t(p.paper)
        p.furniture = p.furniture.map(toTraditional)
        p.unassigned = p.unassigned.map(toTraditional)
        p.duplicatesRemoved = p.duplicatesRemoved.map(toTraditional)
        for k in p.articles.indices {
            p.articles[k].kicker = t(p.articles[k].kicker)
            p.articles[k].headline = t(p.articles[k].headline)
            p.articles[k].subheadline = t(p.articles[k].subheadline)
            p.articles[k].column = t(p.articles[k].column)
            p.articles[k].byline = t(p.articles[k].byline)
            for b in p.articles[k].blocks.indices { p.articles[k].blocks[b].text = toTraditional(p.articles[k].blocks[b].text) }
        }
        return p
    }

    @Test("a seed page set in traditional characters parses as the page itself, in its own characters")
    func seedPagesInTraditional() {
        for f in Fixtures.seedFiles {
            let text = Fixtures.text(f)
            let trad = Self.toTraditional(text)
            #expect(TraditionalScript.simplified(text) == nil, "\(f.lastPathComponent) is simplified")
            #expect(TraditionalScript.simplified(trad) != nil)
            let parser = PageParser()
            let want = Self.toTraditional(parser.parse(text: text, source: "p.txt", idPrefix: "p"))
            let got = parser.parse(text: trad, source: "p.txt", idPrefix: "p")
            #expect(got.articles.count == want.articles.count)
            #expect(got.articles.map(\.headline) == want.articles.map(\.headline))
            let same = got == want
            #expect(same, "\(f.lastPathComponent): bylines \(got.articles.map(\.byline)) against \(want.articles.map(\.byline))")
            #expect(ParseAudit.missingCharacters(text: trad, page: got).isEmpty)
        }
    }

    @Test("a character that folds from two (髮 and 發 to 发) is given back as printed at each place")
    func twoOriginals() {
        let original = "他的頭髮很長。\n經濟發展很快。\n「發展」與「頭髮」"
        let folded = TraditionalScript.simplified(original)
        #expect(folded == "他的头发很长。\n经济发展很快。\n“发展”与“头发”")
        let r = PageTwin.Restorer(original: original, folded: folded!)
        #expect(r.restore("经济发展很快。") == "經濟發展很快。")
        #expect(r.restore("他的头发很长。") == "他的頭髮很長。")
        #expect(r.restore("“头发”") == "「頭髮」")
        // lines joined and re-spaced are found past the white space
        #expect(r.restore("很长。 经济") == "很長。 經濟")
        // a string with nothing that folded is left as it is
        #expect(r.restore("很快") == "很快")
    }

    @Test("the paper's name in a traditional header is the page's paper, as printed")
    func masthead() {
        let page = PageParser().parse(text: "荊州日報 2025年1月10日 星期五 第3版\n\n本報訊（記者 李明）市圖書館昨日開放新館，讀者絡繹不絕。", source: "p.txt", idPrefix: "p")
        #expect(page.paper == "荊州日報" && page.date == "2025-01-10" && page.page == 3)
        #expect(page.articles.first?.byline == "記者 李明")
    }

    @Test("a simplified page with a few characters a table would fold (乾隆, 著名) is read as it is")
    func simplifiedStaysSimplified() {
        let text = "乾隆年间的著名书院，如今成了市民读书的好去处。\n本报讯（记者 李明）市图书馆昨日开放新馆。"
        #expect(TraditionalScript.simplified(text) == nil)
    }
}
