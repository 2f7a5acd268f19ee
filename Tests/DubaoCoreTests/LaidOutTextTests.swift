import Testing
@testable import DubaoCore

/// A page as `pdftotext -layout` gives it, invented: two stories side by side, each a headline over a column, the
/// columns' lines interleaved row by row.
@Suite("Laid-out text (columns side by side)")
struct LaidOutTextTests {
    static let left = ["本报讯昨日上午，横跨清江的新", "城大桥主桥顺利合龙，标志着大", "桥建设进入最后冲刺阶段。据介",
                       "绍，大桥全长二点四公里，设双", "向六车道，预计今年六月通车，", "届时城南到城北只需十分钟。"]
    static let right = ["本报讯今年春运今天正式开始，", "全市各客运站加开班次，保障旅", "客平安有序出行。铁路部门介绍，",
                        "今年春运预计发送旅客三百万人", "次，同比增长一成，其中学生和", "务工人员占六成以上。"]

    /// `s` with spaces after it to `n` positions.
    static func pad(_ s: String, _ n: Int) -> String { s + String(repeating: " ", count: max(0, n - s.unicodeScalars.count)) }

    /// The two columns `gap` positions apart (from the left column's edge), under their headlines.
    static func page(gap: Int) -> String {
        var rows = [pad("   新城大桥今日合龙", 14 + gap) + "    春运开始", ""]
        for (a, b) in zip(left, right) { rows.append(pad(a, 14 + gap) + b) }
        return rows.joined(separator: "\n") + "\n"
    }

    @Test("a page whose rows hold two columns reads as laid out; a text dump does not")
    func detection() {
        #expect(LaidOutText.isLaidOut(Self.page(gap: 4)))
        // a dump: a letter-spaced headline, a column at a time, one line with a double space in it
        let dump = (["新 城 大 桥 今 日 合 龙", ""] + Self.left + ["", "春运开始", ""] + Self.right + ["制图：林青  责任编辑：王明"])
            .joined(separator: "\n")
        #expect(!LaidOutText.isLaidOut(dump))
    }

    @Test("the reading order takes each story's column whole, headline first, and loses no line")
    func reading() {
        let lines = LaidOutText.reading(Self.page(gap: 4)).split(separator: "\n").map { String($0).trimmingCharacters() }
        let l = lines.firstIndex(of: "新城大桥今日合龙"), r = lines.firstIndex(of: "春运开始")
        #expect(l != nil && r != nil)
        if let l, let r {
            #expect(Array(lines[(l + 1)..<(l + 1 + Self.left.count)]) == Self.left)
            #expect(Array(lines[(r + 1)..<(r + 1 + Self.right.count)]) == Self.right)
        }
        #expect(lines.count == 2 + Self.left.count + Self.right.count)
    }

    @Test("columns one space apart are cut where the words after the space start a column")
    func narrowGutter() {
        let segs = LaidOutText.segments(Self.page(gap: 1))
        let texts = segs.map(\.text)
        for line in Self.left + Self.right { #expect(texts.contains(line), "\(line)") }
        // a byline's space is not a gutter
        let byline = LaidOutText.segments("本报讯（记者 林青 通讯员 王明）昨日上午，横跨\n")
        #expect(byline.count == 1)
        // nor a short byline's at a column's left edge, where the names stand under the paragraphs' indent
        let rows = ["记者 林青 通讯员 王明"] + Self.left.enumerated().map { $0.offset % 2 == 0 ? "  " + $0.element : $0.element }
            + ["  " + Self.right[0], "  " + Self.right[1]]
        let edge = LaidOutText.segments(rows.joined(separator: "\n") + "\n")
        #expect(edge.filter { $0.row == 0 }.map(\.text) == ["记者 林青 通讯员 王明"], "\(edge.filter { $0.row == 0 })")
    }

    @Test("the parser reads a laid-out page into its two stories, lines joined across their wraps")
    func parse() {
        let page = PageParser().parse(text: Self.page(gap: 4), source: "p.txt", idPrefix: "p")
        let stories = page.articles
        #expect(stories.map(\.headline) == ["新城大桥今日合龙", "春运开始"])
        #expect(stories.first?.bodyText.contains("横跨清江的新城大桥主桥顺利合龙") == true)
        #expect(stories.last?.bodyText.contains("保障旅客平安有序出行") == true)
    }

    /// Three columns under a headline across them, the first row squeezed as `pdftotext -layout` prints it: each
    /// column's first line a space after the one before, left of where its column's rows start.
    static func squeezed() -> (text: String, columns: [[String]]) {
        let columns = ["甲", "乙", "丙"].map { c in ["一", "二", "三", "四", "五", "六", "七"].map { r in String(repeating: c + r, count: 7) } }
        var rows = ["          三条消息今日发布", "", columns.map { $0[0] }.joined(separator: " ")]
        for k in 1..<7 { rows.append(pad(columns[0][k], 20) + pad(columns[1][k], 20) + columns[2][k]) }
        return (rows.joined(separator: "\n") + "\n", columns)
    }

    @Test("a squeezed row's lines move to the columns they open, and each column reads whole")
    func squeezedRow() {
        let (text, columns) = Self.squeezed()
        let first = LaidOutText.segments(text).filter { $0.row == 2 }
        // at the columns' starts, give or take a position
        #expect(first.count == 3 && zip(first.map(\.column), [0, 20, 40]).allSatisfy { abs($0 - $1) <= 1 }, "\(first.map(\.column))")
        let lines = LaidOutText.reading(text).split(separator: "\n").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
        #expect(lines == ["三条消息今日发布"] + columns.flatMap { $0 })
    }

    /// Two stories one above the other, each a short headline over two columns, the columns of both at the same
    /// positions: nothing crosses the gutter from the top of the page to its foot, and a blank row parts the stories.
    static func stacked() -> (text: String, stories: [[String]]) {
        let stories = [("新城大桥今日合龙", left), ("春运开始", right)]
        var rows: [String] = []
        for (headline, lines) in stories {
            rows += ["   " + headline, ""]
            for k in 0..<3 { rows.append(pad(lines[k], 18) + lines[k + 3]) }
            rows.append("")
        }
        return (rows.joined(separator: "\n"), stories.map { [$0.0] + $0.1 })
    }

    @Test("a blank row across the page parts two stories before the gutters do, each read column by column")
    func stackedStories() {
        let (text, stories) = Self.stacked()
        let lines = LaidOutText.reading(text).split(separator: "\n").map { String($0).trimmingCharacters() }.filter { !$0.isEmpty }
        #expect(lines == stories.flatMap { $0 })
        let page = PageParser().parse(text: text, source: "p.txt", idPrefix: "p")
        #expect(page.articles.map(\.headline) == ["新城大桥今日合龙", "春运开始"])
    }

    @Test("a body line a position or two right of its column's start stays there, whatever starts further right")
    func lineNearItsColumn() {
        let body = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].map { String(repeating: "甲" + $0, count: 7) }
        let right = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"].map { String(repeating: "乙" + $0, count: 7) }
        // the right column: body lines at 20, an indented first line at 22, short intertitles set in at 26
        var rows: [String] = []
        for k in 0..<10 {
            let r: String
            switch k {
            case 1, 3, 6, 8: r = "      小标题"
            case 5: r = "  " + right[k]
            default: r = right[k]
            }
            rows.append(Self.pad(body[k], 20) + r)
        }
        let segs = LaidOutText.segments(rows.joined(separator: "\n"))
        #expect(segs.first { $0.text == right[5] }?.column == 22)
    }
}
