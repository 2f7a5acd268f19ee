import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// Writing pages into the library and reading them back: what the screens need first (issues, pages,
/// article summaries), bodies when an article is opened.
public enum LibraryStore {
    /// Stores a page and its articles, indexing them (`columns`: the index columns of each article, when
    /// worked out already).
    static func insert(_ page: Page, fileId: Int64, columns: [SearchIndex.Columns]? = nil, db: Database) throws {
        try db.execute(sql: """
            INSERT INTO page (fileId, source, paper, date, number, section, furniture, unassigned, duplicatesRemoved, articleCount,
                metadataFrom, columns, orderRebuilt)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, arguments: [fileId, page.source, page.paper, page.date, page.page, page.section,
                             json(page.furniture), json(page.unassigned), json(page.duplicatesRemoved), page.articles.count,
                             page.metadataFrom.stored, encodeColumns(page.articles), page.orderRebuilt])
        let pageId = db.lastInsertedRowID
        // each row is written whole, its index key with it (one statement an article, not an insert and an update)
        var rowid = (try Int64.fetchOne(db.cachedStatement(sql: "SELECT max(rowid) FROM article")) ?? 0) + 1
        let stmt = try db.cachedStatement(sql: """
            INSERT INTO article (rowid, id, pageId, ord, kind, kicker, headline, subheadline, columnName, byline,
                fromPage, toPage, previousPart, nextPart, title, length, blocks, searchKey)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """)
        for (k, a) in page.articles.enumerated() {
            let key = SearchIndex.key(date: page.date, rowid: rowid)
            // an id taken already is an error (the transaction is rolled back), never a silent replacement
            do {
                try stmt.execute(arguments: [rowid, a.id, pageId, k, a.kind.rawValue, a.kicker, a.headline, a.subheadline, a.column, a.byline,
                                             a.continuedFromPage, a.continuesOnPage, a.previousPart, a.nextPart, a.displayTitle, a.length,
                                             encodeBlocks(a.blocks), key])
            } catch let e as DatabaseError where e.resultCode == .SQLITE_CONSTRAINT {
                throw IDConflict(id: a.id, source: page.source)
            }
            try SearchIndex.add(key: key, columns.map { $0[k] } ?? SearchIndex.columns(a), db: db)
            rowid += 1
        }
    }

    /// Two page files claimed one article id: the import stops (its batch is rolled back) rather than let
    /// one replace the other.
    public struct IDConflict: Error, CustomStringConvertible {
        public var id: String
        public var source: String
        public var description: String { "two page files claim the article id \(id) (\(source) was not stored)" }
    }

    /// A page's columns as kept: names joined by newlines (a column name is one line).
    static func encodeColumns(_ articles: [Article]) -> String {
        PageColumns.inOrder(articles.lazy.map(\.column)).joined(separator: "\n")
    }

    /// Split as bytes: as characters (grapheme clusters) it was a tenth of the reader's start on a decade.
    static func decodeColumns(_ s: String) -> [String] {
        s.isEmpty ? [] : s.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).map { String(Substring($0)) }
    }

    static func json(_ v: [String]) -> String {
        (try? String(decoding: JSONEncoder().encode(v), as: UTF8.self)) ?? "[]"
    }

    static func strings(_ s: String?) -> [String] {
        guard let s, let d = s.data(using: .utf8) else { return [] }
        return (try? JSONDecoder().decode([String].self, from: d)) ?? []
    }

    /// Blocks as stored: for each, a type letter, the text's length in UTF-8 bytes, a colon and the text
    /// (`p12:本报讯…`). Any text round-trips, control characters included, and reading needs no unescaping.
    /// Written as UTF-16 (`StoredText`): two bytes a Han character instead of UTF-8's three.
    static func encodeBlocks(_ b: [Block]) -> StoredText { StoredText(blocksString(b)) }

    static func blocksString(_ b: [Block]) -> String {
        var out = ""
        for block in b {
            out += String(letter(block.type))
            out += String(block.text.utf8.count)
            out += ":"
            out += block.text
        }
        return out
    }

    static func letter(_ t: Block.Kind) -> Character {
        switch t {
        case .paragraph: return "p"
        case .intertitle: return "i"
        case .caption: return "c"
        case .signature: return "s"
        case .qa: return "q"
        }
    }

    static func decodeBlocks(_ t: StoredText?) -> [Block] { t.map { parseBlocks($0.string) } ?? [] }

    static func parseBlocks(_ s: String) -> [Block] {
        var out: [Block] = []
        let u = s.utf8
        var i = u.startIndex
        while i != u.endIndex {
            let kind: Block.Kind
            switch u[i] {
            case UInt8(ascii: "p"): kind = .paragraph
            case UInt8(ascii: "i"): kind = .intertitle
            case UInt8(ascii: "c"): kind = .caption
            case UInt8(ascii: "s"): kind = .signature
            case UInt8(ascii: "q"): kind = .qa
            default: return out
            }
            i = u.index(after: i)
            var n = 0
            while i != u.endIndex, u[i] >= 0x30, u[i] <= 0x39 { n = n * 10 + Int(u[i] - 0x30); i = u.index(after: i) }
            guard i != u.endIndex, u[i] == UInt8(ascii: ":") else { return out }
            i = u.index(after: i)
            guard let end = u.index(i, offsetBy: n, limitedBy: u.endIndex) else { return out }
            out.append(Block(kind, String(s[i..<end])))
            i = end
        }
        return out
    }

    static func article(_ r: Row) -> Article {
        Article(id: r["id"], kind: Article.Kind(rawValue: r["kind"]) ?? .other, kicker: r["kicker"], headline: r["headline"],
                subheadline: r["subheadline"], column: r["columnName"], byline: r["byline"], continuedFromPage: r["fromPage"],
                continuesOnPage: r["toPage"], previousPart: r["previousPart"], nextPart: r["nextPart"], blocks: decodeBlocks(r["blocks"] as StoredText?))
    }
}

extension Library {
    /// Articles with their bodies, in the order asked.
    public func articles(ids: [String]) throws -> [Article] {
        guard !ids.isEmpty else { return [] }
        return try db.read { db in
            let rows = try Row.fetchAll(db, sql: "SELECT * FROM article WHERE id IN (\(ids.map { _ in "?" }.joined(separator: ",")))",
                                        arguments: StatementArguments(ids))
            let byId = Dictionary(rows.map { (($0["id"] as String), LibraryStore.article($0)) }, uniquingKeysWith: { a, _ in a })
            return ids.compactMap { byId[$0] }
        }
    }

    /// The page numbers of articles, in the order asked.
    /// The source of each article's page (`file.txt`, `issue.pdf`, `issue.pdf#3`), nil for an unknown id.
    public func pageSources(ids: [String]) throws -> [String?] {
        try db.read { db in
            try ids.map { id in
                try String.fetchOne(db, sql: "SELECT p.source FROM article a JOIN page p ON p.id = a.pageId WHERE a.id = ?", arguments: [id])
            }
        }
    }

    public func pageNumbers(ids: [String]) throws -> [Int?] {
        try db.read { db in
            try ids.map { id in
                try Int.fetchOne(db, sql: "SELECT p.number FROM article a JOIN page p ON p.id = a.pageId WHERE a.id = ?", arguments: [id])
            }
        }
    }

    /// The whole library as full pages (for `parse`-like output, search indexing and tests).
    public func corpus() throws -> Corpus {
        try db.read { db in
            var pages: [Page] = []
            var byId: [Int64: Int] = [:]
            for r in try Row.fetchAll(db, sql: "SELECT * FROM page ORDER BY id") {
                byId[r["id"]] = pages.count
                pages.append(Page(source: r["source"], paper: r["paper"], date: r["date"], page: r["number"], section: r["section"],
                                  furniture: LibraryStore.strings(r["furniture"]), unassigned: LibraryStore.strings(r["unassigned"]),
                                  duplicatesRemoved: LibraryStore.strings(r["duplicatesRemoved"])))
            }
            for r in try Row.fetchAll(db, sql: "SELECT * FROM article ORDER BY pageId, ord") {
                if let i = byId[r["pageId"]] { pages[i].articles.append(LibraryStore.article(r)) }
            }
            return Corpus(pages: pages)
        }
    }

    /// Issues and pages with article summaries only: what the reader's lists need, fast.
    public struct Outline: Sendable {
        public struct PageInfo: Sendable {
            public var id: Int64
            public var source: String
            public var paper: String?
            public var date: String?
            public var number: Int?
            public var section: String?
            public var metadataFrom: MetadataOrigin
            /// The columns (栏目) of its articles, in the order they first appear.
            public var columns: [String] = []
            /// Its articles, and how many of them have been read (what the sections pane counts before the page's
            /// issue is read in).
            public var articleCount = 0
            public var readCount = 0
            /// Its unread articles that go on a story begun on another page (`previousPart`): the story is counted once
            /// in its issue.
            public var laterPartsUnread = 0
            /// Its unread articles by column (栏目).
            public var columnsUnread: [String: Int] = [:]
            public var articles: [ArticleSummary] = []
        }

        public var pages: [PageInfo]
    }

    /// The pages and all their article summaries.
    public func outline() throws -> Outline {
        var outline = try pageOutline()
        let summaries = try articleSummaries(pageIDs: nil)
        for k in outline.pages.indices { outline.pages[k].articles = summaries[outline.pages[k].id] ?? [] }
        return outline
    }

    /// The pages only, with their columns: what the reader needs to start on an archive of any size (the
    /// stories of an issue are read when it is opened, `articleSummaries`).
    public func pageOutline() throws -> Outline {
        try db.read { db in
            var pages: [Outline.PageInfo] = []
            pages.reserveCapacity(try Int.fetchOne(db, sql: "SELECT count(*) FROM page") ?? 0)
            // a handful of different origins among all the pages: each read once
            var origins: [String: MetadataOrigin] = [:]
            var origin = (stored: "", value: MetadataOrigin())
            // stepped through SQLite's own calls (`eachRow`): a decade is 30,000 rows, and reading them through
            // GRDB's rows was a third of the reader's start. A value the same as the row before's is that row's
            // string: pages share their paper, date and origin with their neighbours (one string for each, not one
            // for each of 30,000 pages)
            var last = [String?](repeating: nil, count: 9)
            func text(_ st: OpaquePointer, _ i: Int32, shared: Bool = false) -> String? {
                guard let p = sqlite3_column_text(st, i) else { return nil }
                let n = Int(sqlite3_column_bytes(st, i))
                if shared, var prev = last[Int(i)], prev.utf8.count == n, prev.withUTF8({ memcmp($0.baseAddress!, p, n) == 0 }) { return prev }
                let s = String(decoding: UnsafeBufferPointer(start: p, count: n), as: UTF8.self)
                if shared { last[Int(i)] = s }
                return s
            }
            func int(_ st: OpaquePointer, _ i: Int32) -> Int? {
                sqlite3_column_type(st, i) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(st, i))
            }
            try db.handle.eachRow(Self.pageOutlineSQL) { st in
                let stored = text(st, 6, shared: true) ?? ""
                if stored != origin.stored {
                    origin = (stored, origins[stored] ?? MetadataOrigin(stored: stored))
                    origins[stored] = origin.value
                }
                var p = Outline.PageInfo(id: sqlite3_column_int64(st, 0), source: text(st, 1) ?? "", paper: text(st, 2, shared: true),
                                         date: text(st, 3, shared: true), number: int(st, 4), section: text(st, 5, shared: true),
                                         metadataFrom: origin.value)
                if let c = text(st, 7) { p.columns = LibraryStore.decodeColumns(c) }
                p.articleCount = int(st, 8) ?? 0
                pages.append(p)
            }
            // counts by page (its first column): read articles (the reading table is what one person has read: small
            // beside the archive), unread later parts of continued stories, unread articles by column. Few rows: each
            // finds its page by its id, the table of ids made at the first row
            var place: [Int64: Int]? = nil
            func byPage(_ sql: String, _ apply: (inout Outline.PageInfo, Row) -> Void) throws {
                let cursor = try Row.fetchCursor(db, sql: sql)
                while let r = try cursor.next() {
                    if place == nil { place = Dictionary(uniqueKeysWithValues: pages.indices.map { (pages[$0].id, $0) }) }
                    if let k = place?[r[0]] { apply(&pages[k], r) }
                }
            }
            try byPage(Self.readByPageSQL) { $0.readCount = $1[1] }
            try byPage(Self.laterPartsByPageSQL) { $0.laterPartsUnread = $1[1] }
            try byPage(Self.columnUnreadByPageSQL) { $0.columnsUnread[$1[1]] = $1[2] }
            return Outline(pages: pages)
        }
    }

    /// The pages' outline, in the order they were stored: the columns of the index `page_outline`
    /// (`Schema.speedIndexes`), which SQLite reads instead of the table when the library has it.
    static let pageOutlineSQL = "SELECT id, source, paper, date, number, section, metadataFrom, columns, articleCount FROM page"

    /// Read articles counted by page. The reading table leads (CROSS JOIN fixes SQLite's loop order): left to
    /// itself, the planner walked the article table in page order for the GROUP BY and looked each article up in
    /// the reading table — every article row read at every start, 630 MB on a decade's library.
    static let readByPageSQL = "SELECT a.pageId, count(*) FROM reading r CROSS JOIN article a ON a.id = r.articleId GROUP BY a.pageId"

    /// Unread later parts of continued stories, counted by page: from the index `article_later_part`
    /// (`Schema.speedIndexes`), which holds only such parts (a few in a hundred articles), never the article table.
    static let laterPartsByPageSQL = """
        SELECT a.pageId, count(*) FROM article a WHERE a.previousPart IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM reading r WHERE r.articleId = a.id) GROUP BY a.pageId
        """

    /// Unread articles of columns (栏目), counted by page and column: from the index `article_column`
    /// (`Schema.speedIndexes`), which holds only the articles of a column.
    static let columnUnreadByPageSQL = """
        SELECT a.pageId, a.columnName, count(*) FROM article a WHERE a.columnName IS NOT NULL
        AND NOT EXISTS (SELECT 1 FROM reading r WHERE r.articleId = a.id) GROUP BY a.pageId, a.columnName
        """

    /// The article summaries of the pages `pageIDs` (nil: every page), by page, in page order.
    public func articleSummaries(pageIDs: [Int64]?) throws -> [Int64: [ArticleSummary]] {
        try db.read { db in
            var out: [Int64: [ArticleSummary]] = [:]
            let select = "SELECT pageId, id, kind, kicker, headline, title, byline, columnName, length, fromPage, toPage, previousPart, nextPart FROM article"
            let rows: RowCursor
            if let ids = pageIDs {
                guard !ids.isEmpty else { return [:] }
                rows = try Row.fetchCursor(db, sql: "\(select) WHERE pageId IN (\(ids.map { _ in "?" }.joined(separator: ","))) ORDER BY pageId, ord",
                                           arguments: StatementArguments(ids))
            } else {
                rows = try Row.fetchCursor(db, sql: "\(select) ORDER BY pageId, ord")
            }
            while let r = try rows.next() {
                out[r[0], default: []].append(ArticleSummary(
                    id: r[1], kind: Article.Kind(rawValue: r[2]) ?? .other, kicker: r[3], headline: r[4], title: r[5], byline: r[6],
                    column: r[7], length: r[8], continuedFromPage: r[9], continuesOnPage: r[10], previousPart: r[11], nextPart: r[12]))
            }
            return out
        }
    }

    /// The page an article is on, if the library holds it.
    public func pageID(ofArticle id: String) throws -> Int64? {
        try db.read { db in try Int64.fetchOne(db, sql: "SELECT pageId FROM article WHERE id = ?", arguments: [id]) }
    }


    // MARK: reading state

    public func readIDs() throws -> Set<String> {
        try db.read { db in Set(try String.fetchAll(db, sql: "SELECT articleId FROM reading")) }
    }

    public func markRead(_ ids: [String]) throws {
        let now = Date().timeIntervalSince1970
        try db.write { db in
            for id in ids { try db.execute(sql: "INSERT OR IGNORE INTO reading VALUES (?, ?)", arguments: [id, now]) }
        }
    }

    public func markUnread(_ ids: [String]) throws {
        try db.write { db in
            for id in ids { try db.execute(sql: "DELETE FROM reading WHERE articleId = ?", arguments: [id]) }
        }
    }

    public func bookmarks() throws -> [String] {
        try db.read { db in try String.fetchAll(db, sql: "SELECT articleId FROM bookmark ORDER BY position") }
    }

    public func setBookmarks(_ ids: [String]) throws {
        let now = Date().timeIntervalSince1970
        try db.write { db in
            try db.execute(sql: "DELETE FROM bookmark")
            for (k, id) in ids.enumerated() { try db.execute(sql: "INSERT INTO bookmark VALUES (?, ?, ?)", arguments: [id, k, now]) }
        }
    }

    /// Where the reader was: the article and its scroll line.
    public func lastPlace() throws -> (articleID: String, scroll: Int)? {
        try db.read { db in
            guard let r = try Row.fetchOne(db, sql: "SELECT articleId, scroll FROM place WHERE key = 'last'") else { return nil }
            return (r[0], r[1])
        }
    }

    /// A value the reader keeps between runs, by key.
    public func setting(_ key: String) throws -> String? {
        try db.read { db in try String.fetchOne(db, sql: "SELECT value FROM setting WHERE key = ?", arguments: [key]) }
    }

    public func setSetting(_ key: String, _ value: String) throws {
        try db.write { db in try db.execute(sql: "INSERT OR REPLACE INTO setting VALUES (?, ?)", arguments: [key, value]) }
    }

    public func savePlace(articleID: String, scroll: Int) throws {
        try db.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO place VALUES ('last', ?, ?)", arguments: [articleID, scroll])
        }
    }
}
