import Foundation
import Testing
@testable import DubaoCore

@Suite("Interleaved columns (pdftotext's default order)")
struct ColumnStreamsTests {
    /// Two invented columns, their rows printed side by side as pdftotext's default order prints a block that
    /// spans both.
    static let left = ["我们学校今年组织了很多有意义的活", "动，同学们都积极参加了比赛和表", "演，受到了老师们的一致好评。"]
    static let right = ["北京市教育委员会昨天召开了全市会", "议，各区代表参加会议并讨论了工", "作，会议取得了圆满的成功。"]
    /// A column printed on its own below them, as most of a page is.
    static let below = ["市图书馆从本周起延长开放时间至晚上十", "点，并开设夜间自习区和亲子阅读角落，", "方便上班族和学生们读书学习。"]
    static var interleaved: String {
        (["校园新闻", ""] + zip(left, right).map { "\($0) \($1)" } + [""] + below).joined(separator: "\n")
    }

    @Test("a word over the join: 学|校 and 会|议 run on; a join after a full stop or between unrelated characters does not")
    func runOn() {
        #expect(WordBreaks.runsOn("我们在学", "校里读书"))
        #expect(WordBreaks.runsOn("昨天召开了全市会", "议，各区代表"))
        #expect(!WordBreaks.runsOn("今天天气很好。", "明天"))
        #expect(!WordBreaks.runsOn("我们学校今年组织了很多有意义的活", "议，各区代表参加会议并讨论了工"))
        #expect(!WordBreaks.runsOn("", "校"))
    }

    @Test("each link feature, on invented pieces")
    func features() {
        func piece(_ t: Substring) -> ColumnStreams.Piece { .init(row: 0, text: t, width: DisplayWidth.of(t, ambiguousWide: true)) }
        func features(_ a: Substring, _ b: Substring, distance: Int = 0) -> [String: Double] {
            let pairs = ColumnStreams.pageBigrams(["活动很多", "一次活动"])
            let f = ColumnStreams.linkFeatures(piece(a), piece(b), wide: 32, pairs: pairs, distance: distance)
            return Dictionary(uniqueKeysWithValues: zip(ColumnStreams.linkFeatureNames, f))
        }
        let wrap = features(Self.left[0][...], Self.left[1][...], distance: 2)
        #expect(wrap["runsOn"] == 1 && wrap["pagePair"] == log2(3) && wrap["rowsSkipped"] == 2 && wrap["bias"] == 1)
        #expect(wrap["sameWidth"] == 1 && wrap["otherWidth"] == 0 && wrap["markAfterOpen"] == 0 && wrap["opensStory"] == 0)
        #expect(features("今天天气很好。", "，明天下雨")["markAfterEnd"] == 1 && features("今天天气很好。", "，明天下雨")["markAfterOpen"] == 0)
        #expect(features(Self.left[0][...], "，明天下雨")["markAfterOpen"] == 1)
        let lead = features("短句", "本报讯记者昨天从市里获悉今年的工作计划已经确定")
        #expect(lead["opensStory"] == 1 && lead["widerAfterOpen"] == 1 && lead["runsOn"] == 0 && lead["pagePair"] == 0)
        #expect(features("市图书馆从本周起延长开放时间", "北京市教育委员会昨天召开了全市工作会议")["otherWidth"] == 1)
        // a piece's place in its row: the same place in rows of as many pieces is the same column's, another is not
        func placed(_ a: (Int, Int), _ b: (Int, Int)) -> [String: Double] {
            var p = piece(Self.left[0][...]), q = piece(Self.left[1][...])
            (p.place, p.ofRow, q.place, q.ofRow) = (a.0, a.1, b.0, b.1)
            let f = ColumnStreams.linkFeatures(p, q, wide: 32, pairs: [:], distance: 0)
            return Dictionary(uniqueKeysWithValues: zip(ColumnStreams.linkFeatureNames, f))
        }
        #expect(placed((1, 3), (1, 3))["samePlace"] == 1 && placed((1, 3), (1, 3))["otherPlace"] == 0)
        #expect(placed((0, 3), (2, 3))["otherPlace"] == 1 && placed((0, 3), (2, 3))["samePlace"] == 0)
        for (a, b) in [((0, 2), (0, 3)), ((0, 1), (0, 1)), ((1, 2), (0, 1))] {
            #expect(placed(a, b)["samePlace"] == 0 && placed(a, b)["otherPlace"] == 0, "\(a) \(b)")
        }
        #expect(features(Self.left[0][...], Self.left[1][...])["samePlace"] == 0)
    }

