import CDubaoSQLite
import Foundation
import GRDB

/// A connection's SQLite handle, its statements prepared and stepped through SQLite's own calls. A search reads
/// this way whether GRDB opened the connection (the reader's, `Library.search`) or not (`SearchReader`): GRDB's
/// statement machinery (its authorizer, asked for every table and column a statement names, and its `Row`s)
/// cost a searching process more than the statements themselves. Errors are thrown as GRDB's `DatabaseError`.
struct SQLiteHandle {
    let raw: OpaquePointer

    enum Argument {
        case int(Int64)
        case text(String)
    }

    /// Steps a statement, handing `row` the statement at each row to read with `sqlite3_column_*` (or the
    /// accessors below); returns the number of rows.
    @discardableResult
    func eachRow(_ sql: String, _ arguments: [Argument] = [], _ row: (OpaquePointer) throws -> Void = { _ in }) throws -> Int {
        var statement: OpaquePointer?
        var rc = sqlite3_prepare_v2(raw, sql, -1, &statement, nil)
        guard rc == SQLITE_OK, let st = statement else { throw error(rc, sql) }
        defer { sqlite3_finalize(st) }
        for (i, a) in arguments.enumerated() {
            switch a {
            case .int(let v): rc = sqlite3_bind_int64(st, Int32(i + 1), v)
            case .text(let s): rc = sqlite3_bind_text(st, Int32(i + 1), s, -1, Self.transient)
            }
            guard rc == SQLITE_OK else { throw error(rc, sql) }
        }
        var count = 0
        while true {
            rc = sqlite3_step(st)
            if rc == SQLITE_DONE { return count }
            guard rc == SQLITE_ROW else { throw error(rc, sql) }
            count += 1
            try row(st)
        }
    }

    /// Whether the database holds a table of this name, asked of SQLite's catalogue directly: GRDB's `tableExists`
    /// first reads the whole schema into its own model (~6 % of a search process that finds nothing).
    func hasTable(_ name: String) throws -> Bool {
        try eachRow("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(name)]) > 0
    }

    /// Whether every migration of `migrator` has been applied (GRDB's `hasCompletedMigrations`: all registered,
    /// in any order; applied ones it does not know of do not matter), read without GRDB's row decoding.
    func hasApplied(_ migrator: DatabaseMigrator) throws -> Bool {
        guard try hasTable("grdb_migrations") else { return migrator.migrations.isEmpty }
        var applied = Set<String>()
        try eachRow("SELECT identifier FROM grdb_migrations") { st in
            if let s = Self.text(st, 0) { applied.insert(s) }
        }
        return migrator.migrations.allSatisfy(applied.contains)
    }

    func error(_ rc: Int32, _ sql: String) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(raw)), sql: sql)
    }

    /// SQLite copies a bound text at once.
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func text(_ st: OpaquePointer, _ i: Int32) -> String? {
        sqlite3_column_text(st, i).map { String(cString: $0) }
    }

    static func int(_ st: OpaquePointer, _ i: Int32) -> Int? {
        sqlite3_column_type(st, i) == SQLITE_NULL ? nil : Int(sqlite3_column_int64(st, i))
    }

    /// A blob's bytes, valid until the statement steps again.
    static func blob(_ st: OpaquePointer, _ i: Int32) -> UnsafeRawBufferPointer {
        let n = Int(sqlite3_column_bytes(st, i))
        guard n > 0, let p = sqlite3_column_blob(st, i) else { return UnsafeRawBufferPointer(start: nil, count: 0) }
        return UnsafeRawBufferPointer(start: p, count: n)
    }

    /// Long text as `StoredText` keeps it (a blob of UTF-16, or SQLite text in older libraries); nil for NULL.
    static func storedText(_ st: OpaquePointer, _ i: Int32) -> StoredText? {
        switch sqlite3_column_type(st, i) {
        case SQLITE_BLOB: return StoredText(utf16LE: blob(st, i))
        case SQLITE_TEXT: return text(st, i).map(StoredText.init)
        default: return nil
        }
    }
}
