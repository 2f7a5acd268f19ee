import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// The SQLite library: parsed pages, reading state and the search index, in WAL mode.
///
/// Opening never clobbers anything: a folder, a FIFO, a text file or another program's database named as
/// the library is refused and left as it is. A file that is recognisably a damaged Dubao library is
/// reported as damaged (`LibraryError.damaged`); only `Library.rebuild` (the repair, and the next import)
/// moves it aside. Read-only opening (search, show, library) writes nothing when the schema is current;
/// a read-only library still serves them and the reader.
public final class Library: @unchecked Sendable {
    public enum Access: Sendable, Equatable {
        /// Search, show, library: opened read-only when the schema is current.
        case read
        /// Import and repair: writing is needed.
        case write
        /// The reader: writing when it can (reading state), read-only when the library is.
        case readPreferringWrite
    }

    /// Stamped into the file's header (`PRAGMA application_id`): "Dbao".
    public static let applicationID: Int32 = 0x4462_616F

    public let path: String
    /// A pool (concurrent readers beside one writer) when the library is open for writing; a single read-only
    /// connection when it is only read (a search, `show`: one connection to open, one schema to read).
    public let db: any DatabaseWriter
    public let isReadOnly: Bool
    /// What happened while opening (opened read-only, a damaged file moved aside …), for the user.
    public internal(set) var notices: [String] = []
    /// Page files and folders to import again after a damaged library was rebuilt.
    public internal(set) var filesToRebuild: [String] = []

    public convenience init(path: String) throws { try self.init(path: path, access: .write) }

    /// File names may be URIs (the immutable read-only fallback); set before SQLite is first used.
    static let uriFileNames: Void = { _ = dubao_sqlite_enable_uri() }()

    public init(path given: String, access: Access) throws {
        Self.uriFileNames
        let path = FileSystem.absolute(given)
        self.path = path
        let onDisk = LibraryFile.look(path)
        switch onDisk {
        case .folder: throw LibraryError.isFolder(given)
        case .other(let what): throw LibraryError.notAFile(given, what: what)
        case .notSQLite: throw LibraryError.notALibrary(given, why: "not an SQLite database")
        case .unreadable(let why): throw LibraryError.failed(given, why: why)
        case .missing, .empty:
            if access == .read { throw LibraryError.missing(path) }
            do { try FileSystem.makeFolders(FileSystem.parent(path)) } catch {
                throw LibraryError.failed(path, why: "cannot make its folder: \(error)")
            }
            guard FileSystem.isWritable(path) else { throw LibraryError.readOnly(path) }
        case .sqlite:
            break
        }
        let writable = FileSystem.isWritable(path) && FileSystem.isWritable(FileSystem.parent(path) + "/.")
        do {
            // another program's database is refused before anything opens it for writing (which would
            // already change its journal mode)
            // (a file whose header carries Dubao's application id is Dubao's: nothing to look up)
            if case .sqlite(_, stamped: false) = onDisk { try Self.verifyOwnership(path: path, shown: given) }
            switch access {
            case .write:
                guard writable else { throw LibraryError.readOnly(path) }
                db = try Self.openForWriting(path)
                isReadOnly = false
            case .readPreferringWrite:
                if writable {
                    db = try Self.openForWriting(path)
                    isReadOnly = false
                } else {
                    db = try Self.openForReading(path)
                    isReadOnly = true
                    notices.append("the library is read-only: reading state is not saved this time (\(path))")
                }
            case .read:
                if let pool = try Self.openForReading(path, onlyIfCurrent: writable) {
                    db = pool
                    isReadOnly = true
                } else {
                    db = try Self.openForWriting(path)
                    isReadOnly = false
                }
            }
        } catch {
            throw Self.openingError(error, onDisk: onDisk, path: path, shown: given)
        }
        if !isReadOnly {
            do { try finishInterruptedWork() } catch { throw Self.openingError(error, onDisk: onDisk, path: path, shown: given) }
        }
    }

