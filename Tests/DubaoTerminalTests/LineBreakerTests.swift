import DubaoCore
import Testing
@testable import DubaoTerminal

@Suite("Line breaking")
struct LineBreakerTests {
    let lb = LineBreaker()

    static let sample = "“服务太到位了，让我们意想不到！”今年3月，在江陵县湖北聚石新材料科技有限公司，人社部门工作人员“上门服务”，将已经办理好的27张社保卡一一交到公司员工手中（现场指导）。The quick brown fox jumps over the lazy dog again and again."

    @Test("no line is wider than the width, no line starts with closing or ends with opening punctuation", arguments: [8, 9, 10, 11, 12, 17, 20, 31, 40])
    func rules(width: Int) {
        let lines = lb.wrap(Self.sample, width: width, firstIndent: ArticleRenderer.indent)
        for l in lines {
            #expect(DisplayWidth.of(l) <= width, "\(l)")
            if let f = l.first { #expect(!LineBreaker.noStart.contains(f), "starts with \(f): \(l)") }
            if let e = l.last { #expect(!LineBreaker.noEnd.contains(e), "ends with \(e): \(l)") }
        }
        // nothing lost or added but spaces at breaks
        #expect(lines.joined().replacingOccurrences(of: " ", with: "") == (ArticleRenderer.indent + Self.sample).replacingOccurrences(of: " ", with: ""))
    }

    @Test("Latin words are not broken when they fit a line")
    func words() {
        let lines = lb.wrap("The quick brown fox jumps over the lazy dog", width: 12)
        #expect(lines == ["The quick", "brown fox", "jumps over", "the lazy dog"])
    }

    @Test("a word longer than a line is cut; a wide character is never split")
    func long() {
        #expect(lb.wrap("abcdefghijklmnop", width: 5) == ["abcde", "fghij", "klmno", "p"])
        let l = lb.wrap("荆州日报社", width: 5)
        #expect(l == ["荆州", "日报", "社"])
    }

    @Test("closing punctuation takes the character before it to the next line")
    func kinsoku() {
        // 5 Han fill 10 columns; the comma may not start the next line
        let l = lb.wrap("一二三四五，六七", width: 10)
        #expect(l == ["一二三四", "五，六七"])
        let o = lb.wrap("一二三四“五六”", width: 10)
        #expect(o == ["一二三四", "“五六”"])
    }

    @Test("ambiguous characters count two columns when asked")
    func ambiguous() {
        let narrow = LineBreaker(ambiguousWide: false).wrap("“一二三”", width: 8)
        let wide = LineBreaker(ambiguousWide: true).wrap("“一二三”", width: 8)
        #expect(narrow == ["“一二三”"])
        #expect(wide.count == 2)
    }
}

@Suite("Grid")
struct GridTests {
    @Test("wide characters take two cells and never hang off the edge")
    func wide() {
        var g = Grid(width: 5, height: 1)
        let used = g.put("荆州日", x: 0, y: 0, style: .plain)
        #expect(used == 5)
        #expect(g.lines() == ["荆州…"], "cut text ends in an ellipsis where the next wide character would hang off")
        #expect(g[4, 0].text == "…")
        var h = Grid(width: 6, height: 1)
        #expect(h.put("荆州日", x: 0, y: 0, style: .plain) == 6)
        #expect(h.lines() == ["荆州日"], "text that fits exactly is not cut")
    }

    @Test("writing over half of a wide character clears the other half")
    func overwrite() {
        var g = Grid(width: 6, height: 1)
        g.put("荆州日", x: 0, y: 0, style: .plain)
        g.put("a", x: 1, y: 0, style: .plain)
        #expect(g.lines() == [" a州日"])
        g.put("b", x: 2, y: 0, style: .plain)
        #expect(g.lines() == [" ab 日"])
    }

    @Test("escape sequences, control characters and bidi overrides never reach the screen raw")
    func hostile() {
        var g = Grid(width: 40, height: 1)
        g.put("a\u{1B}]52;c;SGVsbG8=\u{7}b\u{1B}[2J\u{202E}c\u{8}\u{0}", x: 0, y: 0, style: .plain)
        for c in g.cells {
            for s in c.text.unicodeScalars { #expect(!CharClass.isControl(s), "raw \(s.value)") }
        }
        #expect(g.lines()[0].hasPrefix("a␛]52;c;SGVsbG8=␇b␛[2Jc␈␀"))
    }

    @Test("combining marks stay with their letter; joined emoji show their first part")
    func clusters() {
        var g = Grid(width: 10, height: 1)
        let used = g.put("e\u{301}👨\u{200D}👩\u{200D}👧x", x: 0, y: 0, style: .plain)
        #expect(used == 4)
        #expect(g[0, 0].text == "e\u{301}")
        #expect(g[1, 0].text == "👨" && g[1, 0].width == 2)
        #expect(g[3, 0].text == "x")
    }
}

@Suite("Headlines")
struct HeadlineWrapTests {
    @Test("a headline that wraps is set in balanced lines: no character alone on the last line", arguments: [20, 24, 30, 37])
    func balanced(width: Int) {
        let a = Article(id: "a", kind: .news, headline: "荆州高新区开展节前禁鞭宣传推动政策落地见效", blocks: [Block(.paragraph, "正文。")])
        let lines = ArticleRenderer().render(parts: [a], pages: ["第1版"], width: width).lines.filter { $0.spans.first?.role == .headline }
        guard lines.count > 1 else { return }
        let widths = lines.map { DisplayWidth.of($0.text) }
        #expect(widths.max()! - widths.min()! <= 4, "\(lines.map(\.text))")
        #expect(lines.map(\.text).joined() == a.headline)
    }
}
