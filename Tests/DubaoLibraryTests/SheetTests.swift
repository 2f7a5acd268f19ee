import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

/// A text of several pages in one file, parted by form feeds (what `pdftotext` writes for a whole PDF).
@Suite("Text sheets")
struct SheetTests {
    static let jumps = Fixtures.root.appendingPathComponent("Tests/Fixtures/jumps")

    /// The jump fixture's two pages as one file, each sheet headed by its page number.
    static func issueFile(in dir: URL, between: String = "\u{0C}") throws -> URL {
        let a = Fixtures.text(jumps.appendingPathComponent("hexi_20250301_01.txt"))
        let b = Fixtures.text(jumps.appendingPathComponent("hexi_20250301_02.txt"))
        let url = dir.appendingPathComponent("hexi_20250301.txt")
        try ("第1版\n" + a + between + "第2版\n" + b + "\u{0C}").write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test("each sheet is a page: named file#n, its ids stem#n.k, its page number from its own header; its stories link across sheets")
    func sheetsArePages() throws {
        let dir = Fixtures.temporaryFolder("dubao-sheets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Self.issueFile(in: dir)
        let corpus = CorpusLoader.load([url.path])
        #expect(corpus.pages.map(\.source) == [url.path + "#1", url.path + "#2"])
        #expect(corpus.pages.map(\.page) == [1, 2])
        #expect(corpus.pages.allSatisfy { $0.paper == "hexi" && $0.date == "2025-03-01" })
        let ids = corpus.pages.map { $0.articles.map(\.id) }
        #expect(ids[0].allSatisfy { $0.hasPrefix("hexi_20250301#1.") } && ids[1].allSatisfy { $0.hasPrefix("hexi_20250301#2.") })
        // the same stories as the two page files read apart, linked the same way
        let apart = CorpusLoader.load([Self.jumps.path])
        #expect(corpus.pages.map { $0.articles.map(\.headline) } == apart.pages.map { $0.articles.map(\.headline) })
        let a = Dictionary(uniqueKeysWithValues: corpus.pages.flatMap(\.articles).map { ($0.id, $0) })
        #expect(a["hexi_20250301#1.1"]?.nextPart == "hexi_20250301#2.2")
        #expect(a["hexi_20250301#2.1"]?.previousPart == "hexi_20250301#1.2")
    }

    @Test("sheets of one file are one issue: a sheet whose header has no date takes the one the others agree on, and says so")
    func oneIssue() throws {
        let dir = Fixtures.temporaryFolder("dubao-sheets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = Fixtures.text(Self.jumps.appendingPathComponent("hexi_20250301_01.txt"))
        let b = Fixtures.text(Self.jumps.appendingPathComponent("hexi_20250301_02.txt"))
        let url = dir.appendingPathComponent("issue.txt")
        try ("第1版\n" + a + "\u{0C}2025年3月1日 星期六 第2版\n" + b).write(to: url, atomically: true, encoding: .utf8)
        let corpus = CorpusLoader.load([url.path])
        #expect(corpus.pages.map(\.date) == ["2025-03-01", "2025-03-01"])
        #expect(corpus.pages.first?.metadataFrom.date == .header)
        #expect(corpus.warnings.contains { $0.hasPrefix(url.path + "#1:") && $0.contains("date 2025-03-01 taken from the file's other pages") },
                "\(corpus.warnings)")
        // one issue, so its stories link across the sheets
        let a1 = Dictionary(uniqueKeysWithValues: corpus.pages.flatMap(\.articles).map { ($0.id, $0) })
        #expect(a1["issue#1.1"]?.nextPart == "issue#2.2")
        // sheets that disagree lend nothing
        try ("2025年3月2日 第1版\n" + a + "\u{0C}2025年3月1日 第2版\n" + b + "\u{0C}第3版\n" + a).write(to: url, atomically: true, encoding: .utf8)
        #expect(CorpusLoader.load([url.path]).pages.map(\.date) == ["2025-03-02", "2025-03-01", nil])
    }

    @Test("a sheet of nothing but white space is left out, and the others keep their places")
    func blankSheet() throws {
        let dir = Fixtures.temporaryFolder("dubao-sheets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = try Self.issueFile(in: dir, between: "\u{0C}\n \u{3000}\n\u{0C}")
        #expect(CorpusLoader.load([url.path]).pages.map(\.source) == [url.path + "#1", url.path + "#3"])
    }

    @Test("a text of more form feeds than any paper has pages is read as one page, with a warning naming it")
    func tooManySheets() throws {
        let dir = Fixtures.temporaryFolder("dubao-sheets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let url = dir.appendingPathComponent("feeds.txt")
        try String(repeating: "字\u{0C}", count: CorpusLoader.maximumSheets + 1).write(to: url, atomically: true, encoding: .utf8)
        let r = CorpusLoader.parseFile(url.path)
        #expect(r.pages.map(\.source) == [url.path])
        #expect(r.warnings.contains { $0.hasPrefix(url.path) && $0.contains("\(CorpusLoader.maximumSheets + 1) pages parted by form feeds") })
        // nothing dropped: every character is in the page
        let page = try #require(r.page)
        let kept = (page.articles.flatMap { a in [a.kicker, a.headline, a.subheadline, a.byline].compactMap { $0 } + a.blocks.map(\.text) }
            + page.furniture + page.unassigned + page.duplicatesRemoved).joined()
        #expect(kept.filter { $0 == "字" }.count == CorpusLoader.maximumSheets + 1)
    }

    @Test("a page of more lines than the limit is refused with a message naming it; in a text of sheets, only that sheet")
    func tooManyLines() throws {
        let dir = Fixtures.temporaryFolder("dubao-sheets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let long = String(repeating: "字\n\n", count: CorpusLoader.maximumLines + 1)
        let one = dir.appendingPathComponent("long.txt")
        try long.write(to: one, atomically: true, encoding: .utf8)
        let r = CorpusLoader.parseFile(one.path)
        #expect(r.pages.isEmpty)
        #expect(r.warnings.contains { $0.hasPrefix(one.path + ": too many lines for a page (\(CorpusLoader.maximumLines + 1) holding text") }, "\(r.warnings)")
        // blank lines are not counted: as many lines of text as the limit allows, with a blank line after each, load
        try String(repeating: "字\n\n", count: 1000).write(to: one, atomically: true, encoding: .utf8)
        #expect(CorpusLoader.parseFile(one.path).pages.count == 1)
        let a = Fixtures.text(Self.jumps.appendingPathComponent("hexi_20250301_01.txt"))
        let issue = dir.appendingPathComponent("issue.txt")
        try ("第1版\n" + a + "\u{0C}" + long + "\u{0C}第3版\n" + a).write(to: issue, atomically: true, encoding: .utf8)
        let s = CorpusLoader.parseFile(issue.path)
        #expect(s.pages.map(\.source) == [issue.path + "#1", issue.path + "#3"])
        #expect(s.warnings.contains { $0.hasPrefix(issue.path + "#2: too many lines for a page") })
    }

    @Test("one sheet of text, wherever its form feeds are, is one page named by its file, read as without them")
    func oneSheet() throws {
        let dir = Fixtures.temporaryFolder("dubao-sheets")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = Fixtures.text(Self.jumps.appendingPathComponent("hexi_20250301_01.txt"))
        let plain = dir.appendingPathComponent("hexi_20250301_01.txt")
        try text.write(to: plain, atomically: true, encoding: .utf8)
        let fed = dir.appendingPathComponent("fed").appendingPathComponent("hexi_20250301_01.txt")
        try FileManager.default.createDirectory(at: fed.deletingLastPathComponent(), withIntermediateDirectories: true)
        try ("\u{0C}\n" + text + "\u{0C}\u{0C}").write(to: fed, atomically: true, encoding: .utf8)
        let a = try #require(CorpusLoader.parseFile(plain.path).page)
        let b = CorpusLoader.parseFile(fed.path).pages
        #expect(b.map(\.source) == [fed.path])
        #expect(b.first?.articles == a.articles)
    }
}
