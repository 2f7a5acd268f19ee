import DubaoCore
import DubaoTestSupport
import Foundation
import GRDB
import Testing
@testable import DubaoLibrary

/// `SearchReader`: the search command's own read-only connection, without GRDB. It must find exactly what the
/// library finds, and leave every library it cannot simply read to `Library` (which updates it or names what
/// is wrong).
@Suite("Search reader", .serialized)
struct SearchReaderTests {
    static let library: (Library, String) = {
        let dir = Fixtures.temporaryFolder("dubao-search-reader")
        let path = dir.appendingPathComponent("library.sqlite").path
        let lib = try! Library(path: path)
        _ = try! Importer(library: lib).run([Fixtures.seeds.path, Fixtures.pages.path])
        return (lib, path)
    }()

    @Test("the same results, in the same order, with the same snippets, as the library's search", arguments: [
        "客运站", "荆", "荆州 -客运站", "\"携手共进 共创未来\"", "jingzhou", "hongmenlu", "wenwu baohu", "jz", "紅門路",
        "漆器 研讨会", "（上接第１版）", "xyzzy", "荆州饕餮",
    ])
    func sameResults(query: String) throws {
        let (lib, path) = Self.library
        let reader = try #require(SearchReader.open(path))
        for (window, limit) in [(400, 50), (3, 2), (100_000, 100_000)] {
            let q = SearchQuery.parse(query)
            let expected = try lib.search(q, limit: limit, window: window)
            let got = try reader.search(q, limit: limit, window: window)
            #expect(got == expected, "\(query) window \(window)")
        }
        #expect(try !reader.search(SearchQuery.parse("客运站")).isEmpty)
    }

    @Test("a library it cannot simply read is left to Library: missing, a folder, not SQLite, another program's, an older schema, damaged")
    func refuses() throws {
        let dir = Fixtures.temporaryFolder("dubao-search-reader-refuses")
        func path(_ name: String) -> String { dir.appendingPathComponent(name).path }
        #expect(SearchReader.open(path("missing.sqlite")) == nil)
        try FileManager.default.createDirectory(atPath: path("folder.sqlite"), withIntermediateDirectories: true)
        #expect(SearchReader.open(path("folder.sqlite")) == nil)
        try Data("not a database\n".utf8).write(to: URL(fileURLWithPath: path("text.sqlite")))
        #expect(SearchReader.open(path("text.sqlite")) == nil)
        let other = try DatabaseQueue(path: path("other.sqlite"))
        try other.write { db in try db.execute(sql: "CREATE TABLE t(x); INSERT INTO t VALUES (1)") }
        try other.close()
        #expect(SearchReader.open(path("other.sqlite")) == nil)

        // a copy of the library whose last migration is not recorded: an older Dubao's, to be updated
        let (lib, original) = Self.library
        try lib.db.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        try FileManager.default.copyItem(atPath: original, toPath: path("older.sqlite"))
        #expect(SearchReader.open(path("older.sqlite")) != nil)
        let older = try DatabaseQueue(path: path("older.sqlite"))
        try older.write { db in
            try db.execute(sql: "DELETE FROM grdb_migrations WHERE rowid = (SELECT max(rowid) FROM grdb_migrations)")
        }
        try older.close()
        #expect(SearchReader.open(path("older.sqlite")) == nil)

        // cut short: SQLite finds it malformed
        try FileManager.default.copyItem(atPath: original, toPath: path("cut.sqlite"))
        let size = try #require(try FileManager.default.attributesOfItem(atPath: path("cut.sqlite"))[.size] as? Int)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path("cut.sqlite")))
        try handle.truncate(atOffset: UInt64(size / 3))
        try handle.close()
        #expect(SearchReader.open(path("cut.sqlite")) == nil)
    }

    @Test("a search leaves the library's bytes as they were")
    func readsOnly() throws {
        let (lib, original) = Self.library
        try lib.db.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        let dir = Fixtures.temporaryFolder("dubao-search-reader-bytes")
        let path = dir.appendingPathComponent("library.sqlite").path
        try FileManager.default.copyItem(atPath: original, toPath: path)
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        do {
            let reader = try #require(SearchReader.open(path))
            #expect(try !reader.search(SearchQuery.parse("客运站")).isEmpty)
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    }
}
