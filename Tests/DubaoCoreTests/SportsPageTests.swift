import Testing
@testable import DubaoCore

/// An invented sports page: a match report, a picture under its label with its credit after the caption, a label over
/// two bulleted notices with no signature (`●全民健身环湖骑行活动 6月28日…`), a report; in the seeds' two dump styles.
@Suite("Sports page")
struct SportsPageTests {
    static let page = """
        湖西日报
        2025年6月23日 星期一
        第7版
        体育

        湖西队主场3∶1逆转江城队
        联赛四连胜升至积分榜第二
        本报记者 周航
        6月21日晚，省足球联赛第十轮在市体育中心打响，湖西队主场迎战江城队。上半场第二十分钟，江城队利用角球机会先入一球。
        易边再战，湖西队加强边路进攻。第五十八分钟，前锋刘洋头球扳平比分；第七十三分钟和第八十六分钟，中场王磊两度破门，帮助球队3∶1逆转取胜。
        赛后，湖西队主教练表示，球员们在落后的情况下没有放弃，下半场执行战术很坚决。本场比赛吸引了一万二千余名球迷到场观战。

        图片新闻
        6月22日，“湖西杯”少儿游泳比赛在市游泳馆举行，三百余名小选手同场竞技。本报记者 严岚 摄

        赛事预告
        ●全民健身环湖骑行活动 6月28日上午8时在湖滨公园鸣枪起骑，全程三十公里，报名截至6月25日。
        ●市中学生篮球联赛 7月1日至7月7日在市一中体育馆举行，全市二十四支队伍参赛。

        我市新建改建社区健身场地六十处
        本报讯（记者 周航 通讯员 石磊）记者从市体育局获悉，今年以来，我市新建改建社区健身场地六十处，新增健身路径器材八百余件，群众“家门口”健身更方便了。
        市体育局相关负责人介绍，下一步将推动学校体育场馆在节假日向社会开放，力争年底前实现城区“十五分钟健身圈”全覆盖。

        本版责编：韩冰 校对：王芳
        """

    static var renderings: [(String, String)] { [("spaced", CopiedPageTests.spaced(page)), ("wrapped", CopiedPageTests.wrapped(page))] }

    @Test("a paragraph a line with a space inside is no row of two columns: the text is read as it stands")
    func noColumnsInParagraphs() {
        let spaced = CopiedPageTests.spaced(Self.page)
        #expect(ColumnStreams.reorder(spaced) == spaced)
        let lead = parse(spaced).articles.last
        #expect(lead?.byline == "记者 周航 通讯员 石磊")
    }

    @Test("a caption closed by its credit ends there; each bulleted item is a paragraph of its own (under its label, a brief headed by its run-in phrase)")
    func creditAndBullets() {
        // each item's text whole, its run-in headline before it where it heads a brief of its own
        func items(_ page: Page) -> [String] {
            page.articles.flatMap { a in a.blocks.enumerated().map { i, b in i == 0 && a.kind != .photo ? (a.headline.map { $0 + " " } ?? "") + b.text : b.text } }
        }
        for (name, text) in Self.renderings {
            let blocks = items(parse(text))
            #expect(blocks.contains { $0.hasSuffix("同场竞技。本报记者 严岚 摄") }, "\(name)")
            #expect(blocks.contains { $0.hasPrefix("●全民健身环湖骑行活动 6月28日") && $0.hasSuffix("报名截至6月25日。") }, "\(name)")
            #expect(blocks.contains { $0.hasPrefix("●市中学生篮球联赛 7月1日") && !$0.contains("骑行") }, "\(name)")
        }
        // and where no blank line sets them apart (text copied from a web page)
        let copied = items(parse(Self.page))
        #expect(copied.contains { $0.hasPrefix("●全民健身环湖骑行活动 6月28日") && $0.hasSuffix("报名截至6月25日。") })
    }

    @Test("the page's staff line at its foot (`本版责编：…`) is furniture, never the column of a story whose headline is printed after it")
    func staffLineAtFoot() {
        #expect(Markers.isPageFurniture("本版责编：韩冰 校对：王芳"))
        #expect(Markers.isPageFurniture("本期统筹：王林"))
        #expect(!Markers.isPageFurniture("本版刊发的稿件均为原创"))
        // the last story's headline printed after its text, right over the foot line (a line per paragraph)
        let after = CopiedPageTests.spaced(Self.page.replacingOccurrences(of: "我市新建改建社区健身场地六十处\n", with: "")
            .replacingOccurrences(of: "全覆盖。\n", with: "全覆盖。\n我市新建改建社区健身场地六十处\n"))
        let page = parse(after)
        #expect(page.articles.last?.headline == "我市新建改建社区健身场地六十处")
        #expect(page.articles.allSatisfy { !($0.column ?? "").hasPrefix("本版") }, "\(page.articles.map(\.column))")
        #expect(page.furniture.contains { $0.hasPrefix("本版责编") })
    }

    @Test("a credited picture under its label (`图片新闻`) is an item of its own, the label its column, whatever words it shares with the story above; the pictures right under it are too")
    func labelledPicture() {
        let second = Self.page.replacingOccurrences(of: "本报记者 严岚 摄\n", with: "本报记者 严岚 摄\n颁奖仪式上，小选手们展示奖牌。\n周航摄\n")
        let dumps = [("spaced", CopiedPageTests.spaced(second)), ("wrapped", CopiedPageTests.wrapped(second))]
        for (name, text) in Self.renderings + dumps.map({ ("two pictures, " + $0.0, $0.1) }) {
            let page = parse(text)
            let photo = page.articles.first { $0.kind == .photo }
            #expect(photo?.column == "图片新闻", "\(name): \(page.articles.map(\.column))")
            #expect(photo?.blocks.first?.text.contains("少儿游泳比赛") == true, "\(name)")
            let match = page.articles.first { $0.headline == "湖西队主场3∶1逆转江城队" }
            #expect(match?.blocks.allSatisfy { !$0.text.contains("少儿游泳") && !$0.text.contains("颁奖") } == true, "\(name)")
            if name.hasPrefix("two") { #expect(photo?.blocks.contains { $0.text.contains("颁奖仪式") } == true, "\(name)") }
        }
    }

    @Test("items run in after their bullets under a label set apart (`赛事预告`), unsigned, are that column's briefs: not the text of the story above")
    func labelledBriefs() {
        for (name, text) in Self.renderings {
            let page = parse(text)
            let match = page.articles.first { $0.headline == "湖西队主场3∶1逆转江城队" }
            #expect(match?.blocks.allSatisfy { !$0.text.contains("骑行") && !$0.text.contains("篮球") && $0.type != .intertitle } == true, "\(name)")
            let first = page.articles.first { ($0.headline ?? "").contains("全民健身环湖骑行活动") }
            #expect(first?.column == "赛事预告", "\(name): \(page.articles.map(\.headline))")
            #expect(page.articles.contains { ($0.headline ?? "").contains("市中学生篮球联赛") }, "\(name)")
        }
    }
}
