import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

@Suite("Continued stories")
struct ContinuationTests {
    typealias P = ContinuationLinker.PartInfo

    func part(_ id: String, page: Int, from: Int? = nil, to: Int? = nil, headline: String? = nil, lead: String? = nil,
              text: String, date: String = "2025-03-01", paper: String = "x", rebuilt: Bool = false) -> P {
        var p = P(id: id, paper: paper, date: date, page: page, continuedFromPage: from, continuesOnPage: to, headline: headline,
                  leadingIntertitle: lead, text: text)
        p.orderRebuilt = rebuilt
        return p
    }

    @Test("several jumps from one page are paired by repeated headline, before or after the 上接 mark")
    func byHeadline() {
        let links = ContinuationLinker.links([
            part("1#1", page: 1, to: 2, headline: "新城大桥今日合龙", text: "大桥主跨顺利合龙"),
            part("1#2", page: 1, to: 2, headline: "全市春耕生产全面展开", text: "各地抢抓农时"),
            part("2#1", page: 2, from: 1, headline: "全市春耕生产全面展开", text: "确保春播面积稳定"),
            part("2#2", page: 2, from: 1, lead: "新城大桥今日合龙", text: "精确控制钢箱梁的吊装位置"),
        ])
        #expect(Set(links.map { "\($0.from)>\($0.to)" }) == ["1#1>2#2", "1#2>2#1"])
        #expect(links.first { $0.to == "2#2" }?.promoteLeadingIntertitle == true)
        #expect(links.first { $0.to == "2#1" }?.promoteLeadingIntertitle == false)
    }

    @Test("without headlines, shared content decides")
    func byContent() {
        let links = ContinuationLinker.links([
            part("1#1", page: 1, to: 3, text: "市图书馆新馆今天开馆，新馆藏书八十万册，设有少儿阅览区"),
            part("1#2", page: 1, to: 3, text: "城东污水处理厂二期工程通过验收，日处理能力提高"),
            part("3#1", page: 3, from: 1, text: "污水处理厂二期工程采用新工艺，处理后的水质达到一级标准"),
            part("3#2", page: 3, from: 1, text: "图书馆新馆还开设了自习区和电子阅览室，读者可以预约座位"),
        ])
        #expect(Set(links.map { "\($0.from)>\($0.to)" }) == ["1#1>3#2", "1#2>3#1"])
    }

