import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// Pages written for the tests, in layouts the seeds do not show: each one's stories, as a reader would
/// split them.
@Suite("Fixture pages")
struct FixturePagesTests {
    static func page(_ name: String) -> Page {
        PageParser().parse(text: Fixtures.text(Fixtures.pages.appendingPathComponent(name)), source: name, idPrefix: name)
    }

    @Test("wrapped columns, headlines above the stories, page furniture, a commentary with its author")
    func wrappedHeadlinesFirst() throws {
        let p = Self.page("binjiang_20240315_A03.txt")
        #expect(p.section == "经济观察")
        // two headline lines with nothing to tell kicker from subtitle: both kept, one of them the headline
        let first = try #require(p.articles.first)
        #expect(Set([first.kicker, first.headline, first.subheadline].compactMap { $0 }) == ["春耕备耕忙", "田间地头处处新"])
        #expect(first.continuesOnPage == 4)
        #expect(p.articles.count >= 2 && p.articles[1].headline == "新能源汽车下乡活动启动")
        #expect(p.articles.contains { $0.blocks.last?.type == .caption && $0.headline == "新能源汽车下乡活动启动" })
        // the short commentary after it, under its column label, with no opening: a story of its own (LabelledTitle)
        #expect(p.articles.count == 3 && p.articles.last?.headline == "让好政策落到田间" && p.articles.last?.column == "短评")
        #expect(p.articles.flatMap(\.blocks).contains { $0.text.contains("要看农民得实惠多不多") })
        #expect(Set(p.furniture).isSuperset(of: ["滨江晚报", "2024年3月15日 星期五", "编辑：周明 校对：陈芳"]))
    }

    @Test("flowed page: bylines on their own line, a subtitle above its headline, an interview")
    func flowed() {
        let p = Self.page("chengdong_2024-03-16_02.txt")
        #expect(p.articles.map(\.headline) == ["老旧小区改造提速", "守护生命的“急先锋”", "全市首个社区食堂开业"])
        #expect(p.articles[0].subheadline == "今年将惠及一万二千户居民")
        #expect(p.articles[1].subheadline == "——记市第一人民医院急诊科护士长陈晓燕")
        #expect(p.articles[1].blocks.filter { $0.type == .qa }.count == 2)
        #expect(p.articles.map(\.byline) == ["本报记者 王立新", "本报记者 赵敏 通讯员 钱进", "记者 孙丽 通讯员 周洋"])
    }

    @Test("a wrapped feature page: intertitles stay in their story, the next byline starts another")
    func feature() {
        let p = Self.page("feature_20250501_05.txt")
        #expect(p.section == "深度报道")
        #expect(p.articles.map(\.headline) == ["古镇新生", "乡村旅游带火山区民宿"])
        #expect(p.articles[0].blocks.filter { $0.type == .intertitle }.map(\.text) == ["修旧如旧留住乡愁", "文旅融合带来人气"])
    }

    @Test("a commentary page of two pieces with no openings: two stories, not one with an intertitle")
    func commentary() {
        let p = Self.page("opinion_20250502_04.txt")
        // two short pieces on neighbouring subjects with no opening cue: the scored parser reads the second
        // headline as an intertitle (known, see the parser issue's note)
        withKnownIssue("the second piece's headline is read as an intertitle") {
            #expect(p.articles.map(\.headline) == ["让城市更有温度", "读书应成为一种生活方式"])
        }
        // its signature says where its writer works, naming no one: no byline, the line the piece's last block
        #expect(p.articles.last?.byline == nil && p.articles.last?.blocks.last?.type == .signature)
        #expect(p.articles.last?.blocks.last?.text.contains("作者单位：市社科联") == true)
        // whatever the cut, nothing of either piece is lost
        let text = p.articles.flatMap(\.blocks).map(\.text).joined()
        #expect(text.contains("真正的读书需要静下心来") && text.contains("市民的获得感不断增强"))
    }
}
