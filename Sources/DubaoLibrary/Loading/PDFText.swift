import DubaoCore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Reads the text layer of an e-paper PDF with its geometry, through poppler's `pdftotext -bbox-layout` (Debian
/// `poppler-utils`): every page, every line with its box. Chosen over linking libpoppler-glib: the command is
/// what every Linux desktop has, needs no C target, and costs a process per file (measured in BENCHMARKS.md).
public enum PDFText {
    /// A PDF over this many pages is refused (a whole issue is under a hundred).
    public static let maximumPages = 1000

    public enum Failure: Error, CustomStringConvertible, Equatable {
        case noPoppler
        case encrypted
        case unreadable(String)
        case noTextLayer(pages: Int)
        case tooManyPages(Int)

        public var description: String {
            switch self {
            case .noPoppler:
                return "a PDF needs poppler's pdftotext, which is not installed (Debian: apt-get install poppler-utils)"
            case .encrypted: return "the PDF is encrypted (it needs a password)"
            case .unreadable(let why): return "not a readable PDF (\(why))"
            case .noTextLayer(let n):
                return "the PDF has no text layer (\(n == 1 ? "a scanned page" : "\(n) scanned pages")): it needs OCR first"
            case .tooManyPages(let n): return "the PDF has \(n) pages; the limit is \(maximumPages)"
            }
        }
    }

    /// Whether the bytes are a PDF (by their signature, wherever the file's name says otherwise).
    public static func isPDF(_ bytes: [UInt8]) -> Bool {
        let sig: [UInt8] = Array("%PDF-".utf8)
        // the signature may follow a little junk (the standard allows it within the first kilobyte)
        let head = bytes.prefix(1024)
        guard head.count >= sig.count else { return false }
        for i in 0...(head.count - sig.count) where head[i] == 0x25 && Array(head[i..<(i + sig.count)]) == sig { return true }
        return false
    }

    /// The pages of the PDF at `path`, each with its placed lines. Pages without any text are kept (empty) when
    /// others have text: a photo page is a page.
    public static func pages(of path: String) -> Result<[PlacedPage], Failure> {
        let out = NSTemporaryDirectory() + "dubao-pdf-\(getpid())-\(UInt64.random(in: 0...UInt64.max)).html"
        defer { unlink(out) }
        let run: (status: Int32, output: String)
        do {
            run = try Subprocess.run(["pdftotext", "-q", "-bbox-layout", "-enc", "UTF-8", path, out])
        } catch {
            return .failure(.noPoppler)
        }
        if run.status == 127 { return .failure(.noPoppler) }
        guard run.status == 0, case .success(let bytes) = CorpusLoader.read(out, limit: Int.max) else {
            // pdftotext -q says nothing; ask again without it for the reason
            let why = (try? Subprocess.run(["pdftotext", "-l", "1", path, "/dev/null"]).output) ?? ""
            if why.localizedCaseInsensitiveContains("password") || why.localizedCaseInsensitiveContains("encrypt") { return .failure(.encrypted) }
            let first = why.split(separator: "\n").first.map(String.init) ?? "pdftotext exited with \(run.status)"
            return .failure(.unreadable(TerminalSafe.plain(first)))
        }
        let pages = parse(bytes: bytes)
        if pages.count > maximumPages { return .failure(.tooManyPages(pages.count)) }
        if pages.isEmpty { return .failure(.unreadable("no pages")) }
        if pages.allSatisfy({ $0.lines.isEmpty }) { return .failure(.noTextLayer(pages: pages.count)) }
        return .success(pages)
    }

    /// Reads `pdftotext -bbox-layout` XHTML: `<page width height>` and the `<word xMin yMin xMax yMax>text</word>`
    /// elements in it. The tool's lines, blocks and flows are ignored: the page's lines are made again from the
    /// words' boxes (`PlacedLine.lines(pageWords:gutter:)`), and the reading order from the lines'.
    public static func parse(_ xhtml: String) -> [PlacedPage] { parse(bytes: Array(xhtml.utf8)) }

    static func parse(bytes b: [UInt8]) -> [PlacedPage] {
        var pages: [PlacedPage] = []
        // each page's words first: where its lines are cut depends on the page's body type
        var pageWords: [[PlacedLine.Word]] = []
        let n = b.count
        var i = 0
        func starts(_ at: Int, _ s: StaticString) -> Bool {
            let len = s.utf8CodeUnitCount
            guard at + len <= n else { return false }
            return s.withUTF8Buffer { p in (0..<len).allSatisfy { b[at + $0] == p[$0] } }
        }
        while i < n {
            guard b[i] == 0x3C else { i += 1; continue }  // <
            var close = i + 1
            while close < n && b[close] != 0x3E { close += 1 }  // >
            guard close < n else { break }
            let tag = (i + 1)..<close
            i = close + 1
            if starts(tag.lowerBound, "page ") {
                pages.append(PlacedPage(index: pages.count + 1, width: attribute("width", b, tag) ?? 0, height: attribute("height", b, tag) ?? 0, lines: []))
                pageWords.append([])
            } else if starts(tag.lowerBound, "word "), !pageWords.isEmpty {
                var end = i
                while end < n && b[end] != 0x3C { end += 1 }
                let text = unescape(String(decoding: b[i..<end], as: UTF8.self))
                pageWords[pageWords.count - 1].append(PlacedLine.Word(text, x0: attribute("xMin", b, tag) ?? 0, x1: attribute("xMax", b, tag) ?? 0,
                                             y0: attribute("yMin", b, tag) ?? 0, y1: attribute("yMax", b, tag) ?? 0))
                i = end
            }
        }
        for k in pages.indices {
            pages[k].lines = PlacedLine.lines(pageWords: pageWords[k], gutter: PlacedLine.bodyCharacter(pageWords[k]))
        }
        return pages
    }

    /// The number in ` name="…"` within the tag's bytes.
    static func attribute(_ name: StaticString, _ b: [UInt8], _ tag: Range<Int>) -> Double? {
        let len = name.utf8CodeUnitCount
        var k = tag.lowerBound
        while k + len + 2 < tag.upperBound {
            let hit = b[k] == 0x20 && b[k + len + 1] == 0x3D && b[k + len + 2] == 0x22
                && name.withUTF8Buffer { p in (0..<len).allSatisfy { b[k + 1 + $0] == p[$0] } }
            if hit {
                let from = k + len + 3
                var to = from
                while to < tag.upperBound && b[to] != 0x22 { to += 1 }
                return Double(String(decoding: b[from..<to], as: UTF8.self))
            }
            k += 1
        }
        return nil
    }

    static func unescape(_ s: String) -> String {
        guard s.contains("&") else { return s }
        var out = ""
        var i = s.startIndex
        while i < s.endIndex {
            if s[i] == "&", let semi = s[i...].firstIndex(of: ";"), s.distance(from: i, to: semi) <= 10 {
                let name = s[s.index(after: i)..<semi]
                var sub: String?
                switch name {
                case "amp": sub = "&"
                case "lt": sub = "<"
                case "gt": sub = ">"
                case "quot": sub = "\""
                case "apos": sub = "'"
                default:
                    if name.hasPrefix("#x"), let v = UInt32(name.dropFirst(2), radix: 16), let u = Unicode.Scalar(v) { sub = String(u) }
                    else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let u = Unicode.Scalar(v) { sub = String(u) }
                }
                if let sub { out += sub; i = s.index(after: semi); continue }
            }
            out.append(s[i])
            i = s.index(after: i)
        }
        return out
    }
}
