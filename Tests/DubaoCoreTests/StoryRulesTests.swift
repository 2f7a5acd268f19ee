import Testing
import DubaoTestSupport
@testable import DubaoCore

/// Units of one line each, labelled as a decode would leave them (each label's state after the one before).
func decodedUnits(_ texts: [String], _ labels: [UnitLabel]) -> [Unit] {
    var us = texts.enumerated().map { k, t in Unit(line: PageLine(number: k, raw: t, gapBefore: 0, indent: 0), index: k) }
    for k in us.indices {
        us[k].label = labels[k]
        us[k].state = DecodeState.state(of: labels[k], after: k == 0 ? nil : us[k - 1].state, markIsFrom: false)
    }
    return us
}

@Suite("Story rules")
struct StoryRulesTests {
    @Test("a byline read between a headline and its subtitle (pdftotext prints it beside the headline) leaves the group whole")
    func bylineInsideHeadlineGroup() {
        let text = """
            江城日报

            全市推进老旧小区改造

            幸福里小区的新变化
            本报记者 林青 王明

            ——来自城东街道的调查

            走进城东街道幸福里小区，新铺的沥青路
            平整干净，楼道里的灯全亮了。居民张大
            爷说，过去一到下雨天，院子里就积水，
            如今排水管网改造完成，再也不用蹚水出
            门了。
            据街道负责人介绍，今年以来，街道共完
            成十二个老旧小区改造，惠及居民三千余
            户，下一步将继续推进加装电梯工作。

            本报讯（记者 李理）昨日，市图书馆新馆
            正式开馆，新馆藏书八十万册，设有少儿
            阅览区和自习区。
            """
        let a = PageParser().parse(text: text, source: "p.txt", idPrefix: "p").articles
        #expect(a.count == 2)
        #expect(a.first?.kicker == "全市推进老旧小区改造" && a.first?.headline == "幸福里小区的新变化")
        #expect(a.first?.subheadline == "——来自城东街道的调查" && a.first?.byline == "本报记者 林青 王明")
        #expect(a.first?.bodyText.hasPrefix("走进城东街道") == true && a.last?.headline == nil)
    }

