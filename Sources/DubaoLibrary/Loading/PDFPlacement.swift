import DubaoCore

/// Where an article read from a PDF stands on its printed page: the PDF file, the page in it, and a box per block
/// (points from the page's top-left), read again from the PDF when asked (`dubao show --json`).
public struct PDFPlacement: Sendable, Encodable {
    public var id: String
    public var file: String
    /// 1-based page in the PDF.
    public var pdfPage: Int
    /// One per block of the article, nil where the block's text could not be found on the page.
    public var boxes: [BlockPlacement.Box?]

    /// Placements of `articles` whose sources are PDFs (each PDF read once). Failures (the file gone, no poppler)
    /// come back as warnings naming the file.
    public static func place(_ articles: [(article: Article, source: String)]) -> (placements: [PDFPlacement], warnings: [String]) {
        var pagesOf: [String: Result<[PlacedPage], PDFText.Failure>] = [:]
        var out: [PDFPlacement] = []
        var warnings: [String] = []
        for (a, source) in articles {
            guard let (file, n) = PDFSource.location(source) else { continue }
            if pagesOf[file] == nil { pagesOf[file] = PDFText.pages(of: file) }
            switch pagesOf[file]! {
            case .failure(let why):
                if !warnings.contains(where: { $0.hasPrefix(file + ":") }) { warnings.append("\(file): \(why); no boxes") }
            case .success(let pages):
                guard let page = pages.first(where: { $0.index == n }) else {
                    warnings.append("\(file): has no page \(n) now; no boxes")
                    continue
                }
                out.append(PDFPlacement(id: a.id, file: file, pdfPage: n, boxes: BlockPlacement.boxes(of: a.blocks.map(\.text), on: page)))
            }
        }
        return (out, warnings)
    }
}
