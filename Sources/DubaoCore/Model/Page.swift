/// One printed page (版) as read from one source file.
public struct Page: Sendable, Codable, Hashable {
    /// The file the page was read from, as given on the command line or found in a folder.
    public var source: String
    /// The paper's name when the file name or folder carries one.
    public var paper: String?
    /// ISO date (`2025-01-10`) from the file name, else nil.
    public var date: String?
    /// Page number (版次) from the file name, else nil.
    public var page: Int?
    /// The page's banner (版名), undoubled.
    public var section: String?
    public var furniture: [String]
    public var articles: [Article]
    public var unassigned: [String]
    public var duplicatesRemoved: [String]
    /// Where `paper`, `date` and `page` came from (set when the file name and the header are merged).
    public var metadataFrom = MetadataOrigin()
    /// The page's reading order is one the parser rebuilt (an extraction's rows chained back into columns,
    /// `ColumnStreams`, or a laid-out text read column by column, `LaidOutText`): where it printed a jump mark
    /// is not certain to be in the story that jumps (`ContinuationLinker`). Not written to the JSON.
    public var orderRebuilt = false

    public init(
        source: String, paper: String? = nil, date: String? = nil, page: Int? = nil, section: String? = nil,
        furniture: [String] = [], articles: [Article] = [], unassigned: [String] = [], duplicatesRemoved: [String] = []
    ) {
        self.source = source
        self.paper = paper
        self.date = date
        self.page = page
        self.section = section
        self.furniture = furniture
        self.articles = articles
        self.unassigned = unassigned
        self.duplicatesRemoved = duplicatesRemoved
    }

    enum CodingKeys: String, CodingKey {
        case source, paper, date, page, section, furniture, articles, unassigned, duplicatesRemoved
    }

    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(source, forKey: .source)
        try c.encode(paper, forKey: .paper)
        try c.encode(date, forKey: .date)
        try c.encode(page, forKey: .page)
        try c.encode(section, forKey: .section)
        try c.encode(furniture, forKey: .furniture)
        try c.encode(articles, forKey: .articles)
        try c.encode(unassigned, forKey: .unassigned)
        try c.encode(duplicatesRemoved, forKey: .duplicatesRemoved)
    }
}
