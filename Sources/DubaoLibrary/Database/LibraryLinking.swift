import DubaoCore
import GRDB

/// Continued stories in the library, and the work an interrupted import leaves: issues to link again
/// (`pendingLink`, written in the same transaction as the pages that changed them) and the index's merge
/// setting (`automergeOff`, written with the change).
extension Library {
    static func markPending(_ issue: String, db: Database) throws {
        try db.cachedStatement(sql: "INSERT OR IGNORE INTO pendingLink VALUES (?)").execute(arguments: [issue])
    }

    /// What an import that was stopped left undone: its links, and the index's merging. Runs whenever the
    /// library is opened for writing; costs two reads when there is nothing to do.
    func finishInterruptedWork() throws {
        let (pending, mergeOff) = try unfinishedWork()
        if pending > 0 { try relinkPending() }
        if mergeOff { try mergeIndex() }
    }

    /// Merges the index's segments once and turns merging after each write back on.
    func mergeIndex() throws {
        try db.write { db in
            try db.execute(sql: "INSERT INTO search (search) VALUES ('optimize')")
            try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 4)")
            try db.execute(sql: "DELETE FROM meta WHERE key = 'automergeOff'")
        }
        // the merged segments' pages, given back to the file system (a library made before auto-vacuum keeps them
        // for later imports)
        try db.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA incremental_vacuum") }
    }

    /// The parts of an issue (a date) that jump pages, the other stories of a page where one of them may take a jump
    /// (`ContinuationLinker`: its reading order rebuilt, or a mark inside a story's text), and the statement that
    /// unlinks an issue's articles. They find the issue's pages through the index `page_date`
    /// (`Schema.speedIndexes`): without it each scanned every page, and the end of a decade's first import links
    /// 3,750 issues (10–20 ms a scan, twice per issue).
    static let partsSQL = """
        SELECT a.id, p.paper, p.date, p.number, a.fromPage, a.toPage, a.headline, a.blocks, p.orderRebuilt, p.id
        FROM article a JOIN page p ON p.id = a.pageId
        """
    static let jumpingPartsSQL = partsSQL + " WHERE p.date IS ? AND (a.fromPage IS NOT NULL OR a.toPage IS NOT NULL) ORDER BY p.id, a.ord"
    static let unmarkedPartsSQL = partsSQL + " WHERE p.id = ? AND a.fromPage IS NULL AND a.toPage IS NULL ORDER BY a.ord"
    static let unlinkSQL = "UPDATE article SET previousPart = NULL, nextPart = NULL WHERE pageId IN (SELECT id FROM page WHERE date IS ?)"

    /// Links continued stories again in the issues marked pending, and clears the marks, in one transaction. Issue
    /// by issue (a story jumps pages within its issue, `ContinuationLinker`): the parts of all issues held at once
    /// were most of a decade's first import's peak memory (44,000 parts of 3,750 issues, +125 MB).
    func relinkPending() throws {
        try db.write { db in
            let issues = try String.fetchAll(db, sql: "SELECT issue FROM pendingLink")
            guard !issues.isEmpty else { return }
            // pending keys are dates (older libraries wrote paper|date)
            for key in Set(issues.map { $0.contains("|") ? String($0.split(separator: "|", omittingEmptySubsequences: false).last!) : $0 }).sorted() {
                let date: String? = key.isEmpty ? nil : key
                var parts: [ContinuationLinker.PartInfo] = []
                var open = Set<Int64>()  // pages where a story without a mark may take a jump
                func read(_ r: Row) -> ContinuationLinker.PartInfo {
                    let a = Article(id: r[0], kind: .news, headline: r[6], continuedFromPage: r[4], continuesOnPage: r[5],
                                    blocks: LibraryStore.decodeBlocks(r[7] as StoredText?))
                    var page = Page(source: "", paper: r[1], date: r[2], page: r[3])
                    page.orderRebuilt = r[8]
                    return ContinuationLinker.PartInfo(a, page: page)
                }
                for r in try Row.fetchAll(db, sql: Self.jumpingPartsSQL, arguments: [date]) {
                    let part = read(r)
                    if part.orderRebuilt || !part.marksAtEdges { open.insert(r[9]) }
                    parts.append(part)
                }
                for page in open.sorted() {
                    for r in try Row.fetchAll(db, sql: Self.unmarkedPartsSQL, arguments: [page]) { parts.append(read(r)) }
                }
                try db.execute(sql: Self.unlinkSQL, arguments: [date])
                try link(parts, db: db)
            }
            try db.execute(sql: "DELETE FROM pendingLink")
        }
    }

    /// Writes the links of one issue's parts (and a later part's repeated headline promoted to its headline).
    private func link(_ parts: [ContinuationLinker.PartInfo], db: Database) throws {
        for l in ContinuationLinker.links(parts) {
            // the jump's pages go with it when content gave it to another story of the page than the mark's
            if let m = l.markFrom { try db.execute(sql: "UPDATE article SET toPage = NULL WHERE id = ?", arguments: [m]) }
            if let m = l.markTo { try db.execute(sql: "UPDATE article SET fromPage = NULL WHERE id = ?", arguments: [m]) }
            try db.execute(sql: "UPDATE article SET nextPart = ?, toPage = ? WHERE id = ?", arguments: [l.to, l.toPage, l.from])
            try db.execute(sql: "UPDATE article SET previousPart = ?, fromPage = ? WHERE id = ?", arguments: [l.from, l.fromPage, l.to])
            if l.promoteLeadingIntertitle, let row = try Row.fetchOne(db, sql: "SELECT rowid, * FROM article WHERE id = ?", arguments: [l.to]) {
                var a = LibraryStore.article(row)
                let before = SearchIndex.columns(a)
                a.promoteLeadingIntertitle()
                try db.execute(sql: "UPDATE article SET headline = ?, title = ?, blocks = ? WHERE id = ?",
                               arguments: [a.headline, a.displayTitle, LibraryStore.encodeBlocks(a.blocks), l.to])
                if let key: Int64 = row["searchKey"] {
                    try SearchIndex.remove(key: key, before, db: db)
                    try SearchIndex.add(key: key, SearchIndex.columns(a), db: db)
                }
            }
        }
    }
}
