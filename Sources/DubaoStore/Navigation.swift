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
    /// Unread stories as the library counted them, while the row's issue is not read in (then `articles` counts).
    public var unreadBeforeLoad: Int?
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
        /// How the library knows the page (to read its stories in when its issue is opened).
        public var key: Int64?
        /// Its articles not yet read, as the library counts them (for a page whose issue is not read in).
        public var unreadCount: Int?
        /// Of those, the later parts of stories begun on another page (`previousPart`): its issue counts each such
        /// story once, as it does when read in (`fill`).
        public var laterPartsUnread = 0
        /// Its unread articles by column (栏目), as the library counts them.
        public var columnsUnread: [String: Int] = [:]

        public init(issueTitle: String, number: Int?, section: String?, source: String, metadataFrom: MetadataOrigin = MetadataOrigin(),
                    articles: [ArticleSummary], key: Int64? = nil) {
            self.key = key
            self.issueTitle = issueTitle
            self.number = number
            self.section = section
            self.source = source
            self.metadataFrom = metadataFrom
            self.articles = articles
        }
    }

    public init() {}

    /// An issue: its title, its row, its pages (indices into `pages`), and whether its stories have been read in.
    public struct IssueRef: Sendable, Equatable {
        public var title: String
        public var row: Int
        public var pages: Range<Int>
        public var loaded: Bool
    }

    /// Issues in reading order.
    public var issues: [IssueRef] = []
    /// How many of them have been read in.
    public private(set) var loadedIssues = 0
    /// The row of each page.
    public var pageRows: [Int] = []
    /// The page the library knows by a key.
    public var pageOfKey: [Int64: Int] = [:]

    /// Builds the navigation from issues of page summaries, every story known.
    public init(issues: [(title: String, pages: [PageRef])]) {
        self.init(pagesOf: issues.map { issue in
            (issue.title, issue.pages, issue.pages.map { PageColumns.inOrder($0.articles.lazy.map(\.column)) })
        })
        // sized once: growing the tables was a third of the start on a large library
        let articles = issues.reduce(0) { $0 + $1.pages.reduce(0) { $0 + $1.articles.count } }
        articleIndex.reserveCapacity(articles)
        storyOfArticle.reserveCapacity(articles)
        stories.reserveCapacity(articles)
        for (i, issue) in issues.enumerated() { fill(issue: i, articles: issue.pages.map(\.articles)) }
    }

    /// Builds the rows from the pages alone (each with its columns): an issue's stories are read in when it is
    /// opened (`fill`), so that an archive of any size opens at once.
    public init(pagesOf issues: [(title: String, pages: [PageRef], columns: [[String]])]) {
        let pageCount = issues.reduce(0) { $0 + $1.pages.count }
        pages.reserveCapacity(pageCount)
        pageRows.reserveCapacity(pageCount)
        pageOfKey.reserveCapacity(pageCount)
        rows.reserveCapacity(issues.count + pageCount + issues.reduce(0) { $0 + $1.columns.reduce(0) { $0 + $1.count } })
        self.issues.reserveCapacity(issues.count)
        for issue in issues {
            let first = pages.count
            self.issues.append(IssueRef(title: issue.title, row: rows.count, pages: first..<(first + issue.pages.count), loaded: false))
            // its stories not yet read: the pages' unread articles less the later parts of stories begun on another
            // of its pages (counted there), so the count stays the same when the issue is read in
            let unread = issue.pages.map(\.unreadCount)
            let later = issue.pages.reduce(0) { $0 + $1.laterPartsUnread }
            rows.append(SectionRow(kind: .issue, label: issue.title, detail: "\(issue.pages.count)版", articles: [],
                                   unreadBeforeLoad: unread.contains(nil) ? nil : max(0, unread.reduce(0) { $0 + $1! } - later)))
            for (p, columns) in zip(issue.pages, issue.columns) {
                if let k = p.key { pageOfKey[k] = pages.count }
                pageRows.append(rows.count)
                pages.append(p)
                if !p.articles.isEmpty { pages[pages.count - 1].articles = [] }
                rows.append(SectionRow(kind: .page, label: PageLabel.of(p.number), detail: p.section ?? "", articles: [],
                                       unreadBeforeLoad: p.unreadCount))
                for c in columns {
                    rows.append(SectionRow(kind: .column, label: c, detail: "", articles: [],
                                           unreadBeforeLoad: p.unreadCount == nil ? nil : p.columnsUnread[c] ?? 0))
                }
            }
        }
    }

    /// Reads in the stories of issue `i` from its pages' article summaries (one list per page, in order). A
    /// later part of a story whose earlier part is in the issue is listed with it.
    public mutating func fill(issue i: Int, articles: [[ArticleSummary]]) {
        guard issues.indices.contains(i), !issues[i].loaded else { return }
        issues[i].loaded = true
        loadedIssues += 1
        var issueStories: [Int] = []
        var inIssue = Set<Int>()
        for (pageIndex, summaries) in zip(issues[i].pages, articles) {
            pages[pageIndex].articles = summaries
            var pageStories: [Int] = []
            var columns: [String: [Int]] = [:]
            for (k, a) in summaries.enumerated() {
                articleIndex[a.id] = ArticlePlace(page: pageIndex, article: k)
                let s: Int
                if let prev = a.previousPart, let existing = storyOfArticle[prev] {
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
                storyOfArticle[a.id] = s
                if !pageStories.contains(s) { pageStories.append(s) }
                if let c = a.column { columns[c, default: []].append(s) }
            }
            let row = pageRows[pageIndex]
            rows[row].articles = pageStories
            rows[row].unreadBeforeLoad = nil
            var r = row + 1
            while r < rows.count && rows[r].kind == .column {
                rows[r].articles = columns[rows[r].label] ?? []
                rows[r].unreadBeforeLoad = nil
                r += 1
            }
            for st in pageStories where inIssue.insert(st).inserted { issueStories.append(st) }
        }
        rows[issues[i].row].articles = issueStories
        rows[issues[i].row].unreadBeforeLoad = nil
    }

    /// The issue a row belongs to.
    public func issue(ofRow r: Int) -> Int? {
        guard r >= 0, r < rows.count, !issues.isEmpty else { return nil }
        var lo = 0, hi = issues.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if issues[mid].row <= r { lo = mid } else { hi = mid - 1 }
        }
        return issues[lo].row <= r ? lo : nil
    }

    /// The issue of a page.
    public func issue(ofPage p: Int) -> Int? { pageRows.indices.contains(p) ? issue(ofRow: pageRows[p]) : nil }

    /// The page a row shows: a page's own, a column's page, an issue's first page.
    public func page(ofRow r: Int) -> Int? {
        guard rows.indices.contains(r), !pageRows.isEmpty else { return nil }
        if rows[r].kind == .issue, let i = issue(ofRow: r) { return issues[i].pages.isEmpty ? nil : issues[i].pages.lowerBound }
        var lo = 0, hi = pageRows.count - 1
        while lo < hi {
            let mid = (lo + hi + 1) / 2
            if pageRows[mid] <= r { lo = mid } else { hi = mid - 1 }
        }
        return pageRows[lo] <= r ? lo : nil
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