    /// An error met while opening, in words: damage in a file that is recognisably Dubao's is `damaged`.
    static func openingError(_ error: Error, onDisk: LibraryFile, path: String, shown: String) -> LibraryError {
        if let e = error as? LibraryError { return e }
        if let e = error as? DatabaseError, [.SQLITE_CORRUPT, .SQLITE_NOTADB, .SQLITE_IOERR].contains(e.resultCode) {
            if case .sqlite(dubao: true, _) = onDisk { return .damaged(path, why: LibraryError.words(e)) }
            return .notALibrary(shown, why: "an SQLite file that cannot be read: \(LibraryError.words(e))")
        }
        return LibraryError.from(error, path: path)
    }

    static func configuration(readonly: Bool) -> Configuration {
        var config = Configuration()
        config.readonly = readonly
        config.prepareDatabase { db in
            // (a pool's readers are read-only connections whatever this says)
            if !db.configuration.readonly {
                // a new library's page size (no effect on one that exists): 16 KiB pages hold bodies of 1–2 KiB
                // with less left over than 4 KiB ones (the article table 15 % smaller)
                try db.execute(sql: "PRAGMA page_size = 16384")
                // and free pages can be given back (`Library.mergeIndex`): merging the index's segments after a
                // big import leaves about a twelfth of the index free
                try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
                try db.execute(sql: "PRAGMA synchronous = NORMAL")
                try db.execute(sql: "PRAGMA foreign_keys = ON")
            }
            let rc = dubao_register_rank(db.sqliteConnection)
            if rc != 0 { throw DatabaseError(resultCode: ResultCode(rawValue: rc), message: "cannot register the search ranking function") }
        }
        // an import's batch holds the write lock for well under a second; its final index merge can take longer
        config.busyMode = .timeout(60)
        return config
    }

