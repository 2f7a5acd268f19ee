import DubaoCore
import Testing
@testable import DubaoStore

/// A library opens with its pages alone; an issue's stories are read in when the reader comes to it.
@Suite("Issues read in when opened")
struct LazyIssuesTests {
    static func summary(_ id: String, _ title: String, column: String? = nil, prev: String? = nil) -> ArticleSummary {
        .init(id: id, kind: prev == nil ? .news : .continuation, kicker: nil, headline: title, title: title, byline: nil, column: column,
              length: 100, continuedFromPage: nil, continuesOnPage: nil, previousPart: prev, nextPart: nil)
    }

    /// Three issues of two pages each, kept by the "library" under page keys 1…6; a story of issue 2 jumps
    /// from its first page to its second; the second page of issue 3 has a column.
    static let library: [Int64: [ArticleSummary]] = [
        1: [summary("a1#1", "一甲"), summary("a1#2", "一乙")], 2: [summary("a2#1", "一丙")],
        3: [summary("b1#1", "二甲")], 4: [summary("b2#1", "二甲续", prev: "b1#1"), summary("b2#2", "二乙")],
        5: [summary("c1#1", "三甲")], 6: [summary("c2#1", "三乙", column: "评论")],
    ]

    static func pages(_ title: String, _ keys: [Int64]) -> [Navigation.PageRef] {
        keys.enumerated().map { k, key in
            Navigation.PageRef(issueTitle: title, number: k + 1, section: nil, source: "\(title)-\(k + 1).txt", articles: library[key]!, key: key)
        }
    }

    static let issues = [("报 1日", pages("报 1日", [1, 2])), ("报 2日", pages("报 2日", [3, 4])), ("报 3日", pages("报 3日", [5, 6]))]

    /// The rows only (as the library gives them), and a loader that counts what it reads.
    final class Reads { var keys: [[Int64]] = [] }

    static func lazy(_ reads: Reads) -> (Navigation, IssueLoader) {
        let nav = Navigation(pagesOf: issues.map { ($0.0, $0.1, $0.1.map { p in p.articles.compactMap(\.column) }) })
        let loader = IssueLoader(stories: { keys in
            reads.keys.append(keys)
            return library.filter { keys.contains($0.key) }
        }, pageOfArticle: { id in library.first { $0.value.contains { $0.id == id } }?.key })
        return (nav, loader)
    }

    @Test("read in whole, the rows and stories are those of the navigation built whole")
    func sameAsWhole() {
        let whole = Navigation(issues: Self.issues)
        var (nav, loader) = Self.lazy(Reads())
        #expect(nav.rows.map(\.label) == whole.rows.map(\.label), "every row is there before any story: columns too")
        #expect(nav.rows.allSatisfy(\.articles.isEmpty) && nav.stories.isEmpty)
        for i in nav.issues.indices { loader.load(i, into: &nav) }
        #expect(nav.rows == whole.rows && nav.stories == whole.stories && nav.storyOfArticle == whole.storyOfArticle)
        #expect(nav.stories[nav.storyOfArticle["b2#1"]!].parts == ["b1#1", "b2#1"], "a jumping story is one story")
    }

