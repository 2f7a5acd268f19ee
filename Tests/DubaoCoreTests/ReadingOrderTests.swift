import Testing
@testable import DubaoCore

/// The reading order of a page laid out by a PDF, on invented geometry: body type 10 pt wide characters in
/// lines 14 pt apart, headlines in 20 pt.
@Suite("Reading order from geometry")
struct ReadingOrderTests {
    /// A line of `n` Han characters of `size` at (x, y); the box is as tall as a PDF's (1.4 × the size).
    func line(_ text: String, x: Double, y: Double, size: Double = 10) -> PlacedLine {
        let cells = Double(text.unicodeScalars.count)
        return PlacedLine(text: text, x0: x, y0: y, x1: x + cells * size, y1: y + 1.4 * size)
    }

    func column(_ texts: [String], x: Double, top: Double) -> [PlacedLine] {
        texts.enumerated().map { k, t in line(t, x: x, y: top + 14 * Double(k)) }
    }

    /// Masthead; story A: a headline across two columns over two columns of text; story B: a headline over
    /// a third column.
    var page: PlacedPage {
        var lines = [line("晨报", x: 20, y: 10, size: 14)]
        lines.append(line("新城大桥今日合龙", x: 40, y: 60, size: 20))
        lines += column(["一一一一一一一一一一一一一一一", "二二二二二二二二二二二二二二二", "三三三三三三三三三三三三三三三"], x: 20, top: 100)
        lines += column(["四四四四四四四四四四四四四四四", "五五五五五五五五五五五五五五五", "六六六六。"], x: 190, top: 100)
        lines.append(line("春运开始", x: 370, y: 60, size: 20))
        lines += column(["七七七七七七七七七七七七七七七", "八八八八八八八八。"], x: 360, top: 100)
        // shuffled, as a PDF may hold them
        return PlacedPage(index: 1, width: 600, height: 800, lines: lines.reversed())
    }

    @Test("masthead, then each story: its headline, its columns left to right, then the next story")
    func order() {
        let p = page
        let order = ReadingOrder(p)
        #expect(abs(order.em - 10) < 0.5)
        let firsts = order.blocks().map { p.lines[$0.lines[0]].text.prefix(2) }
        #expect(firsts == ["晨报", "新城", "一一", "四四", "春运", "七七"])
        // a column's text runs on from the foot of the column before; a new story's headline does not
        #expect(order.blocks().map(\.nextColumn) == [false, false, false, true, false, false])
    }

    @Test("the text: a blank line between regions, none where a column runs on")
    func text() {
        let lines = ReadingOrder(page).text().split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let i = lines.firstIndex(of: "三三三三三三三三三三三三三三三")
        #expect(i.map { lines[$0 + 1] } == "四四四四四四四四四四四四四四四")
        let h = lines.firstIndex(of: "春运开始")
        #expect(h.map { lines[$0 - 1] } == "")
    }

    @Test("quotes and dashes set a character wide in Chinese type: a headline line holding them is the size of the lines it wraps with")
    func wideQuotes() {
        #expect(PlacedLine.cells("人中“活”起") == 6 && PlacedLine.cells("——记者") == 4 && PlacedLine.cells("a“b") == 2)
        // `区文化馆周末推` / `出“非遗”“课堂”` / `来`, in 24 pt, each box as wide as its characters print (the quotes
        // a character each: counted as half, the middle line read as type 29 % larger, a region of its own)
        var lines = [line("区文化馆周末推", x: 40, y: 60, size: 24)]
        lines.append(PlacedLine(text: "出“非遗”“课堂”", x0: 40, y0: 90, x1: 40 + 9 * 24, y1: 90 + 1.4 * 24))
        lines.append(line("来", x: 40, y: 120, size: 24))
        lines += column(["甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙"], x: 20, top: 170)
        let order = ReadingOrder(PlacedPage(index: 1, width: 400, height: 400, lines: lines))
        #expect(abs(order.size[1] - 24) < 1 && abs(order.size[0] - 24) < 1, "\(order.size)")
        #expect(order.text().hasPrefix("区文化馆周末推出“非遗”“课堂”来\n\n"), "\(order.text().prefix(40))")
    }

