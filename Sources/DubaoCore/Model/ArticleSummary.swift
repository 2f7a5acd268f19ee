/// What lists need of an article, without its body: the reader's lists and the library's outline.
public struct ArticleSummary: Sendable, Equatable {
    public var id: String
    public var kind: Article.Kind
    public var kicker: String?
    public var headline: String?
    public var title: String
    public var byline: String?
    public var column: String?
    public var length: Int
    public var continuedFromPage: Int?
    public var continuesOnPage: Int?
    public var previousPart: String?
    public var nextPart: String?

    public init(_ a: Article) {
        id = a.id
        kind = a.kind
        kicker = a.kicker
        headline = a.headline
        title = a.displayTitle
        byline = a.byline
        column = a.column
        length = a.length
        continuedFromPage = a.continuedFromPage
        continuesOnPage = a.continuesOnPage
        previousPart = a.previousPart
        nextPart = a.nextPart
    }

    public init(id: String, kind: Article.Kind, kicker: String?, headline: String?, title: String, byline: String?,
                column: String?, length: Int, continuedFromPage: Int?, continuesOnPage: Int?, previousPart: String?, nextPart: String?) {
        self.id = id
        self.kind = kind
        self.kicker = kicker
        self.headline = headline
        self.title = title
        self.byline = byline
        self.column = column
        self.length = length
        self.continuedFromPage = continuedFromPage
        self.continuesOnPage = continuesOnPage
        self.previousPart = previousPart
        self.nextPart = nextPart
    }
}
