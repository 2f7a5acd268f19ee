import Foundation
import Testing
@testable import DubaoCore

@Suite("Text rules")
struct TextRulesTests {
    @Test("LetterSpacing closes up runs of single characters", arguments: [
        ("第 三 届 出 土 木 漆 器 保 护", "第三届出土木漆器保护"),
        ("深 度", "深度"),
        ("查 询 ，或 拨 打 长 途 电 话", "查询，或拨打长途电话"),
        ("个 难 忘 的 日子", "个难忘的 日子"),
        ("“ 坐 商 ” 变 “ 行 商 ”", "“坐商”变“行商”"),
        ("— — 论 学 习 贯 彻", "——论学习贯彻"),
        ("资 料 来 源 ： 市 统 计 局", "资料来源：市统计局"),
        ("索 ， 逐 步 建 成 社 区 食 堂 、 老 年", "索，逐步建成社区食堂、老年"),
        ("2 0 2 5 年 新 春", "2025年新春"),
    ])
    func letterSpacing(input: String, expected: String) {
        #expect(LetterSpacing.remove(input) == expected)
    }

    @Test("LetterSpacing keeps real spaces between words", arguments: [
        "“携手共进 共创未来”",
        "记者 潘路 通讯员 黄嘉澄 摄",
        "九九重阳节 浓浓敬老情",
        "The quick brown fox",
        "王 刚是 李 明的同学",
        "A B C",
    ])
    func letterSpacingKeepsWords(input: String) {
        #expect(LetterSpacing.remove(input) == input)
    }

