import DubaoCore
import DubaoLibrary
import DubaoStore

/// Reading services over the SQLite library: bodies on demand, read marks and bookmarks written at
/// once, the reading place written when it settles (a new article, or leaving).
public final class LibraryServices: ReaderServices {
    public let library: Library
    /// Errors met while saving, for the status line.
    public private(set) var problems: [String] = []
    private var pendingPlace: (String, Int)?

    public init(library: Library) {
        self.library = library
    }

    public func loadArticles(ids: [String]) -> [Article] {
        do { return try library.articles(ids: ids) } catch {
            problems.append("could not load \(ids.joined(separator: ", ")): \(library.describe(error))")
            return []
        }
    }

    public func search(_ query: String) -> [SearchHit] {
        do {
            // snippets for a few screens of results; the rest are cut when needed
            return try library.search(SearchQuery.parse(query), limit: 100, snippets: 40).map { r in
                SearchHit(articleID: r.id, title: r.title, snippet: r.snippet, hits: r.hits,
                          place: [r.date, r.page.map(PageLabel.of)].compactMap { $0 }.joined(separator: " "))
            }
        } catch {
            problems.append("search: \(library.describe(error))")
            return []
        }
    }

    public func markRead(ids: [String]) { attempt { try library.markRead(ids) } }
    public func saveBookmarks(_ ids: [String]) { attempt { try library.setBookmarks(ids) } }

    public func savePosition(articleID: String, scroll: Int) {
        if let (id, _) = pendingPlace, id != articleID { flush() }
        pendingPlace = (articleID, scroll)
    }

    /// Writes the reading place now.
    public func flush() {
        guard let (id, scroll) = pendingPlace else { return }
        pendingPlace = nil
        attempt { try library.savePlace(articleID: id, scroll: scroll) }
    }

    /// Runs a write; a read-only library keeps nothing (the reader said so when it opened).
    func attempt(_ f: () throws -> Void) {
        guard !library.isReadOnly else { return }
        do { try f() } catch { problems.append(library.describe(error)) }
    }
}