    static func openForWriting(_ path: String) throws -> DatabasePool {
        let pool = try retryingWhileBusy { try DatabasePool(path: path, configuration: configuration(readonly: false)) }
        let migrator = Schema.migrator
        let updating = try !pool.read({ db in try migrator.hasCompletedMigrations(db) })
            && (try? pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM article") }) ?? 0 > 0
        if updating {
            // an existing library of an older schema: the update may rebuild the search index (seconds)
            FileHandle.standardError.write(Data("dubao: updating the library \(TerminalSafe.plain(path)) to this version…\n".utf8))
        }
        try migrate(pool, with: migrator)
        if updating { compactAfterUpdate(pool, path: path) }
        try Schema.ensureSpeedIndexes(pool)
        // touch the tables, so a damaged file shows itself now rather than later
        _ = try pool.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM page") }
        return pool
    }

    /// An update that rebuilt the index leaves the old index's pages free inside the file (a decade's library
    /// kept its 2.1 GB holding 1.2 GB): when more than a quarter of the file is free, it is rewritten without them
    /// (VACUUM), and made to give back the pages later merges free (incremental auto-vacuum). Not done, and
    /// said, when another process holds the library (the pages are then reused by later imports).
    static func compactAfterUpdate(_ pool: DatabasePool, path: String) {
        guard let (pages, free, size) = try? pool.read({ db in
            (try Int.fetchOne(db, sql: "PRAGMA page_count") ?? 0, try Int.fetchOne(db, sql: "PRAGMA freelist_count") ?? 0,
             try Int.fetchOne(db, sql: "PRAGMA page_size") ?? 0)
        }), pages > 0, free * 4 > pages else { return }
        let mb = Double(free * size) / 1_048_576
        FileHandle.standardError.write(Data(String(format: "dubao: giving back the %.0f MB the old index took…\n", mb).utf8))
        do {
            try pool.writeWithoutTransaction { db in
                try db.execute(sql: "PRAGMA auto_vacuum = INCREMENTAL")
                try db.execute(sql: "VACUUM")
            }
        } catch {
            FileHandle.standardError.write(Data("dubao: could not compact the library now (\(LibraryError.from(error, path: path).description)); its free space is reused by later imports\n".utf8))
        }
    }

    /// Opening a pool switches the file to WAL, which SQLite answers with SQLITE_BUSY at once (no busy handler)
    /// while another process holds a lock, typically one creating the same new library this instant.
    static func retryingWhileBusy<T>(_ body: () throws -> T) throws -> T {
        var attempt = 0
        while true {
            do { return try body() } catch let e as DatabaseError where [.SQLITE_BUSY, .SQLITE_LOCKED].contains(e.resultCode) && attempt < 50 {
                attempt += 1
                usleep(useconds_t(10_000 * min(attempt, 10)))
            }
        }
    }

    /// Applies the migrations not yet applied. Two processes opening a new or older library at once both see
    /// the same migrations missing; each migration is its own transaction, so the one that loses the race
    /// fails on what the other just created and changed nothing. It then reads the applied list again and
    /// goes on from there; the error stands only when the list did not move (a real failure).
    static func migrate(_ pool: DatabasePool, with migrator: DatabaseMigrator) throws {
        var attempt = 0
        while true {
            let before = try pool.read { db in try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : [] }
            do {
                try migrator.migrate(pool)
                return
            } catch {
                attempt += 1
                let after = try pool.read { db in try db.tableExists("grdb_migrations") ? try migrator.appliedIdentifiers(db) : [] }
                let busy = (error as? DatabaseError).map { [.SQLITE_BUSY, .SQLITE_LOCKED].contains($0.resultCode) } ?? false
                guard attempt < 20, after != before || busy else { throw error }
                usleep(useconds_t(20_000 * attempt))
            }
        }
    }

    /// Opens read-only. Returns nil when the schema needs an update and `onlyIfCurrent` (the caller can
    /// write and will open for writing instead); throws when it needs one and cannot be written.
    static func openForReading(_ path: String, onlyIfCurrent: Bool = false) throws -> DatabaseQueue? {
        let queue = try readOnlyConnection(path)
        // a command that only reads (search, show, library) maps the file, its first 256 MiB, instead of copying
        // each page it reads out of the system's cache. Not the reader's connections: they live for hours beside
        // imports, and a mapping is only as safe as the file under it (SQLite drops it after each read
        // transaction, and in WAL mode a checkpoint never cuts the file below a reader's snapshot)
        try queue.inDatabase { db in try db.execute(sql: "PRAGMA mmap_size = 268435456") }
        let migrator = Schema.migrator
        // one transaction: the schema is current, and the tables can be read (a damaged file shows itself now)
        let current = try queue.read { db -> Bool in
            guard try db.handle.hasApplied(migrator) else { return false }
            try db.handle.eachRow("SELECT count(*) FROM page")
            return true
        }
        if current { return queue }
        if onlyIfCurrent { return nil }
        let empty = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0 } == 0
        throw empty ? LibraryError.missing(path)
            : LibraryError.failed(path, why: "it was made by an older Dubao and is read-only here, so it cannot be updated")
    }

    static func openForReading(_ path: String) throws -> DatabaseQueue {
        guard let queue = try openForReading(path, onlyIfCurrent: false) else { throw LibraryError.missing(path) }
        return queue
    }

    static func readOnlyConnection(_ path: String) throws -> DatabaseQueue {
        do {
            let queue = try DatabaseQueue(path: path, configuration: configuration(readonly: true))
            _ = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") }
            return queue
        } catch let e as DatabaseError where e.resultCode == .SQLITE_READONLY || e.resultCode == .SQLITE_CANTOPEN {
            // a WAL library in a folder we may not write: its shared-memory file cannot be made, so it is read
            // as immutable (nobody can be writing it where we cannot)
            return try DatabaseQueue(path: immutableURI(path), configuration: configuration(readonly: true))
        }
    }

    /// `file:` URI of a path, opened as immutable.
    static func immutableURI(_ path: String) -> String {
        var out = "file:"
        for b in PathName.bytes(path) {
            let c = Character(Unicode.Scalar(b))
            if b < 0x80, c.isLetter || c.isNumber || "/-_.~".contains(c) { out.append(c) } else { out += String(format: "%%%02X", b) }
        }
        return out + "?immutable=1"
    }

