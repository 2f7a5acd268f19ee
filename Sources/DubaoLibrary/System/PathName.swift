import DubaoCore
#if canImport(Glibc)
import Glibc
#endif

/// File names as the file system gives them: bytes, not always UTF-8. A name that is valid UTF-8 is kept
/// as is; each byte of one that is not becomes a private-use scalar (`TerminalSafe.escapedByte`), so the
/// name round-trips to the same bytes when the file is opened, and shows as `\xNN` when printed.
public enum PathName {
    /// A name from raw bytes.
    public static func decode<C: Collection>(bytes: C) -> String where C.Element == UInt8 {
        if let s = String(validating: bytes, as: UTF8.self) { return s }
        var out = String.UnicodeScalarView()
        let b = Array(bytes)
        var i = 0
        while i < b.count {
            let n = validSequenceLength(b, at: i)
            if n > 0 {
                out.append(contentsOf: String(decoding: b[i..<(i + n)], as: UTF8.self).unicodeScalars)
                i += n
            } else {
                out.append(Unicode.Scalar(TerminalSafe.escapedByteBase + UInt32(b[i]))!)
                i += 1
            }
        }
        return String(out)
    }

    /// A name from a C string (argv, readdir, realpath).
    public static func decode(cString p: UnsafePointer<CChar>) -> String {
        let n = strlen(p)
        return p.withMemoryRebound(to: UInt8.self, capacity: n) { decode(bytes: UnsafeBufferPointer(start: $0, count: n)) }
    }

    /// The bytes a name stands for.
    public static func bytes(_ s: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(s.utf8.count)
        for u in s.unicodeScalars {
            if let b = TerminalSafe.escapedByte(u) { out.append(b) } else { out.append(contentsOf: String(u).utf8) }
        }
        return out
    }

    /// Calls `body` with the name as the C string the system calls want.
    public static func withCString<R>(_ s: String, _ body: (UnsafePointer<CChar>) throws -> R) rethrows -> R {
        if !s.unicodeScalars.contains(where: { TerminalSafe.escapedByte($0) != nil }) { return try s.withCString(body) }
        var b = bytes(s).map { CChar(bitPattern: $0) }
        b.append(0)
        return try b.withUnsafeBufferPointer { try body($0.baseAddress!) }
    }

    /// The length of the well-formed UTF-8 sequence at `i`, or 0.
    static func validSequenceLength(_ d: [UInt8], at i: Int) -> Int {
        let b = d[i]
        if b < 0x80 { return 1 }
        var len = 0
        var lo: UInt8 = 0x80
        var hi: UInt8 = 0xBF
        switch b {
        case 0xC2...0xDF: len = 2
        case 0xE0: len = 3; lo = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: len = 3
        case 0xED: len = 3; hi = 0x9F
        case 0xF0: len = 4; lo = 0x90
        case 0xF1...0xF3: len = 4
        case 0xF4: len = 4; hi = 0x8F
        default: return 0
        }
        guard i + len <= d.count else { return 0 }
        for k in 1..<len {
            let c = d[i + k]
            if c < (k == 1 ? lo : 0x80) || c > (k == 1 ? hi : 0xBF) { return 0 }
        }
        return len
    }
}

/// The few file-system questions the loader and the library ask, on names that may hold escaped bytes.
public enum FileSystem {
    public enum Kind: Equatable, Sendable {
        case regular(size: Int, mtime: Double)
        case directory
        /// A FIFO, a device, a socket: never opened (opening a FIFO blocks).
        case other(String)
    }

    /// What is at `path` (following symbolic links), or the system's reason it cannot be looked at.
    public static func kind(_ path: String) -> Result<Kind, FileError> {
        var st = stat()
        let rc = PathName.withCString(path) { stat($0, &st) }
        guard rc == 0 else { return .failure(FileError(errno: errno)) }
        return .success(kind(of: st))
    }

    static func kind(of st: stat) -> Kind {
        switch st.st_mode & S_IFMT {
        case S_IFREG: return .regular(size: Int(st.st_size), mtime: Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9)
        case S_IFDIR: return .directory
        case S_IFIFO: return .other("a FIFO (named pipe)")
        case S_IFCHR: return .other("a character device")
        case S_IFBLK: return .other("a block device")
        case S_IFSOCK: return .other("a socket")
        default: return .other("not a regular file")
        }
    }

    public static func exists(_ path: String) -> Bool {
        var st = stat()
        return PathName.withCString(path) { stat($0, &st) } == 0
    }

    public static func isDirectory(_ path: String) -> Bool {
        if case .success(.directory) = kind(path) { return true }
        return false
    }

    /// The canonical absolute path, or nil when it does not exist.
    public static func realPath(_ path: String) -> String? {
        guard let r = PathName.withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(r) }
        return PathName.decode(cString: r)
    }

    /// `path` made absolute against the current directory, without resolving links (a bare `lib.sqlite`
    /// becomes `/cwd/lib.sqlite`).
    public static func absolute(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        var buf = [CChar](repeating: 0, count: 4096)
        guard getcwd(&buf, buf.count) != nil else { return path }
        let cwd = PathName.decode(cString: buf)
        let rel = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return cwd.hasSuffix("/") ? cwd + rel : cwd + "/" + rel
    }

    /// Whether this process may write `path` (or create it in its folder when it is missing).
    public static func isWritable(_ path: String) -> Bool {
        if exists(path) { return PathName.withCString(path) { access($0, W_OK) } == 0 }
        let dir = parent(path)
        return PathName.withCString(dir) { access($0, W_OK) } == 0
    }

    public static func parent(_ path: String) -> String {
        guard let slash = path.lastIndex(of: "/") else { return "." }
        return slash == path.startIndex ? "/" : String(path[..<slash])
    }

    /// Creates a folder and its parents.
    public static func makeFolders(_ path: String) throws {
        if isDirectory(path) { return }
        let up = parent(path)
        if up != path && up != "/" && up != "." { try makeFolders(up) }
        let rc = PathName.withCString(path) { mkdir($0, 0o755) }
        if rc != 0 && errno != EEXIST { throw FileError(errno: errno) }
    }

    /// Renames a file (within one file system).
    public static func rename(_ from: String, to: String) throws {
        let rc = PathName.withCString(from) { f in PathName.withCString(to) { t in Glibc.rename(f, t) } }
        if rc != 0 { throw FileError(errno: errno) }
    }
}

/// A system call's failure, in words.
public struct FileError: Error, CustomStringConvertible, Equatable, Sendable {
    public var code: Int32
    public init(errno: Int32) { code = errno }
    public var description: String { String(cString: strerror(code)) }
}
