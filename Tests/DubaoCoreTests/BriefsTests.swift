import Testing
@testable import DubaoCore

/// A column of briefs (简报, 快览): short items, each a title and a paragraph or two, signed or opened by 本报讯.
@Suite("Briefs")
struct BriefsTests {
    @Test("a briefs banner ending in 简报 names the section, not the paper; each item is a story")
    func banner() {
        let text = """
            要闻简报要闻简报

            市图书馆延长开放时间

            本报讯（记者 李华）从本周起，市图书馆每周五、周六开放时间延长至晚上十时，方便上班族读者借阅。

            老旧小区改造启动

            本报讯（记者 王丽）1月9日，市住建局发布消息，今年全市将改造老旧小区四十个，惠及居民一千余户。

            我市新增两所公办幼儿园

            本报讯 近日，城南、城北两所公办幼儿园建成招生，新增学位六百个。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.section == "要闻简报")
        #expect(page.paper == nil)
        #expect(page.articles.map(\.headline) == ["市图书馆延长开放时间", "老旧小区改造启动", "我市新增两所公办幼儿园"])
    }

    @Test("items signed with a bracketed name after their last sentence: the name signs the item, the next bullet opens the next")
    func signedItems() {
        let text = """
            城事快览

            ■ 市图书馆延长开放时间
            从本周起，市图书馆每周五、周六开放时间延长至晚上十时，方便上班族读者借阅。（李华）

            ■ 老旧小区改造启动
            1月9日，市住建局发布消息，今年全市将改造老旧小区四十个，惠及居民一千余户。（王丽）

            ■ 我市新增两所公办幼儿园
            近日，城南、城北两所公办幼儿园建成招生，新增学位六百个。（赵强）
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.count == 3)
        #expect(page.articles.map { $0.headline?.contains("老旧小区改造启动") == true } == [false, true, false])
        #expect(page.articles.map { $0.byline ?? $0.blocks.last?.text ?? "" }.map { $0.contains("李华") || $0.contains("王丽") || $0.contains("赵强") } == [true, true, true])
        #expect(!page.articles.contains { a in a.blocks.contains { $0.type == .intertitle } })
    }

    @Test("words ending in 报 that name no paper (简报, 公报, 预报) are no masthead; papers' names are")
    func mastheads() {
        for t in ["要闻简报", "统计公报", "天气预报", "安全生产通报"] {
            #expect(!Markers.isMasthead(t), "\(t)")
            #expect(PageHeader.read([t]).paper == nil, "\(t)")
        }
        for t in ["荆州日报", "现代快报", "东陵都市报", "江城晚报"] {
            #expect(Markers.isMasthead(t), "\(t)")
            #expect(PageHeader.read([t]).paper == t, "\(t)")
        }
        #expect(PageParser.isBracketedName("（李华）") && PageParser.isBracketedName("(王 丽)"))
        #expect(!PageParser.isBracketedName("（今日谈）") && !PageParser.isBracketedName("（一）") && !PageParser.isBracketedName("（记者 李华）"))
    }
}
