import DubaoCore
import DubaoTestSupport
import Foundation
import GRDB
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
            for q in ["yinhang", "jianshe yinhang", "changjiang", "yinhang changjiang", "yinxing", "\"长江\""] {
                #expect(try count(lib, q) == 1, "\(q)")
            }
            #expect(try count(lib, "hangyin") == 0)
            #expect(try count(lib, "yinhang -changjiang") == 0)
            // initials are matched in headlines only: this page's one story has none
            #expect(try count(lib, "jsyh") == 0)
            try lib.db.write { db in try Self.makePreviousSchema(db) }
        }
        let reopened = try Library(path: path)
        #expect(try count(reopened, "yinhang") == 1)
        #expect(try count(reopened, "jianshe") == 1)
        #expect(reopened.check().isEmpty)
    }

    /// Turns a library into one of the schema before v8: pinyin and initials columns for body and headline, no
    /// syllable table, the index empty.
    static func makePreviousSchema(_ db: Database) throws {
        try db.execute(sql: """
            DROP TABLE search;
            DROP TABLE syllableChars;
            CREATE VIRTUAL TABLE search USING fts5(h, b, hp, bp, hi, bi, content='', tokenize='dubao');
            DELETE FROM grdb_migrations WHERE identifier LIKE 'v8%';
            """)
    }

    @Test("an update that rebuilds the index gives the old index's room back to the file system, and keeps bodies as new imports do")
    func updateCompacts() throws {
        let dir = Fixtures.temporaryFolder("dubao-search5")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("l.sqlite").path
        let stored: Corpus
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([Fixtures.seeds.path])
            stored = try lib.corpus()
            // a library of the previous schema whose index is most of the file, its bodies UTF-8 text
            try lib.db.write { db in
                try Self.makePreviousSchema(db)
                for r in try Row.fetchAll(db, sql: "SELECT rowid, blocks FROM article") {
                    try db.execute(sql: "UPDATE article SET blocks = ? WHERE rowid = ?", arguments: [(r[1] as StoredText).string, r[0] as Int64])
                }
                #expect(try String.fetchAll(db, sql: "SELECT DISTINCT typeof(blocks) FROM article") == ["text"])
                let filler = (0..<3000).map { String(UnicodeScalar(0x4E00 + $0 % 5000)!) }.joined(separator: " ")
                for k in 0..<400 { try db.execute(sql: "INSERT INTO search (rowid, b) VALUES (?, ?)", arguments: [k + 1, filler]) }
            }
        }
        // the file, with what its write-ahead log still holds
        func bytes() -> Int {
            [path, path + "-wal"].compactMap { try? FileManager.default.attributesOfItem(atPath: $0)[.size] as? Int }.reduce(0, +)
        }
        let before = bytes()
        let reopened = try Library(path: path)
        let (free, vacuum) = try reopened.db.read { db in
            (try Int.fetchOne(db, sql: "PRAGMA freelist_count")!, try Int.fetchOne(db, sql: "PRAGMA auto_vacuum")!)
        }
        let after = try reopened.db.read { db in try Int.fetchOne(db, sql: "PRAGMA page_count")! * Int.fetchOne(db, sql: "PRAGMA page_size")! }
        #expect(free == 0 && vacuum == 2 && after * 2 < before, "\(before) → \(after) bytes, \(free) free pages")
        #expect(try reopened.db.read { db in try String.fetchAll(db, sql: "SELECT DISTINCT typeof(blocks) FROM article") } == ["blob"])
        #expect(try reopened.corpus() == stored)
        #expect(try reopened.search(SearchQuery.parse("keyunzhan")).first?.id == "000_a854029e7de6c335#5")
        #expect(reopened.check().isEmpty)
    }

    @Test("pinyin is expanded into the library's characters: the index finds exactly the articles the matcher finds; initials in headlines only")
    func indexAgreesWithMatcher() throws {
        let lib = Self.shared.0
        let articles = try lib.corpus().pages.flatMap(\.articles)
        #expect(articles.count > 20)
        var matched = 0
        for text in ["jingzhou", "keyunzhan", "yinhang", "zhongguo", "fazhan", "shi", "xinxi", "hang", "chongqing",
                     "jz", "fz", "zg", "kyz", "qx", "xyzzy",
                     // phrases of syllables whose characters are common, in an order the text holds or not
                     "baohu", "qiqi baohu", "hubao", "yantaohui", "shi de", "de shi", "zhuanjia xuezhe"] {
            let q = SearchQuery.parse(text)
            let expected = Set(articles.filter { a in
                SearchMatcher.matches(q, headline: SearchTokens.tokens(a.headlineGroupText),
                                      body: SearchTokens.tokens(a.bodyText))
            }.map(\.id))
            let found = Set(try lib.search(q, limit: 100_000, window: 100_000).map(\.id))
            #expect(found == expected, "\(text): \(found.subtracting(expected).sorted().prefix(3)) found, \(expected.subtracting(found).sorted().prefix(3)) missed")
            if !expected.isEmpty { matched += 1 }
        }
        #expect(matched >= 12)
    }

    @Test("the syllable table names each character the library holds under every reading, and only those")
    func syllableTable() throws {
        let lib = Self.shared.0
        let rows = try lib.db.read { db in try Row.fetchAll(db, sql: "SELECT syllable, chars FROM syllableChars") }
        var listed: [UInt32: Set<String>] = [:]
        for r in rows {
            let syllable: String = r[0]
            let chars: String = r[1]
            for c in chars.unicodeScalars { #expect(listed[c.value, default: []].insert(syllable).inserted, "\(c) twice under \(syllable)") }
        }
        var held = Set<UInt32>()
        for a in try lib.corpus().pages.flatMap(\.articles) {
            for t in SearchTokens.tokens(a.headlineGroupText + "\n" + a.bodyText)
            where t.pinyin != t.text {
                held.insert(t.text.unicodeScalars.first!.value)
            }
        }
        #expect(Set(listed.keys) == held)
        for (c, syllables) in listed { #expect(syllables == Set(SearchTokens.readings(c)), "\(Unicode.Scalar(c)!)") }
        #expect(listed["行".unicodeScalars.first!.value] == ["xing", "hang"])
    }

    /// The pairs of readable characters that are neighbouring tokens in some headline group or body of the library.
    static func textPairs(_ lib: Library) throws -> Set<UInt64> {
        var out = Set<UInt64>()
        for a in try lib.corpus().pages.flatMap(\.articles) {
            for text in [a.headlineGroupText, a.bodyText] {
                let tokens = SearchTokens.tokens(text)
                for (x, y) in zip(tokens, tokens.dropFirst()) where x.pinyin != x.text && y.pinyin != y.text {
                    out.insert(CharacterPairs.pair(x.text.unicodeScalars.first!.value, y.text.unicodeScalars.first!.value))
                }
            }
        }
        return out
    }

    static func tablePairs(_ lib: Library) throws -> Set<UInt64> {
        try lib.db.read { db in
            var out = Set<UInt64>()
            for r in try Row.fetchAll(db, sql: "SELECT first, next FROM charPairs") {
                let first: Int64 = r[0]
                let next: Data = r[1]
                for c in CharacterPairs.decode(Array(next)) { out.insert(CharacterPairs.pair(UInt32(first), c)) }
            }
            return out
        }
    }

    @Test("the pair table holds every pair of characters that are neighbours in a headline group or a body, and only those")
    func pairTable() throws {
        let lib = Self.shared.0
        let expected = try Self.textPairs(lib)
        #expect(expected.count > 1000)
        #expect(try Self.tablePairs(lib) == expected)
    }

    @Test("an older library gets its pair table from its articles; one without it (read-only) still finds pinyin")
    func pairTableMigration() throws {
        let dir = Fixtures.temporaryFolder("dubao-pairs")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("l.sqlite").path
        let queries = ["jingzhou", "keyunzhan", "qiqi baohu", "hubao", "wenwu"]
        func found(_ lib: Library) throws -> [[String]] {
            try queries.map { try lib.search(SearchQuery.parse($0), limit: 1000, window: 1000).map(\.id) }
        }
        let expected: [[String]]
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([Fixtures.seeds.path])
            expected = try found(lib)
            #expect(expected.filter { !$0.isEmpty }.count >= 3)
            // a library that does not keep pairs searches as before them
            try lib.db.write { db in try db.execute(sql: "DROP TABLE charPairs") }
            #expect(try found(lib) == expected)
            try lib.db.write { db in try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v9%'") }
        }
        let reopened = try Library(path: path)
        #expect(try Self.tablePairs(reopened) == Self.textPairs(reopened))
        #expect(try found(reopened) == expected)
    }

    @Test("stored text round-trips any string through UTF-16, astral characters included; a lone surrogate reads as U+FFFD")
    func storedTextRoundTrip() {
        let alphabet: [String] = ["荆", "a", "\u{0}", "\n", "é", "ß", "𠀀", "😀", "ｶ", "\u{7F}", "\u{800}", "\u{FFFF}", "\u{10FFFF}"]
        var rng = SplitMixRandom(seed: 7)
        for _ in 0..<300 {
            let s = (0..<Int(rng.next() % 40)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] }.joined()
            #expect(StoredText.fromDatabaseValue(StoredText(s).databaseValue)?.string == s, "\(s.debugDescription)")
        }
        #expect(StoredText(utf16LE: Data([0x3D, 0xD8, 0x41, 0x00])).string == "\u{FFFD}A")
        #expect(StoredText(utf16LE: Data([0x41, 0x00, 0x00, 0xDC])).string == "A\u{FFFD}")
    }

    @Test("bodies are kept as UTF-16, and bodies an older library kept as text read the same")
    func storedBlocks() throws {
        let dir = Fixtures.temporaryFolder("dubao-search4")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = try Library(path: dir.appendingPathComponent("l.sqlite").path)
        _ = try Importer(library: lib).run([Fixtures.seeds.path])
        let id = "000_a854029e7de6c335#5"
        let before = try lib.articles(ids: [id])
        #expect(before.first?.blocks.isEmpty == false)
        let (kind, bytes, chars) = try lib.db.read { db in
            let r = try Row.fetchOne(db, sql: "SELECT typeof(blocks), length(CAST(blocks AS BLOB)), blocks FROM article WHERE id = ?", arguments: [id])!
            return (r[0] as String, r[1] as Int, (r[2] as StoredText).string.utf16.count)
        }
        #expect(kind == "blob" && bytes == 2 * chars)
        try lib.db.write { db in
            try db.execute(sql: "UPDATE article SET blocks = ? WHERE id = ?", arguments: [LibraryStore.blocksString(before[0].blocks), id])
            #expect(try String.fetchOne(db, sql: "SELECT typeof(blocks) FROM article WHERE id = ?", arguments: [id]) == "text")
        }
        #expect(try lib.articles(ids: [id]) == before)
        #expect(try lib.search(SearchQuery.parse("keyunzhan")).first?.snippet.contains("客运站") == true)
    }

    @Test("when more match than the window, the newest headline matches are still found and ranked first (pinyin too)")
    func headlinePass() throws {
        let lib = Self.shared.0
        let articles = try lib.corpus().pages.flatMap(\.articles)
        for text in ["jingzhou", "荆州", "jz"] {
            let q = SearchQuery.parse(text)
            let all = try lib.search(q, limit: 100_000, window: 100_000)
            let headline = Set(articles.filter { a in
                SearchMatcher.matches(q, headline: SearchTokens.tokens(a.headlineGroupText), body: [])
            }.map(\.id))
            #expect(headline.count >= 3 && all.count > 6, "\(text): \(headline.count) headline matches, \(all.count) in all")
            // a window of 3: the 3 newest matches anywhere, then the 3 newest headline matches
            let few = try lib.search(q, limit: 100_000, window: 3)
            let newestHeadline = all.filter { headline.contains($0.id) }.map(\.id)
            #expect(Set(few.filter(\.headlineHit).map(\.id)).isSuperset(of: Set(try sortedNewest(newestHeadline, lib: lib).prefix(3))), "\(text)")
            #expect(few.prefix { $0.headlineHit }.count == few.filter(\.headlineHit).count, "\(text): headline hits first")
        }
    }

    /// Article ids newest first: by page date (none the oldest), then the later-stored first.
    func sortedNewest(_ ids: [String], lib: Library) throws -> [String] {
        let order = try lib.db.read { db in
            try Row.fetchAll(db, sql: "SELECT a.id, p.date, a.rowid FROM article a JOIN page p ON p.id = a.pageId")
                .reduce(into: [String: (String, Int64)]()) { $0[$1[0]] = (($1[1] as String?) ?? "", $1[2]) }
        }
        return ids.sorted { order[$0]! > order[$1]! }
    }

    @Test("index keys: newer pages first, then the later-stored; a page without a date, or with one no calendar has, last")
    func keyOrder() {
        let key = SearchIndex.key(date:rowid:)
        #expect(key("2024-01-10", 5) < key("2023-12-31", 9))
        #expect(key("2024-01-10", 9) < key("2024-01-10", 5))
        #expect(key("1900-01-01", 1) < key(nil, 1))
        #expect(key("99999999999999999999-01-01", 1) == key(nil, 1))
        #expect(key("9223372036854775807-01-01", 1) == key(nil, 1))
        #expect(key("2024-01-10", 1) > 0 && key(nil, 0) > key(nil, 1))
    }

    @Test("an older library, whose index keys put the newest highest, is turned round: the same results in the same order")
    func keysTurnedRound() throws {
        let dir = Fixtures.temporaryFolder("dubao-search-keys")
        defer { try? FileManager.default.removeItem(at: dir) }
        let path = dir.appendingPathComponent("l.sqlite").path
        let queries = ["jingzhou", "荆州", "jz", "客运站", "wenwu"]
        func found(_ lib: Library) throws -> [[String]] {
            try queries.flatMap { q in
                [try lib.search(SearchQuery.parse(q), limit: 1000, window: 1000).map(\.id),
                 try lib.search(SearchQuery.parse(q), limit: 1000, window: 3).map(\.id)]
            }
        }
        let expected: [[String]]
        do {
            let lib = try Library(path: path)
            _ = try Importer(library: lib).run([Fixtures.seeds.path, Fixtures.pages.path])
            expected = try found(lib)
            // the window of 3 ranks the 3 newest matches: older ones were left out
            #expect(zip(expected.indices, expected).contains { k, ids in k % 2 == 1 && ids.count < expected[k - 1].count })
            try lib.db.write { db in
                for r in try Row.fetchAll(db, sql: "SELECT a.rowid, p.date FROM article a JOIN page p ON p.id = a.pageId") {
                    let parts = ((r[1] as String?) ?? "").split(separator: "-").compactMap { Int64($0) }
                    let day = parts.count == 3 ? parts[0] * 372 + parts[1] * 31 + parts[2] : 0
                    try db.execute(sql: "UPDATE article SET searchKey = ? WHERE rowid = ?",
                                   arguments: [day << 24 | ((r[0] as Int64) & 0xFF_FFFF), r[0] as Int64])
                }
                try SearchIndex.refill(db: db)
                try db.execute(sql: "DELETE FROM grdb_migrations WHERE identifier LIKE 'v10:%'")
            }
            #expect(try found(lib) != expected, "the old keys, read as new ones, rank the oldest matches")
        }
        let reopened = try Library(path: path)
        #expect(try found(reopened) == expected)
        let keys = try reopened.db.read { db in
            try Row.fetchAll(db, sql: "SELECT a.rowid, p.date, a.searchKey FROM article a JOIN page p ON p.id = a.pageId")
        }
        #expect(!keys.isEmpty && keys.allSatisfy { SearchIndex.key(date: $0[1], rowid: $0[0]) == $0[2] as Int64 })
        #expect(reopened.check().isEmpty)
    }
}
