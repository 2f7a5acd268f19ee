import DubaoCore
import GRDB

/// What the library holds (`dubao library`) and whether it is sound (`dubao library --check`).
extension Library {
    /// Which of these page files the library holds (asked 500 at a time: a statement takes a limited number of
    /// arguments, and a folder may hold tens of thousands of pages).
    func filesHeld(_ paths: [String]) throws -> Set<String> {
        try db.read { db in
            try stride(from: 0, to: paths.count, by: 500).reduce(into: Set<String>()) { held, k in
                let part = Array(paths[k..<min(paths.count, k + 500)])
                held.formUnion(try String.fetchAll(db, sql: "SELECT path FROM file WHERE path IN (\(part.map { _ in "?" }.joined(separator: ",")))",
                                                   arguments: StatementArguments(part)))
            }
        }
    }

    public struct Summary: Sendable, Equatable {
        public var papers: [String]
        public var firstDate: String?
        public var lastDate: String?
        public var files: Int
        public var pages: Int
        public var articles: Int
        public var read: Int
        public var bookmarks: Int
        public var bytes: Int
        /// The page files' bytes when they were imported.
        public var sourceBytes: Int = 0
        public var lastImport: String?
    }

    /// The library holds no page (one row looked at: the reader asks this at every start, and `summary`
    /// counts every article of a decade).
    public func hasNoPages() throws -> Bool {
        try db.read { db in try Bool.fetchOne(db, sql: "SELECT NOT EXISTS (SELECT 1 FROM page)") ?? true }
    }

    public func summary() throws -> Summary {
        try db.read { db in
            let papers = try String.fetchAll(db, sql: "SELECT DISTINCT paper FROM page WHERE paper IS NOT NULL ORDER BY paper")
            let dates = try Row.fetchOne(db, sql: "SELECT min(date), max(date) FROM page")
            let bytes = (try Int.fetchOne(db, sql: "SELECT page_count * page_size FROM pragma_page_count(), pragma_page_size()")) ?? 0
            return Summary(
                papers: papers, firstDate: dates?[0], lastDate: dates?[1],
                files: try Int.fetchOne(db, sql: "SELECT count(*) FROM file") ?? 0,
                pages: try Int.fetchOne(db, sql: "SELECT count(*) FROM page") ?? 0,
                articles: try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0,
                read: try Int.fetchOne(db, sql: "SELECT count(*) FROM reading") ?? 0,
                bookmarks: try Int.fetchOne(db, sql: "SELECT count(*) FROM bookmark") ?? 0,
                bytes: bytes,
                sourceBytes: try Int.fetchOne(db, sql: "SELECT coalesce(sum(size), 0) FROM file") ?? 0,
                lastImport: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lastImport'"))
        }
    }

    /// `PRAGMA integrity_check` and the library's own rules: every page holds the articles it was stored
    /// with, every page comes from a file, no two files share an id prefix, links point at articles that
    /// exist. Returns the problems found, in words (empty when sound); a damaged file is one of them.
    public func check() -> [String] {
        do {
            return try db.read { db in
                var problems: [String] = []
                let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
                if integrity != ["ok"] { problems.append("the file is damaged (\(integrity.count) problem\(integrity.count == 1 ? "" : "s") found by SQLite's integrity check)") }
                let fk = try Row.fetchAll(db, sql: "PRAGMA foreign_key_check")
                if !fk.isEmpty { problems.append("\(fk.count) row(s) belong to pages or files that are gone") }
                let dangling = try Int.fetchOne(db, sql: """
                    SELECT count(*) FROM article a WHERE (a.nextPart IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article b WHERE b.id = a.nextPart))
                       OR (a.previousPart IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article b WHERE b.id = a.previousPart))
                    """) ?? 0
                if dangling > 0 { problems.append("\(dangling) continuation link(s) to articles not in the library") }
                let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM file f WHERE NOT EXISTS (SELECT 1 FROM page p WHERE p.fileId = f.id)") ?? 0
                if empty > 0 { problems.append("\(empty) file(s) with no page") }
                let short = try Row.fetchAll(db, sql: """
                    SELECT p.source, p.articleCount, (SELECT count(*) FROM article a WHERE a.pageId = p.id) AS n
                    FROM page p WHERE p.articleCount IS NOT NULL AND p.articleCount != n
                    """)
                for r in short.prefix(10) {
                    problems.append("\(r[0] as String): \(r[2] as Int) of its \(r[1] as Int) articles are in the library")
                }
                if short.count > 10 { problems.append("… and \(short.count - 10) more pages missing articles") }
                let shared = try Int.fetchOne(db, sql: "SELECT count(*) FROM (SELECT idPrefix FROM file GROUP BY idPrefix HAVING count(*) > 1)") ?? 0
                if shared > 0 { problems.append("\(shared) article id prefix(es) shared by two files") }
                return problems
            }
        } catch {
            if case .damaged(_, let why) = LibraryError.from(error, path: path) { return ["the file is damaged (\(why))"] }
            return [LibraryError.from(error, path: path).description]
        }
    }

    /// Every article as one line (its page, headline group, byline, marks, links and blocks), in id order:
    /// two libraries made from the same pages give the same lines.
    public func digest() throws -> [String] {
        try db.read { db in
            try Row.fetchAll(db, sql: """
                SELECT a.id, a.kind, a.kicker, a.headline, a.subheadline, a.byline, a.fromPage, a.toPage, a.previousPart, a.nextPart,
                       a.blocks, p.source, p.number, p.date FROM article a JOIN page p ON p.id = a.pageId ORDER BY a.id
                """).map { r in
                    let v = (0..<14).map { i -> String in
                        let d: DatabaseValue = r[i]
                        if d.isNull { return "-" }
                        // the blocks as text, whichever form they are stored in
                        return i == 10 ? "\((r[i] as StoredText?)?.string.databaseValue ?? d)" : "\(d)"
                    }
                    return "\(v[0]) \(v[1]) \(v[11])#\(v[12]) \(v[13]) k:\(v[2]) h:\(v[3]) s:\(v[4]) by:\(v[5]) from:\(v[6]) to:\(v[7])|prev:\(v[8])|next:\(v[9])|\(v[10])"
                }
        }
    }

    /// Work an interrupted import left for the next writer: issues to link again, the index's merging off.
    public func unfinishedWork() throws -> (pendingLinks: Int, mergingOff: Bool) {
        try db.read { db in
            (try Int.fetchOne(db, sql: "SELECT count(*) FROM pendingLink") ?? 0,
             try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'automergeOff'") != nil)
        }
    }
}