    @Test("HeadlineRoles: separate lines are roles, adjacent ones a wrap; a dash line is the subtitle wherever it stands")
    func roles() {
        typealias R = HeadlineRoles.Roles
        // a subtitle led by a dash, after the headline or printed before it
        #expect(HeadlineRoles.assign([(text: "守护生命的“急先锋”", apart: true), (text: "——记急诊科护士长陈晓燕", apart: true)])
            == R(headline: "守护生命的“急先锋”", subheadline: "——记急诊科护士长陈晓燕"))
        #expect(HeadlineRoles.assign([(text: "——记急诊科护士长陈晓燕", apart: true), (text: "守护生命的“急先锋”", apart: true)])
            == R(headline: "守护生命的“急先锋”", subheadline: "——记急诊科护士长陈晓燕"))
        // two lines set apart are two roles; a line printed right under another is the same role wrapped
        let wrapped = HeadlineRoles.assign([(text: "城东老街改造完成", apart: true), (text: "青石板路留住了", apart: true),
                                            (text: "老街的乡愁", apart: false)])
        #expect([wrapped.kicker, wrapped.headline, wrapped.subheadline].compactMap { $0 }.count == 2)
        #expect([wrapped.kicker, wrapped.headline, wrapped.subheadline].contains("青石板路留住了老街的乡愁"))
        // a couplet (two phrases of a length, a space between) is a line of display type of its own, never a wrap
        let couplet = HeadlineRoles.assign([(text: "城乡公交线网不断完善", apart: true), (text: "车进村口 客上家门", apart: false),
                                            (text: "全市建制村通公交率达到百分之百", apart: true)])
        #expect(![couplet.kicker, couplet.headline, couplet.subheadline].contains { $0?.contains("完善车进村口") == true }, "\(couplet)")
        #expect([couplet.kicker, couplet.headline, couplet.subheadline].contains { $0?.hasPrefix("车进村口 客上家门") == true })
        // a line led by a dash printed right under the headline is the subtitle, not the headline's rest
        let dashed = HeadlineRoles.assign([(text: "全省千余个社区建成老年食堂", apart: true), (text: "社区里的“暖心食堂”", apart: true),
                                           (text: "——老年助餐服务调查", apart: false)])
        #expect(dashed == R(kicker: "全省千余个社区建成老年食堂", headline: "社区里的“暖心食堂”", subheadline: "——老年助餐服务调查"), "\(dashed)")
        // a single line is the headline; three lines are kicker, headline and subtitle in order
        #expect(HeadlineRoles.assign([(text: "公交新线开通", apart: true)]) == R(headline: "公交新线开通"))
        let three = HeadlineRoles.assign(["引题", "主题", "副题"])
        #expect(three == R(kicker: "引题", headline: "主题", subheadline: "副题"))
        // the line that carries a web column tag is the main headline, whatever its kicker or subtitle says
        #expect(HeadlineRoles.assign(["城东新区探索社区养老新模式，实现医养资源互补", "家门口的好去处（民生关注）"])
            == R(kicker: "城东新区探索社区养老新模式，实现医养资源互补", headline: "家门口的好去处（民生关注）"))
        #expect(HeadlineRoles.assign(["春耕备耕有序推进（今日谈）", "各地抢抓农时翻耕整地，农资供应充足"]).headline == "春耕备耕有序推进（今日谈）")
        // a tag that extraction set on a line of its own, before or after, goes back to the main headline
        #expect(HeadlineRoles.assign([(text: "（观察）", apart: true), (text: "数字化转型不能“一转了之”", apart: true)])
            == R(headline: "数字化转型不能“一转了之”（观察）"))
        #expect(HeadlineRoles.assign([(text: "走进生态修复现场", apart: true), (text: "江畔“伤疤”变“绿肺”", apart: true), (text: "(新时代画卷)", apart: true)]).headline?.hasSuffix("(新时代画卷)") == true)
        #expect(HeadlineRoles.assign([(text: "（观察）", apart: true)]) == R(headline: "（观察）"), "a tag alone stays what it is")
        #expect(!HeadlineRoles.isTagOnly("（上）") && !HeadlineRoles.isTagOnly("（记者 王五）") && HeadlineRoles.isTagOnly(" （今日谈） "))
        // a scrap of a wrapped line (three Han characters or fewer) is the end of the line above it
        #expect(HeadlineRoles.assign([(text: "全省养老服务床位突破四十万", apart: true), (text: "张", apart: true)])
            == R(headline: "全省养老服务床位突破四十万张"))
        #expect(HeadlineRoles.assign([(text: "江畔“伤疤”变“绿", apart: true), (text: "肺”", apart: true), (text: "走进生态修复现场", apart: true)])
            .headline.map { ["江畔“伤疤”变“绿肺”", "走进生态修复现场"].contains($0) } == true)
        #expect(HeadlineRoles.isScrap("张") && HeadlineRoles.isScrap("肺”") && !HeadlineRoles.isScrap("——记") && !HeadlineRoles.isScrap("（观察）")
            && !HeadlineRoles.isScrap("老街的乡愁"))
        // a tag the wrap cut in two is joined back into the tag, and goes back to the main headline; scraps after it
        // join the line they end, not the tag
        #expect(HeadlineRoles.assign([(text: "让“小窗口”连着“大民生”", apart: true), (text: "（今日", apart: true), (text: "谈）", apart: true)])
            == R(headline: "让“小窗口”连着“大民生”（今日谈）"))
        #expect(HeadlineRoles.assign([(text: "城东老街改造完", apart: true), (text: "（今日", apart: true), (text: "谈）", apart: true),
                                      (text: "成", apart: true)]) == R(headline: "城东老街改造完成（今日谈）"))
        // a line the join makes a scrap goes on up: `”` alone holds no Han character, `”张` does
        #expect(HeadlineRoles.assign([(text: "全省养老服务床位突破“四十万", apart: true), (text: "”", apart: true), (text: "张", apart: true)])
            == R(headline: "全省养老服务床位突破“四十万”张"))
        // thousands of scraps are one headline, every character kept (joined in one pass)
        let many = HeadlineRoles.assign([(text: "开头", apart: true)] + Array(repeating: (text: "字", apart: true), count: 5000))
        #expect(many == R(headline: "开头" + String(repeating: "字", count: 5000)))
        // … and so is a scrap that is a term in quotes, or the few characters before a main headline's column tag
        #expect(HeadlineRoles.assign([(text: "社区医生走进千家万户当好居民“健康人”", apart: true), (text: "“守门人”", apart: true)])
            == R(headline: "社区医生走进千家万户当好居民“健康人”“守门人”"))
        #expect(HeadlineRoles.assign([(text: "让文明乘车成为市民的行动自", apart: true), (text: "觉（街谈）", apart: true)])
            == R(headline: "让文明乘车成为市民的行动自觉（街谈）"))
        #expect(HeadlineRoles.isScrap("“守门人”") && HeadlineRoles.isScrap("土重来（人民时评）") && !HeadlineRoles.isScrap("“夜读”服务")
            && !HeadlineRoles.isScrap("荒山变林海（观察）"))
        // a line that opens with the particle 的 goes on from the line above; 的确 opens a phrase
        #expect(HeadlineRoles.assign([(text: "坚守在寒夜里", apart: true), (text: "的“护路人”", apart: true)]) == R(headline: "坚守在寒夜里的“护路人”"))
        #expect(HeadlineRoles.assign([(text: "城市更新", apart: true), (text: "的确让生活更美好", apart: true)]).headline != "城市更新的确让生活更美好")
        // lines printed right under each other that would all be one role are one role each, but where the break
        // falls inside a word (`推|出`, `享|受`): a headline wrapped at its column's width, under its subtitle too
        #expect(HeadlineRoles.assign([(text: "区文化馆周末推", apart: true), (text: "出“非遗课堂”", apart: false)]) == R(headline: "区文化馆周末推出“非遗课堂”"))
        #expect(HeadlineRoles.assign([(text: "——记乡村教师周明", apart: true), (text: "让山里娃都能享", apart: false), (text: "受好的教育", apart: false)])
            == R(headline: "让山里娃都能享受好的教育", subheadline: "——记乡村教师周明"))
        let two = HeadlineRoles.assign([(text: "走进城郊菜篮子基地", apart: true), (text: "冬季蔬菜供应充足", apart: false)])
        #expect(Set([two.kicker, two.headline, two.subheadline].compactMap { $0 }) == ["走进城郊菜篮子基地", "冬季蔬菜供应充足"])
        #expect(HeadlineRoles.wrappedInWord("区文化馆周末推", "出“非遗课堂”") && !HeadlineRoles.wrappedInWord("走进城郊菜篮子基地", "冬季蔬菜供应充足"))
        // nothing of the group is lost, whatever the choice
        let pair = HeadlineRoles.assign(["市图书馆新馆今日开馆", "藏书八十万册 设少儿阅览区"])
        #expect(Set([pair.kicker, pair.headline, pair.subheadline].compactMap { $0 }) == ["市图书馆新馆今日开馆", "藏书八十万册 设少儿阅览区"])
    }

    @Test("HeadlineAttachment: headlines printed after their stories go back to them by content")
    func headlinesAfter() {
        let page = parse("""
        本报讯（记者甲）昨日，市图书馆新馆正式开馆，
        新馆藏书八十万册，设有少儿阅览区和自习区。

        图书馆新馆开馆迎客

        本报讯（记者乙）近日，城东污水处理厂二期工程
        通过验收，日处理能力提高到十万吨。

        污水处理厂二期工程通过验收
        """)
        #expect(page.articles.count == 2)
        #expect(page.articles[0].headline == "图书馆新馆开馆迎客")
        #expect(page.articles[1].headline == "污水处理厂二期工程通过验收")
    }

    @Test("HeadedOnce: a headline line that names no story, under a story already headed above its text, heads the next story with the line after it")
    func headedOnce() {
        // (a whole page, as a dump of a line per paragraph prints it: with its head and foot the decode reads the first
        // letter-spaced line as the first story's headline printed after it; the two stories alone it reads right)
        let page = parse("""
        滨湖晚报

        2025年4月10日 星期四

        A3

        要闻

        本版编辑:罗敏 校对:周全

        文化惠民活动走进乡村(上)

        本报北京4月9日电(记者 孙海)记者9日从文化和旅游部获悉,今年将组织开展文化惠民活动十万场以上,重点向农村地区倾斜。

        据介绍,活动将以群众喜闻乐见的戏曲、电影、图书为主,推动优质文化资源下沉。

        ▲4月9日,演员在沙湖村为村民表演地方戏曲。　本报记者 钱立 摄

        “ 坐 商 ” 变 “ 行 商 ”

        供 销 社 送 货 到 田 头

        本报讯(记者 高远 通讯员 马丽)眼下正值春耕时节,县供销社组织二十余辆货车,把化肥、种子直接送到田间地头。

        “以前要跑十几里路去镇上买,现在打个电话就送到。”种粮大户王德明说。

        (本报记者 高远 整理)

        本文图片均由县供销社提供
        """)
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.headline == "文化惠民活动走进乡村(上)" && page.articles.first?.subheadline == nil)
        let second = page.articles.last.map { [$0.kicker, $0.headline, $0.subheadline].compactMap { $0 } } ?? []
        #expect(second.contains("“坐商”变“行商”") && second.contains("供销社送货到田头"), "\(second)")
    }

    @Test("HeadlineAttachment: headlines before their stories, with kicker and subtitle")
    func headlinesBefore() {
        let page = parse("""
        图书馆新馆开馆迎客

        本报讯(记者甲)昨日,市图书馆新馆正式开馆,新馆藏书八十万册,设有少儿阅览区和自习区。

        城东污水处理厂扩建完成

        二期工程通过验收

        本报讯(记者乙)近日,城东污水处理厂二期工程通过验收,日处理能力提高到十万吨。
        """)
        #expect(page.articles.map(\.headline) == ["图书馆新馆开馆迎客", "城东污水处理厂扩建完成"])
        #expect(page.articles[1].subheadline == "二期工程通过验收")
        #expect(page.articles.map(\.byline) == ["记者甲", "记者乙"])
    }

    @Test("StoryGrouping: intertitles inside a story stay in it; a new headline with a lead starts a story")
    func intertitles() {
        let page = parse("""
        城东老街焕新颜

        □ 记者 王五

        城东老街改造完成后,街面整洁,店铺林立,老街居民和游客都说老街变美了。

        改造先改管网

        老街改造首先改造地下管网,雨污分流后,老街再也没有出现积水,老街居民十分满意。

        老街留住乡愁

        改造中,老街保留了青石板路和老字号招牌,老街居民说,老街的味道还在。

        公交新线开通

        本报讯(记者赵六)昨日,市区新开通三条公交线路,方便市民出行。
        """)
        #expect(page.articles.count == 2)
        let a = page.articles[0]
        #expect(a.kind == .feature)
        #expect(a.byline == "□ 记者 王五")
        #expect(a.blocks.filter { $0.type == .intertitle }.map(\.text) == ["改造先改管网", "老街留住乡愁"])
        #expect(page.articles[1].headline == "公交新线开通")
    }

    @Test("Letters under a column label, closed by signatures, with the editor's note")
    func letters() {
        let page = parse("""
        读 者 来 信

        请给路灯装上开关

        我家门前的路灯白天也亮着,一亮就是一整天,既浪费电又不环保,希望有关部门尽快处理。

        (城西街道居民 钱七)

        公交站应加装座椅

        城北公交站候车的老人很多,但站台没有座椅,老人只能站着等车,十分不便,建议加装座椅。

        (城北小区居民 孙八)
        """)
        #expect(page.articles.count == 2)
        #expect(page.articles.map(\.kind) == [.letter, .letter])
        #expect(page.articles.map(\.headline) == ["请给路灯装上开关", "公交站应加装座椅"])
        #expect(page.articles.map(\.byline) == ["城西街道居民 钱七", "城北小区居民 孙八"])
        #expect(page.articles[0].blocks.last?.type == .signature)
    }

    @Test("Captions go with the story they illustrate, or stand alone as picture news")
    func captions() {
        let page = parse("""
        本报讯(记者甲)昨日,市图书馆新馆正式开馆,新馆藏书八十万册,设有少儿阅览区和自习区,读者纷纷前来借阅图书。

        读者在图书馆新馆少儿阅览区借阅图书。(记者甲 摄)

        昨日,城南公园的樱花竞相开放,吸引众多市民前来观赏拍照。(记者丙 摄)
        """)
        #expect(page.articles.count == 2)
        #expect(page.articles[0].blocks.last?.type == .caption)
        #expect(page.articles[1].kind == .photo)
        #expect(page.articles[1].byline == "记者丙 摄")
        // a credited caption standing in a story and sharing some of its words is that story's picture (the story
        // it stands in counts a little more), not picture news of its own
        let farm = parse("""
        本报讯(记者甲)走进南湖镇的智慧农业产业园,一排排大棚整齐排列。“这里的温度、湿度都由系统自动调节。”技术员王浩一边说,一边打开手机演示。王浩大学学的是农业工程专业,毕业后回到家乡。

        技术员王浩在大棚里查看温度。(记者乙 摄)

        本报讯(记者丙)昨日,市图书馆新馆正式开馆,新馆藏书八十万册,设有少儿阅览区和自习区,读者纷纷前来借阅图书。
        """)
        #expect(farm.articles.map(\.kind) == [.news, .news])
        #expect(farm.articles.first?.blocks.last?.type == .caption)
    }

    @Test("StandingCaption: a paragraph ending in its photo credit, standing apart under a story's last paragraph (or under a label, 图片新闻), is picture news, not the story's text")
    func standingCaptions() {
        let story = """
            全市排查整治城区易涝点四十二处
            　　本报讯（记者 周岚）4月9日，记者从市住建局获悉，今年全市共排查出城区易涝点四十二处，目前已完成整治十九处。
            　　据介绍，今年的整治工作突出“一点一策”，对每个易涝点逐一分析成因，明确责任单位和完成时限。
            """
        let caption = "　　4月9日，园林工人在滨江公园补植樱花树苗。今年春季，全市新增绿地面积三十余万平方米。（本报记者 韩冰 摄）\n"
        let next = """

            我市新增三家城市书房
            　　本报讯 日前，位于东湖社区、沙湖街道和高新区的三家城市书房正式对外开放，市民可凭读者证免费借阅图书。
            """
        for page in [parse(story + "\n\n" + caption + next), parse(story + "\n\n图片新闻\n" + caption + next)] {
            #expect(page.articles.count == 3)
            #expect(page.articles.first?.blocks.count == 2, "the story keeps its two paragraphs")
            let picture = page.articles.dropFirst().first
            #expect(picture?.kind == .photo && picture?.byline == "本报记者 韩冰 摄")
            #expect(picture?.blocks.first?.text.hasPrefix("4月9日，园林工人") == true)
            #expect(page.articles.last?.headline == "我市新增三家城市书房")
        }
        // run on right under the story's last paragraph, it stays the story's
        let close = parse(story + "\n" + caption + next)
        #expect(close.articles.first?.blocks.contains { $0.text.hasPrefix("4月9日，园林工人") } == true)
    }

    @Test("A placed caption (左图：) printed in one story goes to the story it shares more with, however little; else it stays")
    func placedCaptionElsewhere() {
        // the caption's position words and its credit are no story's: what it shares with the ranger's story is
        // little, but more than with the library's, where the page printed it
        let text = """
        本报讯(记者甲)昨日,市图书馆新馆正式开馆,新馆藏书八十万册,设有少儿阅览区和自习区,读者纷纷前来借阅图书。

        左图：护林员杨德福在山上。(记者乙 摄)

        本报讯(记者丙)在云岭镇的大山深处,有一位护林员,三十年如一日守护着这片山林。他叫杨德福,今年六十三岁,每天都要沿着山路巡查十多公里。
        """
        let page = parse(text)
        #expect(page.articles.count == 2)
        #expect(page.articles.first?.blocks.contains { $0.type == .caption } == false)
        #expect(page.articles.last?.blocks.contains { $0.type == .caption && $0.text.contains("杨德福") } == true)
        // a placed caption that shares nothing with the other story stays where it stands
        let stays = parse(text.replacingOccurrences(of: "护林员杨德福在山上", with: "新馆的少儿阅览区"))
        #expect(stays.articles.first?.blocks.contains { $0.type == .caption } == true)
    }

    @Test("On a page with its geometry, the headline line set in the largest type is the main headline")
    func largestTypeIsMain() {
        typealias R = HeadlineRoles.Roles
        let group = ["红门路客运站今起终止经营", "所有班线分流至沙市长途客运站"]
        // the text alone reads the first line as the main headline here; the type sizes say the second
        #expect(HeadlineRoles.assign(group).headline == group[0])
        #expect(HeadlineRoles.assign(group, largest: group[1]) == R(kicker: group[0], headline: group[1]))
        // a subtitle led by a dash never is, whatever its type
        #expect(HeadlineRoles.assign(["守护生命的“急先锋”", "——记急诊科护士长陈晓燕"], largest: "——记急诊科护士长陈晓燕").headline == "守护生命的“急先锋”")
        // through the whole parser: the same lines, typeset kicker small and headline large
        let text = """
        红门路客运站今起终止经营

        所有班线分流至沙市长途客运站

        本报讯（记者甲）昨日起，红门路客运站终止经营，所有班线分流至沙市长途客运站，市民出行请提前查询班次。
        """
        let sizes: [Double?] = [1.3, nil, 2.0, nil, 1.0]
        let page = PageParser().parse(text: text, source: "t.pdf", idPrefix: "t", typeSizes: sizes)
        #expect(page.articles.first?.headline == group[1])
        #expect(page.articles.first?.kicker == group[0])
        // and as plain text it stays as the text reads it
        #expect(parse(text).articles.first?.headline == group[0])
    }

    @Test("A placed caption (右上图：) is one of a story's pictures though it carries its credit; pictures printed one after another outside a story are one item")
    func placedAndGroupedCaptions() {
        let story = parse("""
        本报讯(记者甲)冬季农闲时节,各地农民忙着储备过冬物资,田间地头一派繁忙景象。

        右上图:村民在院子里晾晒腊味。(记者乙 摄)

        农技人员还走村入户,指导农户做好越冬作物的田间管理,确保来年丰收。
        """)
        #expect(story.articles.count == 1)
        #expect(story.articles.first?.blocks.map(\.type) == [.paragraph, .caption, .paragraph])
        let pictures = parse("""
        工人在主干道上悬挂红灯笼,春节临近,城区街道装扮一新。(记者丙 摄)

        市民在年货市场选购春联和福字。(记者丁 摄)

        本报讯(记者甲)昨日,市图书馆新馆正式开馆,新馆藏书八十万册,设有少儿阅览区和自习区,读者纷纷前来借阅图书。
        """)
        #expect(pictures.articles.map(\.kind) == [.photo, .news])
        #expect(pictures.articles.first?.blocks.count == 2)
    }

    @Test("A page of picture news: captions in a row, each opening with its own date, of other subjects by other hands, are an item each")
    func pictureNewsPage() {
        let page = parse("""
        图 片 新 闻

        6月1日,孩子们在江城区青少年宫参加绘画比赛,用画笔描绘心中的美好家园。

        (记者 刘洋 摄)

        5月30日,江城港集装箱码头,一艘货轮正在装卸货物。今年前五个月,江城港集装箱吞吐量同比增长百分之十二。

        (记者 陈飞 通讯员 张岚 摄)

        近日,梧桐湖湿地公园内荷花竞相开放,吸引众多市民前来观赏拍照。

        (记者 周敏 摄)
        """)
        #expect(page.articles.map(\.kind) == [.photo, .photo, .photo])
        #expect(page.articles.map(\.byline) == ["记者 刘洋 摄", "记者 陈飞 通讯员 张岚 摄", "记者 周敏 摄"])
        // dated pictures by one photographer, or of one subject, are still one set
        let set = parse("""
        1月11日,工人在主干道上悬挂红灯笼,春节临近,城区街道装扮一新。(记者 苏婷 摄)

        1月12日,市民在年货市场选购春联和福字。(记者 苏婷 摄)
        """)
        #expect(set.articles.count == 1)
        let lanterns = parse("""
        1月11日,工人在主干道上悬挂红灯笼,城区街道装扮一新。(记者丙 摄)

        1月12日,老街两旁的红灯笼亮起来,城区街道年味渐浓。(记者丁 摄)

        本报讯(记者甲)昨日,市图书馆新馆正式开馆,新馆藏书八十万册,设有少儿阅览区和自习区,读者纷纷前来借阅图书。

        本报讯(记者乙)记者从市交通运输局获悉,今年春运期间,全市道路客运量预计同比增长百分之五。
        """)
        #expect(lanterns.articles.map(\.kind) == [.photo, .news, .news])
    }

    @Test("ParallelIntertitles: a story's first unit, a bracketed label as its intertitles are, is its first intertitle")
    func bracketedFirstIntertitle() {
        let page = parse("""
        暑期托管服务 今年有哪些新变化

        文/本报记者 孙晓燕

        【现场】

        3月10日上午，记者来到南湖社区党群服务中心，工作人员正在布置托管教室。书架上摆满了新买的绘本，墙上贴着课程表。

        “去年托管班只有三十个名额，报名第一天就满了。”社区书记郑红说，今年社区腾出两间活动室，名额增加到六十个。

        【变化】

        和往年相比，今年的托管服务有三个变化：一是时间延长，从早八点到晚六点；二是课程丰富，增加了科普、书法和游泳课。

        【声音】

        家长刘女士说，双职工家庭最怕孩子假期没人管，社区托管离家近、收费低，她已经提前报了名。
        """)
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.blocks.first?.type == .intertitle && page.articles.first?.blocks.first?.text == "【现场】")
        #expect(page.articles.first?.blocks.filter { $0.type == .intertitle }.count == 3)
    }

    @Test("ParallelIntertitles: a label right under the headline, built as the story's intertitles are, is its first intertitle")
    func parallelIntertitles() {
        #expect(ParallelIntertitles.parallel("假日经济", "社区经济"))
        #expect(ParallelIntertitles.parallel("数字赋能新场景", "数字引领新消费"))
        #expect(!ParallelIntertitles.parallel("假日经济", "乡村产业振兴"))
        #expect(!ParallelIntertitles.parallel("惠及五万名群众", "确保资金精准发放"))
        #expect(!ParallelIntertitles.parallel("假日经济", "假日经济"))
        #expect(ParallelIntertitles.parallel("【现场】", "【声音】") && ParallelIntertitles.parallel("“改造要接地气”", "“服务要暖人心”"))
        #expect(!ParallelIntertitles.parallel("【现场】", "（声音）") && !ParallelIntertitles.parallel("【现场】", "【现场】"))
        let page = parse("""
        视觉

        新春里，这些消费新场景火起来了（新春画卷）

        夜间经济

        入夜，江城老街灯火璀璨，夜市、夜游、夜展接连登场，前来打卡的市民和游客络绎不绝。

        市民在老街夜市品尝特色小吃。

        记者 周敏摄

        社区经济

        今年冬天，城郊滑雪场迎来客流高峰，不少家庭带着孩子体验滑雪、雪圈等项目。

        游客在城郊滑雪场体验滑雪。

        记者 陈飞摄

        周末经济

        社区老年大学开设书法、摄影、智能手机等课程，报名人数较去年增长近一倍。
        """)
        #expect(page.articles.count == 1)
        let a = page.articles.first
        #expect(a?.subheadline == nil && a?.byline == nil)
        #expect(a?.blocks.first?.type == .intertitle && a?.blocks.first?.text == "夜间经济")
    }

    @Test("JumpEnds: a story whose last paragraph ends in 下转第N版 ends there; the sidebar under it (相关链接) is an item of its own")
    func jumpEnds() {
        let page = parse("""
        江城日报

        2025年4月12日 星期六

        第1版

        要闻

        【奋进新征程 建功新时代】

        产业链上“链”出发展新动能

        ——我市推进重点产业链建设纪实

        本报讯(记者 何静 通讯员 邓明)走进江城经济开发区新能源电池产业园,一条条自动化生产线高速运转,工人们正在赶制订单。

        去年以来,我市围绕新能源、新材料、生物医药等重点产业,实行“链长制”,由市领导牵头,一条产业链一个工作专班,推动产业链上下游协同发展。

        “链长制让企业找政府更方便了。”江城新能源公司负责人介绍,公司遇到的用地、用电问题,都在专班协调下很快得到解决。(下转第3版)

        相关链接

        什么是“链长制”

        “链长制”是指由地方党政领导担任产业链“链长”,统筹推进产业链招商、补链、强链工作的一种机制。

        江城至沙湖高速公路开工

        本报讯(记者 曹宇)4月11日,江城至沙湖高速公路项目正式开工。项目全长八十六公里,建成后两地通行时间将缩短至一小时以内。

        该项目总投资一百二十亿元,计划三年内建成通车。
        """)
        #expect(page.articles.count == 3)
        let story = page.articles.first
        #expect(story?.headline == "产业链上“链”出发展新动能" && story?.continuesOnPage == 3)
        #expect(story?.blocks.last?.text.hasSuffix("(下转第3版)") == true, "the jump is the story's last paragraph")
        let sidebar = page.articles.dropFirst().first
        #expect(sidebar?.column == "相关链接" && sidebar?.blocks.contains { $0.text.hasPrefix("“链长制”是指") } == true)
        // (its title, a word in quotes among Han characters, heads it: **LabelHead**)
        #expect(sidebar?.headline == "什么是“链长制”")
        #expect(ArticleBuilder.isLabelHead("网友热议") && !ArticleBuilder.isLabelHead("什么是“链长制") && !ArticleBuilder.isLabelHead("“链长制”是一种机制。"))
        #expect(page.articles.last?.headline == "江城至沙湖高速公路开工")
    }

    @Test("A commentary signed with its writer's work or post only (（作者单位：…）, （作者系…）) has no byline; the line stays its last block")
    func affiliationSignature() {
        let page = parse("""
        江城日报

        2025年4月16日 星期三

        第4版

        评论

        江城时评

        让“15分钟生活圈”更有温度

        打造“15分钟生活圈”,不仅要在硬件上补齐短板,更要在服务上下足功夫。菜市场、药店、托育点,一个都不能少。

        生活圈的温度,最终体现在群众的获得感上。只有把群众的需求放在心上,才能让生活圈真正暖起来。

        (作者单位:江城大学马克思主义学院)
        """)
        let story = page.articles.first
        #expect(story?.headline == "让“15分钟生活圈”更有温度" && story?.byline == nil, "\(String(describing: story?.byline))")
        #expect(story?.blocks.last?.type == .signature && story?.blocks.last?.text == "(作者单位:江城大学马克思主义学院)")
        #expect(ArticleBuilder.namesNoWriter("（作者系市社会科学院研究员）") && !ArticleBuilder.namesNoWriter("（作者：周一禾）"))
    }

    @Test("A reporter's bracketed signature after a brief's last sentence (（记者 唐薇）) signs it: never an intertitle, and the brief after it opens its own item")
    func signedBriefs() {
        let page = parse("""
        江城日报
        2025年4月17日 星期四
        第2版
        综合

        简讯
        　　▲4月16日，市科技局举办科技成果转化对接会，三十余家企业与高校院所达成合作意向。（记者 严明）
        　　▲日前，市文旅局发布春季乡村旅游精品线路十条，涵盖赏花、采摘、农家乐等多种体验。（记者 唐薇）
        　　▲近日，城区新增公共充电桩两百个，新能源汽车车主充电更加便利。（记者 严明）

        江城港一季度货物吞吐量同比增长一成
        　　本报讯（记者 邱实）记者从市港航局获悉，一季度江城港完成货物吞吐量一千二百万吨，同比增长百分之十。（完）

        订购热线：0716-8888888
        本报地址：江城市新华路88号
        """)
        let briefs = page.articles.filter { $0.blocks.first?.text.hasPrefix("▲") == true }
        #expect(briefs.count == 3)
        #expect(briefs.map(\.byline) == ["记者 严明", "记者 唐薇", "记者 严明"])
        #expect(briefs.allSatisfy { $0.blocks.map(\.type) == [.paragraph, .signature] }, "\(briefs.map { $0.blocks.map(\.type) })")
    }

    @Test("Continuation marks become page numbers; the banner is the section")
    func marksAndSection() {
        let page = parse("""
        要闻要闻

        (上接第1版)

        会议强调,要抓好各项工作落实,确保全年目标任务圆满完成。

        本报讯(记者甲)昨日,全市经济工作会议召开,会议总结了去年工作,部署了今年任务。(下转第3版)
        """)
        #expect(page.section == "要闻")
        #expect(page.duplicatesRemoved == ["要闻"])
        #expect(page.articles.map(\.continuedFromPage) == [1, nil])
        #expect(page.articles.map(\.continuesOnPage) == [nil, 3])
        #expect(page.articles[0].kind == .continuation)
    }

    @Test("An intertitle at the foot of a column heads the part of its story that jumps pages, not a story of its own")
    func intertitleBeforeJump() {
        let page = parse("""
        本报讯（记者乙）昨日，市图书馆新馆正式开馆，新
        馆藏书八十万册，设有少儿阅览区和自习区，每天
        开放十二个小时。

        图书馆新馆开馆迎客

        本报讯（记者甲）今年以来，全市新建改建农村公路
        三百公里，完成危桥改造四十座，农村客运班线
        通达率达到百分之百。

        交通运输部门介绍，明年将继续推进城乡客运一
        体化，新增公交线路二十条，方便群众出行。

        养护机制持续完善

        （下转第3版）

        农村公路建设提速

        本报讯（记者丙）近日，城东污水处理厂二期工程
        通过验收，日处理能力提高到十万吨。

        污水处理厂二期工程通过验收
        """)
        let jumped = page.articles.filter { $0.continuesOnPage == 3 }
        #expect(jumped.count == 1)
        // the story that jumps is the one with the text, and its foot intertitles are part of it
        #expect(jumped.first?.blocks.contains { $0.text.contains("新增公交线路二十条") } == true)
        #expect(jumped.first?.blocks.contains { $0.type == .intertitle && $0.text == "养护机制持续完善" } == true)
        #expect(jumped.first?.headline == "农村公路建设提速")
        #expect(page.articles.filter { a in a.blocks.contains { $0.text.contains("养护机制") } }.count == 1)
    }

    @Test("A page that decoded no banner takes its section from the furniture the model reads most nearly as one")
    func sectionFromRunnerUp() throws {
        let a = PageParser().analyse("""
        本报讯（记者甲）昨日，市图书馆新馆正式开馆，新
        馆藏书八十万册，设有少儿阅览区和自习区，每天
        开放十二个小时。

        图书馆新馆开馆迎客

        本报讯（记者丙）近日，城东污水处理厂二期工程
        通过验收，日处理能力提高到十万吨。

        污水处理厂二期工程通过验收

        民生

        责任编辑：李敏
        """)
        let section = try #require(a.units.firstIndex { $0.text == "民生" })
        let editor = try #require(a.units.firstIndex { $0.text.hasPrefix("责任编辑") })
        #expect(a.units[section].label == .furniture, "the premise: no unit decoded as the banner")
        #expect(PageParser.likeliestBanner(a, furniture: [section, editor], labels: []) == section)
        // an editor's line is furniture through and through: it never names the section
        #expect(PageParser.likeliestBanner(a, furniture: [editor], labels: []) == nil)
        // a column label is a story's, not the page's
        #expect(PageParser.likeliestBanner(a, furniture: [section, editor], labels: [section]) == nil)
    }

    @Test("A headline-group line that the story's closing bracket repeats is its author's line: the byline")
    func authorLineRepeated() {
        // the units of one letter, labelled by hand: headline, author line, text, closing attribution
        let lines = PageParser.lines(of: "传承志愿精神\n\n城东社区志愿者协会会员李晓红\n\n作为志愿者协会的一员，我是幸福的、光荣的。\n\n（城东社区志愿者协会会员 李晓红）\n").lines
        var units = lines.enumerated().map { Unit(line: $1, index: $0) }
        for (k, s) in [DecodeState.headNext, .headNext, .storyStart, .signature].enumerated() { units[k].state = s; units[k].label = s.label }
        var d = Draft(firstLine: 0)
        d.headline = [0, 1]
        d.body = [2, 3]
        let a = ArticleBuilder(units: units).build(d, kind: .letter, id: "t#1")
        #expect(a.headline == "传承志愿精神" && a.kicker == nil && a.subheadline == nil)
        #expect(a.byline == "城东社区志愿者协会会员李晓红")
        // a second headline line that the end does not repeat stays a headline line
        var other = units
        other[3].text = "（城东社区志愿者协会）"
        let b = ArticleBuilder(units: other).build(d, kind: .letter, id: "t#1")
        #expect(b.byline != "城东社区志愿者协会会员李晓红" && [b.kicker, b.headline, b.subheadline].contains("城东社区志愿者协会会员李晓红"))
    }

    /// The units of a made-up page, one a line, labelled by hand (the first `states.count` of them).
    static func handLabelled(_ page: String, _ states: [DecodeState]) -> [Unit] {
        var units = PageParser.lines(of: page).lines.enumerated().map { Unit(line: $1, index: $0) }
        for (k, s) in states.enumerated() {
            units[k].state = s
            units[k].label = s.label
        }
        return units
    }

    @Test("A jump mark read among a story's headline lines is the story's jump: it leaves the headline for the text, nothing lost")
    func markInHeadline() {
        // a repeated headline printed beside another story's, the 上接 mark inside the row as pdftotext reads it
        let page = "新城大桥主跨（上接第1版）今日合龙\n\n大桥合龙后，桥面铺装随即开始。\n\n施工单位加强安全管理。\n"
        var units = Self.handLabelled(page, [.headNext, .storyStart, .body])
        for k in units.indices { units[k].marks = Markers.continuationMarks(in: units[k].text) }
        var d = Draft(firstLine: 0)
        d.headline = [0]
        d.body = [1, 2]
        let a = ArticleBuilder(units: units).build(d, kind: .continuation, id: "t#1")
        #expect(a.continuedFromPage == 1 && a.continuesOnPage == nil)
        #expect(a.headline == "新城大桥主跨今日合龙", "\(String(describing: a.headline))")
        #expect(a.blocks.first?.text == "（上接第1版）")
        let kept = ([a.kicker, a.headline, a.subheadline].compactMap { $0 } + a.blocks.map(\.text)).joined()
        #expect(kept.filter { !$0.isWhitespace }.sorted() == page.filter { !$0.isWhitespace }.sorted())
        // a 下转 mark there goes after the story's last block; a headline line that was nothing but the mark is gone
        var down = Self.handLabelled("（下转第3版）\n新城大桥今日合龙\n\n大桥合龙后，桥面铺装随即开始。\n", [.headNext, .headNext, .storyStart])
        for k in down.indices { down[k].marks = Markers.continuationMarks(in: down[k].text) }
        var e = Draft(firstLine: 0)
        e.headline = [0, 1]
        e.body = [2]
        let b = ArticleBuilder(units: down).build(e, kind: .news, id: "t#2")
        #expect(b.continuesOnPage == 3 && b.headline == "新城大桥今日合龙" && b.kicker == nil)
        #expect(b.blocks.last?.text == "（下转第3版）")
    }

    @Test("NameSplit: a writer's name between two stories of other subjects begins the second, as its byline; between one story's paragraphs it stays")
    func nameSplits() {
        let bridge = ["新城大桥主跨今天顺利合龙，大桥全长两千米，双向六车道。", "大桥合龙后，施工单位将开始桥面铺装，大桥预计年底通车。",
                      "大桥建成后，城区到新区的车程将缩短到十分钟以内。"]
        let library = ["市图书馆新馆今天开馆，图书馆藏书八十万册，设有少儿阅览区。", "图书馆新馆还开设了自习区和电子阅览室，读者可以预约座位。"]
        func page(_ paragraphs: [String]) -> (units: [Unit], draft: Draft) {
            let text = ([bridge[0], bridge[1], "郑晓岚"] + paragraphs).joined(separator: "\n\n") + "\n"
            let units = Self.handLabelled(text, [.storyStart, .body, .intertitle] + paragraphs.map { _ in .body })
            var d = Draft(firstLine: 0)
            d.body = Array(units.indices)
            return (units, d)
        }
        // the commentary under the name shares nothing with the bridge: it is a story of its own, signed at its head
        let two = page(library)
        var drafts = [two.draft]
        NameSplit.split(drafts: &drafts, units: two.units, names: ArticleBuilder.loneNames(two.units), topic: TopicContext(units: two.units))
        #expect(drafts.map(\.body) == [[0, 1], [3, 4]] && drafts.map(\.bylines) == [[], [2]], "\(drafts.map(\.body))")
        let b = ArticleBuilder(units: two.units).build(drafts[1], kind: .feature, id: "t#2")
        #expect(b.byline == "郑晓岚" && b.blocks.map(\.text) == library)
        // the bridge's own paragraph after the name: one story, the name its writer's
        let one = page([bridge[2]])
        var same = [one.draft]
        NameSplit.split(drafts: &same, units: one.units, names: ArticleBuilder.loneNames(one.units), topic: TopicContext(units: one.units))
        #expect(same.map(\.body) == [[0, 1, 2, 3]])
        // a name that opens or closes the story's text is never a cut
        var edge = Draft(firstLine: 0)
        edge.body = [2, 3, 4]
        var alone = [edge]
        NameSplit.split(drafts: &alone, units: two.units, names: ArticleBuilder.loneNames(two.units), topic: TopicContext(units: two.units))
        #expect(alone.map(\.body) == [[2, 3, 4]])
        // a name of three opens with any surname (`宁海波`); a word of two only with one of the commonest (`党支`)
        #expect(LabelledTitle.isBareName("宁海波") && LabelledTitle.isBareName("郑晓岚") && !LabelledTitle.isBareName("党支"))
        let rare = Self.handLabelled(([bridge[0], bridge[1], "宁海波"] + library).joined(separator: "\n\n") + "\n",
                                     [.storyStart, .body, .intertitle, .body, .body])
        #expect(ArticleBuilder.loneNames(rare) == [2])
    }

    @Test("NameSplit: a name printed right under a story's last sentence, a blank line under it, signs that story; the heading after it heads the next")
    func nameSignsAbove() {
        let page = parse("""
        评论

        让“小窗口”办成“大民生”

        　　政务服务窗口虽小，却连着千家万户。一张笑脸、一句问候、一次办结，群众的满意度就在这些细节里。
        　　提升服务质效，既要在流程上做减法，也要在服务上做加法，让群众少跑腿、好办事。
        郑晓岚

        春耕时节农机忙

        　　眼下正值春耕备耕关键时期，各地农机合作社抢抓农时，组织农机手开展深翻整地作业，田间地头一派繁忙景象。
        　　在城东合作社，十余台拖拉机往来穿梭。合作社负责人介绍，今年新购置了三台无人驾驶插秧机，作业效率提高了一倍。
        """)
        #expect(page.articles.map(\.headline) == ["让“小窗口”办成“大民生”", "春耕时节农机忙"])
        #expect(page.articles.first?.blocks.last?.type == .signature && page.articles.first?.blocks.last?.text == "郑晓岚")
        #expect(page.articles.last?.byline == nil && page.articles.last?.blocks.count == 2)
        // with a blank line above the name and none under it, the name opens the story below, as its byline
        let below = parse("""
        评论

        让“小窗口”办成“大民生”

        　　政务服务窗口虽小，却连着千家万户。一张笑脸、一句问候、一次办结，群众的满意度就在这些细节里。
        　　提升服务质效，既要在流程上做减法，也要在服务上做加法，让群众少跑腿、好办事。

        郑晓岚
        　　眼下正值春耕备耕关键时期，各地农机合作社抢抓农时，组织农机手开展深翻整地作业，田间地头一派繁忙景象。
        　　在城东合作社，十余台拖拉机往来穿梭。合作社负责人介绍，今年新购置了三台无人驾驶插秧机，作业效率提高了一倍。
        """)
        #expect(below.articles.first?.blocks.allSatisfy { $0.type != .signature } == true)
        #expect(below.articles.contains { $0.byline == "郑晓岚" && $0.bodyText.hasPrefix("眼下正值") })
    }

    @Test("Signoff: a writer's line (no reporter's) right under a story's last sentence, a blank line under it, signs that story; under a headline it is the byline")
    func writerLineSignsAbove() {
        func page(_ writer: String) -> Page {
            parse("""
            评论

            让“小窗口”办成“大民生”

            　　政务服务窗口虽小，却连着千家万户。一张笑脸、一句问候、一次办结，群众的满意度就在这些细节里。
            　　提升服务质效，既要在流程上做减法，也要在服务上做加法，让群众少跑腿、好办事。
            \(writer)

            春耕时节农机忙

            　　眼下正值春耕备耕关键时期，各地农机合作社抢抓农时，组织农机手开展深翻整地作业，田间地头一派繁忙景象。
            """)
        }
        for writer in ["作者：郑晓岚", "文／郑晓岚", "□ 郑晓岚"] {
            let p = page(writer)
            #expect(p.articles.map(\.headline) == ["让“小窗口”办成“大民生”", "春耕时节农机忙"], "\(writer)")
            #expect(p.articles.first?.blocks.last?.type == .signature && p.articles.first?.byline == writer, "\(writer)")
            #expect(p.articles.last?.byline == nil && p.articles.allSatisfy { $0.column == nil } && p.furniture.allSatisfy { !$0.contains("郑晓岚") }, "\(writer)")
        }
        // a headline that ends with a question mark, the writer right under it: the writer heads the text below
        let asked = parse("""
        评论

        小区改造如何既改面子又改里子？
        □ 郑晓岚

        　　老旧小区改造，既要看得见的面子，更要住得好的里子。改造前多听居民意见，改造后才能让居民满意。
        """)
        #expect(asked.articles.count == 1 && asked.articles.first?.byline == "□ 郑晓岚" && asked.articles.first?.headline == "小区改造如何既改面子又改里子？")
    }

    @Test("RunInHeadline: an item of a column of briefs is headed by the phrase run in after its bullet; the label over the first names the column")
    func runInHeadlines() {
        let page = parse("""
        江城日报
        2025年3月12日 星期三
        第3版
        城事

        简讯

        ●市图书馆延长开放时间 从本周起，市图书馆每周五、周六开放时间延长至晚上十时，方便上班族和学生读书学习。（记者 周一禾）

        ●城南体育公园免费开放 城南体育公园日前建成并免费向市民开放，公园占地十八万平方米，建有足球场和健身步道。（记者 钱向东）
        """)
        #expect(page.articles.map(\.headline) == ["●市图书馆延长开放时间", "●城南体育公园免费开放"], "\(page.articles.map(\.headline))")
        #expect(page.articles.first?.column == "简讯" && page.articles.first?.blocks.first?.text.hasPrefix("从本周起，") == true)
        // a bullet before a sentence's clause, or a phrase with no text after it, heads nothing
        #expect(ArticleBuilder.runInHeadline("●从本周起，市图书馆 每周五、周六开放时间延长至晚上十时。") == nil)
        #expect(ArticleBuilder.runInHeadline("●市图书馆延长开放时间 详见") == nil)
        #expect(ArticleBuilder.runInHeadline("●市图书馆延长开放时间 从本周起，开放时间延长至晚上十时。")?.0 == "●市图书馆延长开放时间")
    }

    @Test("RunInBrief: briefs under a bulleted label after a story, each signed by its reporter, are stories of their own; the label names the first one's column")
    func runInBriefs() {
        let page = parse("""
        江城晚报
        2025年4月9日 星期三
        第8版
        文化

        全国将新建改建体育公园一千个

        新华社北京4月8日电（记者 冯华）记者8日从国家体育总局获悉，今年全国将新建改建体育公园一千个以上。

        　　据了解，相关部门还将推动公共体育场馆向社会免费或低收费开放。

        ■文化快讯

        　　■江城博物馆漆器展开幕　4月8日，漆器展在江城博物馆开幕，展出漆器精品一百二十件，展期三个月。（记者 苏琳）
        　　■市图书馆推出阅读打卡活动　即日起，读者在市图书馆借阅图书满十本可获赠文创书签一枚。（记者 苏琳）
        """)
        #expect(page.articles.map(\.headline) == ["全国将新建改建体育公园一千个", "■江城博物馆漆器展开幕", "■市图书馆推出阅读打卡活动"], "\(page.articles.map(\.headline))")
        #expect(page.articles.first?.blocks.contains { $0.text.contains("文化快讯") || $0.text.contains("漆器") } == false)
        #expect(page.articles.dropFirst().first?.column == "■文化快讯")
        #expect(page.articles.dropFirst().first?.blocks.first?.text.hasPrefix("4月8日，") == true)
        #expect(page.articles.dropFirst().allSatisfy { $0.kind == .news && $0.byline == "记者 苏琳" })
        #expect(LabelledTitle.isLabel(Unit(line: PageLine(number: 0, raw: "■文化快讯", gapBefore: 1, indent: 0), index: 0)))
    }

    @Test("TableRows: a table printed after a story's last paragraph in a hard-wrapped dump keeps its rows; a caption credited after it stays a caption")
    func tableAfterStory() {
        let page = parse("""
        江城晚报
        2025年4月9日 星期三
        第8版
        体育

        江城队主场力克湖滨队

        本报讯（记者 孟凡）4月8日晚，全省足
        球联赛第五轮在市体育中心打响，江城
        队主场战胜湖滨队，取得三连胜。

        赛后，江城队主教练表示，球队将继续
        稳扎稳打，力争保持良好势头。
        积分榜（前三名）
        江城队 5场 13分
        临江队 5场 12分
        湖滨队 5场 10分

        图为比赛现场。　本报记者 何晨 摄
        """)
        let all = page.articles.flatMap(\.blocks)
        #expect(all.filter { $0.text.hasSuffix("分") }.map(\.text) == ["江城队5场13分", "临江队5场12分", "湖滨队5场10分"], "\(all.map(\.text))")
        #expect(all.contains { $0.text.hasSuffix("良好势头。") })
        #expect(all.first { $0.text.hasPrefix("图为比赛现场") }?.type == .caption)
        // figures spaced apart in running text make no row
        #expect(!LineShape.isTableRow("将 900.982 万元冬春救助") && !LineShape.isTableRow("资金精准发放至 55522 名"))
        #expect(LineShape.isTableRow("江城队 5场 13分"))
    }

    @Test("a caption that ends in its photo credit (`…　本报记者 何晨 摄`) is never a signature, after a table as anywhere")
    func creditedIsNoSignature() {
        let page = parse("""
        江城晚报
        2025年4月9日 星期三
        第8版
        体育·文化
        责任编辑：宋可 校对：林一

        江城队主场2∶1力克湖滨队
        联赛三连胜暂列积分榜第二

        本报讯（记者 孟凡）4月8日晚，
        全省足球联赛第五轮在市体育中心
        打响，江城队主场以2∶1战胜湖滨
        队，取得三连胜。

        上半场第23分钟，江城队前锋李响
        头球破门。下半场湖滨队一度扳平
        比分，第78分钟，替补登场的刘洋
        远射得手，锁定胜局。

        赛后，江城队主教练表示，球队将
        继续稳扎稳打，力争保持良好势头
        。

        积分榜（前三名）
        江城队 5场 13分
        临江队 5场 12分
        湖滨队 5场 10分

        图为比赛现场。　本报记者 何晨 摄

        新华社北京4月8日电（记者 冯华）记者8日从国家体育总局获悉，今年全国群众体育工作将聚焦全民健身场地设施建设，新建改建体育公园一千个以上。

        据了解，相关部门还将推动公共体
        育场馆向社会免费或低收费开放。


        ■文化快讯

        ■江城博物馆“荆楚漆器展”开幕　4
        月8日，“荆楚漆器展”在江城博物
        馆开幕，展出漆器精品一百二十件
        ，展期三个月。（记者 苏琳）
        """)
        let caption = page.articles.flatMap(\.blocks).first { $0.text.hasPrefix("图为比赛现场") }
        #expect(caption?.type == .caption)
    }

    @Test("a production line (who gave the pictures, `本文图片均由县供销社提供`) heads no story: it is the page's furniture")
    func pictureProvider() {
        let page = parse("""
        滨湖晚报
        2025年4月10日 星期四
        A3
        要闻
        本版编辑：罗敏 校对：周全

        文化惠民活动走进乡村（上）

        　　本报北京4月9日电（记者 孙海）记者9日从文化和旅游部获悉，今年将组织开展文化惠民活动十万场以上，重点向农村地区倾斜。
        　　据介绍，活动将以群众喜闻乐见的戏曲、电影、图书为主，推动优质文化资源下沉。

        ▲4月9日，演员在沙湖村为村民表演地方戏曲。　本报记者 钱立 摄

        “ 坐 商 ” 变 “ 行 商 ”
        供 销 社 送 货 到 田 头

        　　本报讯（记者 高远 通讯员 马丽）眼下正值春耕时节，县供销社组织二十余辆货车，把化肥、种子直接送到田间地头。
        　　“以前要跑十几里路去镇上买，现在打个电话就送到。”种粮大户王德明说。
        （本报记者 高远 整理）

        本文图片均由县供销社提供
        """)
        #expect(!page.articles.contains { [$0.headline, $0.kicker, $0.subheadline].contains("本文图片均由县供销社提供") })
        #expect(page.furniture.contains("本文图片均由县供销社提供"))
        #expect(Markers.productionLine("本文图片均由县供销社提供") && Markers.productionLine("图片由受访者提供")
            && Markers.productionLine("本版照片皆由 市文旅局 提供"))
        #expect(!Markers.productionLine("县供销社提供化肥种子") && !Markers.productionLine("由县供销社提供") && !Markers.productionLine("图片由他们提供。"))
    }

    @Test("LabelHead: a story with no headline whose first paragraph is a few Han characters alone (`网友热议`) is headed by them; the commentaries above keep theirs")
    func labelHeads() {
        let page = parse("""
        清江晚报
        2025年4月11日 星期五
        第4版
        评论
        责任编辑：许文

        今日谈

        让“口袋公园”装满幸福

        □本报评论员

        　　近来，城区一批“口袋公园”陆续建成开放，成为市民家门口的休闲好去处。
        　　“口袋公园”虽小，却承载着群众对美好生活的向往。建好更要管好，让小公园持续释放大温暖。

        绿色出行需要更多“慢行道”

        文/周一禾

        　　骑车上班的人多了，可不少路段的非机动车道被占用，骑行者只能在机动车道边缘穿行。
        　　城市规划应当给“慢行”留足空间，让绿色出行既方便又安全。
        （作者为市交通规划研究院工程师）

        网友热议

        @江城老王：家门口的公园多了，晚饭后散步有了好去处。
        @小鱼爱骑车：希望非机动车道能真正还给骑车人。
        """)
        #expect(page.articles.map(\.headline) == ["让“口袋公园”装满幸福", "绿色出行需要更多“慢行道”", "网友热议"], "\(page.articles.map(\.headline))")
        #expect(page.articles.last?.blocks.first?.text.hasPrefix("@江城老王") == true)
        #expect(page.articles.first?.column == "今日谈" && page.articles.first?.byline == "□本报评论员")
    }

    @Test("ColumnRunOn: a paragraph that opens nothing goes on the story before it whose text stops in mid-word; a sentence's end, a report's opening or another subject keeps it apart")
    func columnRunsOn() {
        // the bridge story's second column printed after the library story (pdftotext's default order), decoded as a
        // story of its own: `通|车` is a word over the join
        let bridge = ["新城大桥主跨今天顺利合龙，大桥全长两千米，预计年底建成通", "车，城区到新区的车程将缩短到十分钟以内，大桥两岸新区加快建设。"]
        #expect(WordBreaks.runsOn(Substring(bridge[0]), Substring(bridge[1])))
        func run(_ first: String, _ column: String) -> [[Int]] {
            let texts = ["新城大桥今日合龙", first, "市图书馆新馆开馆", "市图书馆新馆今天开馆，新馆藏书八十万册，读者可以预", column]
            let units = Self.handLabelled(texts.joined(separator: "\n\n") + "\n", [.headNext, .storyStart, .headNext, .storyStart, .storyStart])
            var a = Draft(firstLine: 0), b = Draft(firstLine: 2), c = Draft(firstLine: 4)
            a.headline = [0]
            a.body = [1]
            b.headline = [2]
            b.body = [3]
            c.body = [4]
            var drafts = [a, b, c]
            var us = units
            ColumnRunOn.merge(drafts: &drafts, units: &us, topic: TopicContext(units: units))
            return drafts.map(\.body)
        }
        // the library story between them stops in mid-sentence too, but no word runs on from it: the bridge's is asked
        #expect(run(bridge[0], bridge[1]) == [[1, 4], [3]])
        // a text that ends its sentence there has ended: the paragraph is another story's
        #expect(run("新城大桥主跨今天顺利合龙，大桥预计年底建成。", bridge[1]) == [[1], [3], [4]])
        // a paragraph of another subject, though a word runs on (`通|车`): apart
        #expect(run(bridge[0], "车展开幕，展出新能源汽车两百辆，观众络绎不绝。") == [[1], [3], [4]])
        // a report's opening begins a story wherever it stands (`根|本` a word over the join)
        let root = "新城大桥主跨今天顺利合龙，大桥解决了新区交通拥堵的根"
        #expect(WordBreaks.runsOn(Substring(root), Substring("本报讯")))
        #expect(run(root, "本报讯（记者 李明）大桥两岸新区加快建设，新区到城区的车程将缩短到十分钟。") == [[1], [3], [4]])
    }

    @Test("WordRunsOn: a paragraph cut in mid-word and its rest are one paragraph; a sentence's end or a report's opening keeps them two")
    func wordRunsOn() {
        func blocks(_ texts: [String]) -> [String] {
            let units = Self.handLabelled(texts.joined(separator: "\n\n") + "\n", [.storyStart] + texts.dropFirst().map { _ in .body })
            var d = Draft(firstLine: 0)
            d.body = Array(units.indices)
            return ArticleBuilder(units: units).build(d, kind: .other, id: "t#1").blocks.map(\.text)
        }
        // `通|车`: a word over the cut
        #expect(blocks(["新城大桥主跨今天顺利合龙，大桥预计年底建成通", "车，城区到新区的车程将缩短到十分钟。"])
                == ["新城大桥主跨今天顺利合龙，大桥预计年底建成通车，城区到新区的车程将缩短到十分钟。"])
        #expect(blocks(["新城大桥主跨今天顺利合龙，大桥预计年底建成。", "车程将缩短到十分钟。"]).count == 2)
        // two short lines without a mark are a poem's, broken where the poet broke them (`柳|树`, a word over the break)
        #expect(WordBreaks.runsOn(Substring("江边的柳"), Substring("树又绿了")))
        #expect(blocks(["江边的柳", "树又绿了"]).count == 2)
        // (`根|本`: a word, but a report opens there)
        #expect(blocks(["大桥解决了新区交通拥堵的根", "本报讯（记者 李明）大桥两岸新区加快建设。"]).count == 2)
    }

    @Test("A writer's name alone among a story's paragraphs signs it; a scrap of a headline or a name the text speaks of does not")
    func loneNameSigns() {
        // a commentary whose writer's name the page's order put between its paragraphs, decoded as an intertitle
        let page = "让街巷更有烟火气\n\n城市更新，既要改面子，也要改里子。\n\n郑晓岚\n\n改造要问需于民，把好事办到群众心坎上。\n\n江豚频\n\n长江禁渔 江豚频现身\n"
        let units = Self.handLabelled(page, [.headNext, .storyStart, .intertitle, .body, .intertitle, .headNext])
        var d = Draft(firstLine: 0)
        d.headline = [0]
        d.body = [1, 2, 3, 4]
        let a = ArticleBuilder(units: units).build(d, kind: .other, id: "t#1")
        #expect(a.blocks.map(\.type) == [.paragraph, .signature, .paragraph, .intertitle], "the name signs; 江豚频, a scrap of a headline on the page, stays")
        #expect(a.byline == "郑晓岚")
        // a name the story's text speaks of is no signature: it stays as the decode read it
        var spoken = units
        spoken[3].text = "郑晓岚说，改造要问需于民，把好事办到群众心坎上。"
        let b = ArticleBuilder(units: spoken).build(d, kind: .other, id: "t#1")
        #expect(b.blocks.map(\.type) == [.paragraph, .intertitle, .paragraph, .intertitle] && b.byline == nil)
        // nor a short heading that opens with a character that is also a surname (高, 温) but is no name of two or three
        var heading = units
        heading[2].text = "高质量发展新路径"
        let c = ArticleBuilder(units: heading).build(d, kind: .other, id: "t#1")
        #expect(c.blocks[1].type == .intertitle)
    }

    @Test("A line led by a dash that the decode read as a byline is the headline's subtitle; the writer's line stays the byline")
    func dashLineNoByline() {
        let units = Self.handLabelled("夜色里的守护者\n\n本报记者 王五 赵六\n\n——节日期间坚守岗位的人们\n\n除夕夜，城市的灯火一盏盏亮起，还有一群人在岗位上默默守护。\n",
                                      [.headNext, .byline, .byline, .storyStart])
        var d = Draft(firstLine: 0)
        d.headline = [0]
        d.bylines = [1, 2]
        d.body = [3]
        let a = ArticleBuilder(units: units).build(d, kind: .news, id: "t#1")
        #expect(a.headline == "夜色里的守护者" && a.subheadline == "——节日期间坚守岗位的人们")
        #expect(a.byline == "本报记者 王五 赵六")
    }

    @Test("A column's label the decode read as a story's byline is the page's furniture; a writer's name, of any surname, stays")
    func bylineLabel() {
        var units = Self.handLabelled("家门口的小公园\n\n群众来信\n\n宁晓川\n\n记者 王五\n\n上个月，小区旁边建起了一座口袋公园，居民们都很高兴。\n",
                                      [.headNext, .byline, .byline, .byline, .storyStart])
        var d = Draft(firstLine: 0)
        d.headline = [0]
        d.bylines = [1, 2, 3]
        d.body = [4]
        var drafts = [d]
        var furniture: [Int] = []
        LabelledTitle.bylineLabels(drafts: &drafts, units: &units, furniture: &furniture)
        #expect(furniture == [1] && units[1].state == .furnitureClosed)
        // 宁 is no common surname, but a name of three that opens with a surname is a writer's
        #expect(drafts[0].bylines == [2, 3])
    }

    @Test("A paragraph of one sentence that says where its picture stands (下图：, 图为) is a caption, but not in a picture story")
    func placedCaption() {
        let page = "社区扫雪保畅通\n\n连日降雪，各社区组织志愿者清扫积雪，保障居民出行。\n\n下图：志愿者在小区门口清扫积雪。\n\n"
            + "图为清晨的街道。环卫工人已经清扫了三个小时，路面恢复通行，居民出行不再困难。\n\n上图所示的路段是积雪最厚的地方，也是清扫的重点。\n"
        let units = Self.handLabelled(page, [.headNext, .storyStart, .body, .body, .body])
        var d = Draft(firstLine: 0)
        d.headline = [0]
        d.body = [1, 2, 3, 4]
        let a = ArticleBuilder(units: units).build(d, kind: .news, id: "t#1")
        // two sentences after 图为 are text; a sentence that speaks of a picture without placing one is text
        #expect(a.blocks.map(\.type) == [.paragraph, .caption, .paragraph, .paragraph])
        // in a picture story, the caption's words are the story's own
        let p = ArticleBuilder(units: units).build(d, kind: .photo, id: "t#1")
        #expect(p.blocks.map(\.type) == [.paragraph, .paragraph, .paragraph, .paragraph])
    }

    @Test("Headline lines broken inside a word the story uses are one line; two roles that meet at no such word stay two")
    func headlineWrappedInWord() {
        let text = "全国首个区域性数据交易中心昨日上线运行，首批挂牌数据产品一百余个。"
        #expect(ArticleBuilder.wrappedInWord("全国首个区域性数据交", "易中心上线运行", text))
        #expect(!ArticleBuilder.wrappedInWord("数据要素市场建设提速", "全国首个交易中心上线", text), "速全 is no word of the story")
        #expect(!ArticleBuilder.wrappedInWord("数据交", "（观察）", text) && !ArticleBuilder.wrappedInWord("全国首个数据", "——交易中心见闻", text))
        // in a story: the pieces become one main headline
        let lines = PageParser.lines(of: "全国首个区域性数据交\n易中心上线运行\n\n本报讯（记者甲）\(text)\n").lines
        var units = lines.enumerated().map { Unit(line: $1, index: $0) }
        for (k, st) in [DecodeState.headNext, .headNext, .storyStart].enumerated() { units[k].state = st; units[k].label = st.label }
        var d = Draft(firstLine: 0)
        d.headline = [0, 1]
        d.body = [2]
        let a = ArticleBuilder(units: units).build(d, kind: .news, id: "t#1")
        #expect(a.headline == "全国首个区域性数据交易中心上线运行" && a.kicker == nil && a.subheadline == nil)
    }

    @Test("DuplicatePassages: the copy inside an unrelated story goes, and the story it cut joins up")
    func duplicates() {
        let page = parse("""
        城市公园开放

        本报讯(记者甲)城市公园昨日开放,公园内有湖泊、草坪和儿童游乐场,市民可以免费入园游玩,

        今冬气温偏高,流感病毒活跃,医生提醒市民注意防护,勤洗手、多通风,出现症状及时就医。

        公园还设置了健身步道和停车场。

        流感进入高发期

        本报讯(记者乙)近日,我市进入流感高发期,各医院发热门诊就诊人数明显增加。

        今冬气温偏高,流感病毒活跃,医生提醒市民注意防护,勤洗手、多通风,出现症状及时就医。
        """)
        #expect(page.duplicatesRemoved.count == 1)
        #expect(page.duplicatesRemoved.first?.contains("流感病毒活跃") == true)
        let park = page.articles.first { $0.headline == "城市公园开放" }
        #expect(park?.blocks.first?.text.hasSuffix("市民可以免费入园游玩,公园还设置了健身步道和停车场。") == true)
        let flu = page.articles.first { $0.headline == "流感进入高发期" }
        #expect(flu?.bodyText.contains("流感病毒活跃") == true)
    }

    @Test("DuplicatePassages: the copy that goes on from the word before it stays, though the text around the other shares its words")
    func duplicateInsideWord() {
        // the repeat begins inside a word of the first story (`陶|艺品牌`); its copy stands after a full stop in a
        // second story about orders too, whose words it shares
        let page = parse("""
        园区企业忙生产

        本报讯(记者甲)城南工业园区道路宽阔整洁,两旁种满了香樟和桂花,园区东侧新建的厂房已经陆续投入使用。一家陶艺品牌的负责人介绍说,今年订单比去年多出三成,车间里工人们正忙着赶制,机器声此起彼伏,包装好的成品整齐码放在仓库门口,等待装车发往各地。

        外贸出口持续向好

        本报讯(记者乙)今年以来,我市外贸订单持续增长,出口企业比去年明显增多。艺品牌的负责人介绍说,今年订单比去年多出三成,车间
        海关数据显示,前十个月出口额增长一成,各地车间生产繁忙。
        """)
        #expect(page.duplicatesRemoved.count == 1)
        let works = page.articles.first { $0.headline == "园区企业忙生产" }
        #expect(works?.bodyText.contains("一家陶艺品牌的负责人介绍说,今年订单比去年多出三成,车间里工人们正忙着赶制") == true)
        let trade = page.articles.first { $0.headline == "外贸出口持续向好" }
        #expect(trade?.bodyText.contains("多出三成") == false)
        #expect(trade?.bodyText.contains("明显增多。") == true && trade?.bodyText.contains("海关数据显示") == true)
    }

    @Test("DuplicatePassages: the copy that the text after it goes on from in mid-word stays, though a comma stands before it; the block cut off there goes")
    func duplicateRunningOn() {
        // the copy stands as lines of their own in a story on another subject, cut where the extraction cut it
        // (`多跑`); the passage goes on in its own paragraph (`多跑|路`) after a comma
        let page = parse("""
        冰雪运动热起来

        本报讯(记者甲)入冬以来,北方多地滑雪场迎来客流高峰,雪场新增了两条初级雪道和一个儿童戏雪区,还推出了夜场滑雪。

        关键在于把群众的难处当作自己的事。既要在制度上

        打通堵点,推动数据多跑

        滑雪场负责人介绍,今年来的游客比去年同期多了三成,周末基本一票难求。雪场还请来专业教练,为初学者开设免费体验课,不少家长带着孩子来学滑雪,冰雪运动正在走进寻常百姓家。

        让小窗口连着大民生

        政务服务窗口虽小,却是群众感受作风的第一扇门,一张笑脸、一句解释、一次办结,往往比一摞文件更能赢得人心。

        让小窗口连着大民生,关键在于把群众的难处当作自己的事。既要在制度上打通堵点,推动数据多跑路、群众少跑腿;也要在作风上较真碰硬,对推诿扯皮的现象及时纠正。窗口服务好不好,最终要由群众说了算。
        """)
        #expect(page.duplicatesRemoved.count == 1)
        #expect(page.duplicatesRemoved.first?.contains("既要在制度上\n打通堵点") == true)
        let body = page.articles.map(\.bodyText).joined()
        #expect(body.contains("让小窗口连着大民生,关键在于把群众的难处当作自己的事。既要在制度上打通堵点,推动数据多跑路、群众少跑腿"))
        #expect(body.components(separatedBy: "关键在于").count == 2)
    }

    @Test("Signoff: a notice's issuer and the day under it sign the notice; neither heads a story")
    func signoff() {
        #expect(Signoff.isIssuer("江城市城市建设管理局") && Signoff.isIssuer("中共江城市委 江城市人民政府") && Signoff.isIssuer("江城市恒达建材有限公司"))
        #expect(!Signoff.isIssuer("春运首日全市发送旅客") && !Signoff.isIssuer("王小明") && !Signoff.isIssuer("本报记者 王芳"))
        let page = parse("""
        南湖路封闭施工公告

        因城市道路建设需要，南湖路（解放路至建设路段）将于4月1日起实施封闭施工，预计工期六个月。施工期间请过往车辆和行人绕行，由此带来的不便，敬请谅解。

        江城市城市建设管理局

        2025年3月14日

        春季招聘会提供岗位两万个

        本报讯（记者 黄雅）3月9日，全市春季大型招聘会在市会展中心举行，三百余家企业提供就业岗位两万余个。
        """)
        let notice = page.articles.first { $0.bodyText.contains("封闭施工") }
        #expect(notice?.blocks.suffix(2).map(\.type) == [.signature, .signature])
        #expect(notice?.blocks.suffix(2).map(\.text) == ["江城市城市建设管理局", "2025年3月14日"])
        #expect(page.articles.first { $0.bodyText.contains("招聘会") }?.headline == "春季招聘会提供岗位两万个")
        #expect(!page.furniture.contains("2025年3月14日"))
    }

    @Test("Signoff: a reader's letter signed on a line of its own (读者 张建华) ends with that signature, not an intertitle")
    func letterWriter() {
        #expect(Signoff.isLetterWriter("读者 张建华") && Signoff.isLetterWriter("——市民 王丽") && Signoff.isLetterWriter("网友李明"))
        #expect(!Signoff.isLetterWriter("读者来信") && !Signoff.isLetterWriter("市民热议新规定") && !Signoff.isLetterWriter("记者 张建华"))
        let page = parse("""
        编读往来

        小区停车难何时能解决

        编辑同志：

        我家住在城东花园小区，小区建于上世纪九十年代，原本没有规划停车位。近年来私家车越来越多，每天晚上回家都要绕好几圈才能找到车位。

        希望有关部门能帮忙想想办法。

        读者 张建华

        记者追踪

        记者就此联系了城东街道办事处。工作人员表示，街道已经摸排了辖区内停车困难的老旧小区，计划建设临时停车场。
        """)
        let letter = page.articles.first { $0.bodyText.contains("停车位") }
        #expect(letter?.blocks.last?.type == .signature && letter?.blocks.last?.text == "读者 张建华")
        #expect(page.articles.flatMap(\.blocks).filter { $0.text == "读者 张建华" }.allSatisfy { $0.type == .signature })
    }

    @Test("a row of ornaments between stories (★ ★ ★, ＊＊＊) sets them apart; it heads none")
    func ornamentRows() {
        let page = parse("""
        全市开展春季植树活动

        本报讯（记者 孙立）3月17日，全市春季义务植树活动在东湖公园启动，两千余名干部群众参加，共栽下树苗一万余株。

        ★ ★ ★

        图书馆延长开放时间

        本报讯（记者 王丽）从本周起，市图书馆每天开放至晚上九点，方便上班族下班后借阅图书。

        ＊＊＊

        社区举办健康讲座

        本报讯（通讯员 吴涛）3月16日，幸福里社区邀请市中医院专家为居民举办健康讲座，讲解春季养生知识。
        """)
        #expect(page.articles.map(\.headline) == ["全市开展春季植树活动", "图书馆延长开放时间", "社区举办健康讲座"])
        #expect(page.articles.allSatisfy { $0.kicker == nil && $0.subheadline == nil })
        #expect(page.furniture.contains("★ ★ ★") && page.furniture.contains("＊＊＊"))
    }

    @Test("VerseRuns: a signed poem's short lines, in stanzas, are its text: one story under its title")
    func verse() {
        let page = parse("""
        随笔

        院子里的玉兰开了。清早推开窗，一树洁白的花朵在晨光里静静地站着，像一群穿着白裙子的姑娘。

        母亲说，这棵玉兰是我出生那年栽下的。四十年过去，它从一根细细的枝条长成了两层楼高的大树。

        江边柳

        □ 王明远

        江边的柳树
        又绿了
        风一吹
        就把春天
        写在了水面上

        一只白鹭
        从柳梢飞过
        它不说话
        只把影子
        留给了江水
        """)
        let poem = page.articles.first { $0.headline == "江边柳" }
        #expect(poem?.byline == "□ 王明远")
        #expect(poem?.blocks.count == 10 && poem?.blocks.allSatisfy { $0.type == .paragraph } == true)
        #expect(poem?.blocks.first?.text == "江边的柳树" && poem?.blocks.last?.text == "留给了江水")
        #expect(page.articles.filter { $0.bodyText.contains("柳") || $0.bodyText.contains("白鹭") }.count == 1)
    }

    @Test("VerseRuns: a line alone above the next piece's byline is that piece's title, not the poem's last line")
    func verseThenNextTitle() {
        let page = parse("""
        文苑

        灯下的夜晚

        □ 周一禾

        灯下一本书
        翻到第几页
        窗外有雨
        落在旧瓦上

        书里的人
        走了很远
        我跟着他
        走到天明

        渡口

        □ 钱向东

        　　小时候，外婆家门前有一个渡口。每天清晨，摆渡的老人撑着竹篙，把赶集的乡亲一船一船送到对岸。
        """)
        #expect(page.articles.map(\.headline) == ["灯下的夜晚", "渡口"])
        #expect(page.articles.first?.blocks.last?.text == "走到天明")
        #expect(page.articles.last?.byline == "□ 钱向东")
        let units = PageParser.units(PageParser.lines(of: "□ 周一禾\n\n灯下一本书\n翻到第几页\n窗外有雨\n\n书里的人\n走了很远\n我跟着他\n\n渡口\n\n□ 钱向东\n").lines, model: .default)
        #expect(VerseRuns.find(units) == [0, 1, 2, 2, 2, 2, 2, 0, 0])
        // a title of two characters under the page's banner, over the poet's name, is the poem's title, not a banner
        let short = parse("文苑\n\n夜读\n\n□ 周一禾\n\n灯下一本书\n翻到第几页\n窗外有雨\n\n书里的人\n走了很远\n我跟着他\n")
        #expect(short.section == "文苑" && short.articles.map(\.headline) == ["夜读"], "\(String(describing: short.section))")
    }

    @Test("VerseRuns: short lines are verse only in stanzas under a poet's name; headlines wrapped short, or under a reporter's byline, are not")
    func verseRunShapes() {
        func units(_ text: String) -> [Unit] { PageParser.units(PageParser.lines(of: text).lines, model: .default) }
        let poem = units("□ 王明远\n\n江边的柳树\n又绿了\n风一吹\n\n一只白鹭\n从柳梢飞过\n它不说话\n")
        #expect(VerseRuns.find(poem) == [0, 1, 2, 2, 2, 2, 2])
        // one stanza only; a reporter's byline; no byline
        #expect(VerseRuns.find(units("□ 王明远\n\n江边的柳树\n又绿了\n风一吹\n一只白鹭\n从柳梢飞过\n它不说话\n")).allSatisfy { $0 == 0 })
        #expect(VerseRuns.find(units("记者 王明远\n\n江边的柳树\n又绿了\n风一吹\n\n一只白鹭\n从柳梢飞过\n它不说话\n")).allSatisfy { $0 == 0 })
        #expect(VerseRuns.find(units("百姓呼声\n\n江边的柳树\n又绿了\n风一吹\n\n一只白鹭\n从柳梢飞过\n它不说话\n")).allSatisfy { $0 == 0 })
    }

    @Test("DuplicatePassages: a deck that quotes its story's sentence is no double; the story keeps its words")
    func deckQuotingItsStory() {
        let page = parse("""
        稳稳兜住群众的出行需求

        城 乡 公 交 线 网
        到2026年基本成形，到2030年更加完善

        本报讯(记者甲)市交通运输局昨日发布公交线网优化方案。按照方案部署，全市公交线网到2026年基本成形，到2030年更加完善。通过持续优化，公交站点五百米覆盖率将达到百分之九十。
        """)
        #expect(page.duplicatesRemoved.isEmpty)
        #expect(page.articles.first?.bodyText.contains("按照方案部署，全市公交线网到2026年基本成形，到2030年更加完善。通过持续优化") == true)
    }
}

