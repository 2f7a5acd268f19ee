import DubaoCore
import DubaoTestSupport
import Foundation
import GRDB
import Testing
@testable import DubaoLibrary

@Suite("Library", .serialized)
struct LibraryTests {
    /// A folder with copies of the seed pages and the fixture pages, and a library path beside it.
    /// How many page files a workspace holds.
    static var fileCount: Int {
        Fixtures.seedFiles.count + ((try? FileManager.default.contentsOfDirectory(atPath: Fixtures.pages.path))?.count ?? 0)
    }

    func workspace() throws -> (dir: URL, pages: URL, library: String) {
        let dir = Fixtures.temporaryFolder("dubao-lib")
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        for f in Fixtures.seedFiles + (try FileManager.default.contentsOfDirectory(at: Fixtures.pages, includingPropertiesForKeys: nil)) {
            try FileManager.default.copyItem(at: f, to: pages.appendingPathComponent(f.lastPathComponent))
        }
        return (dir, pages, dir.appendingPathComponent("library.sqlite").path)
    }

    @Test("import stores every page and article; the library's corpus equals a direct parse")
    func importStores() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        #expect(try lib.hasNoPages())
        let report = try Importer(library: lib).run([w.pages.path])
        #expect(report.added == Self.fileCount && report.unchanged == 0 && report.removed.isEmpty)
        #expect(try !lib.hasNoPages())
        let direct = CorpusLoader.load([w.pages.path])
        let stored = try lib.corpus()
        #expect(stored.pages.count == direct.pages.count)
        let a = Dictionary(uniqueKeysWithValues: direct.pages.flatMap(\.articles).map { ($0.id, $0) })
        for art in stored.pages.flatMap(\.articles) { #expect(art == a[art.id], "\(art.id)") }
        #expect(lib.check().isEmpty)
        let s = try lib.summary()
        #expect(s.pages == Self.fileCount && s.articles == a.count && s.papers.contains("binjiang") && s.papers.contains("chengdong"))
    }

