import DubaoCore

/// One row of the sections pane: an issue, a page (版) of it, or a column on a page.
public struct SectionRow: Sendable, Equatable {
    public enum Kind: Sendable, Equatable { case issue, page, column }
    public var kind: Kind
    public var label: String
    /// Secondary text (the page's banner, a count).
    public var detail: String
    /// Articles shown when the row is selected (indices into `Navigation.articles`).
    public var articles: [Int]
}

/// One story as the lists show it. A story that jumps pages is one entry; its parts are listed in order.
public struct StoryEntry: Sendable, Equatable {
    /// Article ids of its parts, in reading order (one for most stories).
    public var parts: [String]
    public var title: String
    /// The page printed no headline: `title` was derived from the text.
    public var titleDerived: Bool
    public var kicker: String?
    public var byline: String?
    public var length: Int
    public var kind: Article.Kind
    public var continuedFromPage: Int?
    /// Where the first part continues (下转第N版).
    public var continuesOnPage: Int?
    /// Where the first part is: issue and page index in `Navigation.pages`.
    public var page: Int
}

/// The corpus arranged for the screens: issues, pages, columns, and the story entries they list.
public struct Navigation: Sendable, Equatable {
    public var rows: [SectionRow] = []
    public var stories: [StoryEntry] = []
    /// Pages in reading order (issue by issue).
    public var pages: [PageRef] = []
    /// Article id → (page index, article index in that page).
    public var articleIndex: [String: ArticlePlace] = [:]

    /// Where an article is: its page (index into `pages`) and its place among the page's articles.
    public struct ArticlePlace: Sendable, Equatable {
        public var page: Int
        public var article: Int
    }
    /// Article id → the story it is a part of.
    public var storyOfArticle: [String: Int] = [:]

    public struct PageRef: Sendable, Equatable {
        public var issueTitle: String
        public var number: Int?
        public var section: String?
        public var source: String
        /// Where the page's paper, date and number came from.
        public var metadataFrom: MetadataOrigin
        public var articles: [ArticleSummary]

        public init(issueTitle: String, number: Int?, section: String?, source: String, metadataFrom: MetadataOrigin = MetadataOrigin(),
                    articles: [ArticleSummary]) {
            self.issueTitle = issueTitle
            self.number = number
            self.section = section
            self.source = source
            self.metadataFrom = metadataFrom
            self.articles = articles
        }
    }

    public init() {}

    /// Builds the navigation from issues of page summaries.
    public init(issues: [(title: String, pages: [PageRef])]) {
        // sized once: a decade of pages is some 300,000 articles, and growing the tables was a third of the start
        let articles = issues.reduce(0) { $0 + $1.pages.reduce(0) { $0 + $1.articles.count } }
        var storyOf: [String: Int] = [:]
        storyOf.reserveCapacity(articles)
        articleIndex.reserveCapacity(articles)
        stories.reserveCapacity(articles)
        pages.reserveCapacity(issues.reduce(0) { $0 + $1.pages.count })
        for issue in issues {
            let issueRow = rows.count
            rows.append(SectionRow(kind: .issue, label: issue.title, detail: "\(issue.pages.count)版", articles: []))
            let firstPage = pages.count
            for p in issue.pages {
                for (k, a) in p.articles.enumerated() { articleIndex[a.id] = ArticlePlace(page: pages.count, article: k) }
                pages.append(p)
            }
            var issueStories: [Int] = []
            var inIssue = Set<Int>()
            for (offset, p) in issue.pages.enumerated() {
                let pageIndex = firstPage + offset
                var pageStories: [Int] = []
                var columns: [String: [Int]] = [:]
                var columnOrder: [String] = []
                for a in p.articles {
                    // a later part of a story whose earlier part is in the corpus is listed with it
                    let s: Int
                    if let prev = a.previousPart, let existing = storyOf[prev] {
                        s = existing
                        stories[s].parts.append(a.id)
                        stories[s].length += a.length
                    } else {
                        s = stories.count
                        stories.append(StoryEntry(
                            parts: [a.id], title: a.title, titleDerived: a.headline == nil && a.kicker == nil, kicker: a.headline == nil ? nil : a.kicker,
                            byline: a.byline, length: a.length, kind: a.kind, continuedFromPage: a.continuedFromPage,
                            continuesOnPage: a.continuesOnPage, page: pageIndex))
                    }
                    storyOf[a.id] = s
                    if !pageStories.contains(s) { pageStories.append(s) }
                    if let c = a.column {
                        if columns[c] == nil { columnOrder.append(c) }
                        columns[c, default: []].append(s)
                    }
                }
                let num = PageLabel.of(p.number)
                rows.append(SectionRow(kind: .page, label: num, detail: p.section ?? "", articles: pageStories))
                for c in columnOrder { rows.append(SectionRow(kind: .column, label: c, detail: "", articles: columns[c]!)) }
                for st in pageStories where inIssue.insert(st).inserted { issueStories.append(st) }
            }
            rows[issueRow].articles = issueStories
        }
        storyOfArticle = storyOf
    }

    public init(corpus: Corpus) {
        self.init(issues: corpus.issues.map { issue in
            (issue.title, issue.pages.map { p in
                PageRef(issueTitle: issue.title, number: p.page, section: p.section, source: p.source, metadataFrom: p.metadataFrom,
                        articles: p.articles.map(ArticleSummary.init))
            })
        })
    }
}
