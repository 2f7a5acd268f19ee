import Testing
import DubaoTestSupport
@testable import DubaoCore

@Suite("Trailing byline")
struct TrailingBylineTests {
    @Test("a headline's last line and the writer's name printed as one line are parted")
    func parted() {
        #expect(TrailingByline.split("小巷深处的新变化（街谈） 王立新")! == ("小巷深处的新变化（街谈）", "王立新"))
        #expect(TrailingByline.split("春天里的“菜篮子” 本报记者李晓华")! == ("春天里的“菜篮子”", "本报记者李晓华"))
        #expect(TrailingByline.split("谈） 赵明远")! == ("谈）", "赵明远"))
        #expect(TrailingByline.split("山区学校的第一堂编程课 记者 周立新 通讯员 李华")! == ("山区学校的第一堂编程课", "记者 周立新 通讯员 李华"))
        #expect(TrailingByline.split("山区学校的第一堂编程课 记者周立新")! == ("山区学校的第一堂编程课", "记者周立新"))
    }

    @Test("a headline set left with its writer at the row's end: a bare name of three, or the writer named by where they work")
    func namedAfterPlainWords() {
        #expect(TrailingByline.split("把握扩大开放的几个着力点 陈思远").map { [$0.heading, $0.byline] } == ["把握扩大开放的几个着力点", "陈思远"])
        #expect(TrailingByline.split("让志愿之光照亮每个角落 城南区公安分局民警刘晓雯").map { [$0.heading, $0.byline] }
            == ["让志愿之光照亮每个角落", "城南区公安分局民警刘晓雯"])
        for line in [
            "城南景区迎来客流高峰 黄金周",          // a word of the dictionary, not a person
            "全市新建口袋公园 王志",               // a name of two after plain words: too often a headline's word
            "他们走访了二十户人家，记录下 陈思远",   // prose before the name: pdftotext's row of two columns
            "长江禁渔 四年之后 陈思远",             // words apart by a space: a row, not one headline
            "（东湖街道幸福里小区居民 刘建国",        // a signature's bracket
            "城南区文化艺术中心 陈思远",             // an affiliation
            "城南区 公安分局民警刘晓雯",             // an affiliation's words apart: no headline before the writer
        ] {
            #expect(TrailingByline.split(line) == nil, "\(line)")
        }
    }

    @Test("a headline wrapped over two lines, its writer at the second's end: the two lines weighed as one headline")
    func wrappedHeadline() {
        let above = "把握扩大开放的几个"
        #expect(TrailingByline.split("着力点 陈思远", above: above).map { [$0.heading, $0.byline] } == ["着力点", "陈思远"])
        #expect(TrailingByline.split("点 城南区公安分局民警刘晓雯", above: "让志愿之光照亮每个角落的每一个").map { [$0.heading, $0.byline] }
            == ["点", "城南区公安分局民警刘晓雯"])
        // without the line above (a blank line between), or under a line that is no headline's, it stays whole
        #expect(TrailingByline.split("着力点 陈思远") == nil)
        for line in ["他们走访了二十户人家，记录下", "今年全市新建公园十二座。", "记者 李理 通讯员"] {
            #expect(TrailingByline.split("着力点 陈思远", above: line) == nil, "\(line)")
        }
        // an affiliation over two lines and its member's name stays whole too
        #expect(TrailingByline.split("联合会 高荣荣", above: "荆州市妇女") == nil)
        #expect(TrailingByline.split("中心 陈思远", above: "城南区文化艺术") == nil)
    }

    @Test("lines that only look so stay whole: bylines, affiliations, names and words wrapped, sentences, credits")
    func keptWhole() {
        for line in [
            "荆州市妇女联合会 高荣荣",            // an affiliation and a name: a signature's shape too
            "记者 李理 通讯员 徐心园",             // a byline of several names
            "□ 本报记者 汪晓雨 周建华",
            "孙杨 通讯员段",                      // a byline's names wrapped over lines
            "从“管理真空”到“组织引领” 党支",       // a wrapped intertitle: 党 is a rare surname
            "他说，这是最好的礼物。 王明",          // a sentence's end
            "本报讯（记者 王明 通讯员 李华",        // a report's opening
            "工人在车间焊接钢构件 记者周立新摄",     // a caption's credit
            "九九重阳节 浓浓敬老情",               // a headline with a space in it
            "第 三 届 出 土",
        ] {
            #expect(TrailingByline.split(line) == nil, "\(line)")
        }
    }

    @Test("on a page as pdftotext -raw prints it, the headline is the story's and the name its byline")
    func onAPage() {
        let text = """
            江城日报 第2版
            评论
            幸福里小区换新颜（街
            谈） 王立新
            走进幸福里小区，新铺的沥青路平整、宽阔
            干净，楼道里的灯全亮了。居民张大爷说，过
            去一到下雨天，院子里就积水，如今排水管网
            改造完成，再也不用蹚水出门了。
            据街道负责人介绍，今年以来，街道共完成十
            二个老旧小区改造，惠及居民三千余户。
            城南市场“菜篮子”货足价稳 本报记者李晓华
            清晨五点，城南市场已经热闹起来。新鲜
            的蔬菜从郊区的种植基地运来，摊主们忙着
            摆货、称重、招呼顾客。
            城南市场负责人说，今年“菜篮子”货源充足，
            价格比去年同期略有下降。
            """
        let a = PageParser().parse(text: text, source: "p.txt", idPrefix: "p").articles
        let second = a.first { $0.bodyText.hasPrefix("清晨五点") }
        #expect(second?.headline == "城南市场“菜篮子”货足价稳")
        #expect(second?.byline == "本报记者李晓华" || second?.byline == "本报记者 李晓华")
        let first = a.first { $0.bodyText.hasPrefix("走进幸福里小区") }
        #expect(first?.headline == "幸福里小区换新颜（街谈）")
        #expect(first?.byline == "王立新")
        #expect(!a.contains { $0.bodyText.contains("王立新") || $0.bodyText.contains("李晓华") })
    }
}
