/// A page's source as a place in a PDF: `issue.pdf` is its page 1, `issue.pdf#3` its page 3 (the names the loader
/// gives the pages of a PDF). Nil for a text page.
public enum PDFSource {
    /// The source of the `n`-th sheet of a file of several (a PDF's printed page, or a text's page between
    /// form feeds, as `pdftotext` writes a whole PDF).
    public static func sheet(_ file: String, _ n: Int) -> String { "\(file)#\(n)" }

    /// Which sheet of which file a source names (`issue.pdf#3`, `issue.txt#3`); nil for a file read as one page.
    public static func sheetLocation(_ source: String) -> (file: String, page: Int)? {
        guard let hash = source.lastIndex(of: "#"), let n = Int(source[source.index(after: hash)...]), n >= 1 else { return nil }
        let file = source[..<hash]
        // a file's name, with an extension
        guard let dot = file.lastIndex(of: "."), !file[dot...].contains("/") else { return nil }
        return (String(file), n)
    }

    /// A file named as a PDF.
    public static func isPDF<S: StringProtocol>(_ name: S) -> Bool { name.lowercased().hasSuffix(".pdf") }

    public static func location(_ source: String) -> (file: String, page: Int)? {
        if isPDF(source) { return (source, 1) }
        guard let sheet = sheetLocation(source), isPDF(sheet.file) else { return nil }
        return sheet
    }

    /// `issue.pdf 第3页`: the file's name and the page, as the reader and `show` name them; also a text's sheet
    /// (`issue.txt 第3页`).
    public static func label(_ source: String) -> String? {
        guard let (file, n) = location(source) ?? sheetLocation(source) else { return nil }
        return "\(file.split(separator: "/").last.map(String.init) ?? file) 第\(n)页"
    }
}
