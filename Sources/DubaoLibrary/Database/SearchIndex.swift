import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// The library's search index: an FTS5 table of one token per Han character (and per Latin word) of the
/// headline group (`h`) and of the body (`b`), and the headline group's initials (`hi`) and pinyin (`hp`), so
/// that `荆`, `荆州`, `jz` and `jingzhou` are phrase queries. A body's pinyin is not indexed (it was more than a
/// third of the library): `jingzhou` finds a body through the phrase whose first position is any character of
/// the library that reads jing and whose second any that reads zhou (`syllableChars` keeps, for each syllable,
/// the characters the library holds that read so). Initials are matched in the headline group only.
/// Contentless: rows are removed by giving back the values they were indexed with.
public enum SearchIndex {
    public struct Columns: Sendable {
        /// The headline group's tokens, pinyin and initials.
        var h: (String, String, String)
        /// The body's tokens.
        var b: String
    }

    public static func columns(headline: String, body: String) -> Columns {
        let h = SearchTokens.columns(headline)
        return Columns(h: (h.text, h.pinyin, h.initials), b: SearchTokens.columns(body, readings: false).text)
    }

    /// The columns of an article as the library stores it: kicker, headline, subheadline and blocks
    /// in the row's columns `from`, `from + 1`, `from + 2`, `from + 3`.
    static func columns(row r: Row, from i: Int) -> Columns {
        columns(headline: Article.headlineGroupText(r[i], r[i + 1], r[i + 2]), body: Article.bodyText(LibraryStore.decodeBlocks(r[i + 3] as StoredText?)))
    }

    public static func columns(_ a: Article) -> Columns {
        columns(headline: a.headlineGroupText, body: a.bodyText)
    }

    /// What the library keeps of some articles' characters beside the index: those that have a pinyin reading
    /// (`syllableChars`) and which of them follow which in a headline group or a body (`charPairs`).
    struct Letters: Sendable {
        var characters = Set<UInt32>()
        var pairs = Set<UInt64>()

        mutating func formUnion(_ o: Letters) {
            characters.formUnion(o.characters)
            pairs.formUnion(o.pairs)
        }
    }

    static func letters(_ columns: [Columns]) -> Letters {
        var characters = Set<UInt32>()
        var pairs = Set<UInt64>()
        func readable(_ v: UInt32) -> Bool {
            guard v >= 0x3400 else { return false }
            if characters.contains(v) { return true }
            guard Hanzi.shared.pinyin(v) != nil else { return false }
            characters.insert(v)
            return true
        }
        for c in columns {
            CharacterPairs.pairs(inColumn: c.h.0, into: &pairs, readable: readable)
            CharacterPairs.pairs(inColumn: c.b, into: &pairs, readable: readable)
        }
        return Letters(characters: characters, pairs: pairs)
    }

    /// Records what the library now holds of some articles' characters (inside the transaction that stores them).
    static func record(_ letters: Letters, db: Database) throws {
        try recordCharacters(letters.characters, db: db)
        try CharacterPairs.record(letters.pairs, db: db)
    }

    /// Records the characters the library now holds under each of their readings (inside the transaction that
    /// stores their articles). Characters whose articles are later removed stay: a syllable may name a
    /// character no article holds, which costs a query one look-up of a missing token.
    static func recordCharacters(_ chars: Set<UInt32>, db: Database) throws {
        guard !chars.isEmpty else { return }
        var known = Set<UInt32>()
        for s in try String.fetchAll(db, sql: "SELECT chars FROM syllableChars") {
            for c in s.unicodeScalars { known.insert(c.value) }
        }
        var added: [String: String.UnicodeScalarView] = [:]
        for c in chars.sorted() where !known.contains(c) {
            guard let scalar = Unicode.Scalar(c) else { continue }
            for p in SearchTokens.readings(c) { added[p, default: String.UnicodeScalarView()].append(scalar) }
        }
        let upsert = try db.cachedStatement(sql: """
            INSERT INTO syllableChars (syllable, chars) VALUES (?, ?) ON CONFLICT (syllable) DO UPDATE SET chars = chars || excluded.chars
            """)
        for (p, cs) in added.sorted(by: { $0.key < $1.key }) { try upsert.execute(arguments: [p, String(cs)]) }
    }

