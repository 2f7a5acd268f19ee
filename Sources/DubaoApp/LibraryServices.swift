import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTerminal

import Foundation

/// Reading services over the SQLite library: bodies on demand, read marks and bookmarks written at
/// once, the reading place written when it settles (a new article, or leaving). Searches may run on another
/// thread and stop when a newer one begins (`SearchGeneration`).
public final class LibraryServices: LibraryClient, @unchecked Sendable {
    public let library: Library
    private var problemList: [String] = []
    private let lock = NSLock()
    private var pendingPlace: (String, Int)?
    private let generations = SearchGeneration()

    /// Errors met while loading, searching and saving, for the status line.
    public var problems: [String] {
        lock.lock()
        defer { lock.unlock() }
        return problemList
    }

    func note(_ p: String) { lock.lock(); problemList.append(p); lock.unlock() }

    public init(library: Library) {
        self.library = library
    }

    public func loadArticles(ids: [String]) -> [Article] {
        do { return try library.articles(ids: ids) } catch {
            note("could not load \(ids.joined(separator: ", ")): \(library.describe(error))")
            return []
        }
    }

    public var issues: IssueLoader {
        IssueLoader(stories: { [self] keys in
            do { return try library.articleSummaries(pageIDs: keys) } catch {
                note("could not read an issue's stories: \(library.describe(error))")
                return [:]
            }
        }, pageOfArticle: { [self] id in
            do { return try library.pageID(ofArticle: id) } catch {
                note("could not find \(id): \(library.describe(error))")
                return nil
            }
        })
    }

    public func newSearch() -> Int { generations.next() }

    public func search(_ query: String, generation: Int) -> [SearchHit]? {
        // superseded while it waited for the worker: not even parsed
        guard generations.current == generation else { return nil }
        do {
            // snippets for a few screens of results; the rest are cut when needed
            return try library.search(SearchQuery.parse(query), limit: 100, snippets: 40, generation: (generations, generation)).map { r in
                SearchHit(articleID: r.id, title: r.title, snippet: r.snippet, hits: r.hits,
                          place: [r.date, r.page.map(PageLabel.of)].compactMap { $0 }.joined(separator: " "))
            }
        } catch is SearchCancelled {
            return nil
        } catch {
            note("search: \(library.describe(error))")
            return []
        }
    }

    /// Imports the folders the library came from again, then reads its outline anew.
    public func reload() -> (Navigation, String)? {
        guard !library.isReadOnly else { return nil }
        let roots = library.importedRoots()
        guard !roots.isEmpty else { return nil }
        do {
            let report = try Importer(library: library).run(roots)
            return (Navigation(outline: try library.pageOutline()), report.summary)
        } catch {
            note("reload: \(library.describe(error))")
            return nil
        }
    }

    public func markRead(ids: [String]) { attempt { try library.markRead(ids) } }
    public func markUnread(ids: [String]) { attempt { try library.markUnread(ids) } }
    public func saveBookmarks(_ ids: [String]) { attempt { try library.setBookmarks(ids) } }

    public func saveSearchHistory(_ queries: [String]) {
        guard let json = try? JSONEncoder().encode(queries), let text = String(data: json, encoding: .utf8) else { return }
        attempt { try library.setSetting("searchHistory", text) }
    }

    /// The queries searched before, oldest first.
    public var searchHistory: [String] {
        guard let text = try? library.setting("searchHistory"),
            let h = try? JSONDecoder().decode([String].self, from: Data(text.utf8)) else { return [] }
        return h
    }

    public func savePosition(articleID: String, scroll: Int) {
        if let (id, _) = pendingPlace, id != articleID { flush() }
        pendingPlace = (articleID, scroll)
    }

    public func saveView(_ view: SavedView) {
        guard let json = try? JSONEncoder().encode(view), let text = String(data: json, encoding: .utf8) else { return }
        attempt { try library.setSetting("view", text) }
    }

    /// The view the reader was left in, if the library keeps one.
    public var savedView: SavedView? {
        guard let text = try? library.setting("view") else { return nil }
        return try? JSONDecoder().decode(SavedView.self, from: Data(text.utf8))
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
        do { try f() } catch { note(library.describe(error)) }
    }
}
