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
        let pages = parse(String(decoding: bytes, as: UTF8.self))
        if pages.count > maximumPages { return .failure(.tooManyPages(pages.count)) }
        if pages.isEmpty { return .failure(.unreadable("no pages")) }
        if pages.allSatisfy({ $0.lines.isEmpty }) { return .failure(.noTextLayer(pages: pages.count)) }
        return .success(pages)
    }

    /// Reads `pdftotext -bbox-layout` XHTML: `<page width height>`, `<line xMin yMin xMax yMax>` and the
    /// `<word …>text</word>` elements in it. Blocks and flows are ignored (the reading order is made from the
    /// boxes).
    public static func parse(_ xhtml: String) -> [PlacedPage] {
        var pages: [PlacedPage] = []
        // each page's lines as words first: where a line is cut depends on the page's body type
        var pageLines: [[(words: [PlacedLine.Word], y0: Double, y1: Double)]] = []
        var words: [PlacedLine.Word] = []
        var lineBox: (Double, Double)? = nil
        var pos = xhtml.startIndex
        while let open = xhtml[pos...].firstIndex(of: "<") {
            guard let close = xhtml[open...].firstIndex(of: ">") else { break }
            let tag = xhtml[xhtml.index(after: open)..<close]
            pos = xhtml.index(after: close)
            if tag.hasPrefix("page ") {
                pages.append(PlacedPage(index: pages.count + 1, width: attribute("width", tag) ?? 0, height: attribute("height", tag) ?? 0, lines: []))
                pageLines.append([])
            } else if tag.hasPrefix("line ") {
                words = []
                lineBox = (attribute("yMin", tag) ?? 0, attribute("yMax", tag) ?? 0)
            } else if tag.hasPrefix("word ") {
                guard let end = xhtml[pos...].range(of: "</word>") else { break }
                let text = unescape(String(xhtml[pos..<end.lowerBound]))
                words.append((text, attribute("xMin", tag) ?? 0, attribute("xMax", tag) ?? 0))
                pos = end.upperBound
            } else if tag == "/line" {
                if let (y0, y1) = lineBox, !pageLines.isEmpty, !words.isEmpty {
                    pageLines[pageLines.count - 1].append((words, y0, y1))
                }
                lineBox = nil
                words = []
            }
        }
        for k in pages.indices {
            let gutter = PlacedLine.bodyCharacter(pageLines[k].flatMap(\.words))
            pages[k].lines = pageLines[k].flatMap { PlacedLine.lines(words: $0.words, y0: $0.y0, y1: $0.y1, gutter: gutter) }
        }
        return pages
    }

    static func attribute(_ name: String, _ tag: Substring) -> Double? {
        guard let r = tag.range(of: " \(name)=\"") else { return nil }
        let rest = tag[r.upperBound...]
        guard let q = rest.firstIndex(of: "\"") else { return nil }
        return Double(rest[..<q])
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
