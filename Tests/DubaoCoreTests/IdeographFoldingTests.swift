import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// What PDF-to-text tools write in place of ordinary text (radicals for characters, invisible format characters)
/// is read as what the page printed: by the rules, by search and by the reader.
@Suite("Ideograph folding")
struct IdeographFoldingTests {
    /// The radical code points (Kangxi radicals and the supplement) a font could map these characters to, the first
    /// of each.
    static let radicalOf: [Unicode.Scalar: Unicode.Scalar] = {
        var m: [Unicode.Scalar: Unicode.Scalar] = [:]
        for (from, to) in IdeographFolding.table where from < 0x3000 {
            let t = Unicode.Scalar(to)!
            if m[t] == nil { m[t] = Unicode.Scalar(from)! }
        }
        return m
    }()

    /// `text` as such a PDF's extraction gives it: every character with a radical form written as that radical, and
    /// a zero-width space after every seventh character of each line.
    static func extracted(_ text: String) -> String {
        var out = String.UnicodeScalarView()
        var k = 0
        for s in text.unicodeScalars {
            out.append(radicalOf[s] ?? s)
            if s == "\n" { k = 0; continue }
            k += 1
            if k % 7 == 0 { out.append("\u{200B}") }
        }
        return String(out)
    }

    @Test("radicals, compatibility ideographs and invisible characters are folded; other text is left as it is")
    func fold() {
        #expect(IdeographFolding.fold("⼈⺠⽇报") == "人民日报")
        #expect(IdeographFolding.fold("⻓江⼤桥\u{200B}通⻋") == "长江大桥通车")
        #expect(IdeographFolding.fold("\u{FEFF}本报讯\u{2060}（记者）\u{AD}") == "本报讯（记者）")
        #expect(IdeographFolding.fold("\u{F900}\u{2F800}") == "\u{8C48}\u{4E3D}")
        // a radical that is only part of a character stays (⺮ over 竹's words), and so does everything else
        let plain = "⺮ “引号” — 2025年 ABC ①\u{200D}"
        #expect(IdeographFolding.fold(plain) == plain)
        #expect(IdeographFolding.unified(0x4EBA) == nil)
        #expect(IdeographFolding.unified(0x2F08) == 0x4EBA)
        // every entry maps to a Han character the rules count
        #expect(IdeographFolding.table.count > 1000)
        #expect(IdeographFolding.table.allSatisfy { CharClass.isHan(value: $0.to) && $0.from != $0.to })
        #expect(zip(IdeographFolding.table, IdeographFolding.table.dropFirst()).allSatisfy { $0.from < $1.from })
    }

    @Test("a page extracted with radicals and zero-width spaces parses as the page printed")
    func pageWithRadicals() throws {
        for f in Fixtures.seedFiles {
            let text = Fixtures.text(f)
            let odd = Self.extracted(text)
            #expect(odd != text)
            #expect(odd.unicodeScalars.filter { $0.value >= 0x2E80 && $0.value < 0x2FE0 }.count > 50)
            let parser = PageParser()
            let want = parser.parse(text: text, source: "p.txt", idPrefix: "p")
            let got = parser.parse(text: odd, source: "p.txt", idPrefix: "p")
            let same = got == want
            #expect(same, "\(f.lastPathComponent): \(got.articles.count) articles (\(want.articles.count) from the text as printed), headlines \(got.articles.compactMap(\.headline).prefix(3))")
            // and nothing of the extraction counts as lost
            #expect(ParseAudit.missingCharacters(text: odd, page: got).isEmpty)
        }
    }

    @Test("search folds a radical to the character it stands for")
    func search() {
        #expect(SearchTokens.fold("⼈") == "人")
        #expect(SearchTokens.fold("⻓") == "长")
        #expect(!SearchMatcher.hits(SearchQuery.parse("人民"), in: "⼈⺠⽇报").isEmpty)
        #expect(!SearchMatcher.hits(SearchQuery.parse("renmin"), in: "⼈⺠⽇报").isEmpty)
    }

    @Test("a header's date in fullwidth digits, in Chinese numerals or in figures (2025-01-10) is the page's date")
    func dates() {
        #expect(PageHeader.read(["２０２５年１月１０日 星期五"]).date == "2025-01-10")
        #expect(PageHeader.read(["二〇二五年一月十日 星期五"]).date == "2025-01-10")
        #expect(PageHeader.read(["二〇二四年十二月三十一日"]).date == "2024-12-31")
        #expect(PageHeader.read(["2024年12月9日"]).date == "2024-12-09")
        #expect(Markers.isHeaderDate("二〇二五年一月十日 星期五"))
        #expect(Markers.isHeaderDate("２０２５年１月１０日　星期五"))
        // not a calendar's date, a year of 十 or a numeral run into prose: none
        #expect(PageHeader.read(["二〇二五年十三月一日"]).date == nil)
        #expect(PageHeader.read(["二十二五年一月十日"]).date == nil)
        #expect(PageHeader.read(["第一百二十三年一月"]).date == nil)
        #expect(!Markers.isHeaderDate("二〇二五年一月十日，全市召开"))
        // in figures, as a date line prints it
        #expect(PageHeader.read(["2025-01-10 星期五"]).date == "2025-01-10")
        #expect(PageHeader.read(["2025.1.10 周五"]).date == "2025-01-10")
        #expect(PageHeader.read(["2024/12/31 星期二"]).date == "2024-12-31")
        #expect(Markers.isHeaderDate("2025-01-10 星期五"))
        #expect(PageHeader.read(["滨海日报 2025-03-14 星期三 第10版"]) == PageHeader(paper: "滨海日报", date: "2025-03-14", page: 10))
        // not a date line: a date in figures in a sentence, mixed separators, a version number, no weekday
        #expect(PageHeader.read(["2025.1.10，全市召开会议"]).date == nil)
        #expect(!Markers.isHeaderDate("2025-1.10 星期五") && !Markers.isHeaderDate("2025.1.10.3 星期五") && !Markers.isHeaderDate("2025-01-10"))
        #expect(PageHeader.read(["2025-13-10 星期五"]).date == nil)
    }
}
