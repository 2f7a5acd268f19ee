import DubaoCore

/// The whole state of the reader. Views draw it; only the reducer changes it.
public struct AppState: Sendable, Equatable {
    public typealias Pane = ScreenLayout.Pane

    public enum Mode: Sendable, Equatable { case browse, help, bookmarks, search }

    public var nav: Navigation
    public var focus: Pane = .articles
    public var mode: Mode = .browse

    /// Sections pane: selected row and first visible row.
    public var sectionCursor = 0
    public var sectionTop = 0
    /// Articles pane: selected entry (index into the selected section's stories) and first visible.
    public var articleCursor = 0
    public var articleTop = 0
    /// Where the article list was before the bookmarks view replaced it.
    var savedArticleList: ListPlace?

    /// A place in a list: the selected row and the first one shown.
    struct ListPlace: Sendable, Equatable {
        var cursor: Int
        var top: Int
    }

    /// The story shown in the article pane, its loaded parts, and how far it is scrolled.
    public var shownStory: Int?
    public var shownArticles: [Article] = []
    public var articleScroll = 0
    /// Lines of the shown story at the current width (derived by the reducer after each action, `StoryMeasure`).
    public internal(set) var articleLines = 0
    /// A scroll line to go to once the story has been measured (restoring the reading place).
    public var pendingScroll: Int?

    public var columns = 80
    public var rows = 24

    public var themeNames: [String]
    /// Lines of the help overlay (the screens' key table), and the first one shown: the help scrolls.
    public var helpLength = 0
    public var helpTop = 0
    /// Help lines that fit on the screen (the overlay's frame and footer take four rows).
    public var helpVisible: Int { max(1, min(rows - 2, helpLength + 4) - 4) }
    public var themeIndex = 0
    public var read: Set<String> = []
    /// The shown story, once the reader marked it read or unread by hand (`u`): its read timer leaves it as set.
    public var readByHand: Int?
    public var bookmarks: [String] = []
    /// Earlier queries, newest last (kept in the library).
    public var searchHistory: [String] = []
    /// What the status line says until the next key (`Notice`).
    public var message: Notice?
    /// The search, while one is open (its highlights stay while its results are read).
    public var search: SearchState?
    public var quitting = false
    /// What is being typed for the story shown, while its prompt is open: a path to save it to (`s`) or a shell
    /// command to pipe it to (`|`).
    public var prompt: ArticlePrompt?

    public init(nav: Navigation, themeNames: [String] = ["default"], columns: Int = 80, rows: Int = 24) {
        self.nav = nav
        self.themeNames = themeNames
        self.columns = columns
        self.rows = rows
        // start on the first page row rather than the issue
        if let first = nav.rows.firstIndex(where: { $0.kind == .page }) { sectionCursor = first }
    }

    public var layout: ScreenLayout { ScreenLayout(columns: columns, rows: rows, focus: focus, readingOnly: readingOnly) }
    /// The article alone on the screen, without the lists (z).
    public var readingOnly = false

    /// Stories listed for the selected section row.
    public var listedStories: [Int] {
        if mode == .bookmarks { return bookmarkedStories }
        if mode == .search, let s = search, s.scope == .library {
            return s.results.compactMap { r in storyOf(articleID: r.articleID) }
        }
        guard nav.rows.indices.contains(sectionCursor) else { return [] }
        return nav.rows[sectionCursor].articles
    }

    /// The story under the article cursor.
    public var selectedStory: Int? {
        let l = listedStories
        return l.indices.contains(articleCursor) ? l[articleCursor] : nil
    }

    public var themeName: String { themeNames.indices.contains(themeIndex) ? themeNames[themeIndex] : "default" }

    /// Index of the page the selected section row belongs to.
    public var currentPage: Int? { nav.page(ofRow: sectionCursor) }

    /// The story an article belongs to.
    public func storyOf(articleID: String) -> Int? {
        nav.storyOfArticle[articleID]
    }

    /// Whether every part of a story has been read.
    public func isRead(_ story: Int) -> Bool { nav.stories[story].parts.allSatisfy(read.contains) }
}