/// Asking many stories at once: a query weighed once and looked up in each story as one profile answers what
/// `continuity` and `overlap` answer on the story's parts.
@Suite("Topic shares")
struct TopicShareTests {
    @Test("share of a weighed query in a story's one profile equals continuity and overlap on its parts")
    func sameAnswers() {
        let texts = ["新城大桥主桥顺利合龙，大桥建设进入冲刺阶段", "大桥全长二点四公里，设双向六车道", "今年春运今天正式开始，客运站加开班次",
                     "春运预计发送旅客三百万人次", "城南到城北只需十分钟，大桥六月通车"]
        let profiles = texts.map { TopicIndex.profile($0) }
        let index = TopicIndex(profiles: profiles)
        let parts = [profiles[0], profiles[1]]
        var one = Profile()
        for p in parts { one.formUnion(p) }
        for q in [profiles[4], profiles[3], TopicIndex.profile("大桥通车，春运开始")] {
            #expect(index.share(index.weighed(q, vocabularyOnly: true), in: one) == index.continuity(parts, q))
            #expect(index.share(index.weighed(q, vocabularyOnly: false), in: one) == index.overlap(q, parts))
        }
        // and the answers are not all alike: the bridge story shares more with the bridge than the travel one does
        #expect(index.continuity(parts, profiles[4]) > index.continuity(parts, profiles[3]))
    }

