import DubaoCore
import Foundation

/// What the reader needs from the library, in plain values: article bodies, searches, and a place to keep
/// reading state. `LibraryServices` (DubaoApp) implements it over SQLite; `InMemoryServices` over a parsed
/// corpus (tests, benchmarks); both pass one shared test suite. Searches may run on
/// another thread: `newSearch` makes every search begun before it stale, and a stale search returns nil.
public protocol LibraryClient: AnyObject, Sendable {
    func loadArticles(ids: [String]) -> [Article]
    /// How the reducer reads in the stories of issues a navigation built from pages alone does not hold yet.
    var issues: IssueLoader { get }
    /// Begins a search: the ones begun before stop. Returns its number.
    func newSearch() -> Int
    /// The hits of `query`, or nil when a newer search began meanwhile.
    func search(_ query: String, generation: Int) -> [SearchHit]?
    /// Imports the library's folders again (changed files only) and gives the new navigation and what was
    /// done; nil when there is nothing to import again.
    func reload() -> (Navigation, String)?
    func markRead(ids: [String])
    func markUnread(ids: [String])
    func saveBookmarks(_ ids: [String])
    func saveSearchHistory(_ queries: [String])
    func savePosition(articleID: String, scroll: Int)
    /// Keeps the view for the next run (the reader is quitting).
    func saveView(_ view: SavedView)
}

/// Reading services over a parsed corpus, remembering nothing.
public final class InMemoryServices: LibraryClient, @unchecked Sendable {
    let articles: [String: Article]
    public private(set) var readIDs: [String] = []
    public private(set) var bookmarks: [String] = []

    public init(corpus: Corpus) {
        var m: [String: Article] = [:]
        for p in corpus.pages { for a in p.articles { m[a.id] = a } }
        articles = m
    }

    public func loadArticles(ids: [String]) -> [Article] { ids.compactMap { articles[$0] } }

    /// A corpus's navigation is built whole: there is nothing to read in.
    public var issues: IssueLoader { .none }

    private var generation = 0
    public func newSearch() -> Int { generation += 1; return generation }

    public func search(_ query: String, generation: Int) -> [SearchHit]? { search(query) }

    /// Search without an index: every article matched in turn (fine for a few pages).
    public func search(_ query: String) -> [SearchHit] {
        let q = SearchQuery.parse(query)
        guard !q.isEmpty else { return [] }
        var out: [(SearchHit, Bool)] = []
        for a in articles.values {
            let (head, body) = (a.headlineGroupText, a.bodyText)
            let (ht, bt) = (SearchTokens.tokens(head), SearchTokens.tokens(body))
            guard SearchMatcher.matches(q, headline: ht, body: bt) else { continue }
            let hh = SearchMatcher.hits(q, tokens: ht, field: .headline)
            let bh = SearchMatcher.hits(q, tokens: bt, field: .body)
            let snippet = bh.isEmpty ? SearchMatcher.snippet(head, hit: hh.first) : SearchMatcher.snippet(body, hit: bh.first)
            out.append((SearchHit(articleID: a.id, title: a.displayTitle, snippet: snippet, hits: hh.count + bh.count, place: ""), !hh.isEmpty))
        }
        out.sort { a, b in a.1 != b.1 ? a.1 : a.0.hits != b.0.hits ? a.0.hits > b.0.hits : a.0.articleID < b.0.articleID }
        return out.map(\.0)
    }
    public func reload() -> (Navigation, String)? { nil }
    public func markRead(ids: [String]) { readIDs += ids }
    public func markUnread(ids: [String]) { readIDs.removeAll { ids.contains($0) } }
    public func saveBookmarks(_ ids: [String]) { bookmarks = ids }
    public private(set) var searchHistory: [String] = []
    public func saveSearchHistory(_ queries: [String]) { searchHistory = queries }
    public func savePosition(articleID: String, scroll: Int) {}
    public private(set) var savedView: SavedView?
    public func saveView(_ view: SavedView) { savedView = view }
}