    @Test("a mark printed in the neighbouring story of a rebuilt reading order: the story whose content goes on takes the jump and the mark's page")
    func markInNeighbour() {
        func parts(rebuilt: Bool) -> [P] {
            [part("1#1", page: 1, text: "城东污水处理厂二期工程通过验收，新建生化池和深度处理车间，日处理能力提高到十万吨", rebuilt: rebuilt),
             part("1#2", page: 1, to: 2, text: "市图书馆新馆今天开馆，藏书八十万册，设有少儿阅览区。（下转第2版）", rebuilt: rebuilt),
             part("2#1", page: 2, from: 1, text: "（上接第1版）二期工程的生化池采用新工艺，深度处理车间出水达到一级标准，污水处理厂", rebuilt: rebuilt),
             part("2#2", page: 2, text: "春耕时节，农机手驾驶拖拉机在田间往来穿梭", rebuilt: rebuilt)]
        }
        #expect(ContinuationLinker.links(parts(rebuilt: true)) == [
            ContinuationLinker.Link(from: "1#1", to: "2#1", promoteLeadingIntertitle: false, fromPage: 1, toPage: 2, markFrom: "1#2", markTo: nil)])
        // read as printed (a dump, `-raw`), the page's mark says which story jumps
        #expect(ContinuationLinker.links(parts(rebuilt: false)).map { "\($0.from)>\($0.to) \($0.markFrom ?? "-")" } == ["1#2>2#1 -"])
        // the same on the other page: the 上接 mark in a scrap before the continuation
        let other = ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "城东污水处理厂二期工程通过验收，新建生化池和深度处理车间，日处理能力提高到十万吨"),
            part("2#1", page: 2, from: 1, text: "（上接第1版）春耕时节，农机手驾驶拖拉机在田间往来穿梭", rebuilt: true),
            part("2#2", page: 2, text: "二期工程的生化池采用新工艺，深度处理车间出水达到一级标准，污水处理厂", rebuilt: true),
        ])
        #expect(other.map { "\($0.from)>\($0.to) \($0.markFrom ?? "-") \($0.markTo ?? "-")" } == ["1#1>2#2 - 2#1"])
    }

    @Test("pages of more stories than a paper prints: only the marks' parts are weighed, each against each")
    func crowdedPages() {
        // the story whose content goes on is there, but among more candidates than the linker weighs
        let n = 120
        #expect(n * n > ContinuationLinker.maxCandidatePairs)
        var parts = [
            part("1#0", page: 1, text: "城东污水处理厂二期工程通过验收，新建生化池和深度处理车间，日处理能力提高到十万吨", rebuilt: true),
            part("1#1", page: 1, to: 2, text: "市图书馆新馆今天开馆，藏书八十万册，设有少儿阅览区。（下转第2版）", rebuilt: true),
            part("2#0", page: 2, from: 1, text: "（上接第1版）二期工程的生化池采用新工艺，深度处理车间出水达到一级标准，污水处理厂", rebuilt: true),
        ]
        for k in 2..<n { parts.append(part("1#\(k)", page: 1, text: "第\(k)条简讯", rebuilt: true)) }
        for k in 1..<n { parts.append(part("2#\(k)", page: 2, text: "第\(k)条消息", rebuilt: true)) }
        #expect(ContinuationLinker.links(parts).map { "\($0.from)>\($0.to)" } == ["1#1>2#0"])
        // with a page's worth of stories, content decides
        #expect(ContinuationLinker.links(Array(parts.prefix(3))).map { "\($0.from)>\($0.to)" } == ["1#0>2#0"])
    }

    @Test("a mark inside a story's text, not at its edge, may have landed there: the story whose content goes on takes the jump")
    func looseMark() {
        let bridge = "城东污水处理厂二期工程通过验收，新建生化池和深度处理车间，日处理能力提高到十万吨"
        func article(_ id: String, to: Int? = nil, from: Int? = nil, _ texts: [String]) -> Article {
            Article(id: id, kind: .news, continuedFromPage: from, continuesOnPage: to, blocks: texts.map { Block(.paragraph, $0) })
        }
        let p1 = Page(source: "1.txt", paper: "x", date: "2025-03-01", page: 1)
        let p2 = Page(source: "2.txt", paper: "x", date: "2025-03-01", page: 2)
        let atEdge = article("1#2", to: 2, ["市图书馆新馆今天开馆，藏书八十万册。", "（下转第2版）"])
        let inside = article("1#2", to: 2, ["市图书馆新馆今天开馆。", "（下转第2版）", "设有少儿阅览区和自习区。"])
        #expect(ContinuationLinker.PartInfo.marksAtEdges(atEdge) && !ContinuationLinker.PartInfo.marksAtEdges(inside))
        #expect(ContinuationLinker.PartInfo.marksAtEdges(article("2#1", from: 1, ["（上接第1版）二期工程的生化池采用新工艺"])))
        #expect(!ContinuationLinker.PartInfo.marksAtEdges(article("2#1", from: 1, ["二期工程的生化池采用新工艺（上接第1版）"])))
        func links(_ holder: Article) -> [String] {
            ContinuationLinker.links([
                .init(article("1#1", [bridge]), page: p1), .init(holder, page: p1),
                .init(article("2#1", from: 1, ["（上接第1版）", "二期工程的生化池采用新工艺，深度处理车间出水达到一级标准，污水处理厂"]), page: p2),
            ]).map { "\($0.from)>\($0.to)" }
        }
        #expect(links(atEdge) == ["1#2>2#1"])
        #expect(links(inside) == ["1#1>2#1"])
    }

    @Test("the story that prints the mark keeps the jump unless another shares clearly more of the other part")
    func markHolds() {
        // 1#2 shares a little more with 2#1 than the mark's story does: not enough to outweigh the mark
        let links = ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "新建生化池今天投入使用，工人们正在调试设备"),
            part("1#2", page: 1, text: "新建生化池和深度处理车间今天投入使用"),
            part("2#1", page: 2, from: 1, text: "新建生化池和深度处理车间的设备由本地企业制造"),
        ])
        #expect(links.map { "\($0.from)>\($0.to)" } == ["1#1>2#1"] && links.first?.markFrom == nil)
        // without marks on both pages nothing links, however alike the texts
        #expect(ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "新建生化池和深度处理车间今天投入使用"),
            part("2#1", page: 2, text: "新建生化池和深度处理车间的设备由本地企业制造"),
        ]).isEmpty)
    }

    @Test("shared content is a story's own words: what another candidate also prints weighs nothing against a name only the two share")
    func ownWordsDecide() {
        // the neighbour that took the 上接 mark shares a long stretch of boilerplate with the first part, but so does a
        // third story; the continuation shares only the bridge's name and 合龙 with it, and nothing else holds those
        let boiler = "全市重点项目建设进展顺利，施工单位加强安全管理"
        let links = ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "杨柳河大桥主跨今天合龙，" + boiler, rebuilt: true),
            part("1#2", page: 1, text: boiler + "，确保工程质量", rebuilt: true),
            part("2#1", page: 2, from: 1, text: boiler + "，春耕生产全面展开", rebuilt: true),
            part("2#2", page: 2, text: "杨柳河大桥合龙后，桥面铺装随即开始", rebuilt: true),
        ])
        #expect(links.map { "\($0.from)>\($0.to)" } == ["1#1>2#2"], "\(links)")
        #expect(links.first?.markTo == "2#1")
    }

    @Test("linking a corpus of rebuilt reading orders moves the jump's page numbers to the parts content chose; the printed mark stays in its text")
    func corpusMovesMarks() {
        func page(_ n: Int, _ arts: [Article]) -> Page {
            var p = Page(source: "p\(n).txt", paper: "x", date: "2025-03-01", page: n)
            p.articles = arts
            p.orderRebuilt = true
            return p
        }
        var corpus = Corpus(pages: [
            page(1, [Article(id: "1#1", kind: .news, headline: "污水处理厂二期工程通过验收",
                             blocks: [Block(.paragraph, "城东污水处理厂二期工程通过验收，新建生化池和深度处理车间，日处理能力提高到十万吨")]),
                     Article(id: "1#2", kind: .news, headline: "图书馆新馆开馆", continuesOnPage: 2,
                             blocks: [Block(.paragraph, "市图书馆新馆今天开馆，藏书八十万册。"), Block(.paragraph, "（下转第2版）")])]),
            page(2, [Article(id: "2#1", kind: .continuation, continuedFromPage: 1,
                             blocks: [Block(.paragraph, "（上接第1版）"), Block(.paragraph, "二期工程的生化池采用新工艺，深度处理车间出水达到一级标准，污水处理厂")])]),
        ])
        ContinuationLinker.link(&corpus)
        let a = Dictionary(uniqueKeysWithValues: corpus.pages.flatMap(\.articles).map { ($0.id, $0) })
        #expect(a["1#1"]?.nextPart == "2#1" && a["1#1"]?.continuesOnPage == 2)
        #expect(a["2#1"]?.previousPart == "1#1" && a["2#1"]?.continuedFromPage == 1)
        #expect(a["1#2"]?.continuesOnPage == nil && a["1#2"]?.nextPart == nil)
        #expect(a["1#2"]?.blocks.last?.text == "（下转第2版）")
    }

    @Test("a half that is not in the corpus stays unlinked; other issues and wrong pages do not link")
    func missing() {
        #expect(ContinuationLinker.links([part("1#1", page: 1, to: 2, text: "甲")]).isEmpty)
        #expect(ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "大桥合龙"),
            part("2#1", page: 2, from: 1, text: "大桥合龙", date: "2025-03-02"),
        ]).isEmpty)
        #expect(ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "大桥合龙"),
            part("3#1", page: 3, from: 1, text: "大桥合龙"),
        ]).isEmpty)
        #expect(ContinuationLinker.links([
            part("1#1", page: 1, to: 2, text: "大桥合龙"),
            part("2#1", page: 2, from: 1, text: "大桥合龙", paper: "y"),
        ]).isEmpty)
    }

    @Test("the jump fixture: pairs linked both ways, the repeated headline made the continuation's, a missing half left alone")
    func fixture() throws {
        let dir = Fixtures.root.appendingPathComponent("Tests/Fixtures/jumps")
        var corpus = Corpus(pages: ["hexi_20250301_01", "hexi_20250301_02"].map { stem in
            var p = PageParser().parse(text: Fixtures.text(dir.appendingPathComponent(stem + ".txt")), source: stem + ".txt", idPrefix: stem)
            p.paper = "hexi"
            p.date = "2025-03-01"
            p.page = Int(stem.suffix(2))
            return p
        })
        ContinuationLinker.link(&corpus)
        let a = Dictionary(uniqueKeysWithValues: corpus.pages.flatMap(\.articles).map { ($0.id, $0) })
        #expect(a["hexi_20250301_01#1"]?.nextPart == "hexi_20250301_02#2")
        #expect(a["hexi_20250301_02#2"]?.previousPart == "hexi_20250301_01#1")
        #expect(a["hexi_20250301_01#2"]?.nextPart == "hexi_20250301_02#1")
        #expect(a["hexi_20250301_02#1"]?.previousPart == "hexi_20250301_01#2")
        #expect(a["hexi_20250301_02#2"]?.headline == "新城大桥今日合龙")
        #expect(a["hexi_20250301_02#2"]?.blocks.contains { $0.type == .intertitle } == false)
        #expect(a["hexi_20250301_01#4"]?.continuesOnPage == 3 && a["hexi_20250301_01#4"]?.nextPart == nil)
    }

    @Test("clean text of a whole story marks the page change and the missing half")
    func text() {
        let p1 = Article(id: "a", kind: .news, headline: "标题", byline: "记者甲", continuesOnPage: 2, nextPart: "b",
                         blocks: [Block(.paragraph, "第一段。（下转第2版）")])
        let p2 = Article(id: "b", kind: .continuation, continuedFromPage: 1, continuesOnPage: 5, previousPart: "a",
                         blocks: [Block(.intertitle, "小标题"), Block(.paragraph, "第二段\u{1B}[31m。")])
        let t = StoryText.render(parts: [p1, p2], pageNumbers: [1, 2])
        #expect(t.contains("标题\n记者甲\n\n　　第一段。（下转第2版）\n\n── 第2版 ──\n\n【小标题】"))
        #expect(t.contains("（下转第5版 · 第5版不在本库中）"))
        #expect(!t.contains("\u{1B}"))
    }

    @Test("a jump line whose other part is missing is shown once, as the note; a linked one stays as printed")
    func noteOnce() {
        let lone = Article(id: "c", kind: .continuation, continuedFromPage: 1, continuesOnPage: 3,
                           blocks: [Block(.paragraph, "（上接第1版）"), Block(.paragraph, "正文。"), Block(.paragraph, "（下转第3版）")])
        let lines = StoryLines.lines(parts: [lone], pages: ["第2版"])
        #expect(lines.filter { $0.text.contains("上接第1版") } == [StoryLine(.note, "（上接第1版 · 第1版不在本库中）")])
        #expect(lines.filter { $0.text.contains("下转第3版") } == [StoryLine(.note, "（下转第3版 · 第3版不在本库中）")])
        let t = StoryText.render(parts: [lone], pageNumbers: [2])
        #expect(t.components(separatedBy: "上接第1版").count == 2 && t.components(separatedBy: "下转第3版").count == 2, "\(t)")
        // linked: no note, the printed marks kept
        let p1 = Article(id: "a", kind: .news, headline: "标题", continuesOnPage: 2, nextPart: "b",
                         blocks: [Block(.paragraph, "第一段。"), Block(.paragraph, "（下转第2版）")])
        let p2 = Article(id: "b", kind: .continuation, continuedFromPage: 1, previousPart: "a",
                         blocks: [Block(.paragraph, "（上接第1版）"), Block(.paragraph, "第二段。")])
        let both = StoryLines.lines(parts: [p1, p2], pages: ["第1版", "第2版"])
        #expect(both.map(\.kind) == [.headline, .paragraph, .mark, .pageChange, .mark, .paragraph])
    }

    @Test("a story's column is shown in square brackets, once: a label printed in its own is shown as printed")
    func columnBrackets() {
        func meta(_ column: String) -> String? {
            let a = Article(id: "c", kind: .column, headline: "标题", column: column, blocks: [Block(.paragraph, "正文。")])
            return StoryLines.lines(parts: [a], pages: ["第2版"]).first { $0.kind == .byline }?.text
        }
        #expect(meta("今日谈") == "【今日谈】" && meta("【短评】") == "【短评】" && meta("［链接］") == "［链接］")
        #expect(meta("[短评]") == "[短评]" && meta("〔观点〕") == "〔观点〕" && meta("■文化快讯") == "【■文化快讯】")
    }
}