    @Test("a bigram table: valueOrAdd adds a key once and then gives its count unchanged; place(of:) is one slot a key")
    func table() {
        var t = BigramTable(capacity: 64)
        var rng = SplitMix(seed: 0xB16)
        let keys = (0..<60).map { _ in rng.next() | 1 }
        for (i, k) in keys.enumerated() { #expect(t.valueOrAdd(k, Int32(i + 1)) == 0) }
        for (i, k) in keys.enumerated() {
            #expect(t.valueOrAdd(k, 99) == i + 1)
            #expect(t.value(k) == i + 1)
        }
        #expect(Set(keys.compactMap { t.place(of: $0) }).count == keys.count)
        #expect(t.value(2) == 0 && t.place(of: 2) == nil)
    }

    @Test("the page's bigrams are numbered once each: a bigram has one number in every unit that holds it")
    func numbering() {
        let texts = ["新城大桥主桥顺利合龙", "大桥全长二点四公里", "今年春运今天正式开始", "春运预计发送旅客三百万人次", "大桥六月通车"]
        let profiles = texts.map { TopicIndex.profile($0) }
        let index = TopicIndex(profiles: profiles)
        var numberOf: [UInt64: Int32] = [:]
        for p in profiles {
            let numbers = index.numbered(p)
            #expect(numbers.count == p.count)
            for (b, k) in zip(p.keys, numbers) {
                #expect(k >= 0 && Int(k) < index.vocabulary)
                if let seen = numberOf[b] { #expect(seen == k) } else { numberOf[b] = k }
            }
        }
        #expect(Set(numberOf.values).count == numberOf.count && numberOf.count == index.vocabulary)
        // a bigram the page does not hold has no number; 大桥 (in three units) weighs less than 合龙 (in one)
        #expect(index.numbered(TopicIndex.profile("长江")).isEmpty)
        let bridge = index.numbered(TopicIndex.profile("大桥"))[0], closing = index.numbered(TopicIndex.profile("合龙"))[0]
        #expect(index.frequencyOf[Int(bridge)] == 3 && index.frequencyOf[Int(closing)] == 1)
        #expect(index.weightOf[Int(bridge)] < index.weightOf[Int(closing)])
    }
}

@Suite("Label stories")
struct LabelStoriesTests {
    /// Units of an invented snippet, one a paragraph.
    static func units(_ text: String) -> [Unit] {
        PageParser.units(PageParser.lines(of: text).lines, model: .default)
    }

    @Test("a story that is nothing but a short label goes with the story under it: the label its first block, the headline with it")
    func labelJoinsTheNextStory() throws {
        var units = Self.units("城区口袋公园陆续开放\n\n本期导读\n\n今年以来，城区新建了一批口袋公园，方便市民就近休闲。\n\n清晨六点，公园里已有不少晨练的居民。\n")
        #expect(units.map(\.text) == ["城区口袋公园陆续开放", "本期导读", "今年以来，城区新建了一批口袋公园，方便市民就近休闲。", "清晨六点，公园里已有不少晨练的居民。"])
        #expect(LabelStories.isLabel(units[1]) && !LabelStories.isLabel(units[2]))
        // as a decode that began a story at the label and another at the text under it leaves them
        var drafts = [Draft(headline: [0], body: [1], firstLine: 0), Draft(body: [2, 3], firstLine: 4)]
        LabelStories.merge(drafts: &drafts, units: &units)
        #expect(drafts.count == 1)
        #expect(drafts[0].headline == [0] && drafts[0].body == [1, 2, 3])
        #expect(units[1].state == .intertitle)
        let article = ArticleBuilder(units: units).build(drafts[0], kind: .feature, id: "p#1")
        #expect(article.headline == "城区口袋公园陆续开放" && article.blocks.first?.text == "本期导读")
    }

    @Test("a label story is left alone where both stories have headlines, or the one under it goes on from another page, or the label is a sentence")
    func leftAlone() throws {
        var units = Self.units("城区口袋公园陆续开放\n\n本期导读\n\n公交线路调整\n\n今年以来，城区新建了一批口袋公园，方便市民就近休闲。\n")
        var drafts = [Draft(headline: [0], body: [1], firstLine: 0), Draft(headline: [2], body: [3], firstLine: 4)]
        LabelStories.merge(drafts: &drafts, units: &units)
        #expect(drafts.count == 2)
        var continued = [Draft(headline: [0], body: [1], firstLine: 0), Draft(body: [3], continuation: true, firstLine: 6)]
        LabelStories.merge(drafts: &continued, units: &units)
        #expect(continued.count == 2)
        var sentence = Self.units("城区口袋公园陆续开放\n\n好消息。\n\n今年以来，城区新建了一批口袋公园，方便市民就近休闲。\n")
        var two = [Draft(headline: [0], body: [1], firstLine: 0), Draft(body: [2], firstLine: 4)]
        LabelStories.merge(drafts: &two, units: &sentence)
        #expect(two.count == 2)
    }

    @Test("on a page of the corpus (rendering B): the story under its editor's-note label keeps its headline")
    func labelOnACorpusPage() throws {
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/corpus/B/seeds/bhrb_mrprj.txt")
        let page = PageParser().parse(text: Fixtures.text(url), source: url.path, idPrefix: "b")
        let story = try #require(page.articles.first { $0.headline?.hasPrefix("新春消费") == true })
        #expect(story.bodyText.count > 100, "the story's text, not its label alone: \(story.bodyText)")
        #expect(!page.articles.contains { $0.bodyText.count <= 12 })
    }

    @Test("LabelAsSection: on a corpus page (rendering A) whose banner stands in the middle, over a story, the banner names the section")
    func labelAsSection() throws {
        let url = Fixtures.root.appendingPathComponent("Tests/Fixtures/corpus/A/seeds/nzwb_20241028_10.txt")
        let page = PageParser().parse(text: Fixtures.text(url), source: url.path, idPrefix: "a")
        #expect(page.section == "城事")
        #expect(page.furniture.contains("城事") && !page.articles.contains { $0.column == "城事" })
    }

    @Test("MissedBanner: a page decoded with no section, whose banner stands under a story's headline printed after it, is decoded again with that banner")
    func missedBanner() {
        func wrap(_ t: String) -> String { Fixtures.column(t, width: 14) }
        let first = ["昨日，城南街道举办社区邻里节，居民们带来自家拿手菜，与邻居分享交流，现场气氛热烈。",
                     "活动中，社区还组织了义诊、理发和家电维修等便民服务，吸引了两百多名居民参加，大家纷纷点赞。",
                     "街道负责人表示，将把邻里节办成社区的品牌活动，让居民在家门口感受温暖，增进邻里感情。"]
        let second = ["本报讯（记者 王芳）近日，市图书馆推出夜间开放服务，每周五、周六延长开放至晚上十时。",
                      "图书馆还开设了亲子阅读区和自习区，方便上班族和学生利用晚上时间读书学习，受到读者欢迎。",
                      "据统计，夜间开放首周，图书馆共接待读者三千余人次，借阅图书五千余册，读者满意度很高。"]
        for banner in ["文 体", "新农村"] {
            // a story, its kicker and its wrapped headline printed after it, the page's banner, the next story
            let text = (["江城晚报", "2025年3月12日 星期三", "第6版", "□ 记者 林晓"] + first.map(wrap)
                        + ["一场邻里节的温情\n让 家 家 户 户 “ 近 ” 在 身\n边", banner] + second.map(wrap) + ["图书馆夜间开放受欢迎"])
                .joined(separator: "\n\n")
            let page = parse(text)
            let name = banner.replacingOccurrences(of: " ", with: "")
            #expect(page.section == name, "\(banner): \(String(describing: page.section))")
            #expect(page.articles.first?.headline == "让家家户户“近”在身边", "\(page.articles.map(\.headline))")
        }
        // nor is a story's only headline taken for the banner of a page that prints none
        let plain = parse((second.prefix(2).map(wrap) + ["老街邻里节", wrap("本报讯（记者 林晓）" + first[0]), wrap(first[1])]).joined(separator: "\n\n"))
        #expect(plain.section == nil && plain.articles.map(\.headline) == [nil, "老街邻里节"], "\(plain.articles.map(\.headline)) \(String(describing: plain.section))")
        // a page whose banner was decoded keeps it
        let decoded = parse((["江城晚报", "2025年3月12日 星期三", "第6版", "文体文体"] + second.map(wrap) + ["图书馆夜间开放受欢迎"]).joined(separator: "\n\n"))
        #expect(decoded.section == "文体")
    }

    @Test("DoubledBanner: of two units decoded as the banner, the one the extraction printed twice names the section; the other is a story's column")
    func doubledBanner() {
        func wrap(_ t: String) -> String { Fixtures.column(t, width: 14) }
        let first = ["本报讯（记者 林晓）昨日，城南街道举办社区邻里节，居民们带来自家拿手菜，与邻居分享交流。",
                     "活动中，社区还组织了义诊、理发和家电维修等便民服务，吸引了两百多名居民参加，大家纷纷点赞。"]
        let second = ["本报讯（记者 王芳）近日，市图书馆推出夜间开放服务，每周五、周六延长开放至晚上十时。",
                      "图书馆还开设了亲子阅读区和自习区，方便上班族和学生利用晚上时间读书学习，受到读者欢迎。"]
        // a picture story under its column label at the head of the page, the banner printed twice at its foot
        let text = (["江城晚报", "2025年3月12日 星期三", "第6版", "图片故事", "昨日，市民在江滩公园赏花游玩。", "（记者 林晓 摄）", "春到江滩"]
                    + first.map(wrap) + ["邻里节上话邻情"] + second.map(wrap) + ["图书馆夜间开放受欢迎", "文体文体", "责任编辑：吴刚"])
            .joined(separator: "\n\n")
        let page = parse(text)
        #expect(page.section == "文体", "\(String(describing: page.section))")
        #expect(page.articles.first?.column == "图片故事" && !page.articles.contains { $0.column == "文体" }, "\(page.articles.map(\.column))")
    }

    @Test("PictureNews: a headline with captions under it and then another story's headline is picture news of its own")
    func pictureNewsBetweenHeadlines() {
        let text = ["江城晚报", "2025年3月12日 星期三", "第6版", "文体", "雪后梅花别样红",
                    "1月7日，游客在城东梅园赏梅拍照。当日，雨雪过后，园内数千株梅花竞相绽放，吸引众多市民前来观赏。",
                    "林晓摄（城市影像）", "守护城市的“夜班人”", "——节日期间坚守岗位的劳动者群像", "本报记者 王芳",
                    "当城市进入梦乡，还有这样一群人在默默守护。他们是城市的“夜班人”，用坚守点亮万家灯火。",
                    "凌晨两点，城北供热站的监控室里灯火通明。值班员王建国紧盯着屏幕上跳动的数据。"].joined(separator: "\n\n")
        let page = parse(text)
        #expect(page.articles.map(\.headline) == ["雪后梅花别样红", "守护城市的“夜班人”"], "\(page.articles.map(\.headline))")
        #expect(page.articles.first?.blocks.first?.text.hasPrefix("1月7日，游客在城东梅园") == true)
        #expect(page.articles.last?.blocks.first?.text.hasPrefix("当城市进入梦乡") == true, "the story opens with its own text, not the picture's caption")
    }

    @Test("ColumnLabel: a writer's name alone before a story's headline names no column; a label there does")
    func nameIsNoColumn() {
        func unit(_ t: String, _ i: Int) -> Unit { Unit(line: PageLine(number: i, raw: t, gapBefore: 1, indent: 0), index: i) }
        for (label, column) in [("钱志刚", nil), ("吴敏", nil), ("市民信箱", "市民信箱"), ("时评", "时评")] as [(String, String?)] {
            let units = [unit(label, 0), unit("数字化转型不能一转了之", 1), unit("当前，不少企业把数字化转型作为提质增效的关键一招。", 2)]
            var drafts = [Draft(headline: [1], body: [2], firstLine: 1)]
            let used = PageFurniture.assignColumns(units: units, furniture: [0], drafts: &drafts, kinds: [.news])
            #expect(drafts[0].column == column && used == (column == nil ? [] : [0]), "\(label): \(String(describing: drafts[0].column))")
        }
    }

    @Test("LabelledTitle: a letter under its column label and title, after a story that ended, is a story of its own; a feature's intertitle pairs are not")
    func labelledTitle() {
        func page(_ tail: [String]) -> Page {
            let text = (["江城晚报", "2025年4月8日 星期二", "第5版", "民生", "城西片区完成雨污分流改造",
                         "本报讯（记者 周新）记者昨日从市住建局获悉，城西片区雨污分流改造工程全面完工，片区内二十三个小区告别了雨天污水漫溢的历史。",
                         "据介绍，工程共新建雨水管网十八公里、污水管网十二公里，改造检查井六百余座，总投资一点二亿元。",
                         "市住建局相关负责人表示，下一步将把改造经验推广到城东、城南片区，力争三年内实现主城区雨污分流全覆盖。"]
                        + tail).joined(separator: "\n\n")
            return PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        }
        let letter = page(["市民信箱", "小区门前的积水何时能排掉",
                           "我住在城北的和平里小区，小区门口的路面低洼，每逢下雨便积水成塘，老人孩子出门只能绕道而行。",
                           "我们曾多次向物业反映，物业说路面归市政管，希望有关部门能来看一看，早日把积水的问题解决好。"])
        #expect(letter.articles.count == 2, "\(letter.articles.map(\.headline))")
        #expect(letter.articles.last?.headline == "小区门前的积水何时能排掉")
        #expect(letter.articles.last?.column == "市民信箱")
        #expect(letter.articles.last?.blocks.first?.text.hasPrefix("我住在城北") == true)
        #expect(letter.articles.first?.blocks.contains { $0.text.contains("积水") } == false, "the letter is not the report's")
        // a feature's intertitles in pairs, the second no longer than twice the first, stay in it
        let feature = page(["菜篮子稳", "价格平",
                            "走进城西农贸市场，各类蔬菜摆满摊位，青菜每斤一元五角，比上月便宜了两角，市民挑选得不亦乐乎。",
                            "市场负责人介绍，今年以来市场与周边十多个蔬菜基地签订了直供协议，货源足了，价格也稳了下来。"])
        #expect(feature.articles.count == 1, "\(feature.articles.map(\.headline))")
        // a writer's name over a commentary's title is no column's label
        #expect(!LabelledTitle.isLabel(Unit(line: PageLine(number: 0, raw: "钱志刚", gapBefore: 1, indent: 0), index: 0)))
        #expect(LabelledTitle.isLabel(Unit(line: PageLine(number: 0, raw: "百姓呼声", gapBefore: 1, indent: 0), index: 0)))
        // a title is a whole line, its brackets closed (not a piece of a byline cut off, `高菲）2月4日下午，市劳`)
        let label = Unit(line: PageLine(number: 0, raw: "市民信箱", gapBefore: 1, indent: 0), index: 0)
        #expect(!LabelledTitle.isTitle([Unit(line: PageLine(number: 1, raw: "高菲）2月4日下午，市劳动就业", gapBefore: 1, indent: 0), index: 1)], over: label))
        #expect(LabelledTitle.isTitle([Unit(line: PageLine(number: 1, raw: "感谢社区帮我们解决了“停车难”", gapBefore: 1, indent: 0), index: 1)], over: label))
    }

    @Test("LabelledTitle: a label over a title that pdftotext -raw wrapped onto two lines, read as a story's last intertitles, heads a story of its own; two short intertitles under a label stay the story's")
    func labelledTitleWrapped() {
        /// A story read as: a paragraph, then `tail` as intertitles, then a paragraph.
        func split(_ tail: [String]) -> (drafts: [Draft], units: [Unit], furniture: [Int]) {
            let texts = ["城西片区雨污分流改造工程全面完工，片区内二十三个小区告别了雨天污水漫溢的历史。"] + tail
                + ["上个月，我在城北公交站捡到一个钱包，里面有身份证和两千多元现金。"]
            var units = decodedUnits(texts, texts.indices.map { $0 == 0 ? .storyStart : $0 == texts.count - 1 ? .body : .intertitle })
            var drafts = [Draft(headline: [], body: Array(units.indices), firstLine: 0)]
            var furniture: [Int] = []
            LabelledTitle.split(drafts: &drafts, units: &units, furniture: &furniture)
            return (drafts, units, furniture)
        }
        let letter = split(["市民信箱", "一封迟到的", "感谢信"])
        #expect(letter.drafts.count == 2)
        #expect(letter.drafts.last?.headline.map { letter.units[$0].text } == ["一封迟到的感谢信"])
        #expect(letter.drafts.last?.body == [4] && letter.drafts.first?.body == [0])
        #expect(letter.furniture == [1] && letter.units[4].label == .storyStart)
        // a title on one line
        #expect(split(["市民信箱", "小区门前的积水何时能排掉"]).drafts.count == 2)
        // a feature's pair of short intertitles under a label, a label over a title no longer than twice it, a name
        #expect(split(["一线探访", "房子新了", "设备全了"]).drafts.count == 1)
        #expect(split(["市民信箱", "积水何时排掉"]).drafts.count == 1)
        #expect(split(["钱志刚", "让好政策落到田间地头"]).drafts.count == 1)
    }

    @Test("WriterUnder: a writer's line under a title, named by where they work and its space lost, stands alone (a byline), wrapped or not; the letter under it opens the story")
    func writerUnderTitle() {
        func page(_ writer: String) -> [Article] {
            let report = "本报讯（记者 周新）记者昨日从市住建局获悉，城西片区雨污分流改造工程全面完工，片区内二十三个小区告别了雨天污水漫溢的历史。"
            let more = "据介绍，工程共新建雨水管网十八公里、污水管网十二公里，改造检查井六百余座，总投资一点二亿元。"
            let letter = "作为一名志愿者，我在社区服务站做了三年义工。每个周末，我们都会去看望独居老人，帮他们打扫卫生、陪他们聊天。老人们的笑容，是我坚持下去的最大动力。"
            let text = ["江城晚报", "2025年4月8日 星期二", "第5版", "民生", "城西片区完成雨污分流改造", Fixtures.column(report, width: 15),
                        Fixtures.column(more, width: 15), "志愿服务让生活更美好", writer, Fixtures.column(letter, width: 15)].joined(separator: "\n")
            return PageParser().parse(text: text, source: "p.txt", idPrefix: "p").articles
        }
        for writer in ["江城市青年志愿者协会会员周晓梅", "江城市青年志愿者协会会员周晓\n梅"] {
            let a = page(writer)
            #expect(a.map(\.headline) == ["城西片区完成雨污分流改造", "志愿服务让生活更美好"], "\(writer)")
            #expect(a.last?.byline == "江城市青年志愿者协会会员周晓梅", "\(writer)")
            #expect(a.last?.blocks.first?.text.hasPrefix("作为一名志愿者") == true, "\(writer)")
        }
    }

    @Test("CommaWrap: a line opening with a comma goes on from the line above it (a headline pdftotext -raw cut at its quote), whatever the shapes")
    func commaWrap() {
        let report = "本报讯（记者 周新）记者昨日从市住建局获悉，城西片区雨污分流改造工程全面完工，片区内二十三个小区告别了雨天污水漫溢的历史。"
        let lead = "编前：为展现我市生态文明建设成果，本报今起推出系列报道，走进江畔湿地、城市公园和乡村林场，讲述守护绿水青山的故事。"
        let more = "清晨的江滩湿地公园，白鹭在浅滩上起落，晨练的市民沿着步道慢跑。五年前，这里还是堆满砂石的码头。"
        let text = ["江城晚报", "2025年4月8日 星期二", "第5版", "民生", "城西片区完成雨污分流改造", Fixtures.column(report, width: 15),
                    "“绿·江城”", "，共绘生态", "新画卷", Fixtures.column(lead, width: 15), Fixtures.column(more, width: 15)].joined(separator: "\n")
        let a = PageParser().parse(text: text, source: "p.txt", idPrefix: "p").articles
        #expect(a.map(\.headline) == ["城西片区完成雨污分流改造", "“绿·江城”，共绘生态新画卷"], "\(a.map(\.headline))")
        #expect(!a.flatMap(\.blocks).contains { $0.text.hasPrefix("，") })
        #expect(a.last?.blocks.first?.text.hasPrefix("编前：") == true)
    }

    @Test("LabelledTitle: a headline group that opens with a column's label over its title gives the label to the story's column, and the story is never merged into the one before it as an intertitle")
    func labelOverTitleIsColumn() {
        let letter = "我家住在城北的和平里小区，小区门口的路面低洼，每逢下雨便积水成塘。"
        // (a phrase over a title is a kicker; a short headline over a dash's subtitle is the headline)
        // (soft: what StoryMerging.softStart says of the story: a dash's subtitle is no soft start either)
        for (kicker, title, column, soft) in [("市民信箱", "小区门前的积水何时能排掉", true, false),
                                              ("城西片区雨污分流改造工程全面完工", "小区门前的积水何时能排掉", false, true),
                                              ("古镇新生", "——记江南水乡白沙镇的保护与发展", false, false)] {
            var us = decodedUnits([kicker, title, letter], [.headlineNext, .headlineNext, .storyStart])
            var drafts = [Draft(headline: [0, 1], body: [2], firstLine: 0)]
            var furniture: [Int] = []
            // a label over a title is no soft start of a story (StoryMerging leaves it a story of its own)
            let before = Draft(headline: [], body: [], firstLine: 0)
            #expect(StoryMerging.softStart(drafts[0], previous: before, units: us) == soft, "\(kicker)")
            LabelledTitle.labelsToColumns(drafts: &drafts, units: &us, furniture: &furniture)
            #expect(drafts[0].headline == (column ? [1] : [0, 1]), "\(kicker)")
            #expect(furniture == (column ? [0] : []), "\(kicker)")
        }
        // the label read as furniture right above the title: no soft start either; a page's header line there is no label
        for (above, soft) in [("市民信箱", false), ("第5版", true)] {
            let us = decodedUnits([above, "小区门前的积水何时能排掉", letter], [.furniture, .headlineNext, .storyStart])
            #expect(StoryMerging.softStart(Draft(headline: [1], body: [2], firstLine: 1), previous: Draft(headline: [], body: [], firstLine: 0),
                                           units: us) == soft, "\(above)")
        }
    }

