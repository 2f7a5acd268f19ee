import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// The SQLite library: parsed pages, reading state, and (later) the search index. WAL mode; opening it
/// migrates the schema; a file that is not a database or is damaged is moved aside and a new one made,
/// keeping the reading state that can still be read from the old one.
public final class Library: @unchecked Sendable {
    public let path: String
    public let db: DatabasePool
    /// What happened while opening (a damaged file moved aside …), for the user.
    public private(set) var notices: [String] = []
    /// Page files the damaged library knew of, to import again.
    public private(set) var filesToRebuild: [String] = []

    public init(path: String) throws {
        self.path = path
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        do {
            db = try Self.open(path)
        } catch {
            guard Self.isDamage(error) || FileManager.default.fileExists(atPath: path) else { throw error }
            let aside = path + ".damaged-\(Int(Date().timeIntervalSince1970))"
            let saved = Self.salvage(path)
            for suffix in ["", "-wal", "-shm"] where FileManager.default.fileExists(atPath: path + suffix) {
                try? FileManager.default.moveItem(atPath: path + suffix, toPath: aside + suffix)
            }
            notices.append("library \(path) could not be opened (\(Self.describe(error))); moved it to \(aside) and started a new one")
            db = try Self.open(path)
            try restore(saved)
            // the page files to rebuild from: those the old library listed, else the folders it imported
            filesToRebuild = saved.files.filter { FileManager.default.fileExists(atPath: $0) }
            if filesToRebuild.isEmpty { filesToRebuild = importedRoots() }
            if !saved.read.isEmpty || !saved.bookmarks.isEmpty {
                notices.append("kept the reading state of the old library: \(saved.read.count) read, \(saved.bookmarks.count) bookmarks")
            }
        }
    }

    static func open(_ path: String) throws -> DatabasePool {
        var config = Configuration()
        config.prepareDatabase { db in
            try db.execute(sql: "PRAGMA synchronous = NORMAL")
            try db.execute(sql: "PRAGMA foreign_keys = ON")
            let rc = dubao_register_rank(db.sqliteConnection)
            if rc != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: "cannot register the search ranking function") }
        }
        config.busyMode = .timeout(10)
        let pool = try DatabasePool(path: path, configuration: config)
        let migrator = Schema.migrator
        if try !pool.read({ db in try migrator.hasCompletedMigrations(db) }),
            (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") }) ?? 0 > 0 {
            // an existing library of an older schema: the update may rebuild the search index (seconds)
            FileHandle.standardError.write(Data("dubao: updating the library \(path) to this version…\n".utf8))
        }
        try migrator.migrate(pool)
        // touch the tables, so a damaged file shows itself now rather than later
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM page") }
        return pool
    }

    static func isDamage(_ error: Error) -> Bool {
        guard let e = error as? DatabaseError else { return false }
        return [ResultCode.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_ERROR, .SQLITE_IOERR, .SQLITE_CANTOPEN].contains(e.resultCode)
    }

    static func describe(_ error: Error) -> String {
        if let e = error as? DatabaseError { return e.message ?? "\(e.resultCode)" }
        return "\(error)"
    }

    struct Salvage {
        var read: [(String, Double)] = []
        var bookmarks: [(String, Int, Double)] = []
        var places: [(String, String, Int)] = []
        var files: [String] = []
    }

    /// Whatever reading state and file list can still be read from a damaged library.
    static func salvage(_ path: String) -> Salvage {
        var s = Salvage()
        var config = Configuration()
        config.readonly = true
        guard let q = try? DatabaseQueue(path: path, configuration: config) else { return s }
        _ = try? q.read { db in
            if let rows = try? Row.fetchAll(db, sql: "SELECT articleId, readAt FROM reading") { s.read = rows.map { ($0[0], $0[1]) } }
            if let rows = try? Row.fetchAll(db, sql: "SELECT articleId, position, addedAt FROM bookmark") { s.bookmarks = rows.map { ($0[0], $0[1], $0[2]) } }
            if let rows = try? Row.fetchAll(db, sql: "SELECT key, articleId, scroll FROM place") { s.places = rows.map { ($0[0], $0[1], $0[2]) } }
            if let rows = try? String.fetchAll(db, sql: "SELECT path FROM file") { s.files = rows }
        }
        return s
    }

    func restore(_ s: Salvage) throws {
        try db.write { db in
            for (id, t) in s.read { try db.execute(sql: "INSERT OR IGNORE INTO reading VALUES (?, ?)", arguments: [id, t]) }
            for (id, p, t) in s.bookmarks { try db.execute(sql: "INSERT OR IGNORE INTO bookmark VALUES (?, ?, ?)", arguments: [id, p, t]) }
            for (k, id, sc) in s.places { try db.execute(sql: "INSERT OR REPLACE INTO place VALUES (?, ?, ?)", arguments: [k, id, sc]) }
        }
    }

    // MARK: imported folders

    /// The files and folders imported into this library, kept beside it in plain text so that a library
    /// damaged beyond reading can still be rebuilt.
    var rootsFile: String { path + ".roots" }

    public func importedRoots() -> [String] {
        guard let s = try? String(contentsOfFile: rootsFile, encoding: .utf8) else { return [] }
        return s.split(separator: "\n").map(String.init).filter { FileManager.default.fileExists(atPath: $0) }
    }

    func rememberRoots(_ roots: [String]) {
        var all = (try? String(contentsOfFile: rootsFile, encoding: .utf8))?.split(separator: "\n").map(String.init) ?? []
        for r in roots where !all.contains(r) { all.append(r) }
        try? (all.joined(separator: "\n") + "\n").write(toFile: rootsFile, atomically: true, encoding: .utf8)
    }

    // MARK: facts

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
        public var lastImport: String?
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
                lastImport: try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'lastImport'"))
        }
    }

    /// `PRAGMA integrity_check` and the library's own rules: every article on a page, every page from a
    /// file, links pointing at articles that exist. Returns the problems found (empty when sound).
    public func check() throws -> [String] {
        try db.read { db in
            var problems: [String] = []
            let integrity = try String.fetchAll(db, sql: "PRAGMA integrity_check")
            if integrity != ["ok"] { problems += integrity.prefix(20).map { "integrity: \($0)" } }
            for r in try Row.fetchAll(db, sql: "PRAGMA foreign_key_check") { problems.append("foreign key: table \(r[0] as String? ?? "?") row \(r[1] as Int64? ?? 0)") }
            let dangling = try Int.fetchOne(db, sql: """
                SELECT count(*) FROM article a WHERE (a.nextPart IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article b WHERE b.id = a.nextPart))
                   OR (a.previousPart IS NOT NULL AND NOT EXISTS (SELECT 1 FROM article b WHERE b.id = a.previousPart))
                """) ?? 0
            if dangling > 0 { problems.append("\(dangling) continuation link(s) to articles not in the library") }
            let empty = try Int.fetchOne(db, sql: "SELECT count(*) FROM file f WHERE NOT EXISTS (SELECT 1 FROM page p WHERE p.fileId = f.id)") ?? 0
            if empty > 0 { problems.append("\(empty) file(s) with no page") }
            return problems
        }
    }
}
