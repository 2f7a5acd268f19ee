import Testing
@testable import DubaoCore

/// A page as a single-column extraction gives it: lines hard-wrapped, a paragraph's first line set in, no blank line
/// anywhere (all texts invented).
@Suite("Indented dumps")
struct IndentedDumpTests {
    static let pictures = """
    滨湖晚报
    2025年4月10日 星期四
    A3
    要闻
    本版编辑：罗敏 校对：周全
    文化惠民活动走进乡村（上）
    　　本报北京4月9日电（记者 孙海）记
    者9日从文化和旅游部获悉，今年将组织
    开展文化惠民活动十万场以上，重点向农
    村地区倾斜。
    　　据介绍，活动将以群众喜闻乐见的戏
    曲、电影、图书为主，推动优质文化资源
    下沉。
    ▲4月9日，演员在沙湖村为村民表演地方戏曲。　本报记者 钱立 摄
    “ 坐 商 ” 变 “ 行 商 ”
    供 销 社 送 货 到 田 头
    　　本报讯（记者 高远 通讯员 马丽）
    眼下正值春耕时节，县供销社组织二十余
    辆货车，把化肥、种子直接送到田间地头
    。
    　　“以前要跑十几里路去镇上买，现在
    打个电话就送到。”种粮大户王德明说。
    （本报记者 高远 整理）
    本文图片均由县供销社提供
    """
    static let interview = """
    江城日报
    2025年4月8日 星期二
    第5版
    民生
    责任编辑：刘清 美术编辑：张一
    老旧小区改造进行时
    编者按：今年以来，我市老旧小区改造全面提速，一批“老破小”换了新颜。本版今起推出系列报道，记录改造中的新变化，敬请关注。
    　　本报讯（记者 赵文 通讯员 钱亮）4
    月7日，记者走进城西街道梧桐里小区，
    只见楼道粉刷一新，新装的电梯正在调试
    。
    　　据介绍，梧桐里小区建于上世纪八十
    年代，共有居民四百余户，此次改造涉及
    管网更新、外墙保温、加装电梯等十二项
    内容。
    　　“以前下雨天院子里积水没过脚踝，
    现在再也不用发愁了。”居民周阿姨笑着
    说。
    让更多居民用上管道燃气
    ——访市燃气公司总经理孙立
    　　记者：今年我市在燃气管网改造方面
    有哪些安排？
    　　孙立：今年计划改造老旧燃气管网一
    百二十公里，涉及小区八十六个，力争年
    底前全部完工。
    　　记者：改造期间如何减少对居民生活
    的影响？
    　　孙立：我们实行分段施工、错峰作业
    ，每个小区都会提前张贴告示，并安排专
    人上门解答。
    延伸阅读
    燃气使用安全小贴士
    　　一、使用燃气时要保持室内通风，人
    不离火。
    　　二、发现燃气泄漏，应立即关闭阀门
    ，打开门窗，切勿开关电器。
    　　三、定期检查燃气软管，发现老化及
    时更换。
    遗失声明
    　　江城市恒达商贸有限公司遗失公章一
    枚，声明作废。
    今日天气
    城区 晴 12℃～22℃ 东南风2级
    东湖 多云 11℃～20℃ 东风1级
    """

    @Test("a caption pointed at its picture with a date first (`▲4月9日，…　本报记者 钱立 摄`) is a caption, not the story's paragraph")
    func pointedCaption() {
        let page = parse(Self.pictures)
        let caption = page.articles.flatMap(\.blocks).first { $0.text.hasPrefix("▲4月9日") }
        #expect(caption?.type == .caption)
        #expect(Markers.opensWithPhotoPosition("▲4月9日，演员在沙湖村为村民表演地方戏曲。") && !Markers.opensWithPhotoPosition("▲上接第1版"))
    }

    @Test("a headline and its dash subtitle printed right under a story's last line, no blank line between, head the next story: the subtitle does not run into the paragraph set in under it")
    func headlineUnderText() {
        let page = parse(Self.interview)
        let talk = page.articles.first { $0.headline == "让更多居民用上管道燃气" }
        #expect(talk?.subheadline == "——访市燃气公司总经理孙立", "\(page.articles.map { ($0.headline, $0.subheadline) })")
        #expect(talk?.blocks.first?.text == "记者：今年我市在燃气管网改造方面有哪些安排？")
        #expect(page.articles.first?.blocks.last?.text.hasSuffix("居民周阿姨笑着说。") == true)
    }
}