    /// For each syllable asked for, the characters of the library that read so.
    static func characters(reading syllables: Set<String>, on h: SQLiteHandle) throws -> [String: String] {
        guard !syllables.isEmpty else { return [:] }
        let list = syllables.sorted()
        var out: [String: String] = [:]
        try h.eachRow("SELECT syllable, chars FROM syllableChars WHERE syllable IN (\(list.map { _ in "?" }.joined(separator: ",")))",
                      list.map { .text($0) }) { st in
            if let s = SQLiteHandle.text(st, 0), out[s] == nil { out[s] = SQLiteHandle.text(st, 1) ?? "" }
        }
        return out
    }

    /// The index key of an article: the newest first in key order — its page's day counted back from `lastDay`,
    /// then its row, the later-stored first. The index hands out a query's matches in key order, and the newest
    /// `window` of them are what a search ranks: walked forwards, the full-text index stops there; walked
    /// backwards (newest highest, as before v10) it had first to find each list's end, and every query took
    /// 12–17 % longer as a whole process.
    static func key(date: String?, rowid: Int64) -> Int64 {
        var day: Int64 = 0
        if let d = date {
            let parts = d.split(separator: "-").compactMap { Int64($0) }
            if parts.count == 3, parts.allSatisfy({ (0...9999).contains($0) }) { day = min(parts[0] * 372 + parts[1] * 31 + parts[2], lastDay) }
        }
        return (lastDay - day) << 24 | (0xFF_FFFF - (rowid & 0xFF_FFFF))
    }

    /// Beyond the day of any four-digit year's date (9999 × 372 + 12 × 31 + 31 < 2²²); a page without a date
    /// counts as day 0, the oldest.
    static let lastDay: Int64 = 1 << 22

    static func add(key: Int64, _ c: Columns, db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO search (rowid, h, b, hi, hp) VALUES (?, ?, ?, ?, ?)").execute(arguments: [key, c.h.0, c.b, c.h.2, c.h.1])
    }

    static func remove(key: Int64, _ c: Columns, db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO search (search, rowid, h, b, hi, hp) VALUES ('delete', ?, ?, ?, ?, ?)")
            .execute(arguments: [key, c.h.0, c.b, c.h.2, c.h.1])
    }

    /// Empties the index and fills it again from the articles, merged once at the end (as a big import does).
    /// A decade's library takes minutes: where standard error is a terminal, how far it is shows there.
    static func refill(db: Database) throws {
        try db.execute(sql: """
            INSERT INTO search (search) VALUES ('delete-all');
            INSERT INTO search (search, rank) VALUES ('automerge', 0);
            """)
        let total = try Int.fetchOne(db, sql: "SELECT count(*) FROM article WHERE searchKey IS NOT NULL") ?? 0
        let shown = isatty(2) == 1 && total >= 20_000
        let rows = try Row.fetchCursor(db, sql: """
            SELECT searchKey, kicker, headline, subheadline, blocks FROM article WHERE searchKey IS NOT NULL
            """)
        var done = 0
        while let r = try rows.next() {
            try add(key: r[0], columns(row: r, from: 1), db: db)
            done += 1
            if shown && done % 5_000 == 0 {
                FileHandle.standardError.write(Data("\rdubao: indexing the articles again: \(done) of \(total)".utf8))
            }
        }
        if shown { FileHandle.standardError.write(Data("\rdubao: indexed \(total) articles again; merging the index…\n".utf8)) }
        try db.execute(sql: """
            INSERT INTO search (search) VALUES ('optimize');
            INSERT INTO search (search, rank) VALUES ('automerge', 4);
            """)
    }

    /// Takes the articles of some pages out of the index (before the pages are deleted).
    static func removeArticles(whereSQL: String, arguments: StatementArguments, db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT a.searchKey, a.kicker, a.headline, a.subheadline, a.blocks FROM article a \(whereSQL)", arguments: arguments)
        for r in rows {
            guard let key: Int64 = r[0] else { continue }
            try remove(key: key, columns(row: r, from: 1), db: db)
        }
    }

