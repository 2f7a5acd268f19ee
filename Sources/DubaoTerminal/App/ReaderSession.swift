import DubaoCore
import DubaoStore

/// What the reader needs from outside: article bodies and a place to keep reading state. The library
/// implements it over SQLite; tests and `--no-library` runs over a corpus in memory.
public protocol ReaderServices: AnyObject {
    func loadArticles(ids: [String]) -> [Article]
    func search(_ query: String) -> [SearchHit]
    func markRead(ids: [String])
    func saveBookmarks(_ ids: [String])
    func savePosition(articleID: String, scroll: Int)
}

/// Reading services over a parsed corpus, remembering nothing.
public final class InMemoryServices: ReaderServices {
    let articles: [String: Article]
    public private(set) var readIDs: [String] = []
    public private(set) var bookmarks: [String] = []

    public init(corpus: Corpus) {
        var m: [String: Article] = [:]
        for p in corpus.pages { for a in p.articles { m[a.id] = a } }
        articles = m
    }

    public func loadArticles(ids: [String]) -> [Article] { ids.compactMap { articles[$0] } }

    /// Search without an index: every article matched in turn (fine for a few pages).
    public func search(_ query: String) -> [SearchHit] {
        let q = SearchQuery.parse(query)
        guard !q.isEmpty else { return [] }
        var out: [(SearchHit, Bool)] = []
        for a in articles.values {
            let head = [a.kicker, a.headline, a.subheadline].compactMap { $0 }.joined(separator: "\n")
            let body = a.blocks.map(\.text).joined(separator: "\n")
            guard SearchMatcher.matches(q, tokens: SearchTokens.tokens(head + "\n" + body)) else { continue }
            let hh = SearchMatcher.hits(q, in: head)
            let bh = SearchMatcher.hits(q, in: body)
            let snippet = bh.isEmpty ? SearchMatcher.snippet(head, hit: hh.first) : SearchMatcher.snippet(body, hit: bh.first)
            out.append((SearchHit(articleID: a.id, title: a.displayTitle, snippet: snippet, hits: hh.count + bh.count, place: ""), !hh.isEmpty))
        }
        out.sort { a, b in a.1 != b.1 ? a.1 : a.0.hits != b.0.hits ? a.0.hits > b.0.hits : a.0.articleID < b.0.articleID }
        return out.map(\.0)
    }
    public func markRead(ids: [String]) { readIDs += ids }
    public func saveBookmarks(_ ids: [String]) { bookmarks = ids }
    public func savePosition(articleID: String, scroll: Int) {}
}

/// The reader without a terminal: state, reducer, effects and drawing. The ncurses app and the tests both
/// drive it, the tests through `press` and `screen`.
public final class ReaderSession {
    public private(set) var state: AppState
    public let services: ReaderServices
    public let themes: ThemeRegistry
    public var ambiguousWide: Bool
    let cache = ArticleLayoutCache()
    /// Effects performed, in order (for tests and tracing).
    public private(set) var performed: [Effect] = []

    public init(state: AppState, services: ReaderServices, themes: ThemeRegistry, ambiguousWide: Bool = false, initialEffects: [Effect]? = nil) {
        var s = state
        s.themeNames = themes.names
        self.state = s
        self.services = services
        self.themes = themes
        self.ambiguousWide = ambiguousWide
        if let fx = initialEffects, !fx.isEmpty {
            perform(fx)
        } else {
            perform(Reducer.showFirst(&self.state))
        }
        measure()
    }

    /// Reduces an action and performs its effects (and the actions they answer with). When the shown
    /// story or the pane width changed, the story is measured so that scrolling stays within it.
    public func send(_ action: Action) {
        let fx = Reducer.reduce(&state, action)
        perform(fx)
        measure()
    }

    func measure() {
        guard let story = state.shownStory, !state.shownArticles.isEmpty, let f = state.layout.frame(.article) ?? ScreenLayout(columns: state.columns, rows: state.rows, focus: .article).frame(.article) else { return }
        let view = ReaderView(theme: theme, ambiguousWide: ambiguousWide)
        let m = view.articleLayout(state, story: story, paneWidth: f.width, cache: cache)
        if m.count != state.articleLines || (state.search != nil && m.hitLines != state.search?.hitLines) {
            _ = Reducer.reduce(&state, .measured(lines: m.count, hitLines: m.hitLines))
        }
    }

    func perform(_ fx: [Effect]) {
        for e in fx {
            performed.append(e)
            switch e {
            case .loadStory(let story, let ids):
                send(.storyLoaded(story: story, articles: services.loadArticles(ids: ids)))
            case .markRead(let ids): services.markRead(ids: ids)
            case .saveBookmarks(let ids): services.saveBookmarks(ids)
            case .savePosition(let id, let scroll): services.savePosition(articleID: id, scroll: scroll)
            case .search(let q): send(.searchResults(query: q, results: services.search(q)))
            case .quit: break
            }
        }
    }

    /// A key that crashes the reader on purpose (hidden `--debug-crash-key`, for the terminal-restore tests).
    public var crashKey: Character?

    /// Handles a key as the terminal would deliver it.
    public func press(_ key: Key) {
        if case .char(let c) = key, c == crashKey { fatalError("crash asked for with --debug-crash-key") }
        if let a = KeyMap.action(for: key, state: state) { send(a) }
    }

    public var theme: Theme { themes.theme(named: state.themeName) }

    /// Draws the current state. The shown story is measured first, so that scrolling stays within it.
    public func render() -> Grid {
        measure()
        return ReaderView(theme: theme, ambiguousWide: ambiguousWide).draw(state, cache: cache)
    }

    /// The screen as text.
    public var screen: String { render().text }
}
