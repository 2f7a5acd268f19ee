import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// Straight double quotes in Chinese text are read as the opening and closing quotes they stand for.
@Suite("ASCII quotes")
struct AsciiQuotesTests {
    @Test("each straight quote is read opening or closing, by its neighbours or else in turn")
    func pairing() {
        #expect(AsciiQuotes.folded("从\"坐商\"变\"行商\"，") == "从“坐商”变“行商”，")
        #expect(AsciiQuotes.folded("他说：\"好的。\"\n\"要加油\"，她说。") == "他说：“好的。”\n“要加油”，她说。")
        // a closing quote that the extraction put first on a line closes
        #expect(AsciiQuotes.folded("\"证明拿出来看看。\n\"1月8日上午") == "“证明拿出来看看。\n”1月8日上午")
        // a letter-spaced headline's quotes
        #expect(AsciiQuotes.folded("\" 送 温 暖 \" 活 动") == "“ 送 温 暖 ” 活 动")
        // a blank line ends a paragraph: the next quote opens
        #expect(AsciiQuotes.folded("他提到\"三\n\n变\"的做法") == "他提到“三\n\n变“的做法")
        #expect(AsciiQuotes.folded("没有引号") == nil)
    }

    @Test("a page whose quotes are straight parses as the page with “ ” does, and keeps its quotes")
    func seedPagesWithStraightQuotes() {
        let parser = PageParser()
        for f in Fixtures.seedFiles {
            let text = Fixtures.text(f)
            let straight = String(String.UnicodeScalarView(text.unicodeScalars.map { $0 == "“" || $0 == "”" ? "\"" : $0 }))
            let want = parser.parse(text: text, source: "p.txt", idPrefix: "p")
            let got = parser.parse(text: straight, source: "p.txt", idPrefix: "p")
            func plain(_ s: String?) -> String { String(String.UnicodeScalarView((s ?? "").unicodeScalars.filter { !"\"“”".unicodeScalars.contains($0) })) }
            #expect(got.articles.map { plain($0.headline) } == want.articles.map { plain($0.headline) }, "\(f.lastPathComponent)")
            #expect(got.articles.map { $0.blocks.count } == want.articles.map { $0.blocks.count }, "\(f.lastPathComponent)")
            let body = got.articles.flatMap { $0.blocks.map(\.text) }.joined()
            #expect(!body.contains("“") && body.contains("\""))
            #expect(ParseAudit.missingCharacters(text: straight, page: got).isEmpty)
        }
    }

    @Test("a closing quote that the extraction printed alone on a line ends the paragraph above it")
    func loneClosingQuote() {
        let page = """
            小小足球梦

            本报讯（记者 李明）在西山乡中心小学的操场上，一群孩子正
            在踢足球。校长说："孩子们学会了团结和坚持，这比拿冠军
            更重要。
            "
            右图：孩子们在学校球场上训练。
            王芳供图
            """
        let got = PageParser().parse(text: page, source: "p.txt", idPrefix: "p")
        #expect(got.articles.count == 1)
        #expect(got.articles.first?.headline == "小小足球梦")
        let paragraphs = got.articles.first?.blocks.filter { $0.type == .paragraph }.map(\.text) ?? []
        #expect(paragraphs.last?.hasSuffix("更重要。\"") == true, "\(paragraphs)")
    }
}
