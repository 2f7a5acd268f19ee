import Testing
@testable import DubaoCore

@Suite("A story's byline printed among the page's header lines")
struct HeaderBylineTests {
    /// An invented page as pdftotext's default order can print it: the first story's byline read with the header row.
    static func page(lead: String, header: String = "本报记者 方远 何晴") -> String {
        """
        江城晚报

        城事

        \(header)

        2025年3月1日 星期六

        老街巷里的新茶馆
        ——城南旧城更新见闻

        \(lead)城南旧城的一条老街上，新开的茶馆里坐满了街坊。店主说，茶馆用的是老房子，
        梁柱门窗都按原样修好，只把电线和水管换了新的。
        傍晚时分，老人们在这里下棋聊天，孩子们放学后也来写作业，老街又热闹起来了。

        城南新建三座口袋公园
        本报讯（记者 程立）近日，城南区新建的三座口袋公园向市民开放，园内设有座椅、步道和
        儿童游乐设施。
        """
    }

    @Test("the first story, with no byline of its own, takes the byline line read with the header")
    func given() {
        let p = PageParser().parse(text: Self.page(lead: ""), source: "p.txt", idPrefix: "p")
        let first = p.articles.first { $0.bodyText.hasPrefix("城南旧城") }
        #expect(first?.byline == "本报记者 方远 何晴")
        #expect(!p.furniture.contains("本报记者 方远 何晴"))
        #expect(p.articles.first { $0.bodyText.hasPrefix("本报讯") }?.byline == "记者 程立")
    }

    @Test("a first story whose report opens with its byline, a staff line and a byline run into text leave the header as it was")
    func kept() {
        let opened = PageParser().parse(text: Self.page(lead: "本报讯（记者 吴江）"), source: "p.txt", idPrefix: "p")
        #expect(opened.furniture.contains("本报记者 方远 何晴"))
        #expect(opened.articles.first { $0.bodyText.contains("城南旧城") }?.byline == "记者 吴江")
        for header in ["责任编辑：王琳", "本报记者 方远 何晴 刚走进茶馆，又"] {
            let p = PageParser().parse(text: Self.page(lead: "", header: header), source: "p.txt", idPrefix: "p")
            #expect(p.articles.first { $0.bodyText.hasPrefix("城南旧城") }?.byline == nil, "\(header)")
        }
    }
}