    @Test("start reads only the first issue; } into the next reads it and shows its first story; a search result reads in its issue")
    func onDemand() {
        let reads = Reads()
        let (nav, loader) = Self.lazy(reads)
        var start = AppState(nav: nav, themeNames: ["dark"], columns: 120, rows: 40)
        #expect(Reducer.showFirst(&start, issues: loader) == [.loadStory(story: 0, ids: ["a1#1"])])
        #expect(reads.keys == [[1, 2]] && start.nav.issues.map(\.loaded) == [true, false, false])
        let store = TestStore(start, issues: loader)
        // } twice: page 2 of issue 1, then page 1 of issue 2, read in there
        store.send(.nextPage, effects: [.loadStory(story: 2, ids: ["a2#1"])]) {
            $0.sectionCursor = 2
            $0.shownStory = 2
        }
        store.send(.nextPage, effects: [.loadStory(story: 3, ids: ["b1#1", "b2#1"])]) {
            $0.sectionCursor = 4
            $0.nav.fill(issue: 1, articles: [Self.library[3]!, Self.library[4]!])
            $0.shownStory = 3
        }
        #expect(reads.keys == [[1, 2], [3, 4]])
        // a search whose result is in issue 3: read in, listed
        let hit = SearchHit(articleID: "c2#1", title: "三乙", snippet: "", hits: 1, place: "")
        store.send(.startSearch(.library)) {
            $0.mode = .search
            $0.search = SearchState(scope: .library, saved: .init(focus: .articles, sectionCursor: 4, sectionTop: 0, articleCursor: 0,
                                                                   articleTop: 0, shownStory: 3, articleScroll: 0, mode: .browse))
        }
        store.send(.searchInput("三"), effects: [.search("三")]) {
            $0.search!.input = "三"
            $0.search!.cursor = 1
            $0.search!.query = SearchQuery.parse("三")
        }
        store.receive(.searchResults(query: "三", results: [hit]), effects: [.loadStory(story: 6, ids: ["c2#1"])]) {
            $0.search!.results = [hit]
            $0.nav.fill(issue: 2, articles: [Self.library[5]!, Self.library[6]!])
            $0.shownStory = 6
        }
        #expect(store.state.listedStories == [6] && reads.keys.count == 3)
        for story in [2, 3, 6] { store.receive(.storyLoaded(story: story, articles: [])) }
        store.finish()
    }

    @Test("rows of an issue not read in carry the library's unread counts, the issue's their sum; read in, the stories count")
    func unreadBeforeLoad() {
        var pages = Self.pages("报 1日", [1, 2])
        pages[0].unreadCount = 2
        pages[1].unreadCount = 1
        var other = Self.pages("报 2日", [3, 4])
        other[0].unreadCount = 1
        var nav = Navigation(pagesOf: [("报 1日", pages, [[], []]), ("报 2日", other, [[], []])])
        #expect(nav.rows.map(\.unreadBeforeLoad) == [3, 2, 1, nil, 1, nil], "an issue with a page uncounted has no sum")
        IssueLoader(stories: { keys in Self.library.filter { keys.contains($0.key) } }, pageOfArticle: { _ in nil }).load(0, into: &nav)
        #expect(nav.rows.map(\.unreadBeforeLoad) == [nil, nil, nil, nil, 1, nil])
    }

    @Test("an issue's unread count before it is read in counts a story that jumps pages once, as it does read in")
    func jumpingStoryCountedOnce() {
        // issue 2: page 3 holds 二甲, page 4 its later part 二甲续 and 二乙; nothing read
        var pages = Self.pages("报 2日", [3, 4])
        pages[0].unreadCount = 1
        pages[1].unreadCount = 2
        pages[1].laterPartsUnread = 1
        var nav = Navigation(pagesOf: [("报 2日", pages, [[], []])])
        #expect(nav.rows.map(\.unreadBeforeLoad) == [2, 1, 2], "the issue: three unread articles, two stories")
        IssueLoader(stories: { keys in Self.library.filter { keys.contains($0.key) } }, pageOfArticle: { _ in nil }).load(0, into: &nav)
        #expect(nav.rows[0].articles.count == 2 && nav.rows[1].articles.count == 1 && nav.rows[2].articles.count == 2)
        // a library that counted no later parts (one from before them) keeps the pages' sum
        var old = Self.pages("报 2日", [3, 4])
        old[0].unreadCount = 1
        old[1].unreadCount = 2
        #expect(Navigation(pagesOf: [("报 2日", old, [[], []])]).rows[0].unreadBeforeLoad == 3)
    }

