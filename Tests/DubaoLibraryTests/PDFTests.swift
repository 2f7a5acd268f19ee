import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

/// E-paper PDFs read through poppler's `pdftotext -bbox-layout` (installed by `.ci/run`): real typesetting from
/// Chromium (`Tests/Fixtures/pdf/*.pdf`, its HTML beside it) and small PDFs written by the test.
@Suite("PDF pages")
struct PDFTests {
    static let typeset = Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/jcrb_20250110.pdf").path
    static let encrypted = Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/encrypted.pdf").path

    func write(_ data: Data, _ name: String, in dir: URL? = nil) -> String {
        let dir = dir ?? Fixtures.temporaryFolder("dubao-pdf")
        let path = dir.appendingPathComponent(name).path
        FileManager.default.createFile(atPath: path, contents: data)
        return path
    }

    @Test("a typeset issue of two pages: one page each, two stories side by side read column by column, the date from the file's name, each page's number from its header")
    func typesetPage() throws {
        let r = CorpusLoader.parseFile(Self.typeset)
        let page = try #require(r.pages.first)
        #expect(r.pages.map(\.source) == [Self.typeset + "#1", Self.typeset + "#2"])
        #expect(r.pages.map(\.date) == ["2025-01-10", "2025-01-10"] && r.pages.map(\.page) == [2, 3])
        #expect(r.pages[1].articles.map(\.headline) == ["木漆器保护成果丰硕", "稳就业政策惠及十万家庭"])
        // ids: the file's stem, the page in the file, the article on the page
        #expect(r.pages.flatMap(\.articles).map(\.id) == ["jcrb_20250110#1.1", "jcrb_20250110#1.2", "jcrb_20250110#2.1", "jcrb_20250110#2.2"])
        #expect(page.articles.map(\.headline) == ["出土木漆器保护研讨会在荆举行", "就业岗位逾六万个"])
        let first = page.articles[0].blocks.map(\.text).joined()
        // the second column follows the first: the sentence across the column break is whole
        #expect(first.contains("围绕出土木漆器的保护与修复展开研讨。荆州是楚文化的发祥地") || first.contains("展开研讨。") && first.contains("荆州是楚文化的发祥地，出土木漆器数量多"))
        #expect(page.articles[0].byline?.contains("潘路") == true && page.articles[1].byline?.contains("周立新") == true)
        #expect(!first.contains("周立新"))
    }

    @Test("the geometry: lines in reading order, a headline in a larger type than the body")
    func geometry() throws {
        let pages = try PDFText.pages(of: Self.typeset).get()
        let p = try #require(pages.first)
        let order = ReadingOrder(p)
        #expect(p.lines.contains { $0.text == "出土木漆器保护研讨会在荆举行" })
        let text = order.text()
        let a = try #require(text.range(of: "提供了经验。")), b = try #require(text.range(of: "就业岗位逾六万"))
        #expect(a.upperBound < b.lowerBound)
        #expect(order.em > 5 && order.em < 12)
    }

    @Test("a PDF of several pages: one page each, ids per page; a page without text is named and skipped")
    func multiPage() throws {
        let pdf = MiniPDF.make(pages: [MiniPDF.storyPage(headline: "First"), [], MiniPDF.storyPage(headline: "Third")])
        let path = write(pdf, "issue.pdf")
        let r = CorpusLoader.parseFile(path)
        #expect(r.pages.map(\.source) == [path + "#1", path + "#3"])
        let single = write(MiniPDF.make(pages: [MiniPDF.storyPage(headline: "Only")]), "only_20250301_04.pdf")
        let one = CorpusLoader.parseFile(single)
        #expect(one.pages.map(\.source) == [single] && one.pages.first?.page == 4 && one.pages.first?.date == "2025-03-01")
        #expect(r.warnings.contains { $0.contains("issue.pdf") && $0.contains("page 2") && $0.contains("OCR") })
        for (k, p) in zip([1, 3], r.pages) {
            #expect(p.articles.allSatisfy { $0.id.hasPrefix("issue#\(k).") })
            // (Latin text: the parser, made for Chinese, may leave it all as furniture; none of it is lost)
            let text = (p.furniture + p.articles.flatMap(\.blocks).map(\.text) + p.unassigned).joined(separator: " ")
            // both columns are there, the left one first
            let l = try #require(text.range(of: "word011")), rr = try #require(text.range(of: "word10 "))
            #expect(l.lowerBound < rr.lowerBound)
        }
    }