    @Test("a headline set on two lines is one line of text; an indented first line starts with two ideographic spaces")
    func headlineAndIndent() {
        var lines = [line("新城大桥", x: 40, y: 60, size: 20), line("今日合龙", x: 40, y: 84, size: 20)]
        lines += column(["甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙"], x: 20, top: 120)
        lines[2].x0 += 20
        let text = ReadingOrder(PlacedPage(index: 1, width: 400, height: 400, lines: lines)).text()
        #expect(text.hasPrefix("新城大桥今日合龙\n\n"))
        #expect(text.contains("\n\u{3000}\u{3000}甲甲"))
        #expect(text.contains("\n乙乙"))
    }

    @Test("display type a size apart is two regions: a banner in 16 pt over a headline in 18 pt; body lines reading a size off are not")
    func bannerOverHeadline() {
        var lines = [line("教育", x: 40, y: 60, size: 16)]
        lines += [line("我市两项成果获省科技进步", x: 20, y: 84, size: 18), line("奖", x: 20, y: 108, size: 18)]
        lines += column(["甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙"], x: 20, top: 140)
        let text = ReadingOrder(PlacedPage(index: 1, width: 400, height: 400, lines: lines)).text()
        #expect(text.hasPrefix("教育\n\n我市两项成果获省科技进步奖\n\n"), "\(text.prefix(40))")
        // a body line's size read from a short line (a quote, a full stop) is a little off: still one region
        var body = column(["甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙"], x: 20, top: 140)
        body.append(PlacedLine(text: "丙丙。", x0: 20, y0: 168, x1: 20 + 3 * 11.5, y1: 168 + 14))
        #expect(!ReadingOrder(PlacedPage(index: 1, width: 400, height: 400, lines: body)).text().contains("\n\n"))
    }

    @Test("a gutter three quarters of a character wide under a line across it is measured from the lines, not from cells rounded outwards")
    func narrowGutterUnderKicker() {
        // characters 10 pt wide (cells of 2.5 pt); the left column's lines end a hair past a cell's edge, so their
        // cells round up a whole cell more, and the strip of free cells (5 pt) came out under the gutter's 6 pt
        // though the columns stand 7.5 pt apart (seen on a page of the second house style: read line by line)
        let left = 20.0, end = left + 64.0001 * 2.5, start = end + 7.5
        var lines = [line("前前前前前前前前前前前前前前前前前前前前前前前前前前", x: left, y: 10)]
        for k in 0..<8 {
            lines.append(PlacedLine(text: String(repeating: "一", count: 16), x0: left, y0: 30 + 14 * Double(k), x1: end, y1: 44 + 14 * Double(k)))
            lines.append(PlacedLine(text: String(repeating: "甲", count: 16), x0: start, y0: 30 + 14 * Double(k), x1: start + 160, y1: 44 + 14 * Double(k)))
        }
        // more body text elsewhere sets the body's characters at 10 pt
        lines += column(Array(repeating: "文文文文文文文文文文文文文文文", count: 12), x: 600, top: 10)
        let order = ReadingOrder(PlacedPage(index: 1, width: 800, height: 400, lines: lines))
        #expect(abs(order.em - 10) < 0.01)
        let gutters = order.crossedGutters(Array(0..<17))
        #expect(gutters.count == 1 && gutters.first.map { abs($0.0 - end) < 0.01 && abs($0.1 - start) < 0.01 } == true, "\(gutters)")
    }

