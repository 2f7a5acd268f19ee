import DubaoCore
import GRDB

/// The library's tables, created and changed by ordered migrations (the schema version is the list of
/// migrations applied).
enum Schema {
    /// The first migration's name: a database that has applied it is a Dubao library.
    static let firstMigration = "v1: files, pages, articles, reading state"

    static var migrator: DatabaseMigrator {
        var m = DatabaseMigrator()
        m.registerMigration(firstMigration) { db in
            try db.execute(sql: """
                CREATE TABLE file (
                    id INTEGER PRIMARY KEY,
                    path TEXT NOT NULL UNIQUE,        -- absolute path
                    size INTEGER NOT NULL,
                    mtime REAL NOT NULL,
                    hash TEXT NOT NULL,               -- FNV-1a 64 of the bytes
                    idPrefix TEXT NOT NULL,           -- article ids are idPrefix#n
                    warnings TEXT NOT NULL DEFAULT '',
                    importedAt REAL NOT NULL
                );
                CREATE TABLE page (
                    id INTEGER PRIMARY KEY,
                    fileId INTEGER NOT NULL REFERENCES file(id) ON DELETE CASCADE,
                    source TEXT NOT NULL,
                    paper TEXT, date TEXT, number INTEGER, section TEXT,
                    furniture TEXT NOT NULL, unassigned TEXT NOT NULL, duplicatesRemoved TEXT NOT NULL
                );
                CREATE INDEX page_file ON page(fileId);
                CREATE INDEX page_issue ON page(paper, date);
                CREATE TABLE article (
                    id TEXT PRIMARY KEY,
                    pageId INTEGER NOT NULL REFERENCES page(id) ON DELETE CASCADE,
                    ord INTEGER NOT NULL,
                    kind TEXT NOT NULL,
                    kicker TEXT, headline TEXT, subheadline TEXT, columnName TEXT, byline TEXT,
                    fromPage INTEGER, toPage INTEGER, previousPart TEXT, nextPart TEXT,
                    title TEXT NOT NULL,
                    length INTEGER NOT NULL,
                    blocks TEXT NOT NULL              -- JSON [{"type","text"}]
                );
                CREATE INDEX article_page ON article(pageId, ord);
                -- reading state is keyed by article id and survives re-imports
                CREATE TABLE reading (articleId TEXT PRIMARY KEY, readAt REAL NOT NULL);
                CREATE TABLE bookmark (articleId TEXT PRIMARY KEY, position INTEGER NOT NULL, addedAt REAL NOT NULL);
                CREATE TABLE place (key TEXT PRIMARY KEY, articleId TEXT NOT NULL, scroll INTEGER NOT NULL);
                CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
                """)
        }
        m.registerMigration("v2: search index") { db in
            // the article's key in the index: its page's date first, so that newest-first is rowid order (the
            // index itself is made by v8)
            try db.execute(sql: """
                ALTER TABLE article ADD COLUMN searchKey INTEGER;
                CREATE VIRTUAL TABLE search USING fts5(h, b, hp, bp, hi, bi, content='', tokenize='unicode61 remove_diacritics 0');
                """)
            let rows = try Row.fetchAll(db, sql: "SELECT a.rowid, p.date FROM article a JOIN page p ON p.id = a.pageId")
            for r in rows {
                try db.execute(sql: "UPDATE article SET searchKey = ? WHERE rowid = ?", arguments: [SearchIndex.key(date: r[1], rowid: r[0]), r[0] as Int64])
            }
            try db.execute(sql: "CREATE UNIQUE INDEX article_searchKey ON article(searchKey)")
        }
        m.registerMigration("v3: every reading of a polyphonic character") { db in
            // the "dubao" tokenizer (CDubaoSQLite) puts all readings of a character at its position (`x|h`);
            // the index is filled by v8
            try db.execute(sql: """
                DROP TABLE search;
                CREATE VIRTUAL TABLE search USING fts5(h, b, hp, bp, hi, bi, content='', tokenize='dubao');
                """)
        }
        m.registerMigration("v4: safe imports") { db in
            // the count of articles each page was stored with (check finds pages that lost some); issues whose
            // continued stories must be linked again, written in the same transaction as their pages (an
            // import killed before it linked them is finished by the next one); the file marked as Dubao's
            try db.execute(sql: """
                ALTER TABLE page ADD COLUMN articleCount INTEGER;
                UPDATE page SET articleCount = (SELECT count(*) FROM article a WHERE a.pageId = page.id);
                CREATE TABLE pendingLink (issue TEXT PRIMARY KEY);
                PRAGMA application_id = \(Library.applicationID);
                """)
        }
        m.registerMigration("v5: settings") { db in
            // what the reader keeps between runs besides the reading place (its view, as JSON)
            try db.execute(sql: "CREATE TABLE setting (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        }
        m.registerMigration("v6: where a page's metadata came from") { db in
            // the file name's, else the page's header lines': worked out again from each page's source
            try db.execute(sql: "ALTER TABLE page ADD COLUMN metadataFrom TEXT")
            let rows = try Row.fetchAll(db, sql: "SELECT id, source, paper, date, number FROM page")
            for r in rows {
                let o = PageMetadata.origin(paper: r[2], date: r[3], page: r[4], fileName: PageMetadata.fileName(ofSource: r[1]))
                try db.execute(sql: "UPDATE page SET metadataFrom = ? WHERE id = ?", arguments: [o.stored, r[0] as Int64])
            }
        }
        m.registerMigration("v7: a page's columns") { db in
            // the reader lists a page's columns before it reads the page's stories
            try db.execute(sql: "ALTER TABLE page ADD COLUMN columns TEXT")
            var named: [Int64: [String?]] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT pageId, columnName FROM article WHERE columnName IS NOT NULL ORDER BY pageId, ord")
            while let r = try rows.next() { named[r[0], default: []].append(r[1]) }
            try db.execute(sql: "UPDATE page SET columns = ''")
            for (id, names) in named {
                try db.execute(sql: "UPDATE page SET columns = ? WHERE id = ?", arguments: [PageColumns.inOrder(names).joined(separator: "\n"), id])
            }
        }
        m.registerMigration("v8: pinyin found at query time") { db in
            // the index keeps characters (h, b) and the headline group's initials and pinyin (hi, hp); a body's
            // pinyin is turned into the characters that read so when searched (`syllableChars`). The body's
            // pinyin and initials were 55 % of the index and 35 % of the library. Filled again from the articles.
            try db.execute(sql: """
                DROP TABLE search;
                CREATE VIRTUAL TABLE search USING fts5(h, b, hi, hp, content='', columnsize=0, tokenize='dubao');
                CREATE TABLE syllableChars (syllable TEXT PRIMARY KEY, chars TEXT NOT NULL) WITHOUT ROWID;
                INSERT INTO search (search, rank) VALUES ('automerge', 0);
                """)
            let rows = try Row.fetchCursor(db, sql: """
                SELECT searchKey, kicker, headline, subheadline, blocks FROM article WHERE searchKey IS NOT NULL
                """)
            var chars = Set<UInt32>()
            while let r = try rows.next() {
                let c = SearchIndex.columns(row: r, from: 1)
                try SearchIndex.add(key: r[0], c, db: db)
                chars.formUnion(SearchIndex.letters([c]).characters)
            }
            try SearchIndex.recordCharacters(chars, db: db)
            // the bodies an earlier version kept as UTF-8 text, kept as new imports keep them (`StoredText`)
            let utf16 = DatabaseFunction("dubao_stored_text", argumentCount: 1, pure: true) { values in
                StoredText.fromDatabaseValue(values[0])?.databaseValue
            }
            db.add(function: utf16)
            try db.execute(sql: "UPDATE article SET blocks = dubao_stored_text(blocks) WHERE typeof(blocks) = 'text'")
            db.remove(function: utf16)
            // merged once, at the end (as a big import does)
            try db.execute(sql: "INSERT INTO search (search) VALUES ('optimize')")
            try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 4)")
        }
        m.registerMigration("v9: which characters follow which") { db in
            // for pinyin phrases (CharacterPairs): filled from the articles
            try db.execute(sql: "CREATE TABLE charPairs (first INTEGER PRIMARY KEY, next BLOB NOT NULL)")
            let rows = try Row.fetchCursor(db, sql: """
                SELECT kicker, headline, subheadline, blocks FROM article WHERE searchKey IS NOT NULL
                """)
            var letters = SearchIndex.Letters()
            while let r = try rows.next() { letters.formUnion(SearchIndex.letters([SearchIndex.columns(row: r, from: 0)])) }
            try CharacterPairs.record(letters.pairs, db: db)
        }
        m.registerMigration("v10: index keys newest first") { db in
            // the newest matches are the ones the index walks first (SearchIndex.key): every article's key is
            // worked out again, and the index, which cannot be re-keyed in place, filled again from the articles
            try db.execute(sql: "DROP INDEX article_searchKey")
            let update = try db.makeStatement(sql: "UPDATE article SET searchKey = ? WHERE rowid = ?")
            let rows = try Row.fetchAll(db, sql: """
                SELECT a.rowid, p.date FROM article a JOIN page p ON p.id = a.pageId WHERE a.searchKey IS NOT NULL
                """)
            for r in rows { try update.execute(arguments: [SearchIndex.key(date: r[1], rowid: r[0]), r[0] as Int64]) }
            try db.execute(sql: "CREATE UNIQUE INDEX article_searchKey ON article(searchKey)")
            try SearchIndex.refill(db: db)
        }
        m.registerMigration("v11: pages whose reading order was rebuilt") { db in
            // where a page's jump marks may have landed in a neighbouring story (Page.orderRebuilt, ContinuationLinker);
            // a page imported before is taken as read in its printed order until it is imported again
            try db.execute(sql: "ALTER TABLE page ADD COLUMN orderRebuilt INTEGER NOT NULL DEFAULT 0")
        }
        return m
    }

    /// Indexes that only make reading faster: made when the library is opened for writing and one is missing,
    /// not by a migration, so that a library without them is still current (a read-only library made by an
    /// earlier version opens as before, and reads the tables instead).
    static let speedIndexes: [(name: String, sql: String)] = [
        // the reader starts from every page's outline (Library.pageOutlineSQL); read from the table, each page's
        // furniture and removed passages came with it (27 MB on a decade's library, 4 MB in this index)
        ("page_outline", "CREATE INDEX IF NOT EXISTS page_outline ON page(id, source, paper, date, number, section, metadataFrom, columns, articleCount)"),
        // continued stories are linked issue by issue, an issue being a date (Library.jumpingPartsSQL)
        ("page_date", "CREATE INDEX IF NOT EXISTS page_date ON page(date)"),
        // the reader's start counts each issue's unread stories, a continued story once: the later parts by page
        // (Library.laterPartsByPageSQL), from this index of them alone
        ("article_later_part", "CREATE INDEX IF NOT EXISTS article_later_part ON article(pageId, id, previousPart) WHERE previousPart IS NOT NULL"),
        // … and each column's unread stories (Library.columnUnreadByPageSQL), from an index of the columns' articles
        ("article_column", "CREATE INDEX IF NOT EXISTS article_column ON article(pageId, columnName, id) WHERE columnName IS NOT NULL"),
    ]

    /// Makes the speed indexes the library lacks; writes nothing when it has them all.
    static func ensureSpeedIndexes(_ writer: some DatabaseWriter) throws {
        let present = Set(try writer.read { db in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'index'") })
        let missing = speedIndexes.filter { !present.contains($0.name) }
        guard !missing.isEmpty else { return }
        try writer.write { db in for i in missing { try db.execute(sql: i.sql) } }
    }
}
