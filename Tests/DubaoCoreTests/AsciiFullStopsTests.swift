import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// Full stops set as ASCII periods after Chinese are read as `。`, and given back as printed.
@Suite("ASCII full stops")
struct AsciiFullStopsTests {
    @Test("a period after a Han character, or after a closing quote that follows one, is a full stop")
    func periodsAfterChinese() {
        #expect(AsciiFullStops.folded("市图书馆昨日开放新馆.\n读者络绎不绝.") == "市图书馆昨日开放新馆。\n读者络绎不绝。")
        #expect(AsciiFullStops.folded("他说：“好.”她说：“不好”.") == "他说：“好。”她说：“不好”。")
        #expect(AsciiFullStops.folded("完成率98.8%.") == "完成率98.8%。")
        // numbers, abbreviations, addresses, enumerations and ellipses keep their periods
        #expect(AsciiFullStops.folded("增长3.5个百分点，U.S.代表团访问www.jzrb.cn网站") == nil)
        #expect(AsciiFullStops.folded("1.加快发展\n等等...") == nil)
        #expect(AsciiFullStops.folded("访问网站.cn") == nil)
        #expect(AsciiFullStops.folded("没有句号的标题") == nil)
    }

    @Test("a page whose full stops are ASCII periods parses as the page with 。 does, and keeps its periods")
    func seedPagesWithPeriods() {
        let parser = PageParser()
        for f in Fixtures.seedFiles {
            let text = Fixtures.text(f)
            let dotted = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "。" ? "." : $0 }))
            let want = parser.parse(text: text, source: "p.txt", idPrefix: "p")
            let got = parser.parse(text: dotted, source: "p.txt", idPrefix: "p")
            #expect(got.articles.map(\.headline) == want.articles.map(\.headline), "\(f.lastPathComponent)")
            #expect(got.articles.map { $0.blocks.count } == want.articles.map { $0.blocks.count }, "\(f.lastPathComponent)")
            let body = got.articles.flatMap { $0.blocks.map(\.text) }.joined()
            #expect(!body.contains("。") && body.contains("."))
            #expect(ParseAudit.missingCharacters(text: dotted, page: got).isEmpty)
        }
    }

    @Test("a paragraph ending in a period is not joined to the headline under it")
    func paragraphEndsAtPeriod() {
        let page = """
            本报讯（记者 李明）市图书馆昨日开放新馆，新馆藏书达二十万册，
            设有少儿阅览区和自习区.

            老街换新颜

            本报讯（记者 王芳）沙市区胜利街改造工程完工，沿街商铺陆续
            开门迎客.
            """
        let got = PageParser().parse(text: page, source: "p.txt", idPrefix: "p")
        #expect(got.articles.count == 2)
        #expect(got.articles.last?.headline == "老街换新颜")
        #expect(got.articles.first?.blocks.last?.text.hasSuffix("自习区.") == true)
    }
}