    @Test("two columns printed row by row come back one after the other, every character kept")
    func twoColumns() {
        let out = ColumnStreams.reorder(Self.interleaved)
        let expected = (["校园新闻", ""] + Self.left + [""] + Self.right + ["", ""] + Self.below).joined(separator: "\n")
        #expect(out == expected)
        func chars(_ s: String) -> [Character] { s.filter { $0 != " " && $0 != "\n" }.sorted() }
        #expect(chars(out) == chars(Self.interleaved))
    }

    @Test("lines ending in CR LF are read as lines: the columns come back the same")
    func crlf() {
        let out = ColumnStreams.reorder(Self.interleaved.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(out.replacingOccurrences(of: "\r", with: "") == ColumnStreams.reorder(Self.interleaved))
        #expect(out != Self.interleaved.replacingOccurrences(of: "\n", with: "\r\n"))
    }

    @Test("a text dump is left alone: a headline in two parts, a byline's names, a date line; a lone row of two columns")
    func dumpsUntouched() {
        let dump = """
            利剑出鞘见锋芒 实干担当促发展
            方式路径不断优化 工作质效显著提升
            本报讯（记者 王小明 通讯员 李大华）昨天上午，
            2025年3月7日 星期五 第6版
            """
        #expect(ColumnStreams.reorder(dump) == dump)
        let lone = dump + "\n\n\n\n\n\n\n" + "\(Self.left[0]) \(Self.right[0])\n\(Self.left[1])"
        #expect(ColumnStreams.reorder(lone) == lone)
    }

    @Test("the parser joins the interleaved page's words across their wraps (活|动, 会|议)")
    func parsed() {
        // each column a report of its own, row beside row; every wrap falls inside a word (the evidence a link needs)
        let left = ["本报讯我们学校今年组织了很多有意义的活", "动，同学们都积极参加了比赛和表演，受到", "了老师们的一致好评。学校还邀请了家长们", "一起参加，场面十分热闹，大家都很开心。"]
        let right = ["本报讯北京市教育委员会昨天召开了全市会", "议，各区代表参加会议并讨论了下一步的工", "作安排，会议取得了圆满的成功。与会代", "表纷纷表示，要把会议精神落实到实际工作中。"]
        let text = (["校园新闻", "", "第2版", ""] + zip(left, right).map { "\($0) \($1)" } + [""] + Self.below).joined(separator: "\n")
        let page = PageParser().parse(text: text, source: "x_20250101_02.txt", idPrefix: "x")
        let all = page.articles.flatMap { [$0.headline ?? ""] + $0.blocks.map(\.text) }.joined(separator: "|")
        #expect(all.contains("有意义的活动，同学们") && all.contains("家长们一起参加"), "\(all)")
        #expect(all.contains("全市会议，各区代表") && all.contains("与会代表纷纷表示"), "\(all)")
        // its reading order is one the parser rebuilt (where its jump marks stand is not certain); a dump's is not
        #expect(page.orderRebuilt)
        let dump = (["校园新闻", "", "第2版", ""] + left + [""] + right).joined(separator: "\n")
        #expect(!PageParser().parse(text: dump, source: "x_20250101_02.txt", idPrefix: "x").orderRebuilt)
    }

    @Test("a column's full line and the next column's short last line are two pieces; names and short parts stay whole")
    func shortPieceBesideFullLine() {
        // 36 wide: a column's line of eighteen Han characters
        let full = "我们学校今年组织了很多有意义的活动比赛"
        #expect(ColumnStreams.pieces("\(full) 好评。", wide: 36) == ["\(full)", "好评。"])
        #expect(ColumnStreams.pieces("好评。 \(full)", wide: 36) == ["好评。", "\(full)"])
        // without a column's width the short part goes with its neighbour, as names do
        #expect(ColumnStreams.pieces("\(full) 好评。") == [])
        // a byline's names and a row of short parts are no full line: whole as before
        #expect(ColumnStreams.pieces("本报记者 王小明 李大华", wide: 36) == [])
        #expect(ColumnStreams.pieces("市图书馆延长开放时间 王明 本报讯北京市召开会议", wide: 36) == [])
        // a date beside a full line is no part of it
        #expect(ColumnStreams.pieces("2025年 3月 \(full)", wide: 36) == ["2025年 3月", "\(full)"])
    }

    @Test("a page set in columns has most long lines one width; a page printing a paragraph a line has not")
    func columnShare() {
        // four full lines of a column (16 Han, 32 wide), a paragraph's last line, a headline
        let columns: [Substring] = ["我们学校今年组织了很多有意义的活", "动同学们都积极参加了比赛和表演节", "北京市教育委员会昨天召开了全市会",
                                    "议各区代表参加会议并讨论了工作安", "排会议取得圆满成功。", "市图书馆延长开放时间"]
        let (wide, share) = ColumnStreams.widthOfColumns(columns)
        #expect(wide == 32 && share >= ColumnStreams.columnShare, "\(wide) \(share)")
        let dump: [Substring] = ["本报讯（记者王小明）昨天上午，全市文化工作会议召开。", "会上，十个单位作了交流发言，介绍了各自的经验。",
                                 "与会代表表示，要把会议精神落实到实际工作中去，推动全市文化事业发展。", "市图书馆延长开放时间",
                                 "市文化馆今年将举办各类公益展览二十场、讲座五十场、培训三十期。", "市民反响热烈。大家纷纷点赞"]
        #expect(ColumnStreams.widthOfColumns(dump).share < ColumnStreams.columnShare)
        // such a page's parts beside a long one are not told apart by a column's width: a row stays whole
        #expect(ColumnStreams.pieces("本报讯（记者王小明 李华 通讯员张强）昨天上午，全市文化工作会议召开。") == [])
    }

    @Test("on a page set in columns, a narrow column's line beside a wide column's is a columns row; elsewhere it is not")
    func narrowBesideWide() {
        // the page's commonest column 68 wide (34 Han); a story beside it set in a column of 32 (16 Han)
        let narrow: Substring = "我们学校今年组织了很多有意义的活"
        let wideLine: Substring = "北京市教育委员会昨天召开了全市会议各区代表参加会议并讨论了下一步工作"
        #expect(ColumnStreams.width(narrow) == 32 && ColumnStreams.width(wideLine) == 68)
        let row = [narrow, wideLine]
        // 32 + 68 is not half again as wide as a column: no columns row by that measure alone
        #expect(!ColumnStreams.isColumnsRow(row, wide: 68))
        #expect(ColumnStreams.isColumnsRow(row, wide: 68, inColumns: true))
        // two long parts together no wider than a column's line and four characters are no two columns' lines
        let short: [Substring] = ["市图书馆延长开放", "教育委员会召开会"]
        #expect(!ColumnStreams.isColumnsRow(short, wide: 32, inColumns: true))
        #expect(!ColumnStreams.isColumnsRow([narrow, "好评。"], wide: 32, inColumns: true))
        // a part wider than two columns' lines is a paragraph printed on one line
        let paragraph = Substring(String(repeating: "会议取得了圆满的成功", count: 4))
        #expect(!ColumnStreams.isColumnsRow([narrow, paragraph], wide: 32, inColumns: true))
        #expect(ColumnStreams.isColumnsRow([narrow, narrow], wide: 32, inColumns: true))
    }

    @Test("a lone row of a story's first two columns' lines: the right one goes on from the left column's last line")
    func leadRow() {
        let block = ["全市教育工作会议，各区代表参加会议并", "讨论了下一步的工作安排，会议要求各区", "认真落实各项任务，确保全年目标顺利完"]
        let rest = ["与会代表表示，将以此次会议为契机，推", "动各项工作再上新台阶，完成全年任务。"]
        func page(_ left: String, _ right: String, blankAfterRow: Bool = true) -> String {
            (["全市教育工作会议召开", "", "\(left) \(right)"] + (blankAfterRow ? [""] : []) + block + [""] + rest).joined(separator: "\n")
        }
        let lead = "本报讯（记者 王明）今天上午市里召开了"
        let firstOfNext = "成。会议还表彰了一批先进集体和个人。"
        let expected = (["全市教育工作会议召开", "", lead] + block + [firstOfNext, ""] + rest).joined(separator: "\n")
        #expect(ColumnStreams.reorder(page(lead, firstOfNext)) == expected)
        #expect(ColumnStreams.reorder(page(lead, firstOfNext, blankAfterRow: false)) == expected)
        // a byline's names set apart in the left column's line: the right piece is the row's last
        let names = "本报讯（记者王明明 通讯员李华华"
        #expect(ColumnStreams.reorder(page(names, firstOfNext)) == expected.replacingOccurrences(of: lead, with: names))
        // a row in mid-story: moved only where the piece goes on from the block's end (完|成, a word, and a pair the
        // page prints), not where nothing does
        let mid = "今年我们学校组织了很多有意义的活动和"
        #expect(ColumnStreams.reorder(page(mid, firstOfNext)).contains("顺利完\n\(firstOfNext)"))
        let unrelated = "北京市教育委员会昨天召开全市会议。"
        #expect(ColumnStreams.reorder(page(mid, unrelated)) == page(mid, unrelated))
        // the block's last line ending a sentence (the column ended a paragraph): the piece of a row that opens a
        // story goes after it all the same; a row in mid-story is left alone
        let ended = "认真落实各项任务，确保全年目标完成。"
        func closed(_ left: String) -> String { page(left, firstOfNext).replacingOccurrences(of: block[2], with: ended) }
        #expect(ColumnStreams.reorder(closed(lead)) == expected.replacingOccurrences(of: block[2], with: ended))
        #expect(ColumnStreams.reorder(closed(mid)) == closed(mid))
        // a byline whose bracket the right part closes is one line's (`通讯员王婷 | 高菲）…`); a line no wider than
        // the column's lines under it is a dump's line with spaces, not two columns'
        let bracket = page("本报讯（记者王明明 通讯员李华华", "高菲）今天上午市里召开了会议")
        #expect(ColumnStreams.reorder(bracket) == bracket)
        // (a story set in wider columns than the page's commonest: its lines are full lines by the page's measure)
        let wider = ["市里召开了全市教育工作会议，各区", "代表参加会议并讨论了下一步的工", "作安排，会议要求各区认真落实各"]
        let narrow = ["与会代表表示将以", "此次会议为契机推", "动各项工作再上新", "台阶完成全年任务", "会议取得了成功。"]
        let dumpLine = (["全市教育工作会议召开", "", "本报讯（记者 王明明 通讯员 张"] + wider + [""] + narrow).joined(separator: "\n")
        #expect(ColumnStreams.reorder(dumpLine) == dumpLine)
        // a letter-spaced row, a page printing a paragraph a line: left alone
        let spaced = page("本 报 讯 记 者 王 明 今 天 上 午 市 里 召 开 了", firstOfNext)
        #expect(ColumnStreams.reorder(spaced) == spaced)
        let paragraphs = (["全市教育工作会议召开", "", "\(lead) \(firstOfNext)"] + [block.joined(), rest.joined(), "会议取得了圆满成功。"]).joined(separator: "\n")
        #expect(ColumnStreams.reorder(paragraphs) == paragraphs)
    }

    @Test("in an interleaved region, a row linked to nothing stays one line, unless it opens a story")
    func leadRowInRegion() {
        // rows of three columns' pieces under a row of two whose pieces link to none of them
        let under = ["三月的春风吹过校园 晚上十点图书馆灯亮 孩子们在操场上奔跑", "五月的鲜花开满山坡 读者们在安静地读书 老师们在一旁看着"]
        func page(_ row: String) -> String { (["校园新闻", "", row] + under).joined(separator: "\n") }
        let lead = ("本报讯（记者 王明）今年我们学校组织", "北京市教育委员会昨天召开了全市会议")
        let out = ColumnStreams.reorder(page("\(lead.0) \(lead.1)")).components(separatedBy: "\n")
        #expect(out.contains(lead.0) && out.contains(lead.1), "\(out)")
        // the same row as a headline of two parts stays one line
        let heads = "市图书馆延长开放时间满足读者需要 教育委员会召开全市会议部署工作"
        #expect(ColumnStreams.reorder(page(heads)).components(separatedBy: "\n").contains(heads))
    }

    @Test("a line set apart by blank lines inside an interleaved region keeps them (a section's label)")
    func labelKeptApart() {
        let rows = zip(Self.left, Self.right).map { "\($0) \($1)" }
        let text = (["数据来源：市统计局 制图：王小明", "", "校园新闻", ""] + rows + [""] + Self.below).joined(separator: "\n")
        let out = ColumnStreams.reorder(text).components(separatedBy: "\n")
        #expect(out != text.components(separatedBy: "\n"))
        guard let k = out.firstIndex(of: "校园新闻") else { Issue.record("label lost: \(out)"); return }
        #expect(k > 0 && out[k - 1].isEmpty && k + 1 < out.count && out[k + 1].isEmpty, "\(out)")
        #expect(out.contains(Self.left.joined(separator: "\n").components(separatedBy: "\n")[0]))
    }

    @Test("two narrow columns interleaved on a page whose commonest column is wider are taken by their own width")
    func ownWidthRegion() {
        // the page's commonest line: 34 Han characters (68 wide); the interleaved story's columns: 14 (28 wide)
        let prose = "城市公共交通线路调整方案经过多轮征求意见后于本月正式实施沿线居民出行更加方便快捷"
        let wideLines = (0..<5).map { k in String(prose.dropFirst(k).prefix(34)) }
        let left = ["学校今年组织了很多有意义的活", "动，同学们都积极参加了比赛和", "表演，受到了老师们的一致好评。"]
        let right = ["市教育委员会昨天召开了全市会", "议，各区代表参加会议并讨论了", "工作，会议取得了圆满的成功。"]
        let rows = zip(left, right).map { "\($0) \($1)" }
        let text = (wideLines + ["", "校园新闻", ""] + rows + [""] + wideLines).joined(separator: "\n")
        let lines = text.components(separatedBy: "\n").map { Substring($0) }
        let (wide, _) = ColumnStreams.widthOfColumns(lines)
        #expect(wide == 68)
        // by the page's width no row of two 28-wide lines is two columns'; by their own they are
        #expect(!ColumnStreams.isColumnsRow(ColumnStreams.pieces(Substring(rows[0])), wide: 68, inColumns: true))
        let pieces = lines.map { ColumnStreams.pieces($0, wide: 68) }
        let found = ColumnStreams.regions(lines, rows: pieces, wide: 68, inColumns: true)
        #expect(found.count == 1 && found.first?.wide == 28, "\(found)")
        let out = ColumnStreams.reorder(text).components(separatedBy: "\n")
        for column in [left, right] {
            guard let k = out.firstIndex(of: column[0]) else { Issue.record("\(column[0]) not a line: \(out)"); continue }
            #expect(Array(out[k..<min(out.count, k + 3)]) == column, "\(out)")
        }
        // alone (no other line as wide within reach), such a row is left as it was
        let lone = (wideLines + ["", rows[0], ""] + wideLines + wideLines).joined(separator: "\n")
        #expect(ColumnStreams.reorder(lone) == lone)
        // headlines set as couplets, as wide as each other and as the headlines around them, are no columns
        let couplets = ["市委巡察推进会召开", "", "利剑出鞘彰显锋芒 实干担当促进发展", "", "方式路径持续优化 监督质效显著提升",
                        "", "巡察整改落实到位", ""] + wideLines
        #expect(ColumnStreams.reorder(couplets.joined(separator: "\n")) == couplets.joined(separator: "\n"))
    }

    @Test("a line is measured from its bytes as its scalars measure it: tabs and CRs aside, nil with a space")
    func measure() {
        var rng = SplitMix(seed: 0xC01)
        let alphabet: [Unicode.Scalar] = ["a", " ", "\t", "\r", "\u{B7}", "\u{A9}", "\u{200F}", "\u{2010}", "\u{2027}", "\u{2028}",
                                          "\u{2E7F}", "\u{2E80}", "\u{3000}", "字", "，", "\u{FF5E}", "\u{20000}", "é", "\u{7FF}", "\u{800}"]
        for _ in 0..<3000 {
            var v = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 14) { v.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            let line = Substring(String(v))
            let scalars = line.unicodeScalars.filter { $0 != "\t" && $0 != "\r" }
            let expected = line.utf8.contains(0x20) ? nil : (scalars.count, scalars.reduce(0) { $0 + ColumnStreams.width($1) })
            let got = ColumnStreams.measure(Array(line.utf8))
            #expect(got?.count == expected?.0 && got?.width == expected?.1, "\(line.debugDescription)")
        }
    }
}