    @Test("scanned, encrypted, damaged: a clear warning naming the file; the text pages beside it still load")
    func badPDFs() throws {
        let dir = Fixtures.temporaryFolder("dubao-pdf-bad")
        _ = write(MiniPDF.make(pages: [[], []]), "scan.pdf", in: dir)
        _ = write(Data("%PDF-1.4\nthis is not a PDF at all\n".utf8), "broken.pdf", in: dir)
        try FileManager.default.copyItem(atPath: Self.encrypted, toPath: dir.appendingPathComponent("locked.pdf").path)
        try FileManager.default.copyItem(at: Fixtures.seedFiles[0], to: dir.appendingPathComponent(Fixtures.seedFiles[0].lastPathComponent))
        let corpus = CorpusLoader.load([dir.path])
        #expect(corpus.pages.count == 1 && corpus.pages[0].source.hasSuffix(".txt"))
        let w = corpus.warnings
        #expect(w.contains { $0.contains("scan.pdf") && $0.contains("no text layer") && $0.contains("OCR") })
        #expect(w.contains { $0.contains("locked.pdf") && $0.contains("encrypted") })
        #expect(w.contains { $0.contains("broken.pdf") && $0.contains("not a readable PDF") })
    }

    @Test("a 200-page PDF: every page read")
    func longPDF() throws {
        let pdf = MiniPDF.make(pages: (1...200).map { MiniPDF.storyPage(headline: "Page \($0)", lines: 4) })
        let path = write(pdf, "long.pdf")
        let pages = try PDFText.pages(of: path).get()
        #expect(pages.count == 200 && pages.allSatisfy { $0.lines.count == 9 })
        #expect(pages[199].lines.contains { $0.text == "Page 200" })
    }

    @Test("import: a PDF's pages go into the library and come back the same; unchanged, it is not read again")
    func importPDF() throws {
        let dir = Fixtures.temporaryFolder("dubao-pdf-lib")
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Self.typeset, toPath: pages.appendingPathComponent("jcrb_20250110.pdf").path)
        _ = write(MiniPDF.make(pages: [MiniPDF.storyPage(headline: "One"), MiniPDF.storyPage(headline: "Two")]), "two.pdf", in: pages)
        let lib = try Library(path: dir.appendingPathComponent("l.sqlite").path)
        let r = try Importer(library: lib).run([pages.path])
        #expect(r.added == 2 && r.skipped == 0)
        let direct = CorpusLoader.load([pages.path])
        let stored = try lib.corpus()
        #expect(stored.pages.count == 4 && direct.pages.count == 4)
        #expect(Set(stored.pages.flatMap(\.articles).map(\.id)) == Set(direct.pages.flatMap(\.articles).map(\.id)))
        let again = try Importer(library: lib).run([pages.path])
        #expect(again.unchanged == 2 && again.added == 0 && again.updated == 0)
    }

    @Test("the XHTML of pdftotext: pages, lines and words; entities; blocks ignored")
    func xhtml() {
        let doc = """
        <doc><page width="600" height="800"><flow><block xMin="1" yMin="1" xMax="2" yMax="2">
        <line xMin="10" yMin="20" xMax="70" yMax="34"><word xMin="10" yMin="20" xMax="30" yMax="34">A&amp;B</word><word xMin="33" yMin="20" xMax="70" yMax="34">&lt;c&gt;</word></line>
        </block></flow></page><page width="600" height="800"></page></doc>
        """
        let pages = PDFText.parse(doc)
        #expect(pages.count == 2 && pages[1].lines.isEmpty)
        #expect(pages[0].lines == [PlacedLine(text: "A&B <c>", x0: 10, y0: 20, x1: 70, y1: 34)])
    }
}