    /// The syllables a query's pinyin readings name (whose characters `expression` needs).
    public static func syllables(_ q: SearchQuery) -> Set<String> {
        var out = Set<String>()
        for t in q.terms {
            for case .pinyin(let p) in t.alternatives { out.formUnion(p) }
        }
        return out
    }

    /// The characters a pinyin phrase of the query may begin a pair with (all but its last syllable's), whose
    /// successors `expression` needs.
    static func leading(_ q: SearchQuery, chars: [String: String]) -> Set<UInt32> {
        var out = Set<UInt32>()
        for t in q.terms {
            for case .pinyin(let p) in t.alternatives where p.count > 1 {
                for s in p.dropLast() { for c in (chars[s] ?? "").unicodeScalars { out.insert(c.value) } }
            }
        }
        return out
    }

    /// The FTS5 expression for a query: terms AND-ed, alternatives OR-ed, excluded terms NOT-ed. With
    /// `headlineOnly`, the included terms must match in the headline group. Pinyin is matched through the
    /// characters that read so (`chars` gives them for each syllable): when the sequences of them that can occur
    /// (`follows`: the characters after each, `CharacterPairs`) are few (`PinyinPhrasePlan`), as those phrases of
    /// characters (none: no match); else in the headline group's pinyin, and in a body as a phrase that puts at
    /// each position its characters (the tokenizer makes them one position: any of them matches there); with
    /// `headlineOnly`, in the headline group's pinyin, unless no sequence can occur. Like the matcher, pinyin
    /// finds Han characters only, not a Latin word spelled so. Initials are matched in the headline group only.
    /// Nil when nothing can match.
    public static func expression(_ q: SearchQuery, headlineOnly: Bool = false, chars: [String: String],
                                  follows: [UInt32: Set<UInt32>]? = nil) -> String? {
        func phrase(_ positions: [[UInt32]]) -> String {
            "\"" + positions.map { $0.map { String(Unicode.Scalar($0)!) }.joined(separator: "|") }.joined(separator: " ") + "\""
        }
        func pinyin(_ syllables: [String], _ headline: Bool) -> String? {
            let slots = syllables.map { (chars[$0] ?? "").unicodeScalars.map(\.value) }
            let plan = follows.map { f in PinyinPhrasePlan.plan(slots) { a, b in f[a]?.contains(b) ?? false } }
                ?? (slots.contains(where: \.isEmpty) ? .nothing : .positions(slots))
            // the headline group alone is asked in its pinyin: those tokens are in headlines only, where a
            // character's are in every body that holds it
            let head = "{hp} : \"\(syllables.joined(separator: " "))\""
            switch plan {
            case .nothing: return nil
            case .phrases(let p): return headline ? head : "{h b} : (" + p.map { phrase($0.map { [$0] }) }.joined(separator: " OR ") + ")"
            case .positions(let p): return headline ? head : "\(head) OR {b} : \(phrase(p))"
            }
        }
        func alt(_ a: SearchQuery.Alternative, _ headline: Bool) -> String? {
            switch a {
            case .tokens(let t): return "{h\(headline ? "" : " b")} : \"\(t.joined(separator: " "))\""
            case .pinyin(let t): return pinyin(t, headline)
            case .initials(let t): return "{hi} : \"\(t.joined(separator: " "))\""
            }
        }
        func term(_ t: SearchQuery.Term, _ headline: Bool) -> String? {
            let alts = t.alternatives.compactMap { alt($0, headline) }
            return alts.isEmpty ? nil : "(" + alts.joined(separator: " OR ") + ")"
        }
        var inc: [String] = []
        for t in q.include {
            // a term nothing can match: neither can the query
            guard let e = term(t, headlineOnly) else { return nil }
            inc.append(e)
        }
        guard !inc.isEmpty else { return nil }
        var e = inc.joined(separator: " AND ")
        for x in q.terms where x.exclude { if let n = term(x, false) { e = "(\(e)) NOT \(n)" } }
        return e
    }
}

