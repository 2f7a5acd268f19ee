import GRDB

/// A changed page file is parsed again, and its articles are numbered again (`stem#1`, `stem#2` …): a story
/// added above another, or a page cut differently, gives the same id to a different story. Reading state is
/// kept by article id, so it would stay on the number and land on whatever story now has it. Instead it follows
/// its story: old and new articles of the file are paired by their title (the n-th of a title with the n-th),
/// and the read marks, bookmarks and last place move with them. State of a story no longer on the file's pages
/// is taken off that number (so it lands on no other story), and the import says so when a bookmark goes.
enum ReadingCarry {
    struct Article: Equatable {
        var id: String
        var title: String
    }

    /// The articles a file has in the library now, in page and reading order.
    static func articles(ofFile fileId: Int64, db: Database) throws -> [Article] {
        try Row.fetchAll(db, sql: """
            SELECT a.id, a.title FROM article a JOIN page p ON p.id = a.pageId WHERE p.fileId = ? ORDER BY p.id, a.ord
            """, arguments: [fileId]).map { Article(id: $0[0], title: $0[1]) }
    }

    /// Old id → new id for every old article whose story is still there: the n-th old article of a title
    /// pairs with the n-th new one of that title.
    static func pairs(old: [Article], new: [Article]) -> [String: String] {
        var byTitle: [String: [String]] = [:]
        for a in new { byTitle[a.title, default: []].append(a.id) }
        var used: [String: Int] = [:]
        var out: [String: String] = [:]
        for a in old {
            let n = used[a.title, default: 0]
            guard let ids = byTitle[a.title], n < ids.count else { continue }
            out[a.id] = ids[n]
            used[a.title] = n + 1
        }
        return out
    }

    /// Moves the reading state of `old` articles onto the `new` ones they pair with. Returns a warning for each
    /// bookmark whose story is gone.
    static func carry(old: [Article], new: [Article], source: String, db: Database) throws -> [String] {
        guard !old.isEmpty else { return [] }
        let map = pairs(old: old, new: new)
        if map.allSatisfy({ $0.key == $0.value }) && map.count == old.count { return [] }
        let ids = old.map(\.id)
        let marks = "(" + Array(repeating: "?", count: ids.count).joined(separator: ",") + ")"
        let args = StatementArguments(ids)
        let read = try Row.fetchAll(db, sql: "SELECT articleId, readAt FROM reading WHERE articleId IN \(marks)", arguments: args)
        let books = try Row.fetchAll(db, sql: "SELECT articleId, position, addedAt FROM bookmark WHERE articleId IN \(marks)", arguments: args)
        let places = try Row.fetchAll(db, sql: "SELECT key, articleId, scroll FROM place WHERE articleId IN \(marks)", arguments: args)
        try db.execute(sql: "DELETE FROM reading WHERE articleId IN \(marks)", arguments: args)
        try db.execute(sql: "DELETE FROM bookmark WHERE articleId IN \(marks)", arguments: args)
        try db.execute(sql: "DELETE FROM place WHERE articleId IN \(marks)", arguments: args)
        var warnings: [String] = []
        let titles = Dictionary(old.map { ($0.id, $0.title) }, uniquingKeysWith: { a, _ in a })
        for r in read {
            guard let id = map[r[0] as String] else { continue }
            try db.execute(sql: "INSERT OR REPLACE INTO reading VALUES (?, ?)", arguments: [id, r[1] as Double])
        }
        for r in books {
            let was: String = r[0]
            guard let id = map[was] else {
                warnings.append("\(source): the bookmarked story “\(titles[was] ?? was)” is no longer on the page after the file changed; its bookmark is removed")
                continue
            }
            try db.execute(sql: "INSERT OR REPLACE INTO bookmark VALUES (?, ?, ?)", arguments: [id, r[1] as Int, r[2] as Double])
        }
        for r in places {
            guard let id = map[r[1] as String] else { continue }
            try db.execute(sql: "INSERT OR REPLACE INTO place VALUES (?, ?, ?)", arguments: [r[0] as String, id, r[2] as Int])
        }
        return warnings
    }
}
