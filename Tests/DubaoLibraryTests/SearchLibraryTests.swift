import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

@Suite("Library search", .serialized)
struct SearchLibraryTests {
    static let shared: (Library, URL) = {
        let dir = Fixtures.temporaryFolder("dubao-search")
        let lib = try! Library(path: dir.appendingPathComponent("library.sqlite").path)
        _ = try! Importer(library: lib).run([Fixtures.seeds.path, Fixtures.pages.path])
        return (lib, dir)
    }()

    func search(_ q: String) throws -> [SearchResult] { try Self.shared.0.search(SearchQuery.parse(q)) }

    @Test("each query form finds what it should on the seeds", arguments: [
        ("客运站", "000_a854029e7de6c335#5"),
        ("红", "000_a854029e7de6c335#5"),
        ("发展信心", "000_a854029e7de6c335#1"),
        ("5173.3万元", "000_a854029e7de6c335#1"),
        ("jingzhou", nil),
        ("jing zhou", nil),
        ("hongmenlu", "000_a854029e7de6c335#5"),
        ("HongMenLu", "000_a854029e7de6c335#5"),
        ("紅門路", "000_a854029e7de6c335#5"),
        ("（上接第１版）", nil),
        ("\"携手共进 共创未来\"", "002_d82ea1ee2e502fd7#4"),
        ("漆器 研讨会", "000_a854029e7de6c335#3"),
    ] as [(String, String?)])
    func forms(query: String, top: String?) throws {
        let r = try search(query)
        #expect(!r.isEmpty, "\(query)")
        if let top { #expect(r.first?.id == top, "\(query): \(r.prefix(3).map(\.id))") }
        for x in r { #expect(x.hits > 0 && !x.snippet.isEmpty) }
    }

    @Test("fullwidth forms find the halfwidth text: both continued stories say (上接第1版)")
    func widths() throws {
        #expect(Set(try search("（上接第１版）").map(\.id)) == ["000_a854029e7de6c335#1", "002_d82ea1ee2e502fd7#10", "002_d82ea1ee2e502fd7#5"])
    }

    @Test("nonsense finds nothing; an excluded term removes its articles")
    func nothing() throws {
        #expect(try search("xyzzy").isEmpty)
        #expect(try search("荆州饕餮").isEmpty)
        let all = try search("荆州").map(\.id)
        let without = try search("荆州 -客运站").map(\.id)
        #expect(all.contains("000_a854029e7de6c335#5") && !without.contains("000_a854029e7de6c335#5"))
        #expect(without.count == all.count - 1)
    }

    @Test("headline matches come first, then more hits")
    func ranking() throws {
        let r = try search("客运")
        #expect(r.first?.headlineHit == true)
        let rest = r.drop { $0.headlineHit }
        #expect(zip(rest, rest.dropFirst()).allSatisfy { $0.hits >= $1.hits })
        let py = try search("jz")
        #expect(py.first.map { $0.title.contains("荆州") || ($0.headline ?? "").contains("荆州") } == true)
    }

    @Test("the index follows changes: a re-imported page is found by its new text, not its old")
    func followsImport() throws {
        let dir = Fixtures.temporaryFolder("dubao-search2")
        defer { try? FileManager.default.removeItem(at: dir) }
        let page = dir.appendingPathComponent("p_20250101_01.txt")
        try "本报讯（记者甲）昨日，城东新建了一座天文馆。".write(to: page, atomically: true, encoding: .utf8)
        let lib = try Library(path: dir.appendingPathComponent("l.sqlite").path)
        _ = try Importer(library: lib).run([dir.path])
        #expect(try lib.search(SearchQuery.parse("天文馆")).count == 1)
        try "本报讯（记者甲）昨日，城西新建了一座博物馆。".write(to: page, atomically: true, encoding: .utf8)
        try FileManager.default.setAttributes([.modificationDate: Date().addingTimeInterval(5)], ofItemAtPath: page.path)
        _ = try Importer(library: lib).run([dir.path])
        #expect(try lib.search(SearchQuery.parse("天文馆")).isEmpty)
        #expect(try lib.search(SearchQuery.parse("bowuguan")).count == 1)
        try FileManager.default.removeItem(at: page)
        _ = try Importer(library: lib).run([dir.path])
        #expect(try lib.search(SearchQuery.parse("博物馆")).isEmpty)
        #expect(lib.check().isEmpty)
    }

    @Test("PolyphoneReadings in the index: 银行 is found by yinhang, 长江 by changjiang; an older index is rebuilt")
    func polyphones() throws {
        let dir = Fixtures.temporaryFolder("dubao-search3")
        defer { try? FileManager.default.removeItem(at: dir) }
        try "本报讯（记者甲）昨日，建设银行在长江边开设了一家网点。".write(to: dir.appendingPathComponent("p_20250101_01.txt"), atomically: true, encoding: .utf8)
        let path = dir.appendingPathComponent("l.sqlite").path
        func count(_ lib: Library, _ q: String) throws -> Int { try lib.search(SearchQuery.parse(q)).count }
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([dir.path])
            for q in ["yinhang", "jianshe yinhang", "changjiang", "yinhang changjiang", "jsyh", "yinxing", "\"长江\""] {
                #expect(try count(lib, q) == 1, "\(q)")
            }
            #expect(try count(lib, "hangyin") == 0)
            #expect(try count(lib, "yinhang -changjiang") == 0)
            // turn it into a library of the previous schema: one reading a character, migration v3 not run
            try lib.db.write { db in
                try db.execute(sql: """
                    DROP TABLE search;
                    CREATE VIRTUAL TABLE search USING fts5(h, b, hp, bp, hi, bi, content='', tokenize='unicode61 remove_diacritics 0');
                    DELETE FROM grdb_migrations WHERE identifier LIKE 'v3%';
                    """)
            }
            #expect(try count(lib, "yinhang") == 0)
        }
        let reopened = try Library(path: path)
        #expect(try count(reopened, "yinhang") == 1)
        #expect(try count(reopened, "jianshe") == 1)
        #expect(reopened.check().isEmpty)
    }
}
