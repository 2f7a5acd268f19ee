import Testing
@testable import DubaoCore

/// An invented literary page (副刊): an essay signed by its writer's line (`□ …`), a poem and the one after it
/// (`（外一首）`) in stanzas, a book review with a `——` subtitle, a call for submissions; as text copied from a web
/// page gives it (stanzas set apart by a blank line, nothing else) and in the seeds' two dump styles (where every
/// line stands between blank lines and stanzas between two). (Copied, it needs its seven lines of prose to be read a
/// paragraph a line at all: with fewer, the poem's lines are joined as a narrow column's, a limit of `FlowedBreaks`.)
@Suite("Literary page")
struct LiteraryPageTests {
    static let page = """
        湖西日报
        2025年6月27日 星期五
        第8版
        副刊

        老街的石板路
        □ 陈晓岚
        我小时候住在城南的老街上。街不宽，两旁是青砖黛瓦的老房子，脚下是一块接一块的青石板。
        下雨天，石板被雨水洗得发亮，踩上去有一种凉凉的感觉。母亲总说，这些石板比我们家的年头还长，不知道被多少人踩过。
        后来老街改造，石板路换成了柏油路。搬走那天，我悄悄捡了一块碎石板放进书包，一直带到了今天。
        如今每次回到城南，我都要去老街走一走。路变了，房子变了，可那些石板留在我心里的凉意，一点也没有变。
        （作者系湖西市作家协会会员）

        江边的黄昏（外一首）
        □ 李远
        \(Self.stanzas)

        夜归
        灯一盏一盏亮了
        小路弯进村庄
        狗叫了两声
        母亲站在门口

        书里书外的乡愁
        ——读散文集《故园》
        ◎ 周敏
        读完《故园》，已是深夜。合上书，窗外的月光正好照在书桌上，让我想起了书中写到的那轮故乡的月亮。
        作者用平实的文字，写老屋、写田野、写童年的伙伴。没有华丽的辞藻，却句句动人，因为那是从心里流出来的文字。
        乡愁是每个人心中的一块软地方。好的文字，能让读者在别人的故事里，看见自己的来处。

        征稿启事
        本版常年征集散文、诗歌、书评等原创作品，来稿请注明真实姓名和联系方式。投稿邮箱：fukan2025@huxinews.cn

        本版编辑：孙悦 校对：陈静
        """

    /// The poem's first two stanzas, as both pages print them.
    static let stanzas = """
        太阳落进江里
        像一枚烧红的铜钱
        渔船慢慢靠岸
        把一天的浪花收进船舱

        岸边的老人
        还在看着远方
        他的目光
        比江水走得更远
        """

    /// The renderings, stanzas kept apart: a dump sets a blank line after every line, and one more where the
    /// source had one.
    static var renderings: [(name: String, text: String)] { [("copied", page)] + dumps(page) }

    /// A page's two dump renderings, its blank lines kept as a second blank line.
    static func dumps(_ text: String) -> [(name: String, text: String)] {
        let stanzas = text.components(separatedBy: "\n\n")
        return [("spaced", stanzas.map(CopiedPageTests.spaced).joined(separator: "\n\n\n")),
                ("wrapped", stanzas.map(CopiedPageTests.wrapped).joined(separator: "\n\n\n"))]
    }

    static let verse = ["太阳落进江里", "像一枚烧红的铜钱", "渔船慢慢靠岸", "把一天的浪花收进船舱", "岸边的老人", "还在看着远方",
                        "他的目光", "比江水走得更远", "夜归", "灯一盏一盏亮了", "小路弯进村庄", "狗叫了两声", "母亲站在门口"]

    @Test("a poem's lines are its text, a block each, under its title and poet, in every rendering")
    func poem() {
        for (name, text) in Self.renderings {
            let page = parse(text)
            let poem = page.articles.first { ($0.headline ?? "").hasPrefix("江边的黄昏") }
            #expect(poem?.byline == "□ 李远", "\(name)")
            #expect(poem?.blocks.map(\.text) == Self.verse, "\(name): \(poem?.blocks.map(\.text) ?? [])")
            // no line of it heads, labels or furnishes anything
            let heads = page.articles.flatMap { [$0.kicker, $0.headline, $0.subheadline, $0.column].compactMap { $0 } }
            #expect(!heads.contains { h in Self.verse.contains { h.contains($0) } }, "\(name): \(heads)")
            #expect(!page.furniture.contains { f in Self.verse.contains { f.contains($0) } }, "\(name): \(page.furniture)")
        }
    }