    @Test("VerticalSpacing: three lines or more of one Han character each are a headline set down the page")
    func verticalRuns() {
        #expect(LetterSpacing.verticalRuns(["一", "次", " 难 ", "忘", "本报讯（记者甲）昨日，", "甲", "乙"]) == [0...3])
        // two such lines, a figure, a mark or two characters on a line are not one
        #expect(LetterSpacing.verticalRuns(["上", "图", "", "1", "2", "3", "。", "“", "好", "不好", "坏", "人"]).isEmpty)
        #expect(LetterSpacing.verticalRuns(["正文第一行", "还", "迁", "小", "区"]) == [1...4])
        // the parser reads such a run as one headline line, and loses none of its characters
        let text = "还\n迁\n小\n区\n幸\n福\n记\n\n本报讯（记者 李理）昨日，城东还迁小区改造完成，居民陆续搬回新家，小区环境焕然一新。\n"
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.count == 1 && page.articles.first?.headline == "还迁小区幸福记")
    }

    @Test("SpaceTidy drops spaces next to CJK punctuation and between Han and digits", arguments: [
        ("今年 9 月，荆州市", "今年9月，荆州市"),
        ("缓缴社会保险费 5173.3 万", "缓缴社会保险费5173.3万"),
        ("精神风貌。 （潘路 胡丛芳 摄）", "精神风貌。（潘路 胡丛芳 摄）"),
        ("日 ，是", "日，是"),
        ("  两端   空格  ", "两端 空格"),
        ("Hello   world 2024", "Hello world 2024"),
        ("“组织引领” 党支部建到治理一线", "“组织引领” 党支部建到治理一线"),
        // an ideographic space an editor set before a figure stays (a brief's run-in headline before its date)
        ("展览开幕\u{3000}4月8日，", "展览开幕 4月8日，"),
        // inside a pair of quotes, against a quote: an extraction's (`“ 15分钟生活圈 ”`); after the closing one it stays
        ("让“ 15 分钟生活圈 ”更有温度", "让“15分钟生活圈”更有温度"),
        ("‘ 菜篮子 ’ 工程", "‘菜篮子’ 工程"),
    ])
    func spaceTidy(input: String, expected: String) {
        #expect(SpaceTidy.tidy(input) == expected)
    }

    @Test("Letter-spacing and tidying together recover a spaced date line")
    func spacedDate() {
        #expect(SpaceTidy.tidy(LetterSpacing.remove("2022 年 11 月 24 日 ，是 个 难 忘 的")) == "2022年11月24日，是个难忘的")
    }

    @Test("BannerUndoubling undoubles words and lines and returns what it removed")
    func undoubling() {
        #expect(BannerUndoubling.undouble("时政要闻时政要闻") == .init(text: "时政要闻", removed: ["时政要闻"]))
        #expect(BannerUndoubling.undouble("知荆州知荆州 爱荆州爱荆州 兴荆州兴荆州")
            == .init(text: "知荆州 爱荆州 兴荆州", removed: ["知荆州", "爱荆州", "兴荆州"]))
        #expect(BannerUndoubling.undouble("时时政政要要闻闻")?.text == "时政要闻")
        #expect(BannerUndoubling.undouble("经济 新闻经济 新闻")?.text == "经济新闻")
    }

    @Test("BannerUndoubling leaves ordinary lines alone", arguments: [
        "春运志愿行 温暖回家路", "哈哈哈哈", "要闻", "谢谢", "2024 2024", "时政要闻 时政",
    ])
    func undoublingLeaves(input: String) {
        #expect(BannerUndoubling.undouble(input) == nil)
    }

    @Test("LineJoin joins CJK without a space and Latin words with one", arguments: [
        ("发展信", "心更足了。", "发展信心更足了。"),
        ("the quick", "brown fox", "the quick brown fox"),
        ("费 5173.3", "万元", "费 5173.3万元"),
        ("编号12", "34号", "编号1234号"),
        ("共产党", "员、英雄", "共产党员、英雄"),
        ("iPhone", "15 Pro", "iPhone 15 Pro"),
    ])
    func lineJoin(a: String, b: String, expected: String) {
        #expect(LineJoin.join(a, b) == expected)
    }

    @Test("endsSentence looks through closing quotes and brackets")
    func endsSentence() {
        #expect("保障大家的幸福生活。”".endsSentence)
        #expect("有什么发展愿景?".endsSentence)
        #expect(!"荆州市妇女联合会 高荣荣）".endsSentence)
        #expect(!"截至目前，全市共计为符合条件的".endsSentence)
    }

    @Test("Display widths agree with the terminal: Han 2, ambiguous 1 (2 on request), marks 0")
    func widths() {
        #expect(DisplayWidth.of("荆州") == 4)
        #expect(DisplayWidth.of("abc") == 3)
        #expect(DisplayWidth.of("“”—…·") == 5)
        #expect(DisplayWidth.of("“”—…·", ambiguousWide: true) == 10)
        #expect(DisplayWidth.of("e\u{301}") == 1)
        #expect(DisplayWidth.of("\u{3000}、１") == 6)
        #expect(DisplayWidth.of("\u{200B}") == 0)
    }

    @Test("TerminalSafe replaces control characters and bidi overrides")
    func terminalSafe() {
        let s = TerminalSafe.plain("a\u{1B}[31mb\u{7}c\u{202E}d\te")
        #expect(!s.unicodeScalars.contains { CharClass.isControl($0) })
        #expect(s.contains("a") && s.contains("[31mb") && s.hasSuffix("d e"))
    }

    @Test("TerminalSafe shows the bytes of a name that is not UTF-8 as \\xNN")
    func escapedBytes() {
        let name = "a" + String(Character(Unicode.Scalar(TerminalSafe.escapedByteBase + 0xB1)!)) + "b"
        #expect(TerminalSafe.escapedByte(name.unicodeScalars.dropFirst().first!) == 0xB1)
        #expect(TerminalSafe.plain(name) == "a\\xB1b")
    }

    @Test("TerminalSafe.json escapes DEL, C1 controls and bidi overrides and keeps the document's value")
    func json() throws {
        let value = ["k": "a\u{7F}b\u{9B}31m\u{202E}c\u{2028}d\u{FEFF}e\u{1B}f 荆州"]
        let data = try CorpusJSON.encode(value)
        let safe = TerminalSafe.json(Array(data))
        #expect(!safe.contains(0x7F) && !safe.contains(0x1B))
        #expect(!zip(safe, safe.dropFirst()).contains { $0 == 0xC2 && $1 >= 0x80 && $1 <= 0x9F })
        #expect(String(decoding: safe, as: UTF8.self).contains("\\u202e"))
        let back = try JSONDecoder().decode([String: String].self, from: Data(safe))
        #expect(back == value)
    }

    @Test("withoutLeadingMarks drops the bullets and spaces before a byline only", arguments: [
        ("□ 记者 李理", "记者 李理"), ("■■　本报记者 王五", "本报记者 王五"), ("记者 □ 李理", "记者 □ 李理"), ("□", ""),
    ])
    func leadingMarks(input: String, expected: String) {
        #expect(input.withoutLeadingMarks == expected)
    }
}