    @Test("a new library packs its pages: 16 KiB pages, incremental auto-vacuum, no free page left after a big import's merge")
    func packed() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        let importer = Importer(library: lib)
        importer.batchSize = 1  // more than four batches: a big import, whose index is merged at the end
        #expect(Self.fileCount > 4)
        _ = try importer.run([w.pages.path])
        let (pageSize, vacuum, free) = try lib.db.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA page_size")!, try Int.fetchOne(db, sql: "PRAGMA auto_vacuum")!,
             try Int.fetchOne(db, sql: "PRAGMA freelist_count")!)
        }
        #expect(pageSize == 16384 && vacuum == 2 && free == 0)
        // rows are written whole: every article has its search key, and the keys follow the rows
        let keys = try lib.db.read { db in
            try Row.fetchAll(db, sql: "SELECT a.rowid, p.date, a.searchKey FROM article a JOIN page p ON p.id = a.pageId")
        }
        #expect(!keys.isEmpty && keys.allSatisfy { SearchIndex.key(date: $0[1], rowid: $0[0]) == $0[2] as Int64? })
        #expect(lib.check().isEmpty)
    }

    @Test("incremental: unchanged files are not read, a touched file with the same bytes is not parsed, a changed one is, a deleted one goes")
    func incremental() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        _ = try Importer(library: lib).run([w.pages.path])
        var r = try Importer(library: lib).run([w.pages.path])
        #expect(r.unchanged == Self.fileCount && r.added == 0 && r.updated == 0 && r.bytes == 0)

        // touch: new mtime, same content
        let seed = w.pages.appendingPathComponent(Fixtures.seedFiles[0].lastPathComponent).path
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(60)], ofItemAtPath: seed)
        r = try Importer(library: lib).run([w.pages.path])
        #expect(r.unchanged == Self.fileCount && r.updated == 0)

        // change: a page loses its last story
        let binjiang = w.pages.appendingPathComponent("binjiang_20240315_A03.txt").path
        let text = try String(contentsOfFile: binjiang, encoding: .utf8)
        let cut = text.components(separatedBy: "短 评")[0]
        try cut.write(toFile: binjiang, atomically: true, encoding: .utf8)
        r = try Importer(library: lib).run([w.pages.path])
        #expect(r.updated == 1 && r.unchanged == Self.fileCount - 1)
        let headlines = try lib.corpus().pages.flatMap(\.articles).compactMap(\.headline)
        #expect(!headlines.contains("让好政策落到田间"))

        // delete
        try FileManager.default.removeItem(atPath: binjiang)
        r = try Importer(library: lib).run([w.pages.path])
        #expect(r.removed == [binjiang])
        #expect(try lib.summary().pages == Self.fileCount - 1)
        #expect(lib.check().isEmpty)
    }

    @Test("reading state survives a restart, a re-import of a changed page and the page's removal")
    func readingState() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        do {
            let lib = try Library(path: w.library)
            _ = try Importer(library: lib).run([w.pages.path])
            try lib.markRead(["binjiang_20240315_A03#1", "000_a854029e7de6c335#3"])
            try lib.setBookmarks(["000_a854029e7de6c335#3", "chengdong_2024-03-16_02#2"])
            try lib.savePlace(articleID: "000_a854029e7de6c335#3", scroll: 7)
        }
        // a changed page keeps its ids where the stories are the same
        let binjiang = w.pages.appendingPathComponent("binjiang_20240315_A03.txt").path
        try (try String(contentsOfFile: binjiang, encoding: .utf8) + "\n").write(toFile: binjiang, atomically: true, encoding: .utf8)
        let lib = try Library(path: w.library)
        let r = try Importer(library: lib).run([w.pages.path])
        #expect(r.updated == 1)
        #expect(try lib.readIDs() == ["binjiang_20240315_A03#1", "000_a854029e7de6c335#3"])
        #expect(try lib.bookmarks() == ["000_a854029e7de6c335#3", "chengdong_2024-03-16_02#2"])
        let place = try #require(try lib.lastPlace())
        #expect(place.articleID == "000_a854029e7de6c335#3" && place.scroll == 7)
        #expect(try lib.articles(ids: [place.articleID]).first?.headline == "第三届出土木漆器保护国际学术研讨会在荆举行")
    }

    @Test("the page outline counts each page's unread later parts of continued stories and its unread articles by column, from their own indexes")
    func laterPartsCounted() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        _ = try Importer(library: lib).run([w.pages.path])
        let whole = try lib.outline()
        let later = whole.pages.map { $0.articles.filter { $0.previousPart != nil }.count }
        #expect(later.reduce(0, +) > 0, "the pages hold a story that jumps pages")
        #expect(try lib.pageOutline().pages.map(\.laterPartsUnread) == later)
        // a part read is not counted; another article read changes nothing
        let part = try #require(whole.pages.flatMap(\.articles).first { $0.previousPart != nil })
        let other = try #require(whole.pages.flatMap(\.articles).first { $0.previousPart == nil })
        try lib.markRead([part.id, other.id])
        #expect(try lib.pageOutline().pages.map(\.laterPartsUnread).reduce(0, +) == later.reduce(0, +) - 1)
        // the article table is never walked for them (the reader's start on a decade's library)
        let plan = try lib.db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Library.laterPartsByPageSQL).map { $0["detail"] as String }
        }
        #expect(plan.contains { $0.contains("COVERING INDEX article_later_part") }, "\(plan)")
        // and each page's unread articles by column (栏目)
        func byColumn(_ read: Set<String>) -> [[String: Int]] {
            whole.pages.map { p in
                var out: [String: Int] = [:]
                for a in p.articles where !read.contains(a.id) { if let c = a.column { out[c, default: 0] += 1 } }
                return out
            }
        }
        let columned = try #require(whole.pages.flatMap(\.articles).first { $0.column != nil }, "the pages have a column")
        #expect(try lib.pageOutline().pages.map(\.columnsUnread) == byColumn([part.id, other.id]))
        try lib.markRead([columned.id])
        #expect(try lib.pageOutline().pages.map(\.columnsUnread) == byColumn([part.id, other.id, columned.id]))
        let columnPlan = try lib.db.read { db in
            try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + Library.columnUnreadByPageSQL).map { $0["detail"] as String }
        }
        #expect(columnPlan.contains { $0.contains("COVERING INDEX article_column") }, "\(columnPlan)")
    }

    @Test("stories that jump pages are linked in the library, and again after one part changes")
    func linking() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let lib = try Library(path: w.library)
        _ = try Importer(library: lib).run([w.pages.path])
        var parts = try lib.articles(ids: ["chengdong_2024-03-16_02#1", "chengdong_2024-03-16_03#1"])
        #expect(parts[0].nextPart == "chengdong_2024-03-16_03#1" && parts[1].previousPart == "chengdong_2024-03-16_02#1")
        #expect(parts[1].headline == "老旧小区改造提速")
        let p3 = w.pages.appendingPathComponent("chengdong_2024-03-16_03.txt").path
        try (try String(contentsOfFile: p3, encoding: .utf8) + "\n\n").write(toFile: p3, atomically: true, encoding: .utf8)
        _ = try Importer(library: lib).run([w.pages.path])
        parts = try lib.articles(ids: ["chengdong_2024-03-16_02#1", "chengdong_2024-03-16_03#1"])
        #expect(parts[0].nextPart == "chengdong_2024-03-16_03#1" && parts[1].previousPart == "chengdong_2024-03-16_02#1")
        #expect(lib.check().isEmpty)
    }

    @Test("a file that is not a library is refused and left untouched")
    func garbage() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let bytes = Data((0..<10000).map { UInt8(truncatingIfNeeded: $0 &* 7919) })
        try bytes.write(to: URL(fileURLWithPath: w.library))
        for access in [Library.Access.read, .write, .readPreferringWrite] {
            #expect(throws: LibraryError.notALibrary(w.library, why: "not an SQLite database")) { try Library(path: w.library, access: access) }
        }
        #expect(throws: LibraryError.self) { try Library.rebuild(path: w.library) }
        #expect(try Data(contentsOf: URL(fileURLWithPath: w.library)) == bytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.dir.path).filter { $0.contains("library.sqlite") } == ["library.sqlite"])
    }

    @Test("a truncated library is found damaged, and rebuilt from its page files keeping the reading state that can be read")
    func truncated() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        do {
            let lib = try Library(path: w.library)
            _ = try Importer(library: lib).run([w.pages.path])
            try lib.markRead(["binjiang_20240315_A03#1"])
            try lib.db.writeWithoutTransaction { db in try db.checkpoint(.truncate) }
        }
        // cut the file short after its first pages (the schema and the small tables live near the start)
        let h = try FileHandle(forUpdating: URL(fileURLWithPath: w.library))
        try h.truncate(atOffset: 4096 * 6)
        try h.close()
        #expect(throws: LibraryError.self) { try Library(path: w.library, access: .read) }
        do { _ = try Library(path: w.library, access: .write); Issue.record("opened a damaged library") } catch LibraryError.damaged {}
        let lib = try Library.rebuild(path: w.library)
        #expect(lib.notices.first?.contains("moved the damaged library to") == true)
        #expect(lib.filesToRebuild == [w.pages.path])
        _ = try Importer(library: lib).run(lib.filesToRebuild)
        #expect(try lib.summary().pages == Self.fileCount)
        #expect(lib.check().isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: w.dir.path).contains { $0.hasPrefix("library.sqlite.damaged-") })
    }

    @Test("the default library location follows XDG_DATA_HOME")
    func location() {
        #expect(LibraryLocation.defaultPath(environment: ["XDG_DATA_HOME": "/x/data", "HOME": "/home/u"]) == "/x/data/dubao/library.sqlite")
        #expect(LibraryLocation.defaultPath(environment: ["HOME": "/home/u"]) == "/home/u/.local/share/dubao/library.sqlite")
    }

    @Test("the archive generator is deterministic and names files like real ones")
    func generator() {
        let g = ArchiveGenerator(seeds: Fixtures.seedFiles.map(Fixtures.text))
        let a = g.page(17)
        #expect(a.name == "jzrb_20230103_02.txt")
        #expect(a == g.page(17))
        #expect(a.text != g.page(18).text)
        let corpus = Corpus(pages: (0..<16).map { n in
            let p = g.page(n)
            return CorpusLoader.parseBytes(Array(p.text.utf8), path: p.name, idPrefix: p.name).page!
        })
        #expect(corpus.issues.count == 2 && corpus.issues[0].pages.count == 8)
    }
}
