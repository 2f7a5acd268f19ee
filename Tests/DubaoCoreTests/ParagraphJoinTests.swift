import Testing
import DubaoTestSupport
@testable import DubaoCore

/// Runs the parser on a made-up page.
func parse(_ text: String, id: String = "t") -> Page {
    PageParser().parse(text: text, source: "\(id).txt", idPrefix: id)
}

/// The units the line joiner makes of a made-up page's lines, their texts.
func units(of text: String) -> [String] { PageParser.units(PageParser.lines(of: text).lines, model: .default).map(\.text) }

/// All block texts of a page, in order.
func blocks(_ p: Page) -> [String] { p.articles.flatMap { $0.blocks.map(\.text) } }

@Suite("ParagraphJoin")
struct ParagraphJoinTests {
    /// A wrapped column: every full line is 12 Han wide.
    let wrapped = """
    本报讯（记者张三）昨日上午，全市
    春季植树活动在城郊森林公园举行，
    千余名干部群众参加义务植树。

    活动现场，大家挥锹铲土、扶苗培
    土，一派热火朝天的劳动景象。据统

    计，当天共栽种各类苗木一万余株。
    整个活动持续了三个小时。
    植树现场还设置了林业知识咨询台，
    工作人员向群众发放宣传资料，讲

    解树木栽培和养护知识，受到欢迎。
    """

    /// A commentary whose parts are numbered (`一、…`), its paragraphs as `flowed` gives them: one a line, or hard-wrapped.
    static func numberedParts(flowed: Bool) -> String {
        let paras = ["基层治理是国家治理的基石。近年来，我市坚持问题导向，推动治理重心下移，取得了明显成效。", "一、健全党建引领机制",
                     "要把党的领导贯穿基层治理全过程，健全街道、社区、网格三级组织体系，让党组织的触角延伸到每一个角落。", "二、推动资源下沉",
                     "要把更多资源、服务、管理放到社区，让基层有权有责有物，切实解决群众身边的急难愁盼问题。", "三、激发群众参与",
                     "要畅通群众参与渠道，完善议事协商机制，让群众从旁观者变为参与者，共建共治共享。", "（作者单位：市委党校）"]
        func wrap(_ p: String) -> String {
            let c = Array(p)
            return flowed || c.count <= 15 ? p : stride(from: 0, to: c.count, by: 15).map { String(c[$0..<min(c.count, $0 + 15)]) }.joined(separator: "\n")
        }
        return (["理论", "以改革精神推动基层治理创新", "□ 张建国"] + paras.map(wrap)).joined(separator: "\n\n")
    }

    @Test("EnumeratedHeading: a numbered part's heading before a blank line is an intertitle, not the first words of the paragraph under it", arguments: [true, false])
    func numberedIntertitles(flowed: Bool) {
        let page = PageParser().parse(text: Self.numberedParts(flowed: flowed), source: "p.txt", idPrefix: "p")
        #expect(page.articles.count == 1)
        let blocks = page.articles.first?.blocks ?? []
        #expect(blocks.filter { $0.type == .intertitle }.map(\.text) == ["一、健全党建引领机制", "二、推动资源下沉", "三、激发群众参与"])
        #expect(blocks.contains { $0.type == .paragraph && $0.text.hasPrefix("要把党的领导贯穿") })
    }