    @Test("a column's row counts its unread stories before its issue is read in, as it does read in")
    func columnCountedBeforeLoad() {
        // issue 3: page 6 holds 三乙 in the column 评论
        var pages = Self.pages("报 3日", [5, 6])
        pages[0].unreadCount = 1
        pages[1].unreadCount = 1
        pages[1].columnsUnread = ["评论": 1]
        var nav = Navigation(pagesOf: [("报 3日", pages, [[], ["评论"]])])
        #expect(nav.rows.map(\.kind) == [.issue, .page, .page, .column])
        #expect(nav.rows.map(\.unreadBeforeLoad) == [2, 1, 1, 1])
        IssueLoader(stories: { keys in Self.library.filter { keys.contains($0.key) } }, pageOfArticle: { _ in nil }).load(0, into: &nav)
        #expect(nav.rows.map(\.unreadBeforeLoad) == [nil, nil, nil, nil])
        #expect(nav.rows[3].articles.count == 1)
        // a page the library did not count leaves its columns uncounted too
        var uncounted = Self.pages("报 3日", [5, 6])
        uncounted[1].columnsUnread = ["评论": 1]
        #expect(Navigation(pagesOf: [("报 3日", uncounted, [[], ["评论"]])]).rows[3].unreadBeforeLoad == nil)
    }

    @Test("the bookmarks view reads in the issues of the stories bookmarked")
    func bookmarks() {
        let (nav, loader) = Self.lazy(Reads())
        var start = AppState(nav: nav, themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&start, issues: loader)
        start.bookmarks = ["b2#2"]
        let store = TestStore(start, issues: loader)
        store.send(.showBookmarks, effects: [.loadStory(story: 4, ids: ["b2#2"])]) {
            $0.mode = .bookmarks
            $0.savedArticleList = .init(cursor: 0, top: 0)
            $0.nav.fill(issue: 1, articles: [Self.library[3]!, Self.library[4]!])
            $0.shownStory = 4
        }
        #expect(store.state.listedStories == [4])
        store.receive(.storyLoaded(story: 4, articles: []))
        store.finish()
    }

    @Test(". goes on to the next unread story through issues not read in yet")
    func nextUnreadReadsIn() {
        let reads = Reads()
        let (nav, loader) = Self.lazy(reads)
        var start = AppState(nav: nav, themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&start, issues: loader)
        start.read = ["a1#1", "a1#2", "a2#1", "b1#1", "b2#1", "b2#2"]
        let store = TestStore(start, issues: loader)
        // everything of issues 1 and 2 read: the next unread is issue 3's first story
        store.send(.nextUnread, effects: [.loadStory(story: 5, ids: ["c1#1"])]) {
            $0.nav.fill(issue: 1, articles: [Self.library[3]!, Self.library[4]!])
            $0.nav.fill(issue: 2, articles: [Self.library[5]!, Self.library[6]!])
            $0.sectionCursor = 7
            $0.shownStory = 5
        }
        #expect(store.state.nav.rows[7].label == "第1版" && store.state.nav.issue(ofRow: 7) == 2)
        store.receive(.storyLoaded(story: 5, articles: []))
        store.finish()

        // an issue the library counted nothing unread in is passed without being read in
        var pages2 = Self.pages("报 2日", [3, 4])
        for k in pages2.indices { pages2[k].unreadCount = 0 }
        let counted = Navigation(pagesOf: [("报 1日", Self.pages("报 1日", [1, 2]), [[], []]), ("报 2日", pages2, [[], []]),
                                           ("报 3日", Self.pages("报 3日", [5, 6]), [[], ["评论"]])])
        let skipReads = Reads()
        let skipLoader = Self.lazy(skipReads).1
        var skip = AppState(nav: counted, themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&skip, issues: skipLoader)
        skip.read = ["a1#1", "a1#2", "a2#1"]
        let skipping = TestStore(skip, issues: skipLoader)
        skipping.send(.nextUnread, effects: [.loadStory(story: 3, ids: ["c1#1"])]) {
            $0.nav.fill(issue: 2, articles: [Self.library[5]!, Self.library[6]!])
            $0.sectionCursor = 7
            $0.shownStory = 3
        }
        #expect(skipReads.keys == [[1, 2], [5, 6]], "issue 2 not read in: \(skipReads.keys)")
        #expect(!skipping.state.nav.issues[1].loaded)
        skipping.receive(.storyLoaded(story: 3, articles: []))
        skipping.finish()
    }
}
