import Testing
@testable import DubaoCore

/// An invented page as text copied from a web page prints it: a paragraph a line, blank lines only between stories;
/// and the same page in the seeds' two dump styles (a line per paragraph with blank lines between all of them and
/// ASCII commas and brackets; hard-wrapped at fifteen characters).
@Suite("Copied pages")
struct CopiedPageTests {
    static let page = """
        江城日报
        2025年4月9日 星期三
        第3版
        综合新闻

        东湖绿道二期工程全线贯通
        本报讯（通讯员 刘倩 记者 周航）4月8日，随着最后一段栈桥完成铺装，东湖绿道二期工程全线贯通，市民骑行一圈可串起沿湖六个公园。
        据介绍，二期工程全长二十三公里，新建栈桥四座、驿站九处，沿线补植乔木一万二千余株。工程采用透水铺装，雨天路面不积水。
        市园林局相关负责人表示，绿道将于本月中旬向市民开放，开放后将实行分时段限流，节假日高峰期间设置临时停车点。

        小店“上云”记
        ——江北街道个体工商户数字化转型见闻
        □ 本报记者 韩冰 通讯员 钟敏
        清晨七点，江北街道菜市场里，摊主吴大姐一边招呼顾客，一边用手机查看昨晚的线上订单。
        “以前只守着摊子卖，现在线上线下两条腿走路。”吴大姐说，去年加入街道组织的“社区团购”后，她的生意多了三成。
        线上接单
        街道商会会长介绍，辖区四百多家个体工商户中，已有一百六十家开通了线上店铺。街道请来电商讲师，每月开设两期免费培训课。

        图片新闻
        4月8日，江城市实验小学学生在校园农场里给蔬菜浇水。该校开设劳动课，每个班级认领一块菜地。本报记者 严岚 摄

        简讯
        ■江城博物馆“荆楚漆器展”开幕 4月8日，“荆楚漆器展”在江城博物馆开幕，展出漆器文物一百二十件，展期三个月。（记者 唐薇）
        ■我市启动春季植树活动 4月7日，我市春季义务植树活动启动，全市设立植树点二十个，预计植树十万株。（记者 唐薇）

        全国春播粮食面积稳中有增
        新华社北京4月8日电 农业农村部8日发布，截至目前，全国已春播粮食一亿二千万亩，完成意向面积的百分之十四，进度同比略快。
        农业农村部有关负责人表示，各地加快春播进度，种子、化肥、农药等农资供应充足，价格总体稳定。（据新华社）

        责任编辑：张三 美术编辑：李四 校对：王五
        """

