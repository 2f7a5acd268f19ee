import DubaoCore
import DubaoTestSupport
import Foundation
import GRDB
import Testing
@testable import DubaoLibrary

/// A page's paper, date and page number come from its file name, else from its own header lines; the library
/// keeps which, so that the reader can say it.
@Suite("Where a page's metadata came from")
struct MetadataOriginTests {
    static let page = """
        第4版　城市新闻
        2025年1月10日　星期五

        本报讯（记者甲）昨日，市里新开了一家图书馆，藏书三万册，市民可以免费借阅。
        """

    @Test("from the header when the file name lacks it, from the file name when it has it; kept by the library and rebuilt by its migration")
    func origin() throws {
        let dir = Fixtures.temporaryFolder("dubao-origin")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try Self.page.write(to: pages.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try Self.page.write(to: pages.appendingPathComponent("jzrb_20250110_04.txt"), atomically: true, encoding: .utf8)
        let corpus = CorpusLoader.load([pages.path])
        let byName = Dictionary(uniqueKeysWithValues: corpus.pages.map { (URL(fileURLWithPath: $0.source).lastPathComponent, $0) })
        let notes = try #require(byName["notes.txt"]), named = try #require(byName["jzrb_20250110_04.txt"])
        #expect(notes.date == "2025-01-10" && notes.page == 4)
        // the name's word is taken for a paper (FileNameMetadata); date and page are the header's
        #expect(notes.metadataFrom == MetadataOrigin(paper: .fileName, date: .header, page: .header))
        #expect(named.metadataFrom == MetadataOrigin(paper: .fileName, date: .fileName, page: .fileName))
        #expect(MetadataOrigin(stored: named.metadataFrom.stored) == named.metadataFrom)

        let path = dir.appendingPathComponent("l.sqlite").path
        func origins(_ lib: Library) throws -> [String: MetadataOrigin] {
            Dictionary(uniqueKeysWithValues: try lib.outline().pages.map { (URL(fileURLWithPath: $0.source).lastPathComponent, $0.metadataFrom) })
        }
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([pages.path])
            #expect(try origins(lib) == ["notes.txt": notes.metadataFrom, "jzrb_20250110_04.txt": named.metadataFrom])
            // a library from before the column: the migration works the origins out again from the pages' sources
            try lib.db.write { db in
                try db.execute(sql: "DROP INDEX page_outline; ALTER TABLE page DROP COLUMN metadataFrom; DELETE FROM grdb_migrations WHERE identifier LIKE 'v6%';")
            }
        }
        let reopened = try Library(path: path)
        #expect(try origins(reopened) == ["notes.txt": notes.metadataFrom, "jzrb_20250110_04.txt": named.metadataFrom])
    }
}
