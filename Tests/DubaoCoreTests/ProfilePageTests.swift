import Testing
@testable import DubaoCore

/// An invented profile page (人物): a feature whose intertitles are led by a word and a colon (`修路：…`, `兴业：…`),
/// a sidebar, a book notice and an essay with its source; as text copied from a web page gives it and in the seeds'
/// two dump styles.
@Suite("Profile page")
struct ProfilePageTests {
    static let page = """
        湖西日报
        2025年6月30日 星期一
        第5版
        人物

        最美基层干部
        “泥腿子”书记的十年
        ——记湖西市南岭村党支部书记陈国强
        本报记者 周航 通讯员 李娟
        清晨五点半，南岭村的茶园里已经有了人影。陈国强戴着草帽，蹲在茶垄间查看新梢的长势，裤腿上沾满了泥点。
        十年前，南岭村还是全市有名的贫困村，村集体收入几乎为零。2015年，在外经商多年的陈国强回到村里，当选村党支部书记。
        修路：打通致富“最后一公里”
        “要想富，先修路。”陈国强上任后做的第一件事，就是带着村干部挨家挨户做工作，筹资修建通村公路。
        三年时间，全村硬化道路二十三公里，茶叶、山货终于能运出大山。
        兴业：小茶叶做成大产业
        路通了，陈国强又琢磨起产业。他请来农业专家，带领村民改良茶树品种，注册了“南岭云雾”品牌。
        如今，全村茶园面积达到三千亩，去年村集体收入突破一百万元，村民人均收入比十年前翻了两番。
        人物名片
        陈国强，1972年生，中共党员，2015年起任南岭村党支部书记，曾获“全省优秀党务工作者”称号。
        记者手记
        采访中，陈国强说得最多的一句话是“村里的事就是我的事”。十年间，他把村民的期盼一件件变成了现实。

        《江城旧事》出版发行
        本报讯（记者 韩雪）近日，由市文史研究会编纂的《江城旧事》正式出版发行。全书三十余万字，收录老照片二百余幅，记录了江城百年来的城市变迁。
        据介绍，该书历时三年编纂，编写人员走访老人一百余位，查阅档案资料上千份。

        老街的声音
        □ 林溪
        小时候，我家住在老街的尽头。每天清晨，磨刀人的吆喝声、豆腐坊的梆子声，总是准时把我从睡梦中唤醒。
        后来，老街改造了，那些声音也渐渐远去。前些日子回到老街，我惊喜地发现，修缮一新的街巷里，又传出了熟悉的吆喝声。
        （摘自《湖西文史》2024年第3期）

        责任编辑：孙悦 校对：李青
        """

    @Test("headings led by a word and a colon are the feature's intertitles; the paragraph under each is its own")
    func ledIntertitles() {
        for (name, text) in CopiedPageTests.renderings(Self.page) {
            let feature = parse(text).articles.first
            let heads = feature?.blocks.filter { $0.type == .intertitle }.map { $0.text.replacingOccurrences(of: ":", with: "：") } ?? []
            #expect(heads.starts(with: ["修路：打通致富“最后一公里”", "兴业：小茶叶做成大产业"]), "\(name): \(heads)")
            #expect(feature?.blocks.contains { $0.type == .paragraph && $0.text.hasPrefix("路通了") } == true, "\(name)")
        }
    }

    @Test("a led heading: a word, a colon, a phrase; not a speaker's turn, a picture's place, a source or an editor's lead-in")
    func ledHeadingShape() {
        #expect(LineShape.ledHeading("修路：打通致富“最后一公里”") == 2)
        #expect(LineShape.ledHeading("兴业：小茶叶做成大产业") == 2)
        #expect(LineShape.ledHeading("记者：乡村学校“留不住老") == nil)
        #expect(LineShape.ledHeading("李文华：关键是让老师既有") == nil)
        #expect(LineShape.ledHeading("左图：农民在培训班上学习果树") == nil)
        #expect(LineShape.ledHeading("数据来源：市人社局") == nil)
        #expect(LineShape.ledHeading("编前：由荆州市委宣传") == nil)
        #expect(LineShape.ledHeading("时间：上午，地点：广场") == nil)
    }
}