    @Test("a tool's line that runs across a gutter is two lines; a space's gap is a space; touching words join")
    func splitting() {
        func w(_ t: String, _ x0: Double, _ x1: Double, height: Double = 14) -> PlacedLine.Word { .init(t, x0: x0, x1: x1, y0: 0, y1: height) }
        let words = [w("本报讯（记者", 0, 60), w("李明）", 62.5, 92.5), w("日前", 92.5, 112.5), w("另一栏", 130, 160)]
        let ls = PlacedLine.lines(words: words, gutter: 10)
        #expect(ls.map(\.text) == ["本报讯（记者 李明）日前", "另一栏"])
        #expect(ls.map(\.x0) == [0, 130] && ls.map(\.x1) == [112.5, 160])
        // a headline in large type beside a body line, closer than a gutter, is a line of its own with its own box
        let mixed = PlacedLine.lines(words: [w("本报讯（记者", 0, 60), w("开展节前禁鞭宣传", 65, 225, height: 28), w("孙颖）", 228, 258)], gutter: 10)
        #expect(mixed.map(\.text) == ["本报讯（记者", "开展节前禁鞭宣传", "孙颖）"] && mixed[1].y1 == 28 && mixed[0].y1 == 14)
        // a letter-spaced banner, a character a word, gaps under half of its own characters: one line
        let banner = PlacedLine.lines(words: [w("区", 0, 26, height: 60), w("县", 34, 60, height: 60), w("新", 68, 94, height: 60),
                                              w("闻", 102, 128, height: 60)], gutter: 10)
        #expect(banner.map(\.text) == ["区 县 新 闻"])
        // a bold name in the same type size (its box taller) stays in the line
        let bold = PlacedLine.lines(words: [w("记者", 0, 20), w("童欣", 23, 43, height: 19)], gutter: 10)
        #expect(bold.map(\.text) == ["记者 童欣"])
        // rows from the words themselves, however the tool cut its lines: a byline's words given one line each
        // are one line; the next row below is another
        let page = PlacedLine.lines(pageWords: [w("通讯员", 45, 75), w("记者", 0, 20), w("童欣", 23, 43), w("任伟", 78, 98),
                                                 .init("正文", x0: 0, x1: 20, y0: 16, y1: 30)], gutter: 10)
        #expect(page.map(\.text) == ["记者 童欣 通讯员 任伟", "正文"])
        #expect(abs(PlacedLine.bodyCharacter(words) - 10) < 0.01)
    }

    @Test("nothing is lost: every line of the page is in exactly one region")
    func nothingLost() {
        let p = page
        let all = ReadingOrder(p).regions().flatMap { $0 }
        #expect(all.sorted() == Array(p.lines.indices))
        #expect(ReadingOrder(PlacedPage(index: 1, width: 1, height: 1, lines: [])).text() == "\n")
    }

    @Test("a letter-spaced headline on two lines, the second set tight, is one line without its letter-spacing")
    func letterSpacedHeadline() {
        let a = PlacedLine(text: "城 南 体 育 公 园", x0: 40, y0: 60, x1: 260, y1: 88)
        let b = PlacedLine(text: "免费开放", x0: 80, y0: 84, x1: 160, y1: 112)
        var lines = [a, b]
        lines += column(["甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙"], x: 20, top: 140)
        let text = ReadingOrder(PlacedPage(index: 1, width: 400, height: 400, lines: lines)).text()
        #expect(text.hasPrefix("城南体育公园免费开放\n\n"))
    }

    @Test("a kicker across the gutter, too close to the columns to leave a gap, is read before them, not between their lines")
    func spanningLineWithoutGap() {
        var lines = [line("木漆器研讨会", x: 120, y: 92, size: 10)]
        lines += column(["一一一一一一一一一一一一一一一", "二二二二二二二二二二二二二二二"], x: 20, top: 100)
        lines += column(["三三三三三三三三三三三三三三三", "四四四四四四四四四四四四四四四"], x: 190, top: 100)
        let p = PlacedPage(index: 1, width: 400, height: 400, lines: lines)
        let order = ReadingOrder(p).regions().flatMap { $0 }.map { p.lines[$0].text.prefix(1) }
        #expect(order == ["木", "一", "二", "三", "四"])
    }

    @Test("a body line squeezed across the gutter, level with a column's head, is read on its own, each column whole")
    func bodyLineAcrossGutter() {
        var lines = [line("甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲", x: 100, y: 86)]
        lines += column(["一一一一一一一一一一一一一一一", "二二二二二二二二二二二二二二二", "三三三三三三三三三三三三三三三",
                         "四四四四四四四四四四四四四四四", "五五五五五。"], x: 20, top: 100)
        lines += column(["六六六六六六六六六六六六六六六", "七七七七七七七七七七七七七七七", "八八八八八八八八八八八八八八八",
                         "九九九九九九九九九九九九九九九", "十十十十十。"], x: 190, top: 100)
        let p = PlacedPage(index: 1, width: 400, height: 400, lines: lines)
        let order = ReadingOrder(p).regions().flatMap { $0 }.map { p.lines[$0].text.prefix(1) }
        #expect(order == ["甲", "一", "二", "三", "四", "五", "六", "七", "八", "九", "十"])
    }

