import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// A dash set in other characters than two em dashes is read as one.
@Suite("Dash forms")
struct DashFormsTests {
    @Test("horizontal bars, box-drawing lines and paired fullwidth hyphens are dashes; a lone hyphen is a minus")
    func forms() {
        #expect(DashForms.folded("――访新丰县教育局局长") == "——访新丰县教育局局长")
        #expect(DashForms.folded("──访新丰县教育局局长") == "——访新丰县教育局局长")
        #expect(DashForms.folded("－－访新丰县教育局局长") == "——访新丰县教育局局长")
        #expect(DashForms.folded("最低气温－5℃") == nil)
        #expect(DashForms.folded("——访新丰县教育局局长") == nil)
    }

    @Test("a subtitle opening with horizontal bars (a GB2312 decoder's dash) is the headline's subtitle, as printed")
    func subtitleInHorizontalBars() {
        for f in Fixtures.seedFiles {
            let text = Fixtures.text(f)
            guard text.contains("——") else { continue }
            let barred = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "—" ? "\u{2015}" : $0 }))
            let parser = PageParser()
            let want = parser.parse(text: text, source: "p.txt", idPrefix: "p")
            let got = parser.parse(text: barred, source: "p.txt", idPrefix: "p")
            func plain(_ s: String?) -> String? { s.map { String(String.UnicodeScalarView($0.unicodeScalars.map { $0 == "\u{2015}" ? "—" : $0 })) } }
            #expect(got.articles.map { plain($0.subheadline) } == want.articles.map(\.subheadline), "\(f.lastPathComponent)")
            #expect(got.articles.map { plain($0.kicker) } == want.articles.map(\.kicker), "\(f.lastPathComponent)")
            #expect(got.articles.map { $0.blocks.count } == want.articles.map { $0.blocks.count }, "\(f.lastPathComponent)")
            #expect(!got.articles.contains { ($0.subheadline ?? "").contains("—") })
            #expect(ParseAudit.missingCharacters(text: barred, page: got).isEmpty)
        }
    }

    @Test("an interview's subtitle in horizontal bars under its headline")
    func interviewSubtitle() {
        let page = """
            老街换新颜

            本报讯（记者 王芳）沙市区胜利街改造工程完工，沿街商铺陆续
            开门迎客。

            让每一个乡村孩子都能在家门口上好学校
            \u{2015}\u{2015}访青山县教育局局长王明
            记者 李华
            记者：去年青山县在推进城乡教育均衡方面做了哪些工
            作？
            王明：我们重点做了三件事，一是改善乡村学校办学条件，
            二是推行城乡学校结对帮扶。
            """
        let got = PageParser().parse(text: page, source: "p.txt", idPrefix: "p")
        #expect(got.articles.map(\.headline) == ["老街换新颜", "让每一个乡村孩子都能在家门口上好学校"])
        #expect(got.articles.last?.subheadline == "\u{2015}\u{2015}访青山县教育局局长王明")
    }
}
