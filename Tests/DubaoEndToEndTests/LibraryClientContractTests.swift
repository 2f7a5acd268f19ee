import DubaoApp
import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTestSupport
import Foundation
import Testing

/// One suite for both ways the reader reaches its articles: the SQLite library and a corpus in memory. The
/// screen tests run on the second, the program on the first; this holds them to the same answers.
@Suite("Library clients", .serialized)
struct LibraryClientContractTests {
    /// One folder for the suite, removed with the run's folder when the tests end.
    static let folder = Fixtures.temporaryFolder("dubao-clients-contract")
    static let clients: [(name: String, client: LibraryClient)] = {
        let corpus = CorpusLoader.load([Fixtures.seeds.path])
        let lib = try! Library(path: folder.appendingPathComponent("l.sqlite").path)
        _ = try! Importer(library: lib).run([Fixtures.seeds.path])
        return [("in memory", InMemoryServices(corpus: corpus)), ("library", LibraryServices(library: lib))]
    }()

    @Test("the same results, hit counts and ranking (headline hits first, then by hits) for every kind of query",
          arguments: ["荆州", "客运站", "jingzhou", "jz", "漆器", "荊州", "文物 保护", "\"出土木漆器\"", "荆州 -客运", "xyzzy"])
    func search(query: String) throws {
        let results = Self.clients.map { c in c.client.search(query, generation: c.client.newSearch()) ?? [] }
        let (a, b) = (results[0], results[1])
        #expect(Set(a.map(\.articleID)) == Set(b.map(\.articleID)), "\(query): found differently")
        let hitsA = Dictionary(uniqueKeysWithValues: a.map { ($0.articleID, $0.hits) })
        for r in b { #expect(hitsA[r.articleID] == r.hits, "\(query) \(r.articleID): \(hitsA[r.articleID] ?? -1) hits in memory, \(r.hits) in the library") }
        // ranked alike: the same sequence of hit counts (ties may fall either way)
        #expect(a.map(\.hits) == b.map(\.hits), "\(query): \(a.map(\.hits)) vs \(b.map(\.hits))")
        #expect(!a.isEmpty || query == "xyzzy", "\(query) finds something")
    }

    @Test("a navigation from the library's pages alone, each issue read in through the client, is the navigation built whole")
    func issuesReadIn() throws {
        let services = try #require(Self.clients[1].client as? LibraryServices)
        let whole = Navigation(outline: try services.library.outline())
        var nav = Navigation(outline: try services.library.pageOutline())
        #expect(nav.rows.map(\.label) == whole.rows.map(\.label) && nav.stories.isEmpty)
        for i in nav.issues.indices { services.issues.load(i, into: &nav) }
        #expect(nav.rows.map(\.articles) == whole.rows.map(\.articles) && nav.stories == whole.stories)
        #expect(nav.storyOfArticle == whole.storyOfArticle && nav.articleIndex == whole.articleIndex)
        // an article's issue, found from its id
        var fresh = Navigation(outline: try services.library.pageOutline())
        let last = try #require(whole.stories.last?.parts.first)
        #expect(services.issues.load(issueOf: last, into: &fresh) && fresh.storyOfArticle[last] != nil)
        // the in-memory client's navigation is built whole: it reads nothing in
        var other = Navigation(outline: try services.library.pageOutline())
        #expect(!Self.clients[0].client.issues.load(issueOf: last, into: &other) && other.storyOfArticle[last] == nil)
    }

    @Test("bodies load alike, and reading state is kept")
    func loading() throws {
        let ids = ["000_a854029e7de6c335#3", "002_d82ea1ee2e502fd7#1", "nope#1"]
        let loaded = Self.clients.map { $0.client.loadArticles(ids: ids) }
        #expect(loaded[0].map(\.id) == loaded[1].map(\.id) && loaded[0].count == 2)
        #expect(loaded[0].map(\.blocks) == loaded[1].map(\.blocks))
        for c in Self.clients {
            c.client.markRead(ids: [ids[0]])
            c.client.markUnread(ids: [ids[0]])
            c.client.saveBookmarks([ids[1]])
        }
        let lib = try #require(Self.clients[1].client as? LibraryServices)
        #expect(try lib.library.bookmarks() == [ids[1]] && !(try lib.library.readIDs()).contains(ids[0]))
        #expect((Self.clients[0].client as? InMemoryServices)?.bookmarks == [ids[1]])
    }
}
