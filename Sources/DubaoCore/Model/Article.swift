/// One story (or one part of a story that jumps pages) as recovered from a page.
public struct Article: Sendable, Codable, Hashable, Identifiable {
    public enum Kind: String, Sendable, Codable, CaseIterable {
        /// A report, usually opened by 本报讯 or a byline.
        case news
        /// The part of a story that carries 上接第N版.
        case continuation
        /// A reader's letter or contribution closed by a signature.
        case letter
        /// A column's lead-in (编前, 编者按 …).
        case column
        /// Picture news: captions with no story.
        case photo
        /// A signed feature with its own byline line.
        case feature
        case other
    }

    public var id: String
    public var kind: Kind
    public var kicker: String?
    public var headline: String?
    public var subheadline: String?
    public var column: String?
    public var byline: String?
    public var continuedFromPage: Int?
    public var continuesOnPage: Int?
    public var previousPart: String?
    public var nextPart: String?
    public var blocks: [Block]

    public init(
        id: String, kind: Kind, kicker: String? = nil, headline: String? = nil, subheadline: String? = nil,
        column: String? = nil, byline: String? = nil, continuedFromPage: Int? = nil, continuesOnPage: Int? = nil,
        previousPart: String? = nil, nextPart: String? = nil, blocks: [Block]
    ) {
        self.id = id
        self.kind = kind
        self.kicker = kicker
        self.headline = headline
        self.subheadline = subheadline
        self.column = column
        self.byline = byline
        self.continuedFromPage = continuedFromPage
        self.continuesOnPage = continuesOnPage
        self.previousPart = previousPart
        self.nextPart = nextPart
        self.blocks = blocks
    }

    enum CodingKeys: String, CodingKey {
        case id, kind, kicker, headline, subheadline, column, byline, continuedFromPage, continuesOnPage
        case previousPart, nextPart, blocks
    }

    /// Optional values are written as `null`, never left out (the JSON contract).
    public func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(kind, forKey: .kind)
        try c.encode(kicker, forKey: .kicker)
        try c.encode(headline, forKey: .headline)
        try c.encode(subheadline, forKey: .subheadline)
        try c.encode(column, forKey: .column)
        try c.encode(byline, forKey: .byline)
        try c.encode(continuedFromPage, forKey: .continuedFromPage)
        try c.encode(continuesOnPage, forKey: .continuesOnPage)
        try c.encode(previousPart, forKey: .previousPart)
        try c.encode(nextPart, forKey: .nextPart)
        try c.encode(blocks, forKey: .blocks)
    }
}

extension Article {
    /// The body text (paragraphs, intertitles, captions …) joined by newlines.
    public var bodyText: String { Self.bodyText(blocks) }

    public static func bodyText(_ blocks: [Block]) -> String { blocks.map(\.text).joined(separator: "\n") }

    /// The headline group (kicker, headline, subheadline) joined by newlines: what search reads as the headline
    /// (initials match there only), the index and the in-memory matcher alike.
    public var headlineGroupText: String { Self.headlineGroupText(kicker, headline, subheadline) }

    public static func headlineGroupText(_ kicker: String?, _ headline: String?, _ subheadline: String?) -> String {
        [kicker, headline, subheadline].compactMap { $0 }.joined(separator: "\n")
    }

    /// Number of characters of body text, the length shown in lists.
    public var length: Int { blocks.reduce(0) { $0 + $1.text.count } }

    /// A title for display when the page printed none: the headline when there is one, else the
    /// first clause of the first real paragraph (the JSON keeps `headline` null).
    public var displayTitle: String {
        if let h = headline, !h.isEmpty { return h }
        if let k = kicker, !k.isEmpty { return k }
        return DerivedTitle.make(from: blocks)
    }
}
