import DubaoCore
#if canImport(Glibc)
import Glibc
#endif

/// Finds page files: files named on the command line as they are, and `*.txt` and `*.pdf` files under folders
/// (recursively, following symbolic links once: a folder already visited is not entered again).
/// Hidden files and folders are skipped; so is anything that is not a regular file (a FIFO named on the
/// command line would block whoever opens it), with a warning. Names need not be UTF-8 (`PathName`).
public enum FileDiscovery {
    public struct Found: Sendable {
        public var files: [String] = []
        public var warnings: [String] = []
        /// Paths named that do not exist or cannot be looked at.
        public var missing: [String] = []
    }

    /// Extensions of page files looked for inside folders.
    public static let pageExtensions = [".txt", ".pdf"]

    /// A file named as a PDF (its content decides how it is read).
    public static func isPDF(_ path: String) -> Bool { PDFSource.isPDF(path) }

    public static func discover(_ paths: [String]) -> Found {
        var found = Found()
        var visited = Set<String>()
        var seenFiles = Set<String>()
        for p in paths {
            switch FileSystem.kind(p) {
            case .failure(let e):
                found.warnings.append("\(p): \(e); skipped")
                found.missing.append(p)
            case .success(.directory):
                walk(p, &found, &visited, &seenFiles)
            case .success(.other(let what)):
                found.warnings.append("\(p): \(what), not a page file; skipped")
            case .success(.regular):
                if seenFiles.insert(FileSystem.realPath(p) ?? p).inserted { found.files.append(p) }
            }
        }
        return found
    }

    static func isPageName(_ name: String) -> Bool {
        let lower = name.lowercased()
        return pageExtensions.contains { lower.hasSuffix($0) }
    }

    static func walk(_ dir: String, _ found: inout Found, _ visited: inout Set<String>, _ seenFiles: inout Set<String>) {
        guard let real = FileSystem.realPath(dir), visited.insert(real).inserted else {
            found.warnings.append("\(dir): folder already visited (a symbolic link loop?); not entered again")
            return
        }
        guard let d = PathName.withCString(dir, { opendir($0) }) else {
            found.warnings.append("\(dir): cannot open folder: \(FileError(errno: errno)); skipped")
            return
        }
        var names: [String] = []
        while let e = readdir(d) {
            let name = withUnsafePointer(to: e.pointee.d_name) { ptr in
                ptr.withMemoryRebound(to: CChar.self, capacity: 256) { PathName.decode(cString: $0) }
            }
            if name.hasPrefix(".") { continue }
            names.append(name)
        }
        closedir(d)
        for name in names.sorted() {
            let path = dir.hasSuffix("/") ? dir + name : dir + "/" + name
            switch FileSystem.kind(path) {
            case .failure(let e):
                found.warnings.append("\(path): \(e); skipped")
            case .success(.directory):
                walk(path, &found, &visited, &seenFiles)
            case .success(.other(let what)):
                if isPageName(name) { found.warnings.append("\(path): \(what), not a page file; skipped") }
            case .success(.regular):
                if isPageName(name), seenFiles.insert(FileSystem.realPath(path) ?? path).inserted { found.files.append(path) }
            }
        }
    }
}

/// Rule **PageTwins**: an e-paper is often downloaded as a PDF and the text of the same page beside it, under
/// one name (`jzrb_20231227_07.pdf`, `jzrb_20231227_07.txt`). Read both and every story of the page is in the
/// library twice. The PDF is read (its geometry gives the better reading: headlines by type size, columns by
/// position); the text is read only when the PDF gives no page (no pdftotext on the machine, a damaged or
/// scanned file). Twins are files of one folder whose names differ only in the extension's `.pdf` / `.txt`
/// (in any case); both as named, or found in a folder.
public enum PageTwins {
    /// For each PDF among `files` with a text twin, that text file.
    public static func twins(_ files: [String]) -> [String: String] {
        var pdfs: [String: String] = [:]   // folder + stem → PDF
        for f in files where f.lowercased().hasSuffix(".pdf") { pdfs[key(f)] = f }
        guard !pdfs.isEmpty else { return [:] }
        var out: [String: String] = [:]
        for f in files where f.lowercased().hasSuffix(".txt") {
            if let pdf = pdfs[key(f)], out[pdf] == nil { out[pdf] = f }
        }
        return out
    }

    /// Of `others`, those that are the other half of a pair with one of `files` (the `.pdf` of a `.txt`, the `.txt` of a
    /// `.pdf`, in any case).
    public static func partners<S: Sequence>(of files: [String], among others: S) -> [String] where S.Element == String {
        let stems = Set(files.filter(isPageName).map(key))
        guard !stems.isEmpty else { return [] }
        let given = Set(files)
        return others.filter { isPageName($0) && stems.contains(key($0)) && !given.contains($0) }
    }

    static func isPageName(_ path: String) -> Bool {
        let lower = path.suffix(4).lowercased()
        return lower == ".pdf" || lower == ".txt"
    }

    /// The file's folder and stem (`/a/b/x` for `/a/b/x.txt`).
    static func key(_ path: String) -> String { String(path.dropLast(4)) }

    /// The notice for the text files not read because their PDF was.
    public static func notice(_ texts: [String]) -> String? {
        guard let first = texts.sorted().first else { return nil }
        let more = texts.count > 1 ? " and \(texts.count - 1) other text file\(texts.count == 2 ? "" : "s")" : ""
        return "\(first)\(more): the same page as the PDF of that name beside it, which was read instead (a text is read when its PDF cannot be)"
    }
}
