/// A page's source as a place in a PDF: `issue.pdf` is its page 1, `issue.pdf#3` its page 3 (the names the loader
/// gives the pages of a PDF). Nil for a text page.
public enum PDFSource {
    /// A file named as a PDF.
    public static func isPDF<S: StringProtocol>(_ name: S) -> Bool { name.lowercased().hasSuffix(".pdf") }

    public static func location(_ source: String) -> (file: String, page: Int)? {
        if isPDF(source) { return (source, 1) }
        guard let hash = source.lastIndex(of: "#"), let n = Int(source[source.index(after: hash)...]), n >= 1,
            isPDF(source[..<hash]) else { return nil }
        return (String(source[..<hash]), n)
    }

    /// `issue.pdf 第3页`: the file's name and the page, as the reader and `show` name them.
    public static func label(_ source: String) -> String? {
        guard let (file, n) = location(source) else { return nil }
        return "\(file.split(separator: "/").last.map(String.init) ?? file) 第\(n)页"
    }
}
