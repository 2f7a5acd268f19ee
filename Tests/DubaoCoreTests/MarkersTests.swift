import Testing
@testable import DubaoCore

@Suite("Markers")
struct MarkersTests {
    @Test("FolioSection: the section's name printed beside the folio, and only there")
    func folioSections() {
        #expect(Markers.folioSection("第04版：要闻") == "要闻")
        #expect(Markers.folioSection("04版 要闻") == "要闻")
        #expect(Markers.folioSection("A04版:经济") == "经济")
        #expect(Markers.folioSection("评论 第4版") == "评论")
        #expect(Markers.folioSection("东陵日报 2025年3月14日 星期五 第4版：城事") == "城事")
        #expect(Markers.isHeaderLine("东陵日报 2025年3月14日 星期五 第4版：城事"))
        // a folio alone, its weekday, the paper's name, a story's words: no section
        #expect(Markers.folioSection("第4版") == nil)
        #expect(Markers.folioSection("第4版 星期五") == nil)
        #expect(Markers.folioSection("东陵日报 第4版") == nil)
        #expect(Markers.folioSection("本报 第3版") == nil)
        #expect(Markers.folioSection("第2版 要闻简报") == "要闻简报")
        #expect(Markers.folioSection("详见第4版：市民热议新规") == nil)
        #expect(Markers.folioSection("第4版：市民热议城市新规定出台") == nil)
        // run together, as tidying closes the space beside a figure (`要闻 02版`, a letter-spaced `第 2 版 要 闻`)
        #expect(Markers.folioSection("要闻02版") == "要闻" && Markers.folioSection("第2版要闻") == "要闻")
        #expect(Markers.folioSection("下转第2版") == nil && Markers.folioSection("详见第2版") == nil && Markers.folioSection("共出版了12版") == nil
                && Markers.folioSection("今日8版") == nil)
        #expect(PageHeader.read(["长江日报", "要闻 02版", "2025年3月12日 星期三"]) == PageHeader(paper: "长江日报", date: "2025-03-12", page: 2))
    }

    @Test("LetterFolio: a running head's letter and number without 版 (`A03 要闻 …`) give the page and its section beside a date")
    func letterFolios() {
        #expect(Markers.folioSection("A03 要闻 2025年3月10日 星期一 责任编辑：李明") == "要闻")
        #expect(Markers.folioSection("2025年3月10日 星期一 B12 城事") == "城事")
        #expect(Markers.isHeaderLine("A03 要闻 2025年3月10日 星期一 责任编辑：李明"))
        #expect(Markers.isHeaderLine("A03 2025年3月10日 星期一"))
        // with no date beside it, a capital and a number are anything (`B2 维生素`, a table's cell)
        #expect(Markers.folioSection("A01 要闻") == nil)
        #expect(Markers.folioSection("B2 维生素") == nil)
        #expect(!Markers.isHeaderLine("A3 B4 2025年"))
        #expect(Markers.letteredApart("A04版") == ["A04版"] && Markers.letteredApart("A03要闻2025年3月10日") == ["A03", "要闻", "2025年3月10日"])
        let page = PageParser().parse(text: """
            A03 要闻 2025年3月10日 星期一 责任编辑：李明

            春季招聘会提供岗位两万个

            本报讯（记者 黄雅）3月9日，全市春季大型招聘会在市会展中心举行，三百余家企业提供就业岗位两万余个。
            """, source: "p.txt", idPrefix: "p")
        #expect(page.page == 3 && page.section == "要闻" && page.date == "2025-03-10")
        #expect(page.articles.first?.headline == "春季招聘会提供岗位两万个")
    }

    @Test("HeadFolio: a number with no 版 in the page's head, beside the paper's name or date, is its folio")
    func headFolios() {
        let story = """

            春耕备耕正当时
            　　本报讯（记者 林海）4月8日，市农业农村局组织技术人员深入田间地头，指导农户做好春耕备耕工作。
            """
        for (head, section) in [("江城晚报\n2025年4月9日 星期三\nA04\n城事", "城事"), ("城事 A04\n2025年4月9日 星期三 江城晚报", "城事"),
                                ("江城日报\n2025-04-09\n04 城事", "城事"), ("A4 城事\n江城晚报 2025年4月9日 星期三", "城事"),
                                ("江城日报\n2025年4月9日 周三\n4\n要闻", "要闻")] {
            let page = parse(head + "\n" + story, id: "jc")
            #expect(page.page == 4 && page.section == section, "\(head)")
            #expect(page.articles.map(\.headline) == ["春耕备耕正当时"], "\(head)")
        }
        // with no paper's name or date in the head, or below the first story, such a line is not the folio
        #expect(parse("A04 城事\n" + story, id: "jc").page == nil)
        let other = "\n\n04 城事\n\n湖区渔民转产上岸\n　　本报讯（记者 林海）4月8日，市渔业部门为上岸渔民举办技能培训班，首批两百人结业。\n"
        let late = parse("江城日报\n2025年4月9日 星期三\n" + story + other, id: "jc")
        #expect(late.page == nil && late.section != "城事")
        #expect(HeadFolio.folio("04城事")! == (4, "城事") && HeadFolio.folio("第4版") == nil && HeadFolio.folio("2025年4月9日") == nil)
        #expect(HeadFolio.folio("星期三 4") == nil && HeadFolio.folio("1234 城事") == nil)
        #expect(HeadFolio.folio("— 4 —")?.page == 4 && HeadFolio.folio("- 12 -")?.page == 12 && HeadFolio.folio("— —") == nil)
        // the folio and the issue's page count apart by a slash are the header's, never the section's banner; a date's
        // slashes are no parts
        #expect(Markers.isHeaderLine("第4版/共8版") && Markers.isIssueFact("共8版") && Markers.barsApart("2025/4/9 星期三") == nil)
        let counted = parse("江城日报\n2025年4月9日 星期三\n第4版/共8版\n" + story, id: "jc")
        #expect(counted.page == 4 && counted.section != "第4版/共8版" && counted.furniture.contains("第4版/共8版"))
        // the issue's page count before the folio, figures spaced out as a dump prints them (tidied to `今日8版第1版`)
        #expect(Markers.isHeaderLine("今日 8 版 第 1 版") && Markers.isHeaderLine("今日8版第1版"))
        let spaced = parse("江城日报\n2025年4月9日 星期三\n今日 8 版 第 4 版\n城事\n" + story, id: "jc")
        #expect(spaced.page == 4 && spaced.section == "城事" && spaced.furniture.contains("今日8版第4版"))
        // a running head's parts set apart by bars
        #expect(Markers.isHeaderLine("江城晚报 | 2025年4月9日 星期三 | A04 | 城事") && Markers.folioSection("2025年4月9日｜A04版｜城事") == "城事")
        let barred = parse("江城晚报 | 2025年4月9日 星期三 | A04 | 城事\n" + story, id: "jc")
        #expect(barred.page == 4 && barred.section == "城事" && barred.date == "2025-04-09")
        #expect(!Markers.isHeaderLine("甲 | 乙 | 丙") && Markers.barsApart("春耕备耕正当时") == nil)
        // the paper's name with its name in capitals after it
        #expect(PageHeader.read(["江城日报 JIANGCHENG DAILY", "2025年4月9日 星期三"]).paper == "江城日报")
        #expect(PageHeader.masthead("江城日报 JC") == nil && PageHeader.masthead("江城日报 Daily") == nil)
    }

    @Test("IssueFacts and IndexEntry: a front page's issue number, page count, lunar date, registration numbers and index are its furniture")
    func frontPageFacts() {
        for t in ["第12345期", "总第12345期", "今日8版", "本期十六版", "农历乙巳年二月十一"] { #expect(Markers.isIssueFact(t), "\(t)") }
        for t in ["第12345", "今日要闻", "农历新年", "期待", "第一期工程"] { #expect(!Markers.isIssueFact(t), "\(t)") }
        for t in ["2025年3月10日 星期一 农历乙巳年二月十一", "第12345期 今日8版", "国内统一连续出版物号 CN42-0001 邮发代号 37-10",
                  "第2版 我市出台稳就业二十条措施", "A3版：老旧小区改造惠及五万户"] {
            #expect(Markers.isHeaderLine(t), "\(t)")
        }
        for t in ["第2版 我市出台稳就业二十条措施。", "第2版", "详见第2版", "第二期培训班今日开班", "第4版 城市新闻"] { #expect(!Markers.isIndexEntry(t), "\(t)") }
        // the title first, the page it points to after it; a header's paper and date before its folio point nowhere
        for t in ["全市新建社区食堂二十八个 详见第3版", "江滩樱花进入盛花期 见第5版", "老旧小区改造惠及五万户 >>A3版"] { #expect(Markers.isIndexEntry(t), "\(t)") }
        for t in ["青河日报 2025年5月27日星期日 第1版", "江城日报 第1版", "更多报道 见第2版", "这一做法已推广到全市。 详见第3版"] {
            #expect(!Markers.isIndexEntry(t), "\(t)")
        }
        let page = PageParser().parse(text: """
            江城日报
            JIANGCHENG DAILY
            2025年3月10日 星期一 农历乙巳年二月十一
            第12345期 今日8版
            国内统一连续出版物号 CN42-0001 邮发代号 37-10

            要闻

            全市重点项目集中开工 总投资超千亿元

            本报讯（记者 陈明）3月9日，全市一季度重点项目集中开工活动在高新区举行。此次集中开工项目共一百二十个，总投资一千零五十亿元。

            春季招聘会提供岗位两万个

            本报讯（记者 黄雅）3月9日，全市春季大型招聘会在市会展中心举行，三百余家企业提供就业岗位两万余个。

            今日导读

            第2版 我市出台稳就业二十条措施
            第3版 老旧小区改造惠及五万户
            """, source: "p.txt", idPrefix: "p")
        #expect(page.section == "要闻" && page.date == "2025-03-10" && page.page == nil)
        #expect(page.articles.map(\.headline) == ["全市重点项目集中开工 总投资超千亿元", "春季招聘会提供岗位两万个"])
        #expect(page.furniture.contains("第2版 我市出台稳就业二十条措施") && page.furniture.contains("第12345期 今日8版"))
    }

    @Test("a page whose head prints the section beside the folio has that section, and its head stays apart from the headline")
    func folioSectionPage() {
        let page = PageParser().parse(text: """
            东陵日报 2025年3月14日 星期五 第4版：城事
            老街换新颜
            本报讯（记者 王芳）沙市区胜利街改造工程完工，沿街商铺陆续开门迎客。市民纷纷前来游览，街区人气回升。
            """, source: "p.txt", idPrefix: "p")
        #expect(page.section == "城事")
        #expect(page.page == 4 && page.date == "2025-03-14")
        #expect(page.articles.first?.headline == "老街换新颜")
    }

    @Test("ContinuationMark reads 上接/下转 in their printed forms", arguments: [
        ("（上接第1版）", Markers.Direction.from, 1),
        ("(上接第1版)", .from, 1),
        ("（下转第2版）", .to, 2),
        ("下转第12版", .to, 12),
        ("（转第三版）", .to, 3),
        ("（紧接第十二版）", .from, 12),
        ("（上接A1版）", .from, 1),
        ("（接第 2 版）", .from, 2),
        ("（紧转第2版）", .to, 2),
        ("（续第1版）", .from, 1),
        ("（续一版）", .from, 1),
        ("【下转第2版】", .to, 2),
        ("▲上接第1版", .from, 1),
        ("（下转第２版 ）", .to, 2),
        ("（上接第01版）", .from, 1),
        ("（转A2版）", .to, 2),
    ])
    func marks(text: String, direction: Markers.Direction, page: Int) {
        let m = Markers.isStandaloneMark(text)
        #expect(m?.direction == direction)
        #expect(m?.page == page)
    }

    @Test("A mark at the end of a paragraph is found; prose about pages is not a mark")
    func inlineMarks() {
        let marks = Markers.continuationMarks(in: "帮助农户解决实际问题。（下转第4版）")
        #expect(marks.count == 1 && marks[0].direction == .to && marks[0].page == 4)
        #expect(Markers.continuationMarks(in: "他转第二版的稿子给编辑").isEmpty)
        #expect(Markers.isStandaloneMark("（上接第1版）还有正文") == nil)
        #expect(Markers.isStandaloneMark("▶下转第2版")?.page == 2 && Markers.isStandaloneMark("→ 下转第3版")?.direction == .to)
        #expect(Markers.isStandaloneMark("▶下转第2版 详见")  == nil)
        #expect(Markers.continuationMarks(in: "他们继续第二版的讨论").isEmpty)
        // through the parser: a story that goes on (紧转) and one that came from another page (续)
        let to = PageParser().parse(text: """
            老街换新颜

            本报讯（记者 王芳）记者从市住建局获悉，老街改造工程已完成过半，沿街商铺陆续开门迎客。（紧转第2版）
            """, source: "p_20250301_01.txt", idPrefix: "p")
        #expect(to.articles.first?.continuesOnPage == 2)
        let from = PageParser().parse(text: """
            （续第1版）

            改造后的老街保留了青石板路和老字号招牌，游客明显增多。
            """, source: "p_20250301_02.txt", idPrefix: "q")
        #expect(from.articles.first?.continuedFromPage == 1)
    }

    @Test("NewsLead recognises report openings and takes the byline from the brackets")
    func leads() {
        #expect(Markers.newsLead("本报讯（记者伍丹 见习记者肖丹）10月20日上午").byline == "记者伍丹 见习记者肖丹")
        #expect(Markers.newsLead("本报讯(记者陈雪玲 陈理君)2月4日下午").byline == "记者陈雪玲 陈理君")
        #expect(Markers.newsLead("本报讯 近日，我市").isLead)
        #expect(Markers.newsLead("本报荆州讯（通讯员 李四）昨日").byline == "通讯员 李四")
        #expect(Markers.newsLead("新华社北京10月20日电（记者 张三）国家统计局").byline == "记者 张三")
        #expect(!Markers.newsLead("记者从金茂源表面处理循环经济产业园获悉").isLead)
        // spaces OCR put inside the opening words
        #expect(Markers.newsLead("本 报讯(记者 柳青)元旦春节将至").byline == "记者 柳青")
        #expect(Markers.newsLead("本报 讯（记者伍丹 见习记者肖丹）10月20日上午").byline == "记者伍丹 见习记者肖丹")
        #expect(!Markers.newsLead("本 报记者（实习）昨日从市财政局获悉").isLead)
        #expect(!Markers.newsLead("本报记者昨日从市财政局获悉，全市").isLead)
        #expect(!Markers.newsLead("据新闻报道，今年").isLead)
    }

    @Test("NewsLead: a paper or a site naming itself for 本报 (`楚天都市报讯`), and a report 据 an agency's dateline")
    func ownNameLeads() {
        #expect(Markers.newsLead("江城都市报讯（全媒体记者 张晓明）1月9日，").byline == "全媒体记者 张晓明")
        #expect(Markers.newsLead("荆州新闻网讯 1月9日，市政府召开").isLead)
        #expect(Markers.newsLead("东陵晚报讯（记者 李华 通讯员 王丽）").byline == "记者 李华 通讯员 王丽")
        #expect(Markers.newsLead("据新华社北京1月9日电").isLead)
        #expect(Markers.newsLead("据新华社电 （记者 张三）国务院").byline == "记者 张三")
        // a word that ends in 报 or 网 before 讯 in running text, a name too short, a role word: none
        #expect(!Markers.newsLead("天气预报讯息显示，今天").isLead)
        #expect(!Markers.newsLead("日报讯（记者 李华）").isLead)
        #expect(!Markers.newsLead("路本报讯（记者 李华）").isLead)
        #expect(!Markers.newsLead("记者 李华 通讯员 王丽").isLead)
        #expect(!Markers.newsLead("据新华社报道，今年全国").isLead)
        #expect(!Markers.newsLead("国家电网公司在当地建成光伏电").isLead)
        // bylines with the newer role words
        #expect(Markers.bylineLine("融媒体记者 张晓明 通讯员 李华") != nil)
        #expect(Markers.bylineLine("本报特派记者 张晓明") != nil)
        #expect(Markers.bylineLine("本报评论员") == nil)
        // two names printed together after the role word, without a space (`pdftotext -raw` of a byline set in a row)
        #expect(Markers.bylineLine("本报记者林晓雨周建民") != nil)
        #expect(Markers.bylineLine("本报记者王芳李明") != nil)
        #expect(Markers.gluedNames("林晓雨周建民") == 2)
        // a sentence after the role word is no names
        #expect(Markers.bylineLine("本报记者深入一线采访") == nil && Markers.gluedNames("深入一线采访") == nil)
        // a writer named by where they work, the space before the name lost (**GluedWriter**)
        #expect(Markers.gluedWriter("江城市青年志愿者协会会员周晓梅") == "周晓梅")
        #expect(Markers.gluedWriter("城东区妇女联合会王丽华") == "王丽华")
        #expect(Markers.gluedWriter("市公安局交警支队民警陈立") == "陈立")
        // punctuation, a name that opens with no common surname, an affiliation that ends as no body or post does,
        // too short: none
        #expect(Markers.gluedWriter("江城市青年志愿者协会会员，周晓梅") == nil)
        #expect(Markers.gluedWriter("江城市青年志愿者协会会员小明") == nil)
        #expect(Markers.gluedWriter("今天下午我们在公园见到了王丽华") == nil)
        #expect(Markers.gluedWriter("协会会员周梅") == nil)
    }

    @Test("a page whose reports open with the paper's own name is cut into its stories")
    func ownNameLeadPage() {
        let text = """
            城事

            旧城改造惠及千户居民

            江城都市报讯（记者 李华）1月9日，市住建局
            发布消息，今年全市将改造老旧小区四十个，
            惠及居民一千余户。

            图书馆延长开放时间

            江城都市报讯（记者 王丽）从本周起，市图书
            馆每周五、周六开放时间延长至晚上十时。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.count == 2)
        #expect(page.articles.map(\.byline) == ["记者 李华", "记者 王丽"])
        #expect(page.articles.map(\.headline) == ["旧城改造惠及千户居民", "图书馆延长开放时间"])
    }

    @Test("EnumeratedHeading: 一、 （二） 3． and a short heading; not a sentence, a number or a list in prose")
    func enumeratedHeadings() {
        for t in ["一、健全党建引领机制", "（二）推动资源下沉", "(三)激发群众参与", "3．激发群众参与", "12、优化营商环境", "十一、加强组织领导", "  四、 压实责任"] {
            #expect(Markers.enumeratedHeading(t), "\(t)")
        }
        for t in ["一、加强组织领导。各单位要", "二、要把更多资源放到社区，让基层有权", "1.5亿元投入使用", "一是健全机制", "两、三个", "一、", "（一）",
                  "第一，健全党建引领机制", "（记者李华）", "一、健全党建引领机制要把党的领导贯穿基层治理全过程并健全街道社区网格三级组织体系"] {
            #expect(!Markers.enumeratedHeading(t), "\(t)")
        }
    }

    @Test("ListItem: a numbered list's item opens a line (1. 2、 （3） ④); a number's decimals, a year or a heading word do not")
    func listItems() {
        for t in ["1.办理业务请携带本人身份证件；", "2、节假日期间服务大厅不对外办公", "（3）咨询电话：12333。", "(12)“一网通办”事项", "④按时复查", " 3．携带证件"] {
            #expect(Markers.opensListItem(t), "\(t)")
        }
        for t in ["2.5万人次参加", "2025年全市", "12345热线", "一是健全机制", "（记者李华）", "1.", "123.办理", "第1.办理", "①"] {
            #expect(!Markers.opensListItem(t), "\(t)")
        }
        // in a page, each item is its own paragraph; a wrapped line beginning with a number's decimals goes on
        let page = PageParser().parse(text: """
            办事提醒

            本报讯（记者 王芳）市政务服务中心提醒市民，办理社保业务时请注意以下事项：
            1.办理业务请携带本人身份证件；
            2.节假日期间服务大厅不对外办公；
            3.材料不全的可以预约补办。

            市人社局介绍，今年全市新增就业岗
            位三万个，同比增长一成。
            2.5万名高校毕业生留在本地就
            业，比去年增加三千人。
            """, source: "p.txt", idPrefix: "p")
        let texts = page.articles.flatMap { $0.blocks.map(\.text) }
        #expect(texts.contains("1.办理业务请携带本人身份证件；") && texts.contains("2.节假日期间服务大厅不对外办公；") && texts.contains("3.材料不全的可以预约补办。"))
        #expect(texts.contains { $0.contains("同比增长一成。2.5万名高校毕业生") })
    }

    @Test("a jump mark with an arrow before it (`▶下转第2版`) is the story's jump, not furniture whose 第2版 names the page")
    func arrowedMark() {
        let text = """
            要闻

            全市春运首日发送旅客二十三万人次

            本报讯（记者 李华）1月14日，为期四十天的春运正式启动。记者从市交通运输局获悉，春运首日全市发送旅客二十三万人次。

            ▶下转第2版

            图书馆延长开放时间

            本报讯（记者 王丽）从本周起，市图书馆每周五、周六开放时间延长至晚上十时。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.map(\.continuesOnPage) == [2, nil])
        #expect(page.page == nil)
        #expect(!page.furniture.contains("▶下转第2版"))
    }

    @Test("ColumnLeadIn finds editor's notes")
    func columnLeadIns() {
        #expect(Markers.isColumnLeadIn("编前：由荆州市委宣传部"))
        #expect(Markers.isColumnLeadIn("【编者按】近年来"))
        #expect(Markers.isColumnLeadIn("编者按：今天"))
        #expect(!Markers.isColumnLeadIn("编前会上，大家讨论"))
    }

    @Test("BylineLine takes standalone byline lines and refuses prose", arguments: [
        ("□ 记者 李理 通讯员 徐心园", "□ 记者 李理 通讯员 徐心园"),
        ("本报记者 王立新", "本报记者 王立新"),
        ("■ 本报记者 赵敏 通讯员 钱进", "■ 本报记者 赵敏 通讯员 钱进"),
        ("文/图 记者 赵六", "文/图 记者 赵六"),
        // after a bullet, a writer named by where they work
        ("□ 东湖区老年大学学员 周玉兰", "□ 东湖区老年大学学员 周玉兰"),
        ("■  市社科院   李明", "■ 市社科院 李明"),
        ("● 省农业科学院 植保研究所 欧阳清", "● 省农业科学院 植保研究所 欧阳清"),
        // a bullet and a name of two or three characters alone, as a commentary is signed
        ("□ 宁海波", "□ 宁海波"),
        // a name printed right after its role word
        ("本报记者王立新", "本报记者王立新"),
        ("■ 邹明", "■ 邹明"),
    ])
    func bylines(text: String, expected: String) {
        #expect(Markers.bylineLine(text) == expected)
    }

    @Test("BylineLine refuses prose and headlines", arguments: [
        "记者从市财政局获悉，全市", "记者:未来五年,医院有什么发展愿景?", "文化传承方面", "图书馆今起延时开放",
        // a bullet before a heading or a list item is not a byline; a word alone that is no name (four characters,
        // or not opening with a surname) neither
        "□ 新闻链接", "■ 加快建设新型城镇化", "□ 一是抓落实 二是强保障", "● 健全 养老服务体系", "□ 东湖区老年大学学员 周玉兰、李明",
        "□ 东湖区老年大学学员 Zhou", "■ 相关链接 专家解读", "□ 高端访谈", "■ 短评", "□ 专家解读",
        // the start of a sentence wrapped after a few characters: what follows the role word is no name
        "记者从省商", "记者近日从",
    ])
    func notBylines(text: String) {
        #expect(Markers.bylineLine(text) == nil)
    }

    @Test("PhotoCredit and trailing credits")
    func credits() {
        #expect(Markers.credit(inBracket: "潘路 胡丛芳 摄") == "潘路 胡丛芳 摄")
        #expect(Markers.credit(inBracket: "记者 潘路 通讯员 黄嘉澄 摄") != nil)
        #expect(Markers.credit(inBracket: "新华社发") == "新华社发")
        #expect(Markers.credit(inBracket: "市文旅局 供图") != nil)
        #expect(Markers.credit(inBracket: "荆州市妇女联合会 高荣荣") == nil)
        let t = Markers.trailingCredit("居民们挥毫泼墨，展现精神风貌。 （潘路 胡丛芳 摄）")
        #expect(t?.credit == "潘路 胡丛芳 摄")
        #expect(Markers.trailingCredit("他说：“这是真的（笑）。”") == nil)
        // printed plain after the caption's last sentence
        let plain = Markers.trailingCredit("陶秀英在教学生剪纸。范文静摄（图片网）")
        #expect(plain?.credit == "范文静摄（图片网）" && plain?.bracketStart == 10)
        #expect(Markers.trailingCredit("市民在公园里赏花。新华社记者 许安摄")?.credit == "新华社记者 许安摄")
        #expect(Markers.trailingCredit("市民在公园里赏花。当日，气温回升。") == nil)
        #expect(Markers.trailingCredit("他说，这些照片都是自己拍摄") == nil)
        // a picture news item's byline keeps its credit whole
        #expect(ArticleBuilder.stripBrackets("范文静摄（图片网）") == "范文静摄（图片网）")
        #expect(ArticleBuilder.stripBrackets("（记者 潘路 摄）") == "记者 潘路 摄")
    }

    @Test("Signature takes closing attributions, not marks, credits or asides", arguments: [
        ("（荆州市妇女联合会 高荣荣）", "荆州市妇女联合会 高荣荣"),
        ("（作者系市农业经济学会会员）", "作者系市农业经济学会会员"),
        ("(公安县蓝丝带志愿者协会会员 罗姿娟)", "公安县蓝丝带志愿者协会会员 罗姿娟"),
    ])
    func signatures(text: String, expected: String) {
        #expect(Markers.signature(text) == expected)
    }

    @Test("Not signatures", arguments: ["（上接第1版）", "（潘路 摄）", "（完）", "（图片由受访者提供）", "（一）", "【民生】", "〔短评〕"])
    func notSignatures(text: String) {
        #expect(Markers.signature(text) == nil)
    }

    @Test("PageFurnitureLine: date, staff, masthead and page-number lines", arguments: [
        "2024年3月15日 星期五", "编辑：周明 校对：陈芳", "滨江晚报", "第2版", "2023年10月21日 农历九月初七 第12345期",
        "A2 要闻 2024年3月15日 星期五 责任编辑：张三 美编：李四",
    ])
    func furniture(text: String) {
        #expect(Markers.isPageFurniture(text))
    }

    @Test("Not page furniture", arguments: ["2024年3月15日，全市召开大会。", "新能源汽车下乡活动启动", "守护生命的“急先锋”", "记者 孙丽"])
    func notFurniture(text: String) {
        #expect(!Markers.isPageFurniture(text))
    }

    @Test("Numbers in marks: Arabic, fullwidth and Chinese")
    func numbers() {
        #expect(Markers.number(ArraySlice("12".unicodeScalars)) == 12)
        #expect(Markers.number(ArraySlice("１２".unicodeScalars)) == 12)
        #expect(Markers.number(ArraySlice("十二".unicodeScalars)) == 12)
        #expect(Markers.number(ArraySlice("二十".unicodeScalars)) == 20)
        #expect(Markers.number(ArraySlice("三".unicodeScalars)) == 3)
    }

    @Test("ColumnTag: 2–10 Han in brackets after Han text or a closing quote", arguments: [
        ("让城市更有温度（今日谈）", true),
        ("让城市更有温度 (今日谈)", true),
        ("一场“双向奔赴”（民生观察）", true),
        ("绿色（经济）", true),
        ("（今日谈）", false),            // nothing before the tag
        ("好（今日谈）", false),          // one character before it
        ("让城市更有温度（谈）", false),   // one Han inside
        ("让城市更有温度（一二三四五六七八九十一）", false), // eleven
        ("让城市更有温度（张伟 摄）", false), // a space: a credit, not a tag
        ("让城市更有温度。（今日谈）", false), // after a sentence end
        ("让城市更有温度（今日谈", false),
    ])
    func columnTag(text: String, tagged: Bool) {
        #expect(Markers.endsWithColumnTag(text) == tagged)
    }

    @Test("PhotoPosition opens a caption: 上图：, 图1：, 图为…; nothing else", arguments: [
        ("上图：市民在公园晨练。", true),
        ("  左上图：新建的大桥。", true),
        ("图1：展品。", true),
        ("图为工人在检修线路。", true),
        ("题图：古城墙。", true),
        ("▲东湖镇农民驾驶拖拉机旋耕农田。", true),
        ("↑ 新建的大桥。", true),
        ("△“网红”桥头。", true),
        ("▲上接第1版", false),
        ("▲ 2025", false),
        ("▲4月9日，演员在沙湖村为村民表演地方戏曲。", true),
        ("市民在公园晨练（上图）。", false),
        ("图书馆今天开放。", false),
        ("上午，图书馆开放：", false),
    ])
    func photoPosition(text: String, opens: Bool) {
        #expect(Markers.opensWithPhotoPosition(text) == opens)
    }

    @Test("HeaderLine: a date line, a folio, and these beside the paper's name; not a name alone, a headline or a sentence")
    func headerLines() {
        for t in ["2024年12月10日星期二", "第3版", "东陵都市报 第3版", "第3版 2024年12月10日 星期二", "江城晚报 2025年3月14日 星期五 第10版",
                  "2025年1月10日星期五第2版", "江城晚报2025年3月14日星期五 第10版", "A02版", "B3版", "02版", "滨海日报 2025年3月14日星期三 A10版",
                  "星期五", "周五", "星期天", "2025年1月10日 第3版", "江城晚报 2025.01.10 第3版", "2025.1.10第3版"] {
            #expect(Markers.isHeaderLine(t), "\(t)")
        }
        for t in ["东陵都市报", "统计公报", "第三届出土木漆器保护国际学术研讨会在荆举行", "2024年12月10日，市政府召开常务会议。",
                  "去年全省发行地方债 第3批", "本报 第3版", "2025年1月10日召开第2版", "晚报2025年3月14日星期五 第10版", "AB2版", "A1234版", "2025版", "新版", "A版",
                  "周天", "星期", "周五晚", "每周五", "2025年1月10日", "2025年1月10日 第3批", "2025年13月10日 第3版"] {
            #expect(!Markers.isHeaderLine(t), "\(t)")
        }
        #expect(Markers.isPageFurniture("东陵都市报 第3版"))
        // a weekday under the date on a line of its own is the header's, not the page's section
        let page = PageParser().parse(text: "2025年1月10日\n\n星期五\n\n第3版\n\n老街换新颜\n\n本报讯（记者 王芳）记者从市住建局获悉，老街改造工程已完成过半。\n",
                                      source: "p.txt", idPrefix: "p")
        #expect(page.section == nil)
        #expect(page.furniture.contains("星期五"))
        // a date without its weekday beside the folio, or in figures alone on its line, is the page's date
        let dated = PageParser().parse(text: "2025年1月10日 第3版 要闻\n\n老街换新颜\n\n本报讯（记者 王芳）记者从市住建局获悉，老街改造工程已完成过半。\n",
                                       source: "p.txt", idPrefix: "p")
        #expect(dated.date == "2025-01-10" && dated.page == 3 && dated.section == "要闻")
        let figures = PageParser().parse(text: "江城晚报\n\n2025.01.10\n\n第3版\n\n老街换新颜\n\n本报讯（记者 王芳）记者从市住建局获悉，老街改造工程已完成过半。\n",
                                         source: "p.txt", idPrefix: "p")
        #expect(figures.date == "2025-01-10")
        let beside = PageParser().parse(text: "江城晚报 2025-01-10\n\n第3版\n\n老街换新颜\n\n本报讯（记者 王芳）记者从市住建局获悉，老街改造工程已完成过半。\n",
                                        source: "p.txt", idPrefix: "p")
        #expect(beside.date == "2025-01-10")
    }

    @Test("HeaderLine: as pdftotext -raw prints a page's top, the paper's name with the folio, the date and the banner stay apart")
    func headerLinesApart() {
        let text = """
            东陵都市报 第3版
            2024年12月10日星期二
            视觉
            一座古城的文脉传承
            本报讯（记者 蔡文华）在有
            着两千多年建城史的云州古
            城，斑驳的城墙、古朴的街
            巷与现代生活交织在一起。
            近年来，云州坚持保护与利
            用并重，让古城焕发新的生
            机，城墙下的老街又热闹起
            来，游客和居民一样多。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.furniture.contains("东陵都市报 第3版") && page.furniture.contains("2024年12月10日星期二"), "\(page.furniture)")
        #expect(page.section == "视觉")
        #expect(page.articles.first?.headline == "一座古城的文脉传承")
        #expect(page.articles.first?.byline?.contains("蔡文华") == true)
    }

    @Test("HeaderLine: a header whose digits the extraction set apart with spaces (`2025年 3 月 14 日`, `第 10 版`) is still a header line, though closing those spaces runs the paper's name into the date")
    func headerLineSpacedDigits() {
        let l = PageLine(number: 0, raw: "江城晚报 2025年 3 月 14 日星期五 第 10 版", gapBefore: 0, indent: 0)
        #expect(l.text == "江城晚报2025年3月14日星期五 第10版")
        #expect(l.header)
        #expect(PageHeader.read([l.text]) == PageHeader(paper: "江城晚报", date: "2025-03-14", page: 10))
        #expect(PageHeader.read(["东陵都市报 第3版"]).paper == "东陵都市报")
        // a headline ending in 报 beside a number is no paper's name
        #expect(PageHeader.read(["去年全省统计公报 第3批"]).paper == nil)
    }

    @Test("a paper's name standing alone is its masthead, never the section's banner")
    func mastheadIsNoSection() {
        let text = """
            第2版

            云岭日报

            2024年1月11日星期五

            （上接第1版）
            在他的坚持下，学校成立了足球队，争取到了社会爱心人士捐建的人造草坪球场。孩子们的训练热情越来越高。

            让文明乘车成为自觉

            地铁车厢里外放视频、占座放包、进食饮水……这些不文明行为虽属小节，却影响着乘客的出行体验。
            """
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.section != "云岭日报")
        #expect(page.furniture.contains("云岭日报"))
    }

    @Test("opensWithDate: a caption that opens with the day it tells of")
    func opensWithDate() {
        for t in ["6月1日,孩子们在青少年宫", "12月31日上午,市民", "十月一日,国庆", "2日,记者从", "近日,梧桐湖", "日前,市里", "昨日下午"] {
            #expect(Markers.opensWithDate(t), "\(t)")
        }
        for t in ["市民在年货市场选购春联", "2025年,全市", "6月份以来", "日新月异的城市", "百日攻坚", "12345热线"] {
            #expect(!Markers.opensWithDate(t), "\(t)")
        }
    }

    @Test("a header line's parts: apart at spaces, the paper's name and a letter folio taken off what runs on; a line with none of these is one part")
    func headerParts() {
        #expect(Markers.headerParts("2025年1月10日 星期五") == ["2025年1月10日", "星期五"])
        #expect(Markers.headerParts("东陵都市报2025年1月10日") == ["东陵都市报", "2025年1月10日"])
        #expect(Markers.headerParts("A03要闻2025年3月10日") == ["A03", "要闻", "2025年3月10日"])
        #expect(Markers.headerParts("第4版\u{3000}城事") == ["第4版", "城事"])
        #expect(Markers.headerParts("今年以来全市新增就业岗位一万二千个") == ["今年以来全市新增就业岗位一万二千个"])
        #expect(!Markers.isHeaderLine("今年以来全市新增就业岗位一万二千个"))
    }

    @Test("CodePrompt: a line that asks the reader to scan a code is the page's furniture, never the next story's headline or label")
    func codePrompt() {
        for t in ["扫码看更多精彩视频", "扫描二维码 阅读全文", "请扫一扫 关注我们", "扫码阅读全文！"] { #expect(Markers.isCodePrompt(t), "\(t)") }
        for t in ["扫黑除恶专项斗争取得新成效", "扫码支付普及率超过九成，老年人也能轻松使用手机完成日常消费。", "请市民文明游园"] {
            #expect(!Markers.isCodePrompt(t), "\(t)")
        }
        let page = parse("""
        综合

        江滩樱花进入盛花期

        本报讯（记者 周一禾）连日来，江滩公园的樱花进入盛花期，吸引众多市民前来赏花踏青。公园管理处提醒，赏花时请文明游园，切勿攀折花枝。

        今年江滩新增樱花树三百余株，花期预计持续至月底。

        扫码看更多精彩视频

        社区食堂开进老旧小区

        本报讯（记者 钱向东）今年以来，全市新建社区食堂二十八个，惠及老年人一万余人。

        社区食堂由街道统筹建设，引入专业餐饮企业运营。
        """)
        #expect(page.articles.map(\.headline) == ["江滩樱花进入盛花期", "社区食堂开进老旧小区"])
        #expect(page.articles.allSatisfy { $0.subheadline == nil && $0.column == nil } && page.furniture.contains("扫码看更多精彩视频"))
    }

    @Test("SourceCredit: a picture credited by where it came from (资料图片, （资料照片）) is credited as one taken by a photographer")
    func sourceCredit() {
        #expect(Markers.credit(inBracket: "资料图片") == "资料图片" && Markers.plainCredit("资料照片") == "资料照片")
        #expect(Markers.trailingCredit("市民在江滩赏花踏青。资料图片")?.credit == "资料图片")
        #expect(Markers.trailingCredit("市民在江滩赏花踏青。（网络图片）")?.credit == "网络图片")
        #expect(Markers.plainCredit("资料图片显示") == nil && Markers.trailingCredit("这是一张珍贵的资料图片") == nil)
        let page = parse("图片新闻\n\n江滩樱花进入盛花期\n\n市民赏花踏青。资料图片\n\n社区食堂开进老旧小区\n\n本报讯（记者 钱向东）今年以来，全市新建社区食堂二十八个，惠及老年人一万余人。\n")
        #expect(page.articles.first?.subheadline == nil && page.articles.first?.byline == "资料图片", "\(page.articles.map(\.subheadline))")
    }

    @Test("Salutation: a letter's greeting on a line of its own opens the letter; the heading above it is its headline")
    func salutation() {
        for t in ["编辑同志：", "尊敬的市长：", "亲爱的同学们：", "记者同志:"] { #expect(Markers.isSalutation(t), "\(t)") }
        for t in ["编辑同志：我是东湖街道的居民。", "记者：", "尊敬老人是中华民族的传统美德，", "亲爱的"] { #expect(!Markers.isSalutation(t), "\(t)") }
        let page = parse("""
        读者之声

        小区路灯修好了

        编辑同志：
        我是东湖街道幸福里小区的居民。小区里的路灯坏了一个多月，晚上出行很不方便。上周我拨打了市民热线，第二天就有工作人员上门维修。感谢有关部门的高效服务！
        读者 张建华

        【短评】
        群众的小事就是政府的大事。一盏路灯，照亮的是回家的路，也照亮了民心。

        停车难问题亟待解决

        编辑同志：
        我家住在老城区，小区建于上世纪九十年代，没有规划停车位。每到晚上，车子只能停在消防通道上，存在安全隐患。希望有关部门能想想办法。
        市民 李清和
        """)
        let letters = page.articles.filter { $0.blocks.first?.text == "编辑同志：" }
        #expect(letters.map(\.headline) == ["小区路灯修好了", "停车难问题亟待解决"] && letters.map(\.byline) == ["读者 张建华", "市民 李清和"],
                "\(page.articles.map(\.headline))")
        #expect(page.articles.allSatisfy { a in !a.blocks.contains { $0.type == .intertitle } })
        // the short commentary between them: its bracketed label names its column (**LabelFirst**)
        let note = page.articles.first { $0.bodyText.hasPrefix("群众的小事") }
        #expect(note?.column == "【短评】" && note?.headline == nil && note?.blocks.count == 1)
        #expect(ArticleBuilder.isSquareLabel("【短评】") && ArticleBuilder.isSquareLabel(" ［链接］ ") && !ArticleBuilder.isSquareLabel("【短评】群众的小事"))
    }
}