    @Test("EnumeratedHeading: a numbered paragraph's first line, as wide as its column, cut by a column break, still runs on")
    func numberedParagraphCut() {
        let text = """
            基层治理是国家治理的基石。近年
            来，我市坚持问题导向，推动治理重
            心下移，取得了明显成效。

            一、坚持党的全面领导推动基层治理

            体系建设，健全街道、社区、网格三
            级组织体系，让党组织的触角延伸到
            每一个角落。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.flatMap(\.blocks).contains { $0.text.contains("推动基层治理体系建设") })
    }

    @Test("hard wraps and column breaks inside a paragraph are joined, even inside a word")
    func joinsWrapsAndColumnBreaks() {
        let b = blocks(parse(wrapped))
        #expect(b.contains { $0.contains("据统计，当天共栽种") })
        #expect(b.contains { $0.contains("讲解树木栽培") })
        #expect(b.allSatisfy { !$0.contains("\n") && !$0.contains(" ") })
    }

    @Test("a blank line after a sentence's end ends the paragraph; a short line ending a sentence too")
    func paragraphEnds() {
        let b = blocks(parse(wrapped))
        #expect(b.first?.hasSuffix("千余名干部群众参加义务植树。") == true)
        #expect(b.contains { $0.hasPrefix("活动现场，大家挥锹铲土") })
        #expect(b.contains { $0 == "植树现场还设置了林业知识咨询台，工作人员向群众发放宣传资料，讲解树木栽培和养护知识，受到欢迎。" })
    }

    @Test("on a flowed page a paragraph cut by a column break is joined; a headline is not")
    func flowed() {
        let page = parse("""
        全市启动春季植树活动

        本报讯(记者 李四)昨日,全市春季植树活动启动,各地干部群众积极参加,现场气氛热烈,大家纷纷表示要为

        城市增绿添彩贡献力量。活动当天共栽种苗木一万余株。

        据介绍,今年全市计划新增绿地一百公顷。
        """)
        let a = page.articles.first
        #expect(a?.headline == "全市启动春季植树活动")
        #expect(a?.blocks.map(\.text) == [
            "本报讯(记者 李四)昨日,全市春季植树活动启动,各地干部群众积极参加,现场气氛热烈,大家纷纷表示要为城市增绿添彩贡献力量。活动当天共栽种苗木一万余株。",
            "据介绍,今年全市计划新增绿地一百公顷。",
        ])
    }

    @Test("Latin words keep their spaces across a wrap")
    func latin() {
        let page = parse("""
        本报讯（记者王五）The conference opened on Monday and
        brought together experts from many countries to
        discuss the future of the city.
        """)
        #expect(blocks(page).first?.contains("Monday and brought together experts from many countries to discuss") == true)
    }

    @Test("a banner printed twice after a blank line stands alone, never the end of the headline above it")
    func doubledBannerApart() {
        // a headline printed after its story, letter-spaced and wrapped, then the page's banner printed twice
        let lines = PageParser.lines(of: """
        本报讯（记者张三）城乡公交一体化改革昨日完成，全市所有行政村通上了公交车，票价统一为两元。

        城 乡 公 交 一 体 化 让 农 民 出 行 更
        方便

        民生民生

        本期统筹：李四
        """).lines
        // whatever the weights say about the gap: here a model that joins every gap it is asked about
        var joinsAll = ParserModel.default
        joinsAll.join[JoinFeature.bias.rawValue] = 1000
        for model in [ParserModel.default, joinsAll] {
            let units = PageParser.units(lines, model: model)
            #expect(units.contains { $0.text == "民生民生" }, "\(units.map(\.text))")
            #expect(!units.contains { $0.text.contains("方便民生") })
        }
    }

    @Test("a headline in display type (its first line letter-spaced) never runs on, across a blank line, into running text")
    func displayTypeEnds() {
        // a column fifteen characters wide: a story's end, its headline printed after it (letter-spaced, justified
        // to the column, wrapped), then the next story's first paragraph
        let page = """
        全市已建成社区食堂一百二十个，惠
        及老年人三万余人，日均供餐八千余
        份，老人们在家门口就能吃上热乎饭。

        让 老 人 吃 得 放 心 吃 得     舒
        心吃得开心的社区食堂

        两江、三山环绕，东湖区地处城乡接
        合部，辖区内老年人口占比较高，助
        餐服务需求旺盛。
        """
        let units = PageParser.units(PageParser.lines(of: page).lines, model: .default)
        #expect(!units.contains { $0.text.contains("食堂两江") }, "\(units.map(\.text))")
        #expect(units.contains { $0.text.hasPrefix("两江、三山环绕") }, "\(units.map(\.text))")
    }

    @Test("a letter-spaced line after a blank opens display type: a heading line standing alone above it does not run on into it")
    func displayTypeBegins() {
        // a column fifteen characters wide; the line above the headline wider than the column
        let page = """
        全市已建成社区食堂一百二十个，
        惠及老年人三万余人，日均供餐八
        千余份，老人们在家门口就能吃上
        热乎饭。

        社区食堂由街道统一招标运营，菜
        品每周更新，价格比市场低三成。

        社区食堂已达120个、日供餐8000份

        让 老 人 吃 得 放 心 吃 得 舒 心
        吃得开心（民生观察）
        """
        let units = PageParser.units(PageParser.lines(of: page).lines, model: .default)
        #expect(units.contains { $0.text == "社区食堂已达120个、日供餐8000份" }, "\(units.map(\.text))")
        #expect(units.contains { $0.text.hasPrefix("让老人吃得放心") }, "\(units.map(\.text))")
    }

    @Test("on a page with its geometry, a line after a blank set in clearly other type is not the paragraph's next line")
    func otherTypeApart() {
        let text = """
        如今，他每天都要沿着山路巡查十多公里，近年来这片山林再没发生过一起

        护林员在林中巡查。
        """
        // a model that joins every gap it is asked about: only the rule can keep the two apart
        var joinsAll = ParserModel.default
        joinsAll.join[JoinFeature.bias.rawValue] = 1000
        func units(_ sizes: [Double?]?) -> [String] {
            PageParser.units(PageParser.lines(of: text, typeSizes: sizes).lines, model: joinsAll).map(\.text)
        }
        #expect(units([1.0, nil, 0.82]).count == 2, "a caption in smaller type")
        #expect(units([1.0, nil, 1.08]).count == 1, "the measured size of one paragraph's lines wavers a little")
        #expect(units(nil).count == 1, "a text dump says nothing of type")
        #expect(PageLine.otherType(1.0, 1.2) && PageLine.otherType(1.2, 1.0) && !PageLine.otherType(1.0, 1.1) && !PageLine.otherType(nil, 2.0))
    }

    @Test("a report's opening that has not reached its first clause mark goes on in the next line, across a column break")
    func leadGoesOn() {
        let text = """
        本报讯（记者甲 通讯员乙）10月

        19日，市人大常委会调研组来我市开展专题调研。

        （上接第1版）
        """
        // a model that keeps every gap apart: only the rule can join
        var splitsAll = ParserModel.default
        splitsAll.join[JoinFeature.bias.rawValue] = -1000
        let units = PageParser.units(PageParser.lines(of: text).lines, model: splitsAll).map(\.text)
        #expect(units.first == "本报讯（记者甲 通讯员乙）10月19日，市人大常委会调研组来我市开展专题调研。", "\(units)")
        #expect(units.last == "（上接第1版）")
    }

    @Test("a signature in brackets, closed at its line's end, does not run on into the next story's headline (BracketCloses)")
    func bracketCloses() {
        // as pdftotext -raw prints two commentaries: no blank lines, the signature wrapped, the next headline
        // short lines right under it
        let text = """
            江城日报 第4版
            评论
            让老街留住烟火气
            老街改造，改的是房子，留的是
            人气。只有让居民住得舒心，让
            游客来得开心，老街才能真正活
            起来。
            （作者单位：市社会科学院城市
            研究所）
            别让“指尖上
            的形式主义”回潮
            李明远
            基层干部一天要在多个平台上填
            报同一份数据，耗费了大量精力，
            影响了干事创业的实效。整治
            “指尖上的形式主义”，要从源头
            上做减法。
            """
        let p = parse(text)
        let commentary = p.articles.first { $0.bodyText.hasPrefix("老街改造") }
        #expect(commentary?.headline == "让老街留住烟火气")
        #expect(p.articles.contains { $0.blocks.contains { $0.text == "（作者单位：市社会科学院城市研究所）" } })
        let next = p.articles.first { $0.bodyText.hasPrefix("基层干部") }
        #expect(next?.headline == "别让“指尖上的形式主义”回潮")
        #expect(!p.articles.contains { ($0.headline ?? "").contains("作者单位") })
    }

    @Test("ProseCut: in a dump that ends its paragraphs with blank lines, running text cut in mid-word by a blank line goes on after it")
    func proseCut() {
        // a paragraph a line, cut where a column ended (`自助借` / `阅柜`); one hard-wrapped, cut after a line that
        // stops short (`已为40余` / `所中小学`); one cut on a comma (`三年来，`)
        let text = """
        全区全民阅读活动持续升温

        今年以来，全区全民阅读活动蓬勃开展。读书会、讲座和展览接连举办，参与人数持续增长。

        从读者需求看。随着社区书屋加快建设和一批自助借

        阅柜陆续启用，居民借书还书更加方便，社区里的阅读氛围日渐浓厚。

        预计年底前，全区阅读设施将实现社区全覆盖，服务水平进一步提升。

        区图书馆建成图书流转平台，实现
        借阅数据实时共享，确保配送及时准确。
        截至目前，全区已为40余

        所中小学配送了图书和期刊，学生
        借阅量明显增加，反响良好。

        2021年3月，区委召开文化工作会
        议时提出：“要让书香飘进千家万户，
        打造全民阅读示范区。”
        三年来，

        全区新建社区书屋一百二十个，居民
        人均年借阅量增长两倍。

        下一步，全区40余所学校将全部开通线上借阅服务。

        早在去年五月，区里就开通

        了线上借阅平台，读者足不出户即可
        借书。
        """
        let units = PageParser.units(PageParser.lines(of: text).lines, model: .default).map(\.text)
        #expect(units.contains("从读者需求看。随着社区书屋加快建设和一批自助借阅柜陆续启用，居民借书还书更加方便，社区里的阅读氛围日渐浓厚。"))
        // a paragraph with no sentence ended yet runs on where the two characters either side of the break are a
        // pair the page prints within a line (`余|所`, as in `40余所学校将…`)
        #expect(units.contains("截至目前，全区已为40余所中小学配送了图书和期刊，学生借阅量明显增加，反响良好。"))
        // nor does a paragraph end on a comma
        #expect(units.contains("三年来，全区新建社区书屋一百二十个，居民人均年借阅量增长两倍。"))
        // nor before a line opening with a particle no phrase begins with (`了`, `的`, `们`)
        #expect(units.contains("早在去年五月，区里就开通了线上借阅平台，读者足不出户即可借书。"))
        #expect(BoundParticles.opens("了线上借阅") && BoundParticles.opens("的 “夜班人”") && BoundParticles.opens("们说"))
        #expect(!BoundParticles.opens("了解到") && !BoundParticles.opens("的确如此") && !BoundParticles.opens("了") && !BoundParticles.opens("地方"))
        // a heading after a blank line is no running text; nor is a text that puts no blank line after its paragraphs
        let heading = text.replacingOccurrences(of: "阅柜陆续启用，居民借书还书更加方便，社区里的阅读氛围日渐浓厚。", with: "自助借阅柜陆续启用")
        #expect(PageParser.units(PageParser.lines(of: heading).lines, model: .default).map(\.text).contains("自助借阅柜陆续启用"))
        #expect(!LineJoiner.endsParagraphsWithBlanks(PageParser.lines(of: wrapped.replacingOccurrences(of: "\n\n", with: "\n")).lines))
        #expect(LineJoiner.endsParagraphsWithBlanks(PageParser.lines(of: text).lines))
    }

    @Test("DashWrap: a subtitle (——…) wrapped onto the line under it is one line; a byline under it is not its rest")
    func dashWrap() {
        let page = """
            东门老街换新颜

            ——东门老街历史文化街
            区改造纪实

            本报讯（记者 林晓）昨日，东门老街改造完成，重新向市民开放。
            """
        #expect(units(of: page).contains("——东门老街历史文化街区改造纪实"), "\(units(of: page))")
        let byline = page.replacingOccurrences(of: "区改造纪实", with: "本报记者林晓周文")
        #expect(units(of: byline).contains("——东门老街历史文化街"), "\(units(of: byline))")
        // a subtitle that ends on a closing quote is whole
        let closed = page.replacingOccurrences(of: "——东门老街历史文化街\n区改造纪实", with: "——记东门老街的“守街人”\n改造纪实")
        #expect(units(of: closed).contains("——记东门老街的“守街人”"), "\(units(of: closed))")
    }

    @Test("ProductionEnds: a production line (数据来源：…, 制图：…) wraps onto the next line, and after a blank line it opens a unit of its own")
    func productionEnds() {
        func wrap(_ t: String) -> String { Fixtures.column(t, width: 12) }
        // a page in narrow columns, a headline printed after its story and wrapped, the production lines under it
        let paragraphs = ["今年以来，全区全民阅读活动蓬勃开展，读书会、讲座和展览接连举办，参与人数持续增长。",
                          "区图书馆建成图书流转平台，实现借阅数据实时共享，确保配送及时准确，服务水平进一步提升。",
                          "全区新建社区书屋一百二十个，居民人均年借阅量增长两倍，社区里的阅读氛围日渐浓厚。"]
        let page = (["滨江晚报", "2025年3月12日 星期三", "第5版"] + paragraphs.map(wrap) + ["十年，他把荒坡变成了果\n园", "数据来源：区统计局", "制图：林晓"])
            .joined(separator: "\n\n")
        let u = units(of: page)
        #expect(u.contains("十年，他把荒坡变成了果园") && u.contains("数据来源：区统计局") && u.contains("制图：林晓"), "\(u)")
    }

    @Test("WiderUnder: a heading line under a narrower one, wider by its own first character, shows the line above was not wrapped")
    func widerUnder() {
        func wrap(_ t: String) -> String { Fixtures.column(t, width: 11) }
        // a story in a narrow column, its kicker and headline printed after it, each on a line of its own: the
        // kicker fills the column, the headline is wider than it by a character (its closing quote is its end, not
        // a mark hung past the column: nothing follows it)
        let paragraphs = ["今年以来，老街片区实施微改造，拆除违建、整治立面、补齐设施，居民生活环境明显改善。",
                          "片区新建口袋公园三处，增设休闲座椅和健身器材，老人孩子有了散步玩耍的好去处。",
                          "下一步，街道将继续听取居民意见，推动改造项目从“有没有”向“好不好”转变。"]
        let heads = "老街改造中的“小变化”\n居民家门口有“口袋公园”"
        let page = (["滨江晚报", "2025年3月12日 星期三", "第5版"] + paragraphs.map(wrap) + [heads]).joined(separator: "\n\n")
        let u = units(of: page)
        #expect(u.contains("老街改造中的“小变化”") && u.contains("居民家门口有“口袋公园”"), "\(u)")
        // a line wrapped at its column stays one line with its rest, even where the rest is wider than the line
        // above only by marks the typesetter lets hang past the column (`…又` / `改“里子”？…“微改造”`)
        let hung = page.replacingOccurrences(of: heads, with: "老旧小区改造如何既改“面子”又\n改“里子”？东城区探索“微改造”\n模式，从群众最关心的事做起。")
        #expect(units(of: hung).contains("老旧小区改造如何既改“面子”又改“里子”？东城区探索“微改造”模式，从群众最关心的事做起。"), "\(units(of: hung))")
        #expect(LineJoiner.openingClusterWidth("“口袋公园”") == 4 && LineJoiner.openingClusterWidth("改，造") == 4)
        #expect(LineJoiner.openingClusterWidth("2025年") == 4 && LineJoiner.hangingWidth("探索“微改造”") == 2 && LineJoiner.hangingWidth("探索") == 0)
    }

    @Test("LeadUnder: a report's opening (本报讯…) never runs on from heading lines or from a sentence's end above it")
    func leadUnder() {
        // `pdftotext -raw` text (no blank lines) in a column of 16: a story's end, a kicker and a headline as wide as
        // the column, the next story's opening
        let paragraphs = ["村党支部书记表示，下一步将推动香菇产业与乡村旅游结合，打造采摘体验园，让小香菇发挥更大作用。",
                          "如今，全村香菇种植规模达到一百五十万棒，年产值三千多万元，带动周边三百多户群众增收致富。"]
        let lead = "本报讯（记者 林晓 通讯员 王芳）在石门镇的大山深处，有一位护林员，二十年如一日守护着这片山林。他叫张德福，今年六十岁。"
        let text = (paragraphs.map { Fixtures.column($0, width: 16) } + ["守护荆江两岸青山绿水的“护林人”", "二十年来，他把荒坡变成了万亩果园",
                    Fixtures.column(lead, width: 16)]).joined(separator: "\n")
        let page = parse(text)
        #expect(page.articles.count == 2, "\(page.articles.map(\.headline))")
        #expect(page.articles.last?.blocks.first?.text.hasPrefix("本报讯（记者 林晓 通讯员 王芳）") == true)
    }

    @Test("HeadScrap: a headline's last character, or the words that close its bracket, set apart by a column break's blank line, is its rest")
    func headScrap() {
        func wrap(_ t: String) -> String { Fixtures.column(t, width: 14) }
        let story = ["近日，区应急管理局联合街道开展安全宣传，走进社区和商户，发放资料三千余份。",
                     "活动中，工作人员还检查了沿街商铺的消防设施，督促整改隐患十余处，居民安全意识明显增强。"]
        for (head, rest, whole) in [("江 北 新 区 开 展 节 前 安 全 宣", "传", "江北新区开展节前安全宣传"),
                                    ("让 老 街 坊 住 得 更 舒 心 （ 民 生", "观察）", "让老街坊住得更舒心（民生观察）")] {
            let page = (story.map(wrap) + [head, rest, wrap("本报讯（记者 林晓）昨日，城南街道举办社区邻里节，居民们带来自家拿手菜。")]).joined(separator: "\n\n")
            #expect(units(of: page).contains(whole), "\(units(of: page))")
        }
        // two characters standing alone under a headline (a banner, `城事`) are no scrap of it
        let banner = (story.map(wrap) + ["江 北 新 区 开 展 节 前 安 全 宣", "传", "城事", wrap("本报讯（记者 林晓）昨日，城南街道举办社区邻里节。")]).joined(separator: "\n\n")
        #expect(units(of: banner).contains("城事"), "\(units(of: banner))")
    }

    @Test("WrapEnded: heading lines whose last is a scrap half as wide as the line above have ended; a name under them is no part of them")
    func wrapEnded() {
        // `pdftotext -raw` text: a story's end, a commentary's headline wrapped onto a scrap, its author, its text
        let text = [Fixtures.column("村党支部书记表示，下一步将推动香菇产业与乡村旅游结合，打造采摘体验园，让小香菇发挥更大作用。", width: 14),
                    "全面把握文化消费提质升级的着", "力点", "王志远",
                    Fixtures.column("文化消费是扩大内需的重要领域，也是满足人民日益增长的美好生活需要的重要方面。当前，各地文化消费持续升温。", width: 15)]
            .joined(separator: "\n")
        let page = parse(text)
        #expect(page.articles.last?.headline == "全面把握文化消费提质升级的着力点", "\(page.articles.map(\.headline))")
        #expect(page.articles.last?.byline == "王志远")
    }

    @Test("QuoteSplit: a printed line that the extraction cut in two between a closing and an opening quote is one line again")
    func quoteSplit() {
        // `pdftotext -raw` text in a column of 16: a story's end, a commentary's headline and author, its text, whose
        // first printed line came out in two pieces at `”“`
        let paragraph = Fixtures.column("社区群里“签到”“晒图”不断，各类政务小程序“积分排名”频繁，有的社区干部一天要在多个平台上填报同一份数据，疲于应付。", width: 16)
            .replacingOccurrences(of: "”“", with: "”\n“")
        let text = [Fixtures.column("村党支部书记表示，下一步将推动香菇产业与乡村旅游结合，打造采摘体验园，让小香菇发挥更大作用。", width: 16),
                    "别让“指尖负担”压垮基层干部（今日谈）", "王明远", paragraph].joined(separator: "\n")
        let page = parse(text)
        #expect(page.articles.last?.headline == "别让“指尖负担”压垮基层干部（今日谈）", "\(page.articles.map(\.headline))")
        #expect(page.articles.last?.blocks.first?.text.hasPrefix("社区群里“签到”“晒图”不断") == true, "\(page.articles.last?.blocks.first?.text ?? "")")
        // a heading with a quotation in it over a paragraph that opens with one, wider together than the column, stays apart
        let units = PageParser.units(PageParser.lines(of: [Fixtures.column("村党支部书记表示，下一步将推动香菇产业与乡村旅游结合，打造采摘体验园。", width: 16),
                                                             "小区里的“幸福空间”", "“以前下楼就是停车场，现在有了健身广场。”居民王大爷说。"].joined(separator: "\n")).lines, model: .default)
        #expect(units.map(\.text).contains("小区里的“幸福空间”"), "\(units.map(\.text))")
    }

    @Test("DashOpens: a line led by a dash under heading lines opens a subtitle; a dash alone, or in running text, goes on")
    func dashOpens() {
        func wrap(_ t: String) -> String { Fixtures.column(t, width: 14) }
        let story = ["当城市进入梦乡，还有这样一群人在默默守护，他们用坚守点亮万家灯火，温暖着这座城市。",
                     "凌晨两点，城北供热站的监控室里灯火通明，值班员紧盯着屏幕上跳动的数据，每隔一小时巡查一遍。"]
        // (a headline that nearly fills its column, its subtitle letter-spaced and wrapped right under it)
        let page = (story.map(wrap) + ["守护这座城市的“夜班人”\n— — 节 日 期 间 坚 守 岗 位 的 劳 动\n者群像", "□ 记者 林晓"]).joined(separator: "\n\n")
        #expect(units(of: page).contains("守护这座城市的“夜班人”") && units(of: page).contains("——节日期间坚守岗位的劳动者群像"), "\(units(of: page))")
        // a dash on a line of its own is the end of the line above it
        let lone = (story.map(wrap) + ["城北供热站值班员王建国\n——", "“十年夜班，习惯了”"]).joined(separator: "\n\n")
        #expect(units(of: lone).contains("城北供热站值班员王建国——"), "\(units(of: lone))")
    }

    @Test("ParticleWrap: a line opening with a particle no phrase begins with (的, 了, 们) is the rest of the line right above it")
    func particleWrap() {
        // a headline wrapped in a narrow box, as `pdftotext -raw` prints it, and a paragraph cut after a short line
        let text = """
            全区已建成社区书屋一百二十个，居民借阅量逐年上升。
            读者来信
            一次难忘
            的出行经
            历
            上个月，我带着母亲去城东看病，公交车上，司机师傅一路照顾。
            “谢谢大家帮忙。”住在五楼
            的李阿姨说，社区志愿者每周都来看望她。
            """
        let u = units(of: text)
        #expect(u.contains { $0.hasPrefix("一次难忘的出行经") }, "\(u)")
        #expect(u.contains { $0.hasPrefix("“谢谢大家帮忙。”住在五楼的李阿姨说") }, "\(u)")
        #expect(u.contains("读者来信"), "a line above that stands apart stays apart")
    }

    @Test("CloserLine: a quotation's closing mark set on a line of its own ends the sentence it closes; a caption after it is no part of it")
    func closerLine() {
        // as `pdftotext -raw` prints a story's last paragraphs in a column 16 characters wide (a paragraph's end and the
        // next one's start on one line), the quotation's `”` on a line of its own, the picture's caption and credit
        let paragraphs = ["在云岭镇的大山深处，有一位护林员，三十年如一日守护着这片山林。他叫老杨，今年六十二岁。",
                          "三十年前，这里还是一片荒山，水土流失严重。老杨带着乡亲们一锹一锹挖坑，一棵一棵栽树，硬是把荒山变成了林海。",
                          "山绿了，水清了，村民的日子也越过越红火。村里依托林地资源发展林下经济，种植中药材和食用菌，年收入增加了不少。"]
        let text = (paragraphs.map { Fixtures.column($0, width: 16) }
                    + ["谈起未来，老杨说：“只要我还走得\n动，就会一直守着这片林\n子。\n”", "老杨在林中巡查。", "（通讯员 林晓 摄）"]).joined(separator: "\n")
        let u = units(of: text)
        #expect(u.contains("老杨在林中巡查。"), "\(u)")
        #expect(u.contains { $0.hasSuffix("守着这片林子。”") }, "\(u)")
    }

    @Test("CaptionAfterCredit: a caption that says where its picture stands, under a caption closed by its credit, is a caption of its own")
    func captionAfterCredit() {
        let page = parse("""
        图片新闻

        ▲ 3月11日，市民在江滩公园赏樱花。
        本报记者 王明远 摄

        ▼ 3月11日，东湖绿道上，游客骑行踏青。
        本报通讯员 李清和 摄

        江滩樱花进入盛花期

        本报讯（记者 周一禾）连日来，江滩公园的樱花进入盛花期，吸引众多市民前来赏花踏青。公园管理处提醒，赏花时请文明游园，切勿攀折花枝。
        今年江滩新增樱花树三百余株，花期预计持续至月底。

        左图：东湖磨山樱花园游人如织。（新华社记者 陈晓风 摄）
        右图：小朋友在花树下放风筝。（钱向东 摄）
        """)
        let captions = page.articles.flatMap(\.blocks).filter { $0.type == .caption && $0.text.contains("图：") }.map(\.text)
        #expect(captions == ["左图：东湖磨山樱花园游人如织。（新华社记者 陈晓风 摄）", "右图：小朋友在花树下放风筝。（钱向东 摄）"], "\(captions)")
    }

    @Test("NoteCloses: a sentence closed, a note in brackets after it, and a blank line end the paragraph")
    func noteCloses() {
        #expect(LineShape.noteAfterSentence("这是武汉首条环线地铁。（相关报道见第2版）"))
        #expect(!LineShape.noteAfterSentence("市轨道交通12号线（环线）") && !LineShape.noteAfterSentence("完成全线“洞通”，（记者 王明远"))
        let page = parse("""
        要闻

        地铁12号线全线“洞通”

        本报讯（记者 王明远）11日，市轨道交通12号线完成全线“洞通”，这是武汉首条环线地铁。（相关报道见第2版）

        12号线全长约60公里，设站37座。建成后，将串联起三镇多个重要功能区。
        """)
        #expect(page.articles.first?.blocks.map(\.text) == ["本报讯（记者 王明远）11日，市轨道交通12号线完成全线“洞通”，这是武汉首条环线地铁。（相关报道见第2版）",
                                                           "12号线全长约60公里，设站37座。建成后，将串联起三镇多个重要功能区。"])
    }
}