    /// A line per paragraph, a blank line after each, ASCII commas, brackets and colons (the second seed's style).
    static var spaced: String { spaced(page) }
    static func spaced(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            String(line).replacingOccurrences(of: "，", with: ",").replacingOccurrences(of: "（", with: "(")
                .replacingOccurrences(of: "）", with: ")").replacingOccurrences(of: "：", with: ":")
        }.joined(separator: "\n\n")
    }

    /// Every line wrapped at fifteen Han characters' width (thirty columns), a blank line after each paragraph (the
    /// first seed's style).
    static var wrapped: String { wrapped(page) }
    static func wrapped(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: true).map { line in
            var rows: [String] = [""]
            for c in line {
                if DisplayWidth.of(rows[rows.count - 1] + String(c), ambiguousWide: true) > 30 { rows.append("") }
                rows[rows.count - 1].append(c)
            }
            return rows.map { $0.trimmingCharacters() }.joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// A page as copied from the web, and in the seeds' two dump styles, each named.
    static func renderings(_ text: String) -> [(name: String, text: String)] {
        [("copied", text), ("spaced", spaced(text)), ("wrapped", wrapped(text))]
    }

    static func story(_ page: Page, _ headline: String) -> Article? { page.articles.first { $0.headline == headline } }

    @Test("a page that sets only its stories apart with blank lines reads each of its lines as a paragraph")
    func storiesApart() {
        let lines = PageParser.lines(of: Self.page).lines
        #expect(lines.dropFirst().allSatisfy { $0.gapBefore >= 1 })
        let page = parse(Self.page)
        #expect(Self.story(page, "东湖绿道二期工程全线贯通")?.blocks.map(\.type) == [.paragraph, .paragraph, .paragraph])
        let shop = Self.story(page, "小店“上云”记")
        #expect(shop?.byline == "□ 本报记者 韩冰 通讯员 钟敏")
        #expect(shop?.blocks.first?.text.hasPrefix("清晨七点") == true)
        #expect(shop?.blocks.map(\.type) == [.paragraph, .paragraph, .intertitle, .paragraph])
        // a page wrapped at a width with blank lines between its stories keeps its breaks
        let narrow = PageParser.lines(of: Self.wrapped.replacingOccurrences(of: "\n\n", with: "\n")
            .replacingOccurrences(of: "\n小店", with: "\n\n小店")).lines
        #expect(narrow.filter { $0.gapBefore > 0 }.count == 1)
    }

    @Test("a caption ending in a plain credit (`…菜地。本报记者 严岚 摄`) ends there: the label and the brief under it are not its rest")
    func plainCreditEnds() {
        let line = PageLine(number: 0, raw: "该校开设劳动课，每个班级认领一块菜地。本报记者 严岚 摄", gapBefore: 0, indent: 0)
        #expect(line.endsWithCreditOrMark)
        #expect(!PageLine(number: 0, raw: "该校开设劳动课，每个班级认领一块菜地。本报记者 严岚", gapBefore: 0, indent: 0).endsWithCreditOrMark)
        let page = parse(Self.spaced)
        let photo = page.articles.first { $0.kind == .photo }
        #expect(photo?.blocks.count == 1)
        #expect(photo?.blocks.first?.text.hasSuffix("本报记者 严岚 摄") == true)
        #expect(photo?.byline == "本报记者 严岚 摄")
    }

    @Test("a picture under its label whose credit the hard-wrapped dump set on the line under it (`…认领一块菜地。` / `本报记者 严岚 摄`) is picture news, not the text of the story above")
    func labelledPictureCreditBelow() {
        // (as the wrap at fifteen characters falls when the caption's last sentence fills its row)
        let text = Self.creditBelow.replacingOccurrences(of: "BRIEF", with: Self.wrapped("■江城博物馆“荆楚漆器展”开幕 4月8日，“荆楚漆器展”在江城博物馆开幕，展出漆器文物一百二十件，展期三个月。（记者 唐薇）"))
        #expect(text.contains("菜地。\n本报记者 严岚 摄\n"))
        let page = parse(text)
        let photo = page.articles.first { $0.kind == .photo }
        #expect(photo?.column == "图片新闻" && photo?.byline == "本报记者 严岚 摄", "\(page.articles.map(\.headline))")
        #expect(photo?.blocks.first?.text.hasSuffix("认领一块菜地。") == true)
        #expect(page.articles.filter { $0.kind != .photo }.allSatisfy { a in a.blocks.allSatisfy { !$0.text.contains("菜地") } && !a.blocks.contains { $0.text == "图片新闻" } })
    }

    @Test("RunInGap: a brief's run-in headline that filled its row in a hard-wrapped dump, its dateline on the next, is parted from its text: the brief is a story of its own")
    func runInAtRowEnd() {
        #expect(RunInGap.isWholeRunIn("■江城博物馆“荆楚漆器展”开幕"))
        #expect(!RunInGap.isWholeRunIn("■江城博物馆开幕，展出漆器") && !RunInGap.isWholeRunIn("江城博物馆“荆楚漆器展”开幕") && !RunInGap.isWholeRunIn("■开幕"))
        let brief = "■江城博物馆“荆楚漆器展”开幕 4月8日，“荆楚漆器展”在江城博物馆开幕，展出漆器文物一百二十件，展期三个月。（记者 唐薇）"
        let rows = "■江城博物馆“荆楚漆器展”开幕\n4月 8 日，“荆楚漆器展”在江城\n博物馆开幕，展出漆器文物一百二\n十件，展期三个月。（记者 唐薇\n）"
        #expect(Self.page.contains(brief))
        let page = parse(Self.creditBelow.replacingOccurrences(of: "BRIEF", with: rows))
        let story = Self.story(page, "■江城博物馆“荆楚漆器展”开幕")
        #expect(story?.blocks.first?.text.hasPrefix("4月8日") == true, "\(page.articles.map(\.headline))")
        #expect(story?.column == "简讯" && story?.byline == "记者 唐薇", "\(String(describing: story?.column))")
    }

    /// The page hard-wrapped, its picture's caption set in rows that leave its credit on a row of its own, its first
    /// brief left as `BRIEF`.
    static var creditBelow: String {
        let caption = "4月8日，江城市实验小学学生在校园农场里给蔬菜浇水。该校开设劳动课，每个班级认领一块菜地。本报记者 严岚 摄"
        let rows = "4 月 8 日，江城市实验小学学生在\n校园农场里给蔬菜浇水。该校开设\n劳动课，每个班级认领一块菜地。\n本报记者 严岚 摄"
        let brief = "■江城博物馆“荆楚漆器展”开幕 4月8日，“荆楚漆器展”在江城博物馆开幕，展出漆器文物一百二十件，展期三个月。（记者 唐薇）"
        let marked = page.replacingOccurrences(of: caption, with: "CAPTION").replacingOccurrences(of: brief, with: "BRIEF")
        return wrapped(marked).replacingOccurrences(of: "CAPTION", with: rows)
    }

    @Test("RunInGap: a brief's run-in headline keeps its space before the dateline's figures, and the brief opens a story of its own")
    func runInGap() {
        #expect(RunInGap.keep(raw: "■江城博物馆开幕 4 月 8 日，漆器展开幕。", tidied: "■江城博物馆开幕4月8日，漆器展开幕。") == "■江城博物馆开幕 4月8日，漆器展开幕。")
        // figures that are no date, and a phrase with a clause mark, are no run-in's gap
        #expect(RunInGap.keep(raw: "■全市共有 120 家企业参与，规模扩大。", tidied: "■全市共有120家企业参与，规模扩大。") == nil)
        #expect(RunInGap.keep(raw: "■据统计，全市 4月 新增企业三百家。", tidied: "■据统计，全市4月新增企业三百家。") == nil)
        for text in [Self.page, Self.spaced] {
            let page = parse(text)
            let brief = Self.story(page, "■江城博物馆“荆楚漆器展”开幕")
            #expect(brief?.blocks.first?.text.hasPrefix("4月8日") == true)
            #expect(brief?.byline == "记者 唐薇")
            #expect(Self.story(page, "■我市启动春季植树活动")?.blocks.count == 2)
            #expect(page.articles.allSatisfy { a in !a.blocks.dropFirst().contains { $0.text.contains("■") } })
        }
    }

    @Test("BylineAlone: a writer's line as wide as the column, before a blank line, does not run on into the text under it")
    func bylineAlone() {
        let page = parse(Self.wrapped)
        let shop = Self.story(page, "小店“上云”记")
        #expect(shop?.byline == "□ 本报记者 韩冰 通讯员 钟敏")
        #expect(shop?.blocks.first?.text.hasPrefix("清晨七点") == true)
    }

    /// An invented page: a report, then a short commentary on it under a bulleted label, sharing its words.
    static let commented = """
        江城日报
        2025年5月12日 星期一
        第2版
        要闻

        桶边督导员的一天
        本报记者 林晓
        早上六点半，家住碧水小区的刘阿姨已经站在了垃圾投放点旁。作为小区的垃圾分类桶边督导员，她要在这里值守两个小时。
        “大家刚开始不习惯，现在基本都能分对了。”刘阿姨说，小区的垃圾分类准确率已经从三成提高到八成以上。
        刘阿姨说，最难的是让大家养成分类习惯，有的居民一开始不理解，督导员就一遍遍地讲，慢慢就好了。

        ■ 短评
        分类习惯贵在坚持
        垃圾分类，说到底是一场生活方式的变革。从“要我分”到“我要分”，既需要督导员的耐心引导，也需要每个人的自觉行动。
        只要人人坚持，久久为功，垃圾分类就会成为每个人的习惯。（李明）

        责任编辑：吴静
        """

    @Test("A bulleted label set apart by a space (`■ 短评`) is a label: over a heading over running text it heads a story of its own (its column), not two intertitles of the story above, whatever words they share")
    func spacedBulletLabel() {
        let label = Unit(line: PageLine(number: 0, raw: "■ 短评", gapBefore: 1, indent: 0), index: 0)
        #expect(LabelledTitle.isLabel(label))
        #expect(!LabelledTitle.isLabel(Unit(line: PageLine(number: 0, raw: "□ 周一禾", gapBefore: 1, indent: 0), index: 0)))
        for text in [Self.spaced(Self.commented), Self.wrapped(Self.commented)] {
            let page = parse(text)
            #expect(page.articles.map(\.headline) == ["桶边督导员的一天", "分类习惯贵在坚持"])
            let comment = Self.story(page, "分类习惯贵在坚持")
            #expect(comment?.column == "■ 短评")
            #expect(comment?.byline == "李明")
            #expect(Self.story(page, "桶边督导员的一天")?.blocks.allSatisfy { $0.type == .paragraph } == true)
        }
    }

    @Test("InterviewTurn: a turn of an interview led by its tag (`问：…？`), short enough for a headline, is its text, not its headline")
    func interviewTurn() {
        let text = """
            湖西日报

            2025年 5 月 12 日 星期一

            第 3 版

            民生·服务


            问：医保异地就医如何备案？

            答：参保人可通过国家医保服务平
            台手机应用或当地医保经办窗口办
            理备案，备案后即可在就医地直接
            结算。

            问：备案后多久可以生效？

            答：线上备案一般即时生效，窗口
            办理的在一个工作日内生效。

            医保热点问答


            本报讯（记者 韩雪）近期气温持续
            升高，全市用电负荷快速攀升。供
            电部门提醒，请市民错峰用电。

            市供电公司发布夏季用电提示

            本版责编：刘洋
            """
        let page = parse(text)
        let qa = page.articles.first
        #expect(qa?.headline == "医保热点问答" && qa?.subheadline == nil && qa?.kicker == nil)
        #expect(qa?.blocks.first?.text == "问：医保异地就医如何备案？")
        #expect(qa?.blocks.count == 4)
    }
}