/// One result of a library search.
public struct SearchResult: Sendable, Equatable, Encodable {
    public var id: String
    public var headline: String?
    public var title: String
    public var source: String
    public var page: Int?
    public var date: String?
    public var hits: Int
    public var snippet: String
    public var headlineHit: Bool

    enum CodingKeys: String, CodingKey { case id, headline, source, page, date, hits, snippet }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(headline, forKey: .headline)
        try c.encode(source, forKey: .source)
        try c.encode(page, forKey: .page)
        try c.encode(date, forKey: .date)
        try c.encode(hits, forKey: .hits)
        try c.encode(snippet, forKey: .snippet)
    }

    /// What `encode(to:)` writes, as a `JSONWriter` value (the same bytes, without the encoder).
    public var json: JSONWriter {
        .object(["id": .string(id), "headline": .string(headline), "source": .string(source), "page": .int(page),
                 "date": .string(date), "hits": .int(hits), "snippet": .string(snippet)])
    }

    public init(id: String, headline: String?, title: String, source: String, page: Int?, date: String?, hits: Int, snippet: String, headlineHit: Bool) {
        self.id = id
        self.headline = headline
        self.title = title
        self.source = source
        self.page = page
        self.date = date
        self.hits = hits
        self.snippet = snippet
        self.headlineHit = headlineHit
    }
}

/// Searches that a newer one makes stale: each search takes a number, and stops (`SearchCancelled`) as soon
/// as a newer number has been taken, inside SQLite too (a progress handler interrupts the statement).
public final class SearchGeneration: @unchecked Sendable {
    let raw: OpaquePointer

    public init() { raw = dubao_generation_new() }

    /// Begins a new search: every search begun before it stops. Returns its number.
    public func next() -> Int { dubao_generation_next(raw) }

    public var current: Int { dubao_generation_current(raw) }
}

/// A search stopped because a newer one began.
public struct SearchCancelled: Error {}

extension Library {
    /// Articles matching a query: headline matches first, then by number of hits, then newest. The index
    /// ranks in SQLite (`dubao_rank`: headline hit, number of hits) over the newest `window` matches of
    /// the headline group and the newest `window` matches anywhere (all of them for all but the most common
    /// queries); snippets are cut for the first `snippets` results.
    public func search(_ q: SearchQuery, limit: Int = 50, window: Int = 400, snippets: Int = .max,
                       generation: (SearchGeneration, Int)? = nil) throws -> [SearchResult] {
        guard !q.isEmpty else { return [] }
        func stale() -> Bool { generation.map { $0.0.current != $0.1 } ?? false }
        if stale() { throw SearchCancelled() }
        do {
            return try db.read { db in
                if let (g, n) = generation { dubao_sqlite_cancel_when(db.sqliteConnection, g.raw, n) }
                defer { if generation != nil { dubao_sqlite_cancel_when(db.sqliteConnection, nil, 0) } }
                return try Self.search(q, limit: limit, window: window, snippets: snippets, stale: stale, on: db.handle)
            }
        } catch let e as DatabaseError where e.resultCode == .SQLITE_INTERRUPT {
            throw SearchCancelled()
        }
    }

