import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// The library's search index: an FTS5 table of one token per Han character (and per Latin word), with
/// parallel columns of pinyin and initials, so that `荆`, `荆州`, `jingzhou` and `jz` are all phrase
/// queries. Contentless: rows are removed by giving back the values they were indexed with.
public enum SearchIndex {
    public struct Columns: Sendable {
        var h: (String, String, String)
        var b: (String, String, String)
    }

    static func headlineText(_ kicker: String?, _ headline: String?, _ sub: String?) -> String {
        [kicker, headline, sub].compactMap { $0 }.joined(separator: "\n")
    }

    static func bodyText(_ blocks: [Block]) -> String { blocks.map(\.text).joined(separator: "\n") }

    public static func columns(headline: String, body: String) -> Columns {
        let h = SearchTokens.columns(headline)
        let b = SearchTokens.columns(body)
        return Columns(h: (h.text, h.pinyin, h.initials), b: (b.text, b.pinyin, b.initials))
    }

    /// The columns of an article as the library stores it: kicker, headline, subheadline and blocks (JSON)
    /// in the row's columns `from`, `from + 1`, `from + 2`, `from + 3`.
    static func columns(row r: Row, from i: Int) -> Columns {
        columns(headline: headlineText(r[i], r[i + 1], r[i + 2]), body: bodyText(LibraryStore.decodeBlocks(r[i + 3])))
    }

    public static func columns(_ a: Article) -> Columns {
        columns(headline: headlineText(a.kicker, a.headline, a.subheadline), body: bodyText(a.blocks))
    }

    /// The index key of an article: its page's date (newest highest), then its row.
    static func key(date: String?, rowid: Int64) -> Int64 {
        var day: Int64 = 0
        if let d = date {
            let parts = d.split(separator: "-").compactMap { Int64($0) }
            if parts.count == 3 { day = parts[0] * 372 + parts[1] * 31 + parts[2] }
        }
        return day << 24 | (rowid & 0xFF_FFFF)
    }

    static func add(key: Int64, _ c: Columns, db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO search (rowid, h, b, hp, bp, hi, bi) VALUES (?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [key, c.h.0, c.b.0, c.h.1, c.b.1, c.h.2, c.b.2])
    }

    static func remove(key: Int64, _ c: Columns, db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO search (search, rowid, h, b, hp, bp, hi, bi) VALUES ('delete', ?, ?, ?, ?, ?, ?, ?)")
            .execute(arguments: [key, c.h.0, c.b.0, c.h.1, c.b.1, c.h.2, c.b.2])
    }

    /// Takes the articles of some pages out of the index (before the pages are deleted).
    static func removeArticles(whereSQL: String, arguments: StatementArguments, db: Database) throws {
        let rows = try Row.fetchAll(db, sql: "SELECT a.searchKey, a.kicker, a.headline, a.subheadline, a.blocks FROM article a \(whereSQL)", arguments: arguments)
        for r in rows {
            guard let key: Int64 = r[0] else { continue }
            try remove(key: key, columns(row: r, from: 1), db: db)
        }
    }

