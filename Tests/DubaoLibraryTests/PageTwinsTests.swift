import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

/// An e-paper's PDF and the text of the same page beside it, under one name, are read once: from the PDF, or from
/// the text when the PDF gives no page (`PageTwins`). The PDF is the project's typeset fixture; its twin
/// (`Tests/Fixtures/twins/`) is what `pdftotext -raw` made of it. PDFs are read through poppler's `pdftotext`,
/// installed by `.ci/run`.
@Suite("A page's PDF and its text twin", .serialized)
struct PageTwinsTests {
    static let pdf = Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/jcrb_20250110.pdf")
    static let text = Fixtures.root.appendingPathComponent("Tests/Fixtures/twins/jcrb_20250110.txt")
    /// A story both read with this title; and one only the text gives (its header line run into the headline).
    static let shared = "出土木漆器保护研讨会在荆举行"
    /// A title that the text twin's reading gives and the PDF's does not (the two readings differ in a headline
    /// or two, whichever the parser of the day makes them): how a test tells which of the pair the library holds.
    static let textOnly: String = {
        func titles(_ file: URL) -> Set<String> {
            let dir = Fixtures.temporaryFolder("dubao-twin-titles")
            defer { try? FileManager.default.removeItem(at: dir) }
            guard let lib = try? Library(path: dir.appendingPathComponent("l.sqlite").path),
                  (try? Importer(library: lib).run([file.path])) != nil, let t = try? Self.titles(lib) else { return [] }
            return Set(t)
        }
        return titles(Self.text).subtracting(titles(Self.pdf)).sorted().first ?? ""
    }()

    /// A folder `pages` holding the PDF (or `pdfBytes` under its name) and its text twin.
    func workspace(pdfBytes: Data? = nil) throws -> (dir: URL, pages: URL, pdf: String, text: String, library: String) {
        let dir = Fixtures.temporaryFolder("dubao-twins")
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        let pdf = pages.appendingPathComponent("jcrb_20250110.pdf"), text = pages.appendingPathComponent("jcrb_20250110.txt")
        if let pdfBytes { FileManager.default.createFile(atPath: pdf.path, contents: pdfBytes) } else { try FileManager.default.copyItem(at: Self.pdf, to: pdf) }
        try FileManager.default.copyItem(at: Self.text, to: text)
        return (dir, pages, FileSystem.realPath(pdf.path)!, FileSystem.realPath(text.path)!, dir.appendingPathComponent("library.sqlite").path)
    }

    static func titles(_ lib: Library) throws -> [String] { try lib.corpus().pages.flatMap(\.articles).map(\.displayTitle) }
    static func sources(_ lib: Library) throws -> Set<String> { Set(try lib.corpus().pages.map { String($0.source.split(separator: "#")[0]) }) }

    @Test("twins: one folder, one name but for .pdf and .txt in any case; not across folders, not other names")
    func pairing() {
        let files = ["/a/x.pdf", "/a/x.txt", "/a/y.PDF", "/a/y.Txt", "/a/z.txt", "/b/z.pdf", "/a/w.pdf", "/a/w2.txt"]
        #expect(PageTwins.twins(files) == ["/a/x.pdf": "/a/x.txt", "/a/y.PDF": "/a/y.Txt"])
        #expect(PageTwins.twins(["/a/x.txt", "/a/y.txt"]).isEmpty)
        #expect(PageTwins.notice(["/a/y.txt", "/a/x.txt"])?.hasPrefix("/a/x.txt and 1 other text file: the same page as the PDF") == true)
    }

