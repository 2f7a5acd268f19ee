import DubaoCore
import Foundation
import GRDB

/// Rebuilding a damaged library: the damaged file is moved aside (never deleted), a new library is made
/// in its place with the reading state that could still be read from the old one, and the folders it had
/// imported are named for importing again.
extension Library {
    struct Salvage {
        var read: [(String, Double)] = []
        var bookmarks: [(String, Int, Double)] = []
        var places: [(String, String, Int)] = []
        var files: [String] = []
    }

    /// Moves the damaged library at `path` aside and makes a new one there. Only a file that is recognisably
    /// a Dubao library is moved; anything else is refused (`LibraryError.notALibrary`).
    public static func rebuild(path given: String) throws -> Library {
        let path = FileSystem.absolute(given)
        switch LibraryFile.look(path) {
        case .sqlite(dubao: true, _): break
        case .missing, .empty: return try Library(path: path, access: .write)
        case .folder: throw LibraryError.isFolder(given)
        case .other(let what): throw LibraryError.notAFile(given, what: what)
        case .unreadable(let why): throw LibraryError.failed(given, why: why)
        case .notSQLite, .sqlite(dubao: false, _):
            throw LibraryError.notALibrary(given, why: "it does not look like a Dubao library, so it is not moved aside")
        }
        guard FileSystem.isWritable(path), FileSystem.isWritable(FileSystem.parent(path) + "/.") else { throw LibraryError.readOnly(path) }
        let saved = salvage(path)
        var aside = path + ".damaged-\(Int(Date().timeIntervalSince1970))"
        var n = 1
        while FileSystem.exists(aside) { aside = path + ".damaged-\(Int(Date().timeIntervalSince1970))-\(n)"; n += 1 }
        for suffix in ["", "-wal", "-shm"] where FileSystem.exists(path + suffix) {
            try FileSystem.rename(path + suffix, to: aside + suffix)
        }
        let lib = try Library(path: path, access: .write)
        try lib.restore(saved)
        lib.notices.append("moved the damaged library to \(aside) and started a new one")
        if !saved.read.isEmpty || !saved.bookmarks.isEmpty {
            lib.notices.append("kept the reading state of the old library: \(saved.read.count) read, \(saved.bookmarks.count) bookmarks")
        }
        // the page files to rebuild from: the folders imported, else the files the old library listed
        var again = lib.importedRoots()
        if again.isEmpty { again = saved.files.filter(FileSystem.exists) }
        lib.filesToRebuild = again
        return lib
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
}
