import CDubaoSQLite
import GRDB

extension Database {
    /// Steps a statement through SQLite's own calls, handing `row` the statement at each row to read its columns
    /// with `sqlite3_column_*`; returns the number of rows. For the reads of thousands of rows or of hundreds of
    /// integers that a whole process waits for, where decoding every value through GRDB's `Row` cost more than
    /// the query. Errors (an interrupt included) are thrown as GRDB's `DatabaseError`.
    @discardableResult
    func eachRow(_ sql: String, arguments: StatementArguments = [], _ row: (OpaquePointer) throws -> Void) throws -> Int {
        let statement = try makeStatement(sql: sql)
        if !arguments.isEmpty { try statement.setArguments(arguments) }
        let st = statement.sqliteStatement
        var count = 0
        while true {
            let rc = sqlite3_step(st)
            if rc == SQLITE_DONE { return count }
            guard rc == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: String(cString: sqlite3_errmsg(sqliteConnection)), sql: sql)
            }
            count += 1
            try row(st)
        }
    }

    /// Whether the library holds a table of this name, asked of SQLite's catalogue directly: GRDB's `tableExists`
    /// first reads the whole schema into its own model (~6 % of a search process that finds nothing).
    func hasTable(_ name: String) throws -> Bool {
        try eachRow("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", arguments: [name]) { _ in } > 0
    }

    /// Whether every migration of `migrator` has been applied (GRDB's `hasCompletedMigrations`: all registered,
    /// in any order; applied ones it does not know of do not matter), read without GRDB's row decoding.
    func hasApplied(_ migrator: DatabaseMigrator) throws -> Bool {
        guard try hasTable("grdb_migrations") else { return migrator.migrations.isEmpty }
        var applied = Set<String>()
        try eachRow("SELECT identifier FROM grdb_migrations") { st in
            if let p = sqlite3_column_text(st, 0) { applied.insert(String(cString: p)) }
        }
        return migrator.migrations.allSatisfy(applied.contains)
    }
}