    @Test("a block's box: the page lines its text came from, across a column break; text not on the page has none")
    func placement() throws {
        let p = page
        let blocks = ["一一一一一一一一一一一一一一一二二二二二二二二二二二二二二二三三三三三三三三三三三三三三三四四四四四四四四四四四四四四四",
                      "七七七七七七七七七七七七七七七" + "八八八八八八八八。", "不在这一版上的文字"]
        let boxes = BlockPlacement.boxes(of: blocks, on: p)
        let first = try #require(boxes[0])
        #expect(first == BlockPlacement.Box(x0: 20, y0: 100, x1: 340, y1: 100 + 14 * 2 + 14))
        #expect(boxes[1] == BlockPlacement.Box(x0: 360, y0: 100, x1: 510, y1: 128))
        #expect(boxes[2] == nil)
    }

    /// Two stories across the top, each with a headline over two columns; below, a story in the first column, a
    /// continuation without a headline over the second and third with a short item under its first part, and a
    /// story in the fourth. The white space under the top stories parts them from the band below; in that band
    /// nothing crosses the gutter between the second and third columns, so the band is cut down it, and the short
    /// item comes between the continuation's two columns.
    var runOnPage: PlacedPage {
        var lines = [line("晨报", x: 20, y: 10, size: 14)]
        lines.append(line("新城大桥今日合龙", x: 40, y: 60, size: 20))
        lines += column(["一一一一一一一一一一一一一一一", "二二二二二二二二二二二二二二。"], x: 20, top: 100)
        lines += column(["三三三三三三三三三三三三三三三", "四四四四。"], x: 190, top: 100)
        lines.append(line("春运开始十分繁忙", x: 380, y: 60, size: 20))
        lines += column(["五五五五五五五五五五五五五五五", "六六六六六六六六六六六六六六。"], x: 360, top: 100)
        lines += column(["七七七七七七七七七七七七七七七", "八八八。"], x: 530, top: 100)
        lines.append(line("江北新桥", x: 20, y: 250, size: 20))
        lines += column(["甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙", "寅寅寅寅寅寅寅寅寅寅寅寅寅寅寅",
                         "卯卯卯卯卯卯卯卯卯卯卯卯卯卯卯", "辰辰辰辰辰辰辰辰辰辰辰辰辰辰。"], x: 20, top: 290)
        lines += column(["（上接第2版）", "丙丙丙丙丙丙丙丙丙丙丙丙丙丙丙", "丁丁丁丁丁丁丁丁丁丁丁丁丁丁。"], x: 190, top: 250)
        lines.append(line("短讯两则", x: 200, y: 310, size: 20))
        lines += column(["午午午午午午午午午午午午午午午", "未未未。"], x: 190, top: 345)
        lines += column(["戊戊戊戊戊戊戊戊戊戊戊戊戊戊戊", "己己己己己己己己己己己己己己。"], x: 360, top: 264)
        lines.append(line("社区新貌", x: 530, y: 250, size: 20))
        lines += column(["庚庚庚庚庚庚庚庚庚庚庚庚庚庚庚", "辛辛辛辛辛辛辛辛辛辛辛辛辛辛辛", "壬壬壬壬壬壬壬壬壬壬壬壬壬壬壬",
                         "癸癸癸癸。"], x: 530, top: 290)
        return PlacedPage(index: 1, width: 700, height: 400, lines: lines.reversed())
    }

    @Test("a story without a headline across its columns runs on over a clear gutter: its next column follows it")
    func runOn() {
        let p = runOnPage
        let blocks = ReadingOrder(p).blocks()
        let firsts = blocks.map { String(p.lines[$0.lines[0]].text.prefix(1)) }
        // the top stories first, then the band under them
        #expect(firsts == ["晨", "新", "一", "三", "春", "五", "七", "江", "甲", "（", "戊", "短", "午", "社", "庚"])
        #expect(blocks.first { p.lines[$0.lines[0]].text.hasPrefix("戊") }?.nextColumn == true)
        // and no blank line between the two columns of the continuation
        let text = ReadingOrder(p).text()
        #expect(text.contains("丁丁丁丁丁丁丁丁丁丁丁丁丁丁。\n戊戊"))
    }

