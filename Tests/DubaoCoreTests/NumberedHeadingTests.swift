import Testing
@testable import DubaoCore

/// An invented service page: a notice whose intertitles are numbered (`一、…` `二、…` `三、…`), and a contact line at
/// the page's foot; its headlines printed after their texts (the first seed's convention) or before them, in the
/// three ways a page comes (a paragraph a line with blank lines between stories, and the seeds' two dump styles).
@Suite("Numbered headings")
struct NumberedHeadingTests {
    static func page(headlineFirst: Bool) -> String {
        let notice = ["一、关于夏季用电高峰",
                      "近期气温持续升高，全市用电负荷快速攀升。供电部门提醒市民错峰用电，空调温度设置不低于二十六摄氏度。",
                      "二、关于线路检修",
                      "6月15日至17日，城北片区部分线路将停电检修，具体时间和范围可关注供电部门发布的公告。",
                      "三、关于安全用电",
                      "雷雨天气请勿在电线下方避雨，发现断落电线请远离并及时报告，切勿自行处置。"]
        let report = ["据新华社北京6月11日电 记者从国家统计局获悉，5月份我国居民消费价格同比上涨百分之零点三，环比下降百分之零点一。",
                      "国家统计局城市司首席统计师表示，5月份受季节性因素影响，鲜菜、鲜果价格有所下降。"]
        let market = ["本报讯（记者 韩雪）6月11日，城东农贸市场改造完工重新开业，市场新增摊位一百二十个，设置了农残快检室。",
                      "改造后的市场分为蔬菜、肉类、水产、熟食四个区域，地面铺设防滑地砖，通道拓宽到三米。",
                      "“以前下雨天地上全是泥水，现在干净多了。”正在买菜的市民王女士说，她每天早上都会来这里买菜。",
                      "据了解，今年我市还将完成五个农贸市场的改造，年底前实现城区标准化菜市场全覆盖。"]
        func story(_ head: String, _ text: [String]) -> [String] { headlineFirst ? [head] + text : text + [head] }
        return (["湖西日报", "2025年6月12日 星期四", "第5版", "民生·服务", ""]
            + story("城东农贸市场改造后重新开业", market) + [""]
            + story("市供电公司发布夏季用电提示", notice) + [""]
            + story("5月份居民消费价格同比上涨", report) + ["", "服务热线：0716-8886666", "本版责编：刘洋"])
            .joined(separator: "\n")
    }

    static func renderings() -> [(String, String)] {
        [false, true].flatMap { first -> [(String, String)] in
            let p = page(headlineFirst: first)
            let order = first ? "headlines first" : "headlines after"
            return CopiedPageTests.renderings(p).map { ("\(order), \($0.name)", $0.text) }
        }
    }

    @Test("a story's first numbered heading is an intertitle, as the ones after it are")
    func firstNumberedHeading() {
        for (name, text) in Self.renderings() {
            let page = parse(text)
            // the notice, opened by its numbered headings and sharing words with the report above, is a story of its own
            #expect(page.articles.compactMap(\.headline) == ["城东农贸市场改造后重新开业", "市供电公司发布夏季用电提示", "5月份居民消费价格同比上涨"], "\(name)")
            let notice = page.articles.first { $0.headline == "市供电公司发布夏季用电提示" }
            let heads = notice?.blocks.filter { $0.type == .intertitle }.map(\.text) ?? []
            #expect(heads == ["一、关于夏季用电高峰", "二、关于线路检修", "三、关于安全用电"], "\(name)")
        }
    }

    @Test("a notice opened by its first numbered heading, under a story signed after its headline, keeps that heading an intertitle")
    func numberedUnderByline() {
        // the seeds' first convention: a story's headline, then its writer's line, printed after its text
        let text = Self.page(headlineFirst: false).replacingOccurrences(of: "城东农贸市场改造后重新开业\n", with: "城东农贸市场改造后重新开业\n本报记者 周文 整理\n")
        for (name, t) in CopiedPageTests.renderings(text) {
            let notice = parse(t).articles.first { $0.headline == "市供电公司发布夏季用电提示" }
            #expect(notice?.blocks.first == Block(.intertitle, "一、关于夏季用电高峰"), "\(name)")
        }
    }

    @Test("a contact line at the page's foot is furniture, no story's column")
    func contactLine() {
        for (name, text) in Self.renderings() {
            let page = parse(text)
            #expect(page.articles.allSatisfy { $0.column == nil }, "\(name): \(page.articles.map(\.column))")
            #expect(page.furniture.contains { $0.hasSuffix("0716-8886666") }, "\(name)")
        }
    }

    @Test("numbers of headings: their numeral, their mark; a decimal or a numbered sentence is none")
    func numbers() {
        typealias N = NumberedHeadings.Number
        #expect(NumberedHeadings.number("一、关于夏季用电高峰") == N(style: .hanComma, value: 1))
        #expect(NumberedHeadings.number("十二、其他事项") == N(style: .hanComma, value: 12))
        #expect(NumberedHeadings.number("（三）加强监督") == N(style: .hanBracketed, value: 3))
        #expect(NumberedHeadings.number("2.办理流程") == N(style: .figureMark, value: 2))
        #expect(NumberedHeadings.number("(4)注意事项") == N(style: .figureBracketed, value: 4))
        #expect(NumberedHeadings.number("1.5亿元投入使用") == nil)
        #expect(NumberedHeadings.number("一是加强组织领导") == nil)
        // a heading-shaped paragraph numbered next to an intertitle becomes one; a numbered sentence does not
        var blocks = [Block(.paragraph, "一、办理条件"), Block(.paragraph, "申请人须年满十八周岁。"),
                      Block(.intertitle, "二、办理流程"), Block(.paragraph, "三、网上提交材料后，三个工作日内办结。")]
        NumberedHeadings.mend(&blocks)
        #expect(blocks.map(\.type) == [.intertitle, .paragraph, .intertitle, .paragraph])
    }

    @Test("a contact line: seven figures in a row, ten joined by hyphens, an address; a date is none")
    func contactLines() {
        #expect(Markers.isContactLine("咨询电话：0716-8888888"))
        #expect(Markers.isContactLine("服务热线 400-888-6666"))
        #expect(Markers.isContactLine("投稿邮箱：hxrb@example.com"))
        #expect(!Markers.isContactLine("2025-05-11"))
        #expect(!Markers.isContactLine("百姓呼声"))
        #expect(!Markers.isContactLine("第12345期"))
    }
}