    @Test("a folder with both: the PDF's pages only, the text counted and named, and so again at the next import")
    func importReadsThePDF() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        let r = try Importer(library: lib).run([w.pages.path])
        #expect(r.seen == 2 && r.added == 1 && r.twins == 1 && r.skipped == 0)
        #expect(r.notices.count == 1 && r.notices[0].hasPrefix(w.text + ": the same page as the PDF"))
        #expect(r.summary.contains("1 text twin of a PDF not read"))
        #expect(try Self.sources(lib) == [w.pdf])
        let titles = try Self.titles(lib)
        #expect(!Self.textOnly.isEmpty)
        #expect(titles.filter { $0 == Self.shared }.count == 1 && titles.contains("稳就业政策惠及十万家庭") && !titles.contains(Self.textOnly))
        let again = try Importer(library: lib).run([w.pages.path])
        #expect(again.unchanged == 1 && again.twins == 1 && again.added == 0 && again.warnings.isEmpty)
        #expect(try Self.titles(lib) == titles)
    }

    @Test("a PDF that gives no page: its text is read; once the PDF reads, the text's stories go and their reading state moves to the PDF's")
    func textWhenThePDFCannotBeRead() throws {
        let w = try workspace(pdfBytes: Data("%PDF-1.4\n1 0 obj\n<< /Type /Catalog".utf8) + Data(repeating: 0x9C, count: 300))
        defer { try? FileManager.default.removeItem(at: w.dir) }
        do {
            let lib = try Library(path: w.library)
            let r = try Importer(library: lib).run([w.pages.path])
            #expect(r.added == 1 && r.skipped == 1 && r.twins == 0 && r.notices.isEmpty)
            #expect(r.warnings.contains { $0.hasPrefix(w.pdf + ": ") })
            #expect(try Self.sources(lib) == [w.text])
            #expect(try Self.titles(lib).contains(Self.textOnly))
            let story = try #require(try lib.corpus().pages.flatMap(\.articles).first { $0.displayTitle == Self.shared }?.id)
            try lib.markRead([story])
            try lib.setBookmarks([story])
        }
        // the PDF mended
        try FileManager.default.removeItem(atPath: w.pdf)
        try FileManager.default.copyItem(at: Self.pdf, to: URL(fileURLWithPath: w.pdf))
        let lib = try Library(path: w.library)
        let r = try Importer(library: lib).run([w.pages.path])
        #expect(r.added == 1 && r.twins == 1)
        #expect(r.warnings.contains { $0.hasPrefix(w.text + ": the same page as " + w.pdf) })
        #expect(try Self.sources(lib) == [w.pdf])
        #expect(!(try Self.titles(lib)).contains(Self.textOnly))
        // (the PDF's ids: the text held the stem's prefix when the PDF was stored, so the PDF's has a hash of its path)
        let now = try #require(try lib.corpus().pages.flatMap(\.articles).first { $0.displayTitle == Self.shared }?.id)
        #expect(try lib.readIDs() == [now] && (try lib.bookmarks()) == [now])
    }

    @Test("one half of a pair imported on its own, the other already in the library: the PDF is what the library keeps")
    func halfImportedAlone() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let aside = w.dir.appendingPathComponent("aside.txt").path
        try FileManager.default.moveItem(atPath: w.text, toPath: aside)
        let lib = try Library(path: w.library)
        _ = try Importer(library: lib).run([w.pages.path])
        #expect(try Self.sources(lib) == [w.pdf])
        // the text put beside the PDF and named alone
        try FileManager.default.moveItem(atPath: aside, toPath: w.text)
        let r = try Importer(library: lib).run([w.text])
        #expect(r.added == 0 && r.twins == 1 && r.notices.count == 1)
        #expect(try Self.sources(lib) == [w.pdf])
        // the other way: a library holding the text alone, then the PDF named alone
        let other = try Library(path: w.dir.appendingPathComponent("other.sqlite").path)
        _ = try Importer(library: other).run([w.text])
        #expect(try Self.sources(other) == [w.text])
        let r2 = try Importer(library: other).run([w.pdf])
        #expect(r2.added == 1 && r2.warnings.contains { $0.hasPrefix(w.text + ": the same page as " + w.pdf) })
        #expect(try Self.sources(other) == [w.pdf])
    }

    @Test("the PDFs the library holds, asked of more paths than one statement takes")
    func filesHeld() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        _ = try Importer(library: lib).run([w.pdf])
        // (this machine's SQLite takes 250,000 arguments a statement; others as few as 999)
        let asked = (0..<260_000).map { "/nowhere/\($0).pdf" } + [w.pdf]
        #expect(try lib.filesHeld(asked) == [w.pdf])
    }

    @Test("partners: the other half of a pair among the library's files, in any case, never the file itself")
    func partners() {
        let known = ["/a/x.PDF", "/a/x.txt", "/a/y.pdf", "/b/x.pdf", "/a/x.html"]
        #expect(Set(PageTwins.partners(of: ["/a/x.txt"], among: known)) == ["/a/x.PDF"])
        #expect(PageTwins.partners(of: ["/a/z.txt", "/a/notes.md"], among: known).isEmpty)
    }

    @Test("dubao parse of the folder: the PDF's pages, and a word about the text")
    func parseReadsThePDF() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let c = CorpusLoader.load([w.pages.path])
        #expect(c.pages.count == 2 && c.pages.allSatisfy { $0.source.hasPrefix(w.pages.path + "/jcrb_20250110.pdf") })
        #expect(c.warnings.contains { $0.contains("jcrb_20250110.txt: the same page as the PDF") })
    }
}
