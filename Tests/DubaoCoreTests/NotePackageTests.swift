import Testing
@testable import DubaoCore

/// An editor's note that introduces profiles printed under it: one story (all texts invented).
@Suite("Note packages")
struct NotePackageTests {
    static let note = """
    江城晚报

    2025年3月20日 星期四

    第6版

    社会

    守护万家灯火的人

    编者按：城市的夜晚灯火通明，总有一些人在别人休息时坚守岗位。今天，记者跟随两位夜班劳动者，记录他们平凡而坚守的一夜。
    """
    static let first = """
    江城公交集团夜班线路驾驶员刘建国——

    “末班车上的每一位乘客，都要平安送到家”

    本报记者 周小燕

    晚上十一点，刘建国驾驶的夜班公交车从火车站驶出。车厢里只有三五位乘客，有刚下班的餐馆服务员，也有赶夜路的外地务工人员。

    “夜班车乘客少，但越是这样越不能马虎。”刘建国说，他开夜班车已经十二年，熟悉沿线每一个站台和每一处路灯。
    """
    static let second = """
    江城供电公司抢修班班长王海涛——

    “电力抢修没有白天黑夜”

    本报记者 陈立新

    凌晨两点，城东一处居民小区突然停电。接到报修电话二十分钟后，王海涛带着抢修队员赶到现场。

    天亮时，小区恢复供电，居民们陆续起床做早饭。王海涛说：“看到家家户户亮起灯，就觉得值了。”
    """
    static let news = """
    全市新增公共充电桩三千个

    本报讯（记者 黄雅）记者从市发展改革委获悉，去年全市新建公共充电桩三千个，覆盖所有街道和重点乡镇。

    据介绍，今年全市将继续推进充电基础设施建设，重点解决老旧小区充电难问题。
    """

    @Test("the note and the profiles it introduces are one story: each profile's dash line and headline its intertitles, its byline the package's")
    func package() {
        let page = parse([Self.note, Self.first, Self.second, Self.news].joined(separator: "\n\n"))
        #expect(page.articles.count == 2)
        let package = page.articles.first { $0.bodyText.hasPrefix("编者按") }
        #expect(package?.headline == "守护万家灯火的人")
        #expect(package?.bodyText.contains("刘建国驾驶的夜班公交车") == true)
        #expect(package?.bodyText.contains("就觉得值了") == true)
        #expect(package?.blocks.filter { $0.type == .intertitle }.map(\.text) == [
            "江城公交集团夜班线路驾驶员刘建国——", "“末班车上的每一位乘客，都要平安送到家”",
            "江城供电公司抢修班班长王海涛——", "“电力抢修没有白天黑夜”",
        ])
        #expect(package?.byline?.contains("周小燕") == true && package?.byline?.contains("陈立新") == true)
        #expect(page.articles.last?.headline == "全市新增公共充电桩三千个")
    }

    @Test("one profile under a note, or stories not headed by a dash line, stay stories of their own")
    func notAPackage() {
        let one = parse([Self.note, Self.first, Self.news].joined(separator: "\n\n"))
        #expect(one.articles.count == 3)
        let undashed = parse([Self.note, Self.first.replacingOccurrences(of: "刘建国——", with: "刘建国"),
                              Self.second.replacingOccurrences(of: "王海涛——", with: "王海涛"), Self.news].joined(separator: "\n\n"))
        #expect(undashed.articles.count == 4)
    }

    @Test("an editor's lead-in that introduces (编者按, 编者的话, 编前) and a line that presents its subject")
    func shapes() {
        #expect(NotePackage.introduces("编者按：城市的夜晚灯火通明。") && NotePackage.introduces("【编者按】城市的夜晚")
            && NotePackage.introduces("编者的话") && NotePackage.introduces("编前：本版今起推出系列报道"))
        #expect(!NotePackage.introduces("编后：这样的坚守值得尊敬。") && !NotePackage.introduces("编辑手记：写在前面")
            && !NotePackage.introduces("编者按照规定核对了数据。"))
        #expect(NotePackage.presents("江城供电公司抢修班班长王海涛——") && NotePackage.presents("某区派出所民警王某 ——"))
        #expect(!NotePackage.presents("——记供电所所长张宏伟") && !NotePackage.presents("王海涛——")
            && !NotePackage.presents("“电力抢修没有白天黑夜”"))
    }

    @Test("a note right over a report with no headline of its own heads that report; a headed report stays apart")
    func noteOverReport() {
        let report = """
        本报讯（记者 赵文 通讯员 钱亮）3月19日晚，记者跟随城西供电所抢修队巡查线路，沿途检修配电箱十余处。

        据介绍，今年以来全所已完成夜间抢修八十余次，平均到达现场时间缩短到二十分钟。
        """
        let page = parse([Self.note, report, Self.news].joined(separator: "\n\n"))
        #expect(page.articles.count == 2)
        let first = page.articles.first
        #expect(first?.headline == "守护万家灯火的人")
        #expect(first?.bodyText.hasPrefix("编者按") == true && first?.bodyText.contains("平均到达现场时间") == true)
        #expect(first?.byline?.contains("赵文") == true)
        #expect(first?.kind == .news)
        let headed = parse([Self.note, "夜间抢修守护光明\n\n" + report, Self.news].joined(separator: "\n\n"))
        #expect(headed.articles.count == 3)
        #expect(headed.articles.first?.kind == .column)
    }
}
