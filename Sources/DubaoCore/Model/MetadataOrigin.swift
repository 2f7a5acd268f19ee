/// Where a page's paper, date and page number came from: its file name, or its own header and footer lines
/// (`PageMetadata` decides; the reader says it, so nothing is shown as known without saying how).
public struct MetadataOrigin: Sendable, Hashable {
    public enum Source: String, Sendable, Hashable { case fileName = "file", header }

    public var paper: Source?
    public var date: Source?
    public var page: Source?

    public init(paper: Source? = nil, date: Source? = nil, page: Source? = nil) {
        self.paper = paper
        self.date = date
        self.page = page
    }

    /// As the library keeps it: `paper=file date=header`.
    public var stored: String {
        [("paper", paper), ("date", date), ("page", page)].compactMap { k, v in v.map { "\(k)=\($0.rawValue)" } }.joined(separator: " ")
    }

    public init(stored: String?) {
        self.init()
        for pair in (stored ?? "").split(separator: " ") {
            let kv = pair.split(separator: "=", maxSplits: 1)
            guard kv.count == 2, let s = Source(rawValue: String(kv[1])) else { continue }
            switch kv[0] {
            case "paper": paper = s
            case "date": date = s
            case "page": page = s
            default: break
            }
        }
    }
}