@Suite("Fullwidth punctuation for display")
struct FullwidthPunctuationTests {
    @Test("ASCII marks among Chinese become fullwidth; numbers, times and Latin text keep theirs", arguments: [
        ("(记者陈雪玲 陈理君)2月4日下午,市人大", "（记者陈雪玲 陈理君）2月4日下午，市人大"),
        ("来源:新华社;记者:张三", "来源：新华社；记者：张三"),
        ("真的吗?好!", "真的吗？好！"),
        ("共2,000人,10:30开始", "共2,000人，10:30开始"),
        ("Hello, world (test): ok", "Hello, world (test): ok"),
        ("荆州(Jingzhou)", "荆州（Jingzhou）"),
        ("the (中文) word", "the （中文） word"),
    ])
    func display(input: String, expected: String) {
        #expect(FullwidthPunctuation.display(input) == expected)
    }

    @Test("the story's lines show them fullwidth; the article keeps its text")
    func storyLines() {
        let a = Article(id: "a", kind: .news, headline: "标题", blocks: [Block(.paragraph, "开展走访,推动落地。")])
        #expect(StoryLines.lines(parts: [a], pages: ["第1版"]).last?.text == "开展走访，推动落地。")
        #expect(a.blocks[0].text == "开展走访,推动落地。")
    }
}

