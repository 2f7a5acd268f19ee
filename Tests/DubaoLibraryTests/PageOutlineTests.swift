import DubaoCore
import DubaoTestSupport
import Foundation
import GRDB
import Testing
@testable import DubaoLibrary

/// The reader starts from the pages alone (with their columns) and reads an issue's stories when it opens it.
@Suite("Pages first, stories on demand")
struct PageOutlineTests {
    @Test("the page outline has every page and its columns, no stories; summaries by page; an article's page; the migration fills the columns")
    func pagesFirst() throws {
        let dir = Fixtures.temporaryFolder("dubao-page-outline")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("l.sqlite").path
        let whole: Library.Outline
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([Fixtures.seeds.path])
            whole = try lib.outline()
            let pages = try lib.pageOutline()
            #expect(pages.pages.map(\.id) == whole.pages.map(\.id) && pages.pages.allSatisfy(\.articles.isEmpty))
            for (p, w) in zip(pages.pages, whole.pages) {
                var seen: [String] = []
                for a in w.articles { if let c = a.column, !seen.contains(c) { seen.append(c) } }
                #expect(p.columns == seen, "\(p.source)")
            }
            #expect(pages.pages.contains { !$0.columns.isEmpty }, "the seeds have columns")
            let first = try #require(whole.pages.first)
            #expect(try lib.articleSummaries(pageIDs: [first.id])[first.id]?.map(\.id) == first.articles.map(\.id))
            #expect(try lib.pageID(ofArticle: first.articles[0].id) == first.id)
            #expect(try lib.pageID(ofArticle: "no-such#1") == nil)
            // articles and read articles by page, for the counts of issues not read in
            try lib.markRead([first.articles[0].id])
            let counted = try lib.pageOutline()
            #expect(counted.pages.map(\.articleCount) == whole.pages.map(\.articles.count))
            #expect(counted.pages.map(\.readCount) == whole.pages.map { $0.id == first.id ? 1 : 0 })
            // counted from the reading table: the article table is looked up, never walked (on a decade's library
            // walking it read 630 MB at every start)
            let plan = try lib.db.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Library.readByPageSQL).map { $0["detail"] as String }
            }
            #expect(plan.contains { $0.hasPrefix("SCAN r") || $0.contains("SCAN TABLE reading") }, "\(plan)")
            #expect(!plan.contains { $0.hasPrefix("SCAN a") || $0.contains("SCAN TABLE article") }, "\(plan)")
            // the outline is read from its index, not from the table (where each page's furniture and removed
            // passages lie beside it), in the pages' order
            let outlinePlan = try lib.db.read { db in
                try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Library.pageOutlineSQL).map { $0["detail"] as String }
            }
            #expect(outlinePlan.contains { $0.contains("COVERING INDEX page_outline") }, "\(outlinePlan)")
            // an issue's continued stories are linked from its pages found by their date, not by a scan of every page
            for sql in [Library.jumpingPartsSQL, Library.unlinkSQL] {
                let plan = try lib.db.read { db in
                    try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: ["2025-01-10"]).map { $0["detail"] as String }
                }
                #expect(plan.contains { $0.contains("page_date (date=?)") }, "\(plan)")
                #expect(!plan.contains { $0.hasPrefix("SCAN p") || $0.hasPrefix("SCAN page") }, "\(plan)")
            }
            #expect(pages.pages.map(\.id) == pages.pages.map(\.id).sorted())
            // a library from before the column
            try lib.db.write { db in
                try db.execute(sql: "DROP INDEX page_outline; ALTER TABLE page DROP COLUMN columns; DELETE FROM grdb_migrations WHERE identifier LIKE 'v7%';")
            }
        }
        let reopened = try Library(path: path).pageOutline()
        for (p, w) in zip(reopened.pages, whole.pages) {
            var seen: [String] = []
            for a in w.articles { if let c = a.column, !seen.contains(c) { seen.append(c) } }
            #expect(p.columns == seen, "after the migration: \(p.source)")
        }
        #expect(try Self.indexes(path).contains("page_outline"), "made again when the library was opened for writing")
    }

    @Test("the outline's index is not part of the schema: a library without it opens read-only and reads the same outline; opened for writing, it gets the index")
    func outlineIndexOptional() throws {
        let dir = Fixtures.temporaryFolder("dubao-outline-index")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("l.sqlite").path
        let before: [Int64]
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([Fixtures.seeds.path])
            before = try lib.pageOutline().pages.map(\.id)
            try lib.db.write { db in try db.execute(sql: "DROP INDEX page_outline") }
        }
        let stamp = try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date
        let reading = try Library(path: path, access: .read)
        #expect(reading.isReadOnly)
        #expect(try reading.pageOutline().pages.map(\.id) == before)
        #expect(try !Self.indexes(path).contains("page_outline"), "a read-only open writes nothing")
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.modificationDate] as? Date == stamp)
        _ = try Library(path: path, access: .write)
        #expect(try Self.indexes(path).contains("page_outline"))
    }

    static func indexes(_ path: String) throws -> [String] {
        try DatabaseQueue(path: path).read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") }
    }
}