    @Test("a column level with another but under its own kicker and headline is a new story, not a run-on")
    func runOnNotUnderHeadline() {
        var lines = column(["甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲", "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙", "丙丙丙丙丙丙丙丙丙丙丙丙丙丙。"], x: 20, top: 100)
        lines += column(["丁丁丁丁丁丁丁丁丁丁丁丁丁丁丁", "戊戊戊戊戊戊戊戊戊戊戊戊戊戊。"], x: 190, top: 100)
        lines.append(line("东风路口改造", x: 360, y: 60, size: 20))
        lines += column(["己己己己己己己己己己己己己己己", "庚庚庚庚。"], x: 360, top: 100)
        lines.append(line("南湖公园开放", x: 360, y: 200, size: 20))
        lines += column(["子子子子子子子子子子子子子子子", "丑丑丑丑。"], x: 360, top: 240)
        // a kicker in body type, level with the columns on its left, its headline under it
        lines += column(["城西片区改造工程", "今年完工"], x: 530, top: 100)
        lines.append(line("老街换新颜", x: 530, y: 134, size: 20))
        lines += column(["辛辛辛辛辛辛辛辛辛辛辛辛辛辛辛", "壬壬壬。"], x: 530, top: 170)
        let p = PlacedPage(index: 1, width: 700, height: 400, lines: lines)
        let firsts = ReadingOrder(p).blocks().map { String(p.lines[$0.lines[0]].text.prefix(1)) }
        #expect(firsts == ["甲", "丁", "东", "己", "南", "子", "城", "老", "辛"])
    }

    @Test("headlines across the top of a page, each right over its story's text, are read with their stories, not as a header")
    func headlinesAtTheTop() {
        var lines = [line("晨报", x: 20, y: 10, size: 14)]
        lines.append(line("新城大桥合龙", x: 20, y: 40, size: 20))
        lines.append(line("春运开始", x: 200, y: 40, size: 20))
        lines += column((0..<36).map { _ in "甲甲甲甲甲甲甲甲甲甲甲甲甲甲甲" }, x: 20, top: 76)
        lines += column((0..<36).map { _ in "乙乙乙乙乙乙乙乙乙乙乙乙乙乙乙" }, x: 200, top: 76)
        let p = PlacedPage(index: 1, width: 400, height: 700, lines: lines)
        let firsts = ReadingOrder(p).blocks().map { String(p.lines[$0.lines[0]].text.prefix(2)) }
        #expect(firsts == ["晨报", "新城", "甲甲", "春运", "乙乙"])
    }

    @Test("a page's header (masthead, date, page number, a section label under them) is read first, though a label heads the columns below")
    func headerOverLabelledColumns() {
        var lines = [line("晨报", x: 20, y: 10, size: 30), line("2025年1月15日 星期三", x: 250, y: 20), line("第9版", x: 520, y: 20)]
        lines.append(line("民生", x: 20, y: 45, size: 24))
        lines.append(line("读者来信", x: 20, y: 80, size: 12))
        lines.append(line("感谢社区解决停车难", x: 20, y: 110, size: 20))
        lines += column(["一一一一一一一一一一一一一一一", "二二二二二二二二二二二二二二。"], x: 20, top: 150)
        lines.append(line("新城大桥今日合龙", x: 250, y: 110, size: 20))
        lines += column(["三三三三三三三三三三三三三三三", "四四四四四四四四四四四四四四。"], x: 250, top: 150)
        lines.append(line("春运开始", x: 480, y: 110, size: 20))
        lines += column(["五五五五五五五五五五五五五五五", "六六六六六六六六六六六六六六。"], x: 480, top: 150)
        let p = PlacedPage(index: 1, width: 700, height: 400, lines: lines)
        let firsts = ReadingOrder(p).blocks().map { String(p.lines[$0.lines[0]].text.prefix(2)) }
        let story = firsts.firstIndex(of: "感谢") ?? 0
        #expect(firsts.firstIndex(of: "20").map { $0 < story } == true && firsts.firstIndex(of: "第9").map { $0 < story } == true, "\(firsts)")
    }
}

