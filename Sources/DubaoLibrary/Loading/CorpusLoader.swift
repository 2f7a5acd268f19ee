import DubaoCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads page files into a `Corpus`: discovers files, decodes them, takes metadata from their names and
/// parses them in parallel. A file that cannot be read is reported in `warnings` and the rest still load.
public enum CorpusLoader {
    /// Files larger than this are refused with a message (a page is a few tens of kilobytes, a whole issue
    /// in one file a few hundred); it bounds the memory an import or a parse needs for one file.
    public static let maximumFileSize = 4 * 1024 * 1024

    public struct FileResult: Sendable {
        public var page: Page?
        public var warnings: [String]
    }

    public static func load(_ paths: [String], parser: PageParser = PageParser()) -> Corpus {
        let found = FileDiscovery.discover(paths)
        var corpus = Corpus(warnings: found.warnings)
        let results = parseAll(found.files, parser: parser)
        for r in results {
            corpus.warnings.append(contentsOf: r.warnings)
            if let p = r.page { corpus.pages.append(p) }
        }
        ContinuationLinker.link(&corpus)
        return corpus
    }

    /// Parses the files on all cores, keeping their order.
    public static func parseAll(_ files: [String], parser: PageParser = PageParser()) -> [FileResult] {
        let prefixes = idPrefixes(files)
        let box = ResultBox(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { i in
            box.set(i, parseFile(files[i], idPrefix: prefixes[i], parser: parser))
        }
        return box.results
    }

    /// Reads, decodes and parses one file.
    public static func parseFile(_ path: String, idPrefix: String? = nil, parser: PageParser = PageParser()) -> FileResult {
        let bytes: [UInt8]
        switch read(path) {
        case .success(let b): bytes = b
        case .failure(let why): return FileResult(page: nil, warnings: ["\(path): \(why); skipped"])
        }
        return parseBytes(bytes, path: path, idPrefix: idPrefix ?? stem(path), parser: parser)
    }

    public static func parseBytes(_ bytes: [UInt8], path: String, idPrefix: String, parser: PageParser = PageParser()) -> FileResult {
        switch TextDecoder.decode(bytes) {
        case .failure(let f):
            return FileResult(page: nil, warnings: ["\(path): \(f); skipped"])
        case .success(let d):
            var warnings = d.problems.map { "\(path): \($0)" }
            if d.encoding != .utf8 { warnings.append("\(path): read as \(d.encoding.rawValue)") }
            var page = parser.parse(text: d.text, source: path, idPrefix: idPrefix)
            warnings += PageMetadata.merge(into: &page, fileName: FileNameMetadata.parse(path: path), path: path)
            return FileResult(page: page, warnings: warnings)
        }
    }

    public enum ReadError: Error, CustomStringConvertible {
        case os(String)
        case notRegular(String)
        case tooLarge(Int)
        public var description: String {
            switch self {
            case .os(let s): return "cannot read: \(s)"
            case .notRegular(let what): return "\(what), not a page file"
            case .tooLarge(let n):
                return String(format: "too large for a page file (%.1f MB; the limit is %d MB: split it into pages)",
                              Double(n) / 1_048_576, CorpusLoader.maximumFileSize / 1_048_576)
            }
        }
    }

    /// Reads a page file whole. Never blocks: the file is opened without waiting (a FIFO or a device is
    /// refused, not read), and files over `maximumFileSize` are refused before anything is read.
    public static func read(_ path: String) -> Result<[UInt8], ReadError> {
        let fd = PathName.withCString(path) { open($0, O_RDONLY | O_NONBLOCK | O_NOCTTY | O_CLOEXEC) }
        guard fd >= 0 else { return .failure(.os(FileError(errno: errno).description)) }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { return .failure(.os(FileError(errno: errno).description)) }
        switch FileSystem.kind(of: st) {
        case .directory: return .failure(.notRegular("a folder"))
        case .other(let what): return .failure(.notRegular(what))
        case .regular: break
        }
        let size = Int(st.st_size)
        if size > maximumFileSize { return .failure(.tooLarge(size)) }
        var out = [UInt8](repeating: 0, count: size)
        var got = 0
        while got < size {
            let n = out.withUnsafeMutableBytes { Glibc.read(fd, $0.baseAddress! + got, size - got) }
            if n < 0 {
                if errno == EINTR || errno == EAGAIN { continue }
                return .failure(.os(FileError(errno: errno).description))
            }
            if n == 0 { break }
            got += n
        }
        if got < size { out.removeLast(size - got) }
        return .success(out)
    }

    /// The file's name without folder and `.txt`.
    public static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.lowercased().hasSuffix(".txt") ? String(name.dropLast(4)) : name
    }

    /// Article id prefixes: the file's stem, made unique with a hash of the path where two files share it.
    public static func idPrefixes(_ files: [String]) -> [String] {
        let stems = files.map(stem)
        var count: [String: Int] = [:]
        for s in stems { count[s, default: 0] += 1 }
        return zip(files, stems).map { f, s in count[s]! > 1 ? "\(s)~\(StableHash.hex(f, digits: 6))" : s }
    }
}

/// Collects results from concurrent workers.
final class ResultBox: @unchecked Sendable {
    private var storage: [CorpusLoader.FileResult?]
    private let lock = NSLock()
    init(count: Int) { storage = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ r: CorpusLoader.FileResult) { lock.lock(); storage[i] = r; lock.unlock() }
    var results: [CorpusLoader.FileResult] { storage.compactMap { $0 } }
}
