import Testing
@testable import DubaoCore

/// A page of one paragraph a line printed without blank lines is read as if each break were a blank line; a page
/// wrapped in columns without blank lines keeps its breaks.
@Suite("Flowed breaks")
struct FlowedBreaksTests {
    /// An invented page of a paragraph a line, one paragraph cut by a column break after a clause mark.
    static let page = """
        江城晚报
        2025年6月3日 星期二
        第5版
        城 市 生 活
        老街巷里开出“共享菜园”
        本报讯（记者 周敏 通讯员 李想）6月2日，江城区梧桐社区的“共享菜园”迎来第一批收获，二十多户居民在自家认领的小菜地里摘下了黄瓜、番茄和豆角。
        去年秋天，社区把一块闲置多年的空地平整出来，划成四十块小菜地，由居民报名认领，社区统一提供种子、
        农具和肥料，还请来农技人员每月上门指导一次。
        “以前这里堆满了杂物，蚊虫多，大家路过都绕着走。”居民王阿姨说，如今一到傍晚，菜园里就热闹起来，邻居们一边浇水一边聊天，关系比以前亲近多了。
        社区负责人介绍，下一步将邀请农技人员到菜园开展讲座，并把收获的部分蔬菜送给辖区的独居老人。
        夜市升级 烟火气更浓
        本报讯（记者 陈飞）入夏以来，江城滨河夜市人气渐旺。记者近日走访看到，经过改造的夜市摊位整齐划一，统一配备了油烟净化设备和分类垃圾桶。
        市场管理方相关负责人表示，今年夜市新增了文创、手作等特色摊位五十余个，还设置了便民休息区和免费充电点，每晚客流量较去年同期增长三成。
        不少市民表示，夜市既保留了热闹的烟火气、
        人情味，又比以前干净整洁，逛起来更舒心。
        6月1日，孩子们在江城区青少年宫参加“童心向党”绘画比赛，用画笔描绘心中的美好家园。
        （记者 刘洋 摄）
        """

    /// The same lines wrapped in a column of fifteen characters, without blank lines (as `pdftotext -raw` prints).
    static let wrapped = """
        去年秋天，社区把一块闲置多年的
        空地平整出来，划成四十块小菜地，
        由居民报名认领，社区统一提供种
        子和农具。
        “以前这里堆满了杂物，蚊虫多，
        大家路过都绕着走。”居民王阿姨
        说，如今一到傍晚，菜园里就热闹
        起来，邻居们一边浇水一边聊天。
        社区负责人介绍，下一步将邀请农
        技人员到菜园开展讲座，并把收获
        的部分蔬菜送给辖区的独居老人。
        """

    static func spacedOut(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n\n")
    }

    static func reading(_ text: String) -> [[String]] {
        PageParser().parse(text: text, source: "p.txt", idPrefix: "p").articles.map { a in
            (a.headline.map { [$0] } ?? []) + a.blocks.map(\.text)
        }
    }

    @Test("every break of a flowed page without blank lines stands for one")
    func flowedMarked() {
        let lines = PageParser.lines(of: Self.page).lines
        #expect(lines.count == 17)
        #expect(lines.dropFirst().allSatisfy { $0.gapBefore == 1 })
        #expect(lines.dropLast().allSatisfy { $0.gapAfter == 1 })
    }

    @Test("a page wrapped in columns, and a flowed page with its blank lines, keep their breaks")
    func othersKept() {
        #expect(PageParser.lines(of: Self.wrapped).lines.allSatisfy { $0.gapBefore == 0 })
        #expect(PageParser.lines(of: Self.spacedOut(Self.page)).lines.dropFirst().allSatisfy { $0.gapBefore == 1 })
        // a flowed page with blank lines between its stories only (one break in five) reads each break as one,
        // those blank lines as wider gaps
        let some = Self.page.replacingOccurrences(of: "\n夜市", with: "\n\n夜市").replacingOccurrences(of: "\n6月1日", with: "\n\n6月1日")
            .replacingOccurrences(of: "\n老街", with: "\n\n老街")
        let lines = PageParser.lines(of: some).lines
        #expect(lines.dropFirst().allSatisfy { $0.gapBefore >= 1 })
        #expect(lines.filter { $0.gapBefore == 2 }.count == 3)
        #expect(Self.reading(some) == Self.reading(Self.spacedOut(Self.page)))
        // but with blank lines after one break in three or more, it keeps them as they are
        let many = some.replacingOccurrences(of: "\n去年秋天", with: "\n\n去年秋天").replacingOccurrences(of: "\n市场管理方", with: "\n\n市场管理方")
            .replacingOccurrences(of: "\n第5版", with: "\n\n第5版").replacingOccurrences(of: "\n不少市民", with: "\n\n不少市民")
            .replacingOccurrences(of: "\n本报讯（记者 陈飞", with: "\n\n本报讯（记者 陈飞")
        #expect(PageParser.lines(of: many).lines.filter { $0.gapBefore > 0 }.count == 8)
    }

    @Test("a flowed page without blank lines reads as it does with them: a paragraph cut after a clause mark is one")
    func pageReadsAsSpaced() {
        let read = Self.reading(Self.page)
        #expect(read == Self.reading(Self.spacedOut(Self.page)))
        let paragraphs = read.flatMap { $0 }
        #expect(paragraphs.contains { $0.contains("提供种子、农具和肥料") })
        #expect(paragraphs.contains { $0.contains("烟火气、人情味") })
    }
}