@Suite("Issues")
struct IssueGroupingTests {
    @Test("undated pages are not one issue: each is its own, named by its file; dated pages of one paper and day are one")
    func undated() {
        func page(_ source: String, date: String?, number: Int?) -> Page {
            var p = Page(source: source)
            p.paper = date == nil ? nil : "报"
            p.date = date
            p.page = number
            return p
        }
        let corpus = Corpus(pages: [page("x/b.txt", date: nil, number: nil), page("x/a.txt", date: nil, number: 2),
                                    page("c_20250101_01.txt", date: "2025-01-01", number: 1), page("c_20250101_02.txt", date: "2025-01-01", number: 2)])
        let issues = corpus.issues
        #expect(issues.map(\.title) == ["报 2025-01-01", "未知报刊 · 日期不详 · a.txt", "未知报刊 · 日期不详 · b.txt"])
        #expect(issues.map(\.pages.count) == [2, 1, 1])
    }

    @Test("pages in any order give the same issues, in the same order, as grouping them by key and sorting each group")
    func anyOrder() {
        var rng = SystemRandomNumberGenerator()
        for round in 0..<40 {
            var pages: [Page] = []
            for k in 0..<Int.random(in: 0...60, using: &rng) {
                var p = Page(source: "d\(Int.random(in: 0...3, using: &rng))/p\(k % 7).txt")
                p.paper = ["甲报", "乙报", "Paper", nil].randomElement(using: &rng)!
                p.date = ["2025-01-0\(Int.random(in: 1...3, using: &rng))", nil].randomElement(using: &rng)!
                p.page = [Int.random(in: 1...4, using: &rng), nil].randomElement(using: &rng)!
                pages.append(p)
            }
            // a library lists its pages mostly in order: half the rounds start from the expected order
            if round % 2 == 0 { pages = Self.reference(pages).flatMap(\.self) }
            let got = Corpus(pages: pages).issues
            let want = Self.reference(pages)
            #expect(got.map { $0.pages.map(\.source) } == want.map { $0.map(\.source) })
            #expect(got.map { $0.pages.map(\.page) } == want.map { $0.map(\.page) })
            for issue in got {
                #expect(Set(issue.pages.map { "\($0.paper ?? "-") \($0.date ?? $0.source)" }).count == 1, "one paper and date (or file) per issue")
            }
        }
    }

