import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// A library opened for searches alone (`dubao search`): one read-only SQLite connection of its own, without
/// GRDB. Opening a GRDB connection (its queue, its functions and collations, its authorizer, a statement to check
/// the format, another for foreign keys) was a tenth of a whole search process; what a search asks of SQLite is
/// the same statements either way (`Library.search(_:limit:window:snippets:stale:on:)`).
///
/// Only a library that needs nothing else is opened so: an SQLite file that holds all of Dubao's migrations
/// (the current schema), that SQLite opens read-only as it is. Anything else — missing, made by an older Dubao,
/// another program's, a WAL library in a folder nobody may write, damage — is `nil`, for `Library` to open,
/// update or name what is wrong.
public final class SearchReader: @unchecked Sendable {
    public let path: String
    let handle: SQLiteHandle

    private init(path: String, handle: SQLiteHandle) {
        self.path = path
        self.handle = handle
    }

    deinit { sqlite3_close_v2(handle.raw) }

    public static func open(_ given: String) -> SearchReader? {
        Library.uriFileNames
        let path = FileSystem.absolute(given)
        // (its migrations, checked below, say whose it is: a new library's stamp may still be in its log)
        guard case .sqlite = LibraryFile.look(path) else { return nil }
        var db: OpaquePointer?
        let rc = PathName.withCString(path) { sqlite3_open_v2($0, &db, SQLITE_OPEN_READONLY, nil) }
        guard let raw = db else { return nil }
        // made at once, so that the handle is closed (`deinit`) on every way out below
        let reader = SearchReader(path: path, handle: SQLiteHandle(raw: raw))
        guard rc == SQLITE_OK else { return nil }
        sqlite3_extended_result_codes(raw, 1)
        // as `Library.configuration`: an import's final index merge can hold the lock for a while
        sqlite3_busy_timeout(raw, 60_000)
        guard dubao_register_rank(raw) == SQLITE_OK else { return nil }
        do {
            // mapped, as `Library.openForReading` does for the commands that only read
            try reader.handle.eachRow("PRAGMA mmap_size = 268435456")
            let current = try reader.reading { h -> Bool in
                guard try h.hasApplied(Schema.migrator) else { return false }
                // the tables can be read (a damaged file shows itself now, and goes to `Library` to be named)
                try h.eachRow("SELECT count(*) FROM page")
                return true
            }
            return current ? reader : nil
        } catch {
            return nil
        }
    }

    /// Articles matching a query, as `Library.search` finds them.
    public func search(_ q: SearchQuery, limit: Int = 50, window: Int = 400, snippets: Int = .max) throws -> [SearchResult] {
        guard !q.isEmpty else { return [] }
        return try reading { h in try Library.search(q, limit: limit, window: window, snippets: snippets, stale: { false }, on: h) }
    }

    /// `body` inside one read transaction: every statement sees the library as it was when the first one began,
    /// whatever an import beside it commits.
    func reading<T>(_ body: (SQLiteHandle) throws -> T) throws -> T {
        try handle.eachRow("BEGIN")
        do {
            let value = try body(handle)
            try handle.eachRow("COMMIT")
            return value
        } catch {
            _ = try? handle.eachRow("ROLLBACK")
            throw error
        }
    }

    /// An error of a search, in words (as `Library.describe`).
    public func describe(_ error: Error) -> String { LibraryError.from(error, path: path).description }
}