    @Test("the piece after the poem keeps its title and `——` subtitle: the poem's last stanza ends above them")
    func reviewAfterPoem() {
        for (name, text) in Self.renderings {
            let review = parse(text).articles.first { $0.byline == "◎ 周敏" }
            #expect(review?.headline == "书里书外的乡愁" && review?.kicker == nil, "\(name): \(String(describing: review?.headline))")
            #expect(review?.subheadline == "——读散文集《故园》", "\(name)")
        }
        // the rule's own shapes: a title over the next piece's subtitle and byline, or over its byline, ends the run
        func units(_ text: String) -> [Unit] { PageParser.units(PageParser.lines(of: text).lines, model: .default) }
        let run = "□ 李远\n\n太阳落进江里\n像一枚烧红的铜钱\n渔船慢慢靠岸\n\n岸边的老人\n还在看着远方\n他的目光\n\n"
        #expect(VerseRuns.find(units(run + "书里书外的乡愁\n——读散文集《故园》\n◎ 周敏\n")) == [0, 1, 2, 2, 2, 2, 2, 0, 0, 0])
        #expect(VerseRuns.find(units(run + "书里书外的乡愁\n◎ 周敏\n")) == [0, 1, 2, 2, 2, 2, 2, 0, 0])
    }

    @Test("stanzas are told by gaps wider than the run's closest, so a dump that sets every line apart still shows them")
    func stanzasInDumps() {
        func units(_ text: String) -> [Unit] { PageParser.units(PageParser.lines(of: text).lines, model: .default) }
        let apart = "□ 王明远\n\n江边的柳树\n\n又绿了\n\n风一吹\n\n\n一只白鹭\n\n从柳梢飞过\n\n它不说话\n"
        #expect(VerseRuns.find(units(apart)) == [0, 1, 2, 2, 2, 2, 2])
        // every line equally apart: no stanzas, so no poem (a stack of headings under a name looks the same)
        let even = "□ 王明远\n\n江边的柳树\n\n又绿了\n\n风一吹\n\n一只白鹭\n\n从柳梢飞过\n\n它不说话\n"
        #expect(VerseRuns.find(units(even)).allSatisfy { $0 == 0 })
    }

    /// Two poems and an essay signed with their writers' bare names under their titles (`江边的黄昏` / `李远`).
    static let named = """
        湖西日报
        2025年7月4日 星期五
        第8版
        副刊

        江边的黄昏
        李远
        \(Self.stanzas)

        麦田
        赵清
        风从南边吹来
        麦子低下了头
        一浪一浪
        都是金色的

        父亲站在田埂上
        数着今年的收成
        他笑的时候
        皱纹也是金色的

        书里书外的乡愁
        周敏
        读完《故园》，已是深夜。合上书，窗外的月光正好照在书桌上，让我想起了书中写到的那轮故乡的月亮。
        作者用平实的文字，写老屋、写田野、写童年的伙伴。没有华丽的辞藻，却句句动人，因为那是从心里流出来的文字。
        乡愁是每个人心中的一块软地方。好的文字，能让读者在别人的故事里，看见自己的来处。
        """

    @Test("a title with its writer's bare name under it heads the poem under them, cuts the run before the next poem's, and ends the last before the essay's")
    func bareNames() {
        for (name, text) in Self.dumps(Self.named) {
            let page = parse(text)
            #expect(page.articles.map(\.headline) == ["江边的黄昏", "麦田", "书里书外的乡愁"], "\(name): \(page.articles.map(\.headline))")
            #expect(page.articles.map(\.byline) == ["李远", "赵清", "周敏"], "\(name)")
            #expect(page.articles.first?.blocks.count == 8 && page.articles.dropFirst().first?.blocks.count == 8, "\(name)")
            #expect(page.articles.last?.blocks.first?.text.hasPrefix("读完《故园》") == true, "\(name)")
        }
    }

    @Test("a bullet glued to a writer's name (`□李远`) signs the poem; glued to a label (`■时评`) it names a column")
    func gluedBullet() {
        #expect(LabelledTitle.bulletedName("□李远") && LabelledTitle.bulletedName("◎欧阳晓"))
        #expect(!LabelledTitle.bulletedName("■时评") && !LabelledTitle.bulletedName("■文化快讯") && !LabelledTitle.bulletedName("李远"))
        for (name, text) in Self.dumps(Self.page.replacingOccurrences(of: "□ 李远", with: "□李远")) {
            let poem = parse(text).articles.first { ($0.headline ?? "").hasPrefix("江边的黄昏") }
            #expect(poem?.byline == "□ 李远" && poem?.column == nil && poem?.blocks.count == 13, "\(name): \(String(describing: poem?.column))")
        }
    }
}
