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
    /// An e-paper PDF carries its fonts and pictures: a page is a few megabytes, a whole issue in one file more.
    public static let maximumPDFSize = 256 * 1024 * 1024
    /// A page of more lines holding text than this is refused with a message, as a file over `maximumFileSize`
    /// is: the parser keeps a few kilobytes for each line, and a 4 MB page of real text has some 80,000 lines
    /// (a file of one character a line has a million).
    public static let maximumLines = 100_000

    /// A text of more sheets than this (a month of issues is a few hundred pages) is not a paper's pages: it is
    /// read as one page, as a page of that size is, not as a page a form feed (each page costs its own parse).
    public static let maximumSheets = 1000

    /// What one file gave: a text file one page (one a sheet, when form feeds part several), a PDF one page
    /// per printed page.
    public struct FileResult: Sendable {
        public var pages: [Page]
        public var warnings: [String]
        public var page: Page? { pages.first }

        public init(pages: [Page], warnings: [String]) {
            self.pages = pages
            self.warnings = warnings
        }

        init(page: Page?, warnings: [String]) {
            self.init(pages: page.map { [$0] } ?? [], warnings: warnings)
        }
    }

    public static func load(_ paths: [String], parser: PageParser = PageParser()) -> Corpus {
        let found = FileDiscovery.discover(paths)
        var corpus = Corpus(warnings: found.warnings)
        // a PDF's text twin is read only when the PDF gives no page (`PageTwins`)
        let twins = PageTwins.twins(found.files)
        let texts = Set(twins.values)
        let files = found.files.filter { !texts.contains($0) }
        var unread: [String] = []
        for (f, r) in zip(files, parseAll(files, parser: parser)) {
            corpus.warnings.append(contentsOf: r.warnings)
            corpus.pages.append(contentsOf: r.pages)
            guard let text = twins[f] else { continue }
            if r.pages.isEmpty {
                let t = parseFile(text, parser: parser)
                corpus.warnings.append(contentsOf: t.warnings)
                corpus.pages.append(contentsOf: t.pages)
            } else {
                unread.append(text)
            }
        }
        if let n = PageTwins.notice(unread) { corpus.warnings.append(n) }
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
        if PDFText.isPDF(bytes) { return parsePDF(path: path, idPrefix: idPrefix, parser: parser) }
        switch TextDecoder.decode(bytes) {
        case .failure(let f):
            return FileResult(page: nil, warnings: ["\(path): \(f); skipped"])
        case .success(let d):
            var warnings = d.problems.map { "\(path): \($0)" }
            if d.encoding != .utf8 { warnings.append("\(path): read as \(d.encoding.rawValue)") }
            // a text too long for one page is refused, a sheet too long is left out, with a message each
            func tooLong(_ text: String, _ source: String) -> Bool {
                // n lines holding text take at least 2n − 1 bytes: a shorter text cannot hold too many
                guard text.utf8.count > 2 * maximumLines else { return false }
                let lines = ByteScan.textLineCount(text)
                guard lines > maximumLines else { return false }
                warnings.append("\(source): too many lines for a page (\(lines) holding text; the limit is \(maximumLines): split it into pages); skipped")
                return true
            }
            let sheets = Self.sheets(d.text)
            if sheets.count > maximumSheets {
                warnings.append("\(path): \(sheets.count) pages parted by form feeds, more than \(maximumSheets): read as one page")
            }
            guard sheets.count > 1, sheets.count <= maximumSheets else {
                if tooLong(d.text, path) { return FileResult(page: nil, warnings: warnings) }
                var page = parser.parse(text: d.text, source: path, idPrefix: idPrefix)
                warnings += PageMetadata.merge(into: &page, fileName: FileNameMetadata.parse(path: path), path: path)
                return FileResult(page: page, warnings: warnings)
            }
            var nameMeta = FileNameMetadata.parse(path: path)
            nameMeta.page = nil
            var pages: [Page] = []
            for (n, text) in sheets {
                let source = PDFSource.sheet(path, n)
                if tooLong(text, source) { continue }
                var page = parser.parse(text: text, source: source, idPrefix: idPrefix)
                page.numberArticles(sheet: n, idPrefix: idPrefix)
                warnings += PageMetadata.merge(into: &page, fileName: nameMeta, path: source)
                pages.append(page)
            }
            warnings += PageMetadata.shareIssue(&pages)
            return FileResult(pages: pages, warnings: warnings)
        }
    }

    /// The sheets of a text: its parts between form feeds (`pdftotext` ends each page of a PDF with one), each
    /// with its place among them; those holding nothing but white space are left out (a text with one sheet
    /// of text is read whole as one page, wherever its form feeds are).
    static func sheets(_ text: String) -> [(n: Int, text: String)] {
        guard text.utf8.contains(0x0C) else { return [(1, text)] }
        return text.split(separator: "\u{0C}", omittingEmptySubsequences: false).enumerated().compactMap { k, s in
            s.unicodeScalars.allSatisfy(\.properties.isWhitespace) ? nil : (k + 1, String(s))
        }
    }

    /// Reads a PDF's pages through their geometry (`PDFText`, `ReadingOrder`) and parses each as a page. One
    /// printed page keeps the file's name for its metadata and ids; several are `file.pdf#3` with ids
    /// `stem#3.1`, and take their page numbers from their own header lines. A page without text is reported
    /// and the others still load.
    static func parsePDF(path: String, idPrefix: String, parser: PageParser) -> FileResult {
        let placed: [PlacedPage]
        switch PDFText.pages(of: path) {
        case .failure(let f): return FileResult(pages: [], warnings: ["\(path): \(f); skipped"])
        case .success(let p): placed = p
        }
        var warnings: [String] = []
        var pages: [Page] = []
        let single = placed.count == 1
        var nameMeta = FileNameMetadata.parse(path: path)
        if !single { nameMeta.page = nil }
        for p in placed {
            guard !p.lines.isEmpty else {
                warnings.append("\(path): page \(p.index) has no text layer (a scanned page): it needs OCR first; skipped")
                continue
            }
            let source = single ? path : PDFSource.sheet(path, p.index)
            let reading = ReadingOrder(p).reading()
            var page = parser.parse(text: reading.text, source: source, idPrefix: idPrefix, typeSizes: reading.typeSizes)
            if !single { page.numberArticles(sheet: p.index, idPrefix: idPrefix) }
            warnings += PageMetadata.merge(into: &page, fileName: nameMeta, path: source)
            pages.append(page)
        }
        warnings += PageMetadata.shareIssue(&pages)
        return FileResult(pages: pages, warnings: warnings)
    }

    public enum ReadError: Error, CustomStringConvertible {
        case os(String)
        case notRegular(String)
        case tooLarge(Int, limit: Int)
        public var description: String {
            switch self {
            case .os(let s): return "cannot read: \(s)"
            case .notRegular(let what): return "\(what), not a page file"
            case .tooLarge(let n, let limit):
                return String(format: "too large for a page file (%.1f MB; the limit is %d MB: split it into pages)",
                              Double(n) / 1_048_576, limit / 1_048_576)
            }
        }
    }

    /// Reads a page file whole. Never blocks: the file is opened without waiting (a FIFO or a device is
    /// refused, not read), and files over `maximumFileSize` are refused before anything is read.
    public static func read(_ path: String, limit: Int? = nil) -> Result<[UInt8], ReadError> {
        let limit = limit ?? (FileDiscovery.isPDF(path) ? maximumPDFSize : maximumFileSize)
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
        if size > limit { return .failure(.tooLarge(size, limit: limit)) }
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

    /// The file's name without folder and `.txt` or `.pdf`.
    public static func stem(_ path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        let lower = name.lowercased()
        return lower.hasSuffix(".txt") || lower.hasSuffix(".pdf") ? String(name.dropLast(4)) : name
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

extension Page {
    /// The ids of a page that is one sheet of a file of several: `stem#3.1` for the first article of sheet 3.
    mutating func numberArticles(sheet n: Int, idPrefix: String) {
        for k in articles.indices where articles[k].id.hasPrefix(idPrefix + "#") {
            articles[k].id = "\(idPrefix)#\(n)." + articles[k].id.dropFirst(idPrefix.count + 1)
        }
    }
}
