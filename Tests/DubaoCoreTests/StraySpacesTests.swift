import Testing
@testable import DubaoCore

/// A space OCR put inside a word of running text is closed; spaces between words, in brackets and outside prose stay.
@Suite("Stray spaces")
struct StraySpacesTests {
    @Test("a space inside a word of a prose line is closed")
    func insideWord() {
        #expect(StraySpaces.close("记者走进长江经 济带的生态修复现场，") == "记者走进长江经济带的生态修复现场，")
        #expect(StraySpaces.close("推动经 济高质量发展。") == "推动经济高质量发展。")
    }

    @Test("spaces in brackets, in lines that are not prose, and beside other characters stay")
    func kept() {
        #expect(StraySpaces.close("（记者黄思明 通讯员朱敦银）记者从产业园获悉，") == "（记者黄思明 通讯员朱敦银）记者从产业园获悉，")
        #expect(StraySpaces.close("长江经 济带") == "长江经 济带")
        #expect(StraySpaces.close("记者 张 伟") == "记者 张 伟")
        #expect(StraySpaces.close("增长 3.5%，") == "增长 3.5%，")
    }

    @Test("a paragraph with a space OCR put inside a word reads whole")
    func paragraph() {
        let page = PageParser().parse(text: """
            老街换新颜

            本报讯（记者 王芳）记者走进长江经 济带的生态修复现场，沿岸绿意盎然。市民纷纷前来游览，街区人气回升。
            """, source: "p.txt", idPrefix: "p")
        #expect(page.articles.first?.blocks.first?.text.contains("长江经济带") == true)
    }

    @Test("a heading line that names no one is closed as prose is; bylines, credits and two-part headlines keep their spaces")
    func headings() {
        #expect(PageLine(number: 0, raw: "文化消费要在“新”字上做文 章（人民时评）", gapBefore: 0, indent: 0).text == "文化消费要在“新”字上做文章（人民时评）")
        #expect(PageLine(number: 0, raw: "走进长江经 济带", gapBefore: 0, indent: 0).text == "走进长江经济带")
        for kept in ["记者黄思明 通讯员朱敦银", "春运志愿行 温暖回家路", "（记者 周 明摄）", "周 明摄"] {
            #expect(PageLine(number: 0, raw: kept, gapBefore: 0, indent: 0).text.contains(" "), "\(kept)")
        }
        #expect(StraySpaces.close("长江经 济带") == "长江经 济带")
        #expect(StraySpaces.close("长江经 济带", heading: true) == "长江经济带")
    }
}