    /// The search on a connection inside a read transaction (GRDB's, or `SearchReader`'s own).
    static func search(_ q: SearchQuery, limit: Int, window: Int, snippets: Int, stale: () -> Bool, on h: SQLiteHandle) throws -> [SearchResult] {
        let chars = try SearchIndex.characters(reading: SearchIndex.syllables(q), on: h)
        let follows = try CharacterPairs.successors(of: SearchIndex.leading(q, chars: chars), on: h)
        guard let all = SearchIndex.expression(q, chars: chars, follows: follows),
            let head = SearchIndex.expression(q, headlineOnly: true, chars: chars, follows: follows) else { return [] }
        var rank: [Int64: Int64] = [:]
        var first: [Int64: Int64] = [:]
        /// The newest `window` matches: (rowid, rank, first hit) each. Hundreds of rows of three integers, stepped
        /// through SQLite's own calls (decoding them as GRDB's rows was a third of a common query's own work).
        func newest(_ expr: String, _ row: (Int64, Int64, Int64) -> Void) throws -> Int {
            try h.eachRow("""
                SELECT rowid, dubao_rank(search), dubao_first(search) FROM search WHERE search MATCH ? ORDER BY rowid LIMIT ?
                """, [.text(expr), .int(Int64(window))]) { st in
                row(sqlite3_column_int64(st, 0), sqlite3_column_int64(st, 1), sqlite3_column_int64(st, 2))
            }
        }
        let everywhere = try newest(all) { key, r, f in
            rank[key] = r
            first[key] = f
        }
        // the headline matches are among those unless the window filled: then the older ones are asked for apart
        // (a rare query's second pass was a second walk over all its candidates, most of a pinyin query's time)
        if everywhere >= window {
            _ = try newest(head) { key, r, f in
                rank[key] = max(rank[key] ?? 0, r)
                if first[key] == nil { first[key] = f }
            }
        }
        let top = rank.sorted { a, b in a.value != b.value ? a.value > b.value : a.key < b.key }.prefix(limit)
        guard !top.isEmpty else { return [] }
        // the first hit as the index saw it (column, length and offset in tokens) is in the body: column 1
        func inBody(_ f: Int64) -> Bool { f >= 0 && (f >> 48) == 1 }
        // the articles whose snippet is cut from the body: their blocks come with the one query (fifty statements
        // prepared one by one were most of SQLite's share of a search)
        let bodyHits = top.enumerated().compactMap { n, e in n < snippets && first[e.key].map(inBody) == true ? e.key : nil }
        struct Found { var id: String, kicker: String?, headline: String?, subheadline: String?, title: String, source: String
                       var number: Int?, date: String?, blocks: StoredText? }
        var byKey: [Int64: Found] = [:]
        try h.eachRow("""
            SELECT a.searchKey, a.id, a.kicker, a.headline, a.subheadline, a.title, p.source, p.number, p.date,
                   CASE WHEN a.searchKey IN (\(bodyHits.map(String.init).joined(separator: ","))) THEN a.blocks END
            FROM article a JOIN page p ON p.id = a.pageId WHERE a.searchKey IN (\(top.map { String($0.key) }.joined(separator: ",")))
            """) { st in
            let key = sqlite3_column_int64(st, 0)
            guard byKey[key] == nil else { return }
            byKey[key] = Found(id: SQLiteHandle.text(st, 1) ?? "", kicker: SQLiteHandle.text(st, 2), headline: SQLiteHandle.text(st, 3),
                               subheadline: SQLiteHandle.text(st, 4), title: SQLiteHandle.text(st, 5) ?? "", source: SQLiteHandle.text(st, 6) ?? "",
                               number: SQLiteHandle.int(st, 7), date: SQLiteHandle.text(st, 8), blocks: SQLiteHandle.storedText(st, 9))
        }
        var results: [SearchResult] = []
        for (n, (key, r)) in top.enumerated() {
            guard let row = byKey[key] else { continue }
            if stale() { throw SearchCancelled() }
            var snippet = ""
            if n < snippets, let f = first[key], f >= 0 {
                let len = Int((f >> 32) & 0xFFFF)
                let off = Int(f & 0xFFFF_FFFF)
                let text: String
                if inBody(f) {
                    text = Article.bodyText(LibraryStore.decodeBlocks(row.blocks))
                } else {
                    text = Article.headlineGroupText(row.kicker, row.headline, row.subheadline)
                }
                snippet = SearchMatcher.snippet(text, hit: SearchTokens.range(ofTokens: off, count: max(1, len), in: text))
            }
            results.append(SearchResult(id: row.id, headline: row.headline, title: row.title, source: row.source,
                                        page: row.number, date: row.date, hits: Int(r % 1_000_000), snippet: snippet,
                                        headlineHit: r >= 1_000_000))
        }
        return results
    }
}