    /// A database that holds tables and is not Dubao's is another program's: refused. Looked at as an
    /// immutable file, which SQLite neither writes nor locks.
    static func verifyOwnership(path: String, shown: String) throws {
        var config = Configuration()
        config.readonly = true
        let q = try DatabaseQueue(path: immutableURI(path), configuration: config)
        let ours = try q.read { db -> Bool in
            let tables = try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table'")
            if tables.isEmpty { return true }
            if try Int32.fetchOne(db, sql: "PRAGMA application_id") == applicationID { return true }
            guard tables.contains("grdb_migrations") else { return false }
            let applied = try String.fetchAll(db, sql: "SELECT identifier FROM grdb_migrations")
            return applied.contains(Schema.firstMigration)
        }
        if !ours { throw LibraryError.notALibrary(shown, why: "an SQLite database of another program") }
    }

    /// Words for an error met while using this library.
    public func describe(_ error: Error) -> String { LibraryError.from(error, path: path).description }

    // MARK: imported folders

    /// The files and folders imported into this library, kept beside it in plain text so that a library
    /// damaged beyond reading can still be rebuilt.
    var rootsFile: String { path + ".roots" }

    public func importedRoots() -> [String] { Self.roots(of: path) }

    static func roots(of path: String) -> [String] {
        guard let bytes = try? CorpusLoader.read(path + ".roots").get() else { return [] }
        return bytes.split(separator: 0x0A).map { PathName.decode(bytes: $0) }.filter(FileSystem.exists)
    }

    func rememberRoots(_ roots: [String]) {
        var all = (try? CorpusLoader.read(rootsFile).get())?.split(separator: 0x0A).map { PathName.decode(bytes: $0) } ?? []
        let before = all.count
        for r in roots where !all.contains(r) { all.append(r) }
        guard all.count != before else { return }
        let data = Data(all.flatMap { PathName.bytes($0) + [0x0A] })
        try? data.write(to: URL(fileURLWithPath: rootsFile), options: .atomic)
    }
}

/// What is at a library path, looked at without opening it as a database.
enum LibraryFile: Equatable {
    case missing
    /// A regular file of no bytes (SQLite makes a new database in it).
    case empty
    case folder
    case other(String)
    case notSQLite
    /// An SQLite file; `dubao` when it carries Dubao's marks (its application id, the names of Dubao's
    /// migrations or tables in its first pages, or the list of its folders beside it); `stamped` when its header
    /// carries Dubao's application id (it is Dubao's: nothing to look up inside it).
    case sqlite(dubao: Bool, stamped: Bool)
    case unreadable(String)

    static let header = Array("SQLite format 3\0".utf8)
    static let marks = [Array(Schema.firstMigration.utf8), Array("fts5(h, b, hp, bp, hi, bi".utf8), Array("fts5(h, b, hi, hp,".utf8)]

    static func look(_ path: String) -> LibraryFile {
        switch FileSystem.kind(path) {
        case .failure(let e): return e.code == ENOENT ? .missing : .unreadable(e.description)
        case .success(.directory): return .folder
        case .success(.other(let what)): return .other(what)
        case .success(.regular(let size, _)):
            if size == 0 { return .empty }
            let fd = PathName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_CLOEXEC) }
            guard fd >= 0 else { return .unreadable(FileError(errno: errno).description) }
            defer { close(fd) }
            // the header; then, for a file it does not mark as Dubao's, the first pages where the schema and the
            // migrations table live
            var buf = [UInt8](repeating: 0, count: min(size, 100))
            var n = buf.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress!, $0.count) }
            guard n >= 100, Array(buf[0..<16]) == header else { return .notSQLite }
            if applicationID(buf) == Library.applicationID { return .sqlite(dubao: true, stamped: true) }
            if FileSystem.exists(path + ".roots") { return .sqlite(dubao: true, stamped: false) }
            buf = [UInt8](repeating: 0, count: min(size, 1 << 20))
            n = buf.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
            guard n >= 100 else { return .notSQLite }
            let head = buf[0..<n]
            return .sqlite(dubao: marks.contains { head.firstRange(of: $0) != nil }, stamped: false)
        }
    }

    /// The application id in an SQLite header (bytes 68–71, big-endian).
    static func applicationID(_ header: [UInt8]) -> Int32 {
        Int32(bitPattern: UInt32(header[68]) << 24 | UInt32(header[69]) << 16 | UInt32(header[70]) << 8 | UInt32(header[71]))
    }
}