    /// The grouping written plainly: a table of keys, the keys sorted, each group's pages sorted.
    static func reference(_ pages: [Page]) -> [[Page]] {
        struct Key: Hashable { var paper: String?, date: String?, source: String? }
        var groups: [Key: [Int]] = [:]
        var keys: [Key] = []
        for (i, p) in pages.enumerated() {
            let k = Key(paper: p.paper, date: p.date, source: p.date == nil ? p.source : nil)
            if groups[k] == nil { keys.append(k) }
            groups[k, default: []].append(i)
        }
        func before(_ a: Key, _ b: Key) -> Bool {
            switch (a.date, b.date) {
            case let (x?, y?) where x != y: return x < y
            case (nil, _?): return false
            case (_?, nil): return true
            default:
                let (p, q) = (a.paper ?? "\u{10FFFF}", b.paper ?? "\u{10FFFF}")
                return p != q ? p < q : (a.source ?? "") < (b.source ?? "")
            }
        }
        return keys.sorted(by: before).map { k in
            groups[k]!.sorted { a, b in
                switch (pages[a].page, pages[b].page) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return pages[a].source != pages[b].source ? pages[a].source < pages[b].source : a < b
                }
            }.map { pages[$0] }
        }
    }
}

@Suite("Captions")
struct CaptionLinesTests {
    @Test("one rule for captions: a credit inside a caption, or at the end of a photo story's text, stands apart like one printed apart")
    func credits() {
        let news = Article(id: "a", kind: .news, headline: "标题", blocks: [
            Block(.paragraph, "正文。（记者甲 摄）不是图片说明。"),
            Block(.caption, "居民在新装的电梯前合影。（张伟 摄）"),
        ])
        let lines = StoryLines.lines(parts: [news], pages: ["第1版"])
        #expect(lines.map(\.kind) == [.headline, .paragraph, .caption, .signature])
        #expect(lines[2].text == "居民在新装的电梯前合影。" && lines[3].text == "（张伟 摄）")
        let photo = Article(id: "b", kind: .photo, headline: "春运志愿行", blocks: [
            Block(.paragraph, "志愿者为旅客指路。(记者 潘路 通讯员 于箐 摄)"),
        ])
        let p = StoryLines.lines(parts: [photo], pages: ["第1版"])
        #expect(p.map(\.kind) == [.headline, .paragraph, .signature])
        #expect(p.last?.text == "（记者 潘路 通讯员 于箐 摄）", "fullwidth in Chinese context, nothing lost")
        let plain = Article(id: "c", kind: .news, headline: "标题", blocks: [Block(.paragraph, "他说（大意如此）。")])
        #expect(StoryLines.lines(parts: [plain], pages: ["第1版"]).count == 2)
    }
}
