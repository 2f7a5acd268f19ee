import Testing
@testable import DubaoCore

@Suite("SectionName")
struct SectionNameTests {
    let stories = """

        春耕备耕正当时
        　　本报讯（记者 林海）4月8日，市农业农村局组织技术人员深入田间地头，指导农户做好春耕备耕工作。

        湖区渔民转产上岸
        　　本报讯 4月8日，市渔业部门为上岸渔民举办技能培训班，首批两百人结业。
        """

    @Test("SectionName: a banner's words without the marks, brackets, rules and Latin name that dress them")
    func dressedBanners() {
        for (banner, name) in [("■ 城事新闻", "城事新闻"), ("【城事】", "城事"), ("城事 CITY NEWS", "城事"), ("City News 城事", "城事"),
                               ("—— 城事 ——", "城事"), ("◆城事◆", "城事"), ("江城日报·城事", "城事"), ("〖 文体 〗", "文体")] {
            #expect(SectionName.of(banner) == name, "\(banner)")
            let page = parse("江城日报\n2025年4月9日 星期三\n第4版\n\(banner)\n" + stories, id: "jc")
            #expect(page.section == name, "\(banner)")
            #expect(page.furniture.contains(where: { $0.contains(name) }), "the banner's line stays as printed: \(banner)")
            #expect(page.articles.map(\.headline) == ["春耕备耕正当时", "湖区渔民转产上岸"], "\(banner)")
        }
        // a name with words on both sides of a dot, a plain name, and marks with no name left: as printed
        #expect(SectionName.of("城事·关注") == "城事·关注" && SectionName.of("要闻") == "要闻" && SectionName.of("■ ■") == "■ ■")
        #expect(SectionName.of("【城】") == "【城】" && SectionName.of("NEWS") == "NEWS")
    }

    @Test("DateSection: a section's name beside the header's date, on a page with no banner")
    func besideTheDate() {
        #expect(SectionName.besideDate("城事 2025年4月9日 星期三") == "城事")
        #expect(SectionName.besideDate("2025年4月9日 星期三 城事") == "城事")
        #expect(SectionName.besideDate("江城日报 2025年4月9日 星期三") == nil)
        #expect(SectionName.besideDate("农历乙巳年三月十二 2025年4月9日 星期三") == nil)
        #expect(SectionName.besideDate("记者 2025年4月9日 报道") == nil)
        #expect(SectionName.besideDate("截至2025年4月9日，全市春耕备耕进度过半") == nil)
        let page = parse("城事 2025年4月9日 星期三\n江城日报\n第4版\n" + stories, id: "jc")
        #expect(page.section == "城事" && page.date == "2025-04-09" && page.page == 4)
    }
}
