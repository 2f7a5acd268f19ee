import Testing
@testable import DubaoCore

/// A classified notice after a story and its sidebar, and a table's rows under its title (all texts invented).
@Suite("Notices and tables")
struct NoticeAndTableTests {
    /// Paragraph per line, as a page's text is often given.
    static let page = """
    江城日报
    2025年4月8日 星期二
    第5版
    民生

    让更多居民用上管道燃气
    ——访市燃气公司总经理孙立

    　　记者：今年我市在燃气管网改造方面有哪些安排？
    　　孙立：今年计划改造老旧燃气管网一百二十公里，涉及小区八十六个，力争年底前全部完工。
    　　记者：改造期间如何减少对居民生活的影响？
    　　孙立：我们实行分段施工、错峰作业，每个小区都会提前张贴告示，并安排专人上门解答。

    延伸阅读
    燃气使用安全小贴士
    　　一、使用燃气时要保持室内通风，人不离火。
    　　二、发现燃气泄漏，应立即关闭阀门，打开门窗，切勿开关电器。

    遗失声明
    　　江城市恒达商贸有限公司遗失公章一枚，声明作废。

    今日天气
    城区 晴 12℃～22℃ 东南风2级
    东湖 多云 11℃～20℃ 东风1级
    """
    /// The same page hard-wrapped as a column dump.
    static let wrapped = """
    江城日报
    2025年4月8日 星期二
    第5版
    民生

    让更多居民用上管道燃气
    ——访市燃气公司总经理孙立

    记者：今年我市在燃气管网改造方
    面有哪些安排？

    孙立：今年计划改造老旧燃气管网
    一百二十公里，涉及小区八十六个
    ，力争年底前全部完工。

    记者：改造期间如何减少对居民生
    活的影响？

    孙立：我们实行分段施工、错峰作
    业，每个小区都会提前张贴告示，
    并安排专人上门解答。


    延伸阅读
    燃气使用安全小贴士

    一、使用燃气时要保持室内通风，
    人不离火。

    二、发现燃气泄漏，应立即关闭阀
    门，打开门窗，切勿开关电器。


    遗失声明

    江城市恒达商贸有限公司遗失公章
    一枚，声明作废。


    今日天气
    城区 晴 12℃～22℃ 东南风2级
    东湖 多云 11℃～20℃ 东风1级
    """

    @Test("a notice's heading after a story heads a notice of its own, not the story's intertitle")
    func noticeHeading() {
        for text in [Self.page, Self.wrapped] {
            let page = parse(text)
            let notice = page.articles.first { $0.headline == "遗失声明" }
            #expect(notice?.bodyText == "江城市恒达商贸有限公司遗失公章一枚，声明作废。")
            #expect(!page.articles.contains { a in a.headline != "遗失声明" && a.blocks.contains { $0.text.contains("遗失") } })
        }
    }

    @Test("a table's rows stay rows under the table's title, in a paragraph-per-line dump and in a hard-wrapped one")
    func tableRows() {
        for text in [Self.page, Self.wrapped] {
            let table = parse(text).articles.first { $0.headline == "今日天气" }
            #expect(table?.blocks.map(\.text) == ["城区 晴12℃～22℃ 东南风2级", "东湖 多云11℃～20℃ 东风1级"])
        }
    }

    @Test("the shapes: a notice's heading names its kind last; a table's row is fields with a figure and no clause")
    func shapes() {
        #expect(Markers.isNoticeHeading("遗失声明") && Markers.isNoticeHeading("招 聘 启 事") && Markers.isNoticeHeading("股权转让公告")
            && Markers.isNoticeHeading("任前公示"))
        // two characters alone may be a banner (`公告`); a sentence or a title with words in brackets is no heading of a notice
        #expect(!Markers.isNoticeHeading("公告") && !Markers.isNoticeHeading("关于发布《管理办法》的公告")
            && !Markers.isNoticeHeading("声明作废。") && !Markers.isNoticeHeading("市政府发布公告，"))
        #expect(LineShape.isTableRow("城区 晴 12℃～22℃ 东南风2级") && LineShape.isTableRow("早稻 2.60 2.65"))
        #expect(!LineShape.isTableRow("元，为全市 1.17 万家企业降费减负 2.5") && !LineShape.isTableRow("第 3 届")
            && !LineShape.isTableRow("本报记者 赵文 钱亮") && !LineShape.isTableRow("2025年4月8日 星期二。"))
    }
}
