import GRDB

/// Why a library could not be opened or used, in words (never the SQL of a statement).
public enum LibraryError: Error, CustomStringConvertible, Equatable, Sendable {
    /// `--library` names a folder.
    case isFolder(String)
    /// `--library` names a FIFO, a device, a socket.
    case notAFile(String, what: String)
    /// A file that is not a Dubao library (it is left untouched).
    case notALibrary(String, why: String)
    /// A Dubao library whose file is damaged.
    case damaged(String, why: String)
    /// Writing was needed, and the library (or its folder) is read-only.
    case readOnly(String)
    /// No library at the path yet.
    case missing(String)
    /// Another process holds the library for writing longer than we wait.
    case busy(String)
    /// The disk is full.
    case full(String)
    case failed(String, why: String)

    public var description: String {
        switch self {
        case .isFolder(let p): return "\(p) is a folder, not a library file; give a file name such as \(p)/library.sqlite"
        case .notAFile(let p, let what): return "\(p) is \(what), not a library file; left untouched"
        case .notALibrary(let p, let why): return "\(p) is not a Dubao library (\(why)); left untouched"
        case .damaged(let p, let why):
            return "the library \(p) is damaged (\(why)); `dubao library --repair` rebuilds it from the folders it imported"
        case .readOnly(let p): return "the library \(p) is read-only: it can be read and searched, not changed"
        case .missing(let p): return "there is no library at \(p) yet; import pages first: dubao import PATH…"
        case .busy(let p): return "the library \(p) is busy: another dubao is writing to it; try again when it is done"
        case .full(let p): return "the disk holding the library \(p) is full"
        case .failed(let p, let why): return "the library \(p): \(why)"
        }
    }

    /// A database error met while using the library at `path`, in words.
    public static func from(_ error: Error, path: String) -> LibraryError {
        if let e = error as? LibraryError { return e }
        guard let e = error as? DatabaseError else { return .failed(path, why: "\(error)") }
        switch e.resultCode {
        case .SQLITE_CORRUPT, .SQLITE_NOTADB: return .damaged(path, why: words(e))
        case .SQLITE_READONLY: return .readOnly(path)
        case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path)
        case .SQLITE_FULL: return .full(path)
        default: return .failed(path, why: words(e))
        }
    }

    /// SQLite's message for an error, without the statement it came from.
    static func words(_ e: DatabaseError) -> String {
        switch e.resultCode {
        case .SQLITE_CORRUPT: return "its contents are malformed"
        case .SQLITE_NOTADB: return "its header is not that of a database"
        case .SQLITE_IOERR: return "the disk could not be read or written"
        case .SQLITE_CANTOPEN: return "it cannot be opened"
        case .SQLITE_PERM, .SQLITE_AUTH: return "permission denied"
        case .SQLITE_INTERRUPT: return "interrupted"
        default:
            let m = e.message ?? "SQLite error \(e.resultCode.rawValue)"
            return m.isEmpty ? "SQLite error \(e.resultCode.rawValue)" : m
        }
    }
}