    /// The FTS5 expression for a query: terms AND-ed, alternatives OR-ed, excluded terms NOT-ed. With
    /// `headlineOnly`, the included terms must match in the headline group.
    public static func expression(_ q: SearchQuery, headlineOnly: Bool = false) -> String? {
        func alt(_ a: SearchQuery.Alternative, _ headline: Bool) -> String {
            switch a {
            case .tokens(let t): return "{h\(headline ? "" : " b")} : \"\(t.joined(separator: " "))\""
            case .pinyin(let t): return "{hp\(headline ? "" : " bp")} : \"\(t.joined(separator: " "))\""
            case .initials(let t): return "{hi\(headline ? "" : " bi")} : \"\(t.joined(separator: " "))\""
            }
        }
        func term(_ t: SearchQuery.Term, _ headline: Bool) -> String { "(" + t.alternatives.map { alt($0, headline) }.joined(separator: " OR ") + ")" }
        let inc = q.include.filter { !$0.alternatives.isEmpty }.map { term($0, headlineOnly) }
        guard !inc.isEmpty else { return nil }
        var e = inc.joined(separator: " AND ")
        for x in q.terms where x.exclude && !x.alternatives.isEmpty { e = "(\(e)) NOT \(term(x, false))" }
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
        guard let all = SearchIndex.expression(q), let head = SearchIndex.expression(q, headlineOnly: true) else { return [] }
        func stale() -> Bool { generation.map { $0.0.current != $0.1 } ?? false }
        if stale() { throw SearchCancelled() }
        do {
            return try db.read { db in
                if let (g, n) = generation { dubao_sqlite_cancel_when(db.sqliteConnection, g.raw, n) }
                defer { if generation != nil { dubao_sqlite_cancel_when(db.sqliteConnection, nil, 0) } }
                return try search(q, all: all, head: head, limit: limit, window: window, snippets: snippets, stale: stale, db: db)
            }
        } catch let e as DatabaseError where e.resultCode == .SQLITE_INTERRUPT {
            throw SearchCancelled()
        }
    }

    func search(_ q: SearchQuery, all: String, head: String, limit: Int, window: Int, snippets: Int, stale: () -> Bool,
                db: Database) throws -> [SearchResult] {
        var rank: [Int64: Int64] = [:]
        var first: [Int64: Int64] = [:]
        // the headline-only query sees only headline hits: its rank and first hit give way to the full one's
        for expr in [head, all] {
            let rows = try Row.fetchAll(db, sql: """
                SELECT rowid, dubao_rank(search), dubao_first(search) FROM search WHERE search MATCH ? ORDER BY rowid DESC LIMIT ?
                """, arguments: [expr, window])
            for r in rows {
                rank[r[0]] = max(rank[r[0]] ?? 0, r[1])
                first[r[0]] = r[2]
            }
        }
        let top = rank.sorted { a, b in a.value != b.value ? a.value > b.value : a.key > b.key }.prefix(limit)
        guard !top.isEmpty else { return [] }
        // the first hit as the index saw it (column, length and offset in tokens) is in the body: an odd column
        func inBody(_ f: Int64) -> Bool { f >= 0 && (f >> 48) % 2 == 1 }
        // the articles whose snippet is cut from the body: their blocks come with the one query (fifty statements
        // prepared one by one were most of SQLite's share of a search)
        let bodyHits = top.enumerated().compactMap { n, e in n < snippets && first[e.key].map(inBody) == true ? e.key : nil }
        let rows = try Row.fetchAll(db, sql: """
            SELECT a.searchKey AS k, a.id, a.kicker, a.headline, a.subheadline, a.title, p.source, p.number, p.date,
                   CASE WHEN a.searchKey IN (\(bodyHits.map(String.init).joined(separator: ","))) THEN a.blocks END AS blocks
            FROM article a JOIN page p ON p.id = a.pageId WHERE a.searchKey IN (\(top.map { String($0.key) }.joined(separator: ",")))
            """)
        let byKey = Dictionary(rows.map { (($0["k"] as Int64), $0) }, uniquingKeysWith: { a, _ in a })
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
                    text = SearchIndex.bodyText(LibraryStore.decodeBlocks(row["blocks"]))
                } else {
                    text = SearchIndex.headlineText(row["kicker"], row["headline"], row["subheadline"])
                }
                snippet = SearchMatcher.snippet(text, hit: SearchTokens.range(ofTokens: off, count: max(1, len), in: text))
            }
            results.append(SearchResult(id: row["id"], headline: row["headline"], title: row["title"], source: row["source"],
                                        page: row["number"], date: row["date"], hits: Int(r % 1_000_000), snippet: snippet,
                                        headlineHit: r >= 1_000_000))
        }
        return results
    }
}