    @Test("InterviewAnswer: a speaker's answer right after the interviewer's question goes on with the interview, whatever its length")
    func interviewAnswers() {
        let text = """
            访谈

            让非遗在年轻人中“活”起来

            ——对话剪纸艺术传承人陶秀英

            本报记者 范文静

            记者：您从事剪纸艺术多少年了？

            陶秀英：从十二岁跟着外婆学剪纸算起，已经五十多年了。那时候家家户户过年都要贴窗花，剪纸是生活的一部分。

            记者：现在年轻人喜欢剪纸吗？

            陶秀英：越来越多了。这几年我们进校园、进社区开课，很多年轻人通过短视频认识了剪纸，主动来工作室学习。

            记者：您对剪纸的未来有什么期待？

            陶秀英：希望剪纸能和现代设计结合，走进更多人的生活。

            相关链接

            剪纸是中国最古老的民间艺术之一，2009年入选联合国教科文组织人类非物质文化遗产代表作名录。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.count == 1)
        #expect(page.articles.first?.blocks.filter { $0.type == .qa }.count == 6)
        #expect(page.articles.first?.blocks.first?.text.hasPrefix("记者：") == true)
        // a speaker after anything but a question is left to the model (`张三：…` can open a story's quote)
        #expect(UnitFacts.opensWithSpeaker("陶秀英：越来越多了。") && UnitFacts.isQuestion("记者：现在年轻人喜欢剪纸吗？"))
    }

    @Test("where the rules together permit no labelling of a page, it is decoded with marks alone kept to marks, not given up")
    func infeasibleRules() {
        let text = "本报讯（记者 李华）从本周起，市图书馆延长开放时间。\n\n（下转第2版）\n\n读者纷纷表示欢迎。"
        let lines = PageParser.lines(of: text).lines
        let units = PageParser.units(lines, model: .default)
        let topic = TopicContext(units: units)
        let emission = PageParser.emission(UnitFeature.extract(units: units, lines: lines, topic: topic), model: .default)
        // a rule set that forbids every state of the second unit
        let none = PageParser.decode(emission, units: units, model: .default, permitted: { k, _ in k != 1 })
        #expect(none.total > -.infinity)
        #expect(none.states.count == units.count)
        #expect(none.states[1] == .markTo)
        let usual = PageParser.decode(emission, units: units, model: .default, permitted: PageParser.permitted(units))
        #expect(usual.states.first == .storyStart && usual.states[1] == .markTo)
    }
}
