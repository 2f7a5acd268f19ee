import DubaoCore
import Testing
@testable import DubaoStore

@Suite("Search in the reader")
struct SearchReducerTests {
    static let hits = [SearchHit(articleID: "p1#3", title: "三条", snippet: "…三条…", hits: 2, place: ""),
                       SearchHit(articleID: "p2#2", title: "四条", snippet: "…四条…", hits: 1, place: "")]
    static let first = Article(id: "p1#1", kind: .news, headline: "头条", blocks: [])

    /// The store at the start, the first story loaded; stories `lines` long with hits on `hitLines` for a query.
    func store(lines: Int = 0, hitLines: [Int] = []) -> TestStore {
        var s = AppState(nav: sampleNavigation(), themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&s)
        let store = TestStore(s, measure: .fixed(lines: lines, hitLines: hitLines))
        store.send(.storyLoaded(story: 0, articles: [Self.first])) {
            $0.shownArticles = [Self.first]
            $0.articleLines = lines
        }
        return store
    }

    /// Where the reader was when the search began (the first page, its first story, in the list).
    static let start = SearchState.SavedPlace(focus: .articles, sectionCursor: 1, sectionTop: 0, articleCursor: 0, articleTop: 0,
                                              shownStory: 0, articleScroll: 0, mode: .browse)

    @Test("typing asks the library as you type; results replace the article list; stale answers are ignored")
    func typing() {
        let store = store()
        store.send(.startSearch(.library)) {
            $0.search = SearchState(scope: .library, saved: Self.start)
            $0.mode = .search
        }
        store.send(.searchInput("三"), effects: [.search("三")]) {
            $0.search!.input = "三"
            $0.search!.cursor = 1
            $0.search!.query = SearchQuery.parse("三")
        }
        store.send(.searchInput("条"), effects: [.search("三条")]) {
            $0.search!.input = "三条"
            $0.search!.cursor = 2
            $0.search!.query = SearchQuery.parse("三条")
        }
        store.receive(.searchResults(query: "三", results: Self.hits))
        store.receive(.searchResults(query: "三条", results: Self.hits), effects: [.loadStory(story: 2, ids: ["p1#3"])]) {
            $0.search!.results = Self.hits
            $0.shownStory = 2
            $0.shownArticles = []
        }
        #expect(store.state.listedStories == [2, 3])
        store.send(.searchDeleteBackward, effects: [.search("三")]) {
            $0.search!.input = "三"
            $0.search!.cursor = 1
            $0.search!.query = SearchQuery.parse("三")
            $0.search!.results = []
        }
        store.receive(.storyLoaded(story: 2, articles: []))
        store.receive(.searchResults(query: "三", results: [])) {
            $0.message = .nothingFound(query: "三")
            $0.shownStory = nil
        }
        store.finish()
    }

    @Test("Enter opens the result at its first hit once the lines are known; n/N go from hit to hit, then to the next result")
    func openAndStep() {
        let store = store(lines: 200, hitLines: [30, 90])
        store.send(.startSearch(.library)) {
            $0.search = SearchState(scope: .library, saved: Self.start)
            $0.mode = .search
        }
        store.send(.searchInput("三条"), effects: [.search("三条")]) {
            $0.search!.input = "三条"
            $0.search!.cursor = 2
            $0.search!.query = SearchQuery.parse("三条")
            // the story shown before the results came: its hits highlighted meanwhile
            $0.search!.hitLines = [30, 90]
        }
        store.receive(.searchResults(query: "三条", results: Self.hits), effects: [.loadStory(story: 2, ids: ["p1#3"])]) {
            $0.search!.results = Self.hits
            $0.search!.hitLines = []
            $0.shownStory = 2
            $0.shownArticles = []
            $0.articleLines = 0
        }
        let three = Article(id: "p1#3", kind: .news, headline: "三条", blocks: [])
        store.receive(.storyLoaded(story: 2, articles: [three])) {
            $0.shownArticles = [three]
            $0.articleLines = 200
            $0.search!.hitLines = [30, 90]
        }
        // opened, not read; at the first hit, two lines above it
        store.send(.searchSubmit, effects: [.saveSearchHistory(["三条"]), .readTimer(story: 2)]) {
            $0.search!.editing = false
            $0.searchHistory = ["三条"]
            $0.focus = .article
            $0.search!.currentHit = 0
            $0.articleScroll = 28
            $0.message = .hit(number: 1, count: 2)
        }
        store.send(.nextHit) {
            $0.search!.currentHit = 1
            $0.articleScroll = 88
            $0.message = .hit(number: 2, count: 2)
        }
        store.send(.previousHit) {
            $0.search!.currentHit = 0
            $0.articleScroll = 28
            $0.message = .hit(number: 1, count: 2)
        }
        store.send(.nextHit) {
            $0.search!.currentHit = 1
            $0.articleScroll = 88
            $0.message = .hit(number: 2, count: 2)
        }
        // past the last hit: the next result, at its first hit once it is laid out
        store.send(.nextHit, effects: [.loadStory(story: 3, ids: ["p2#2"]), .readTimer(story: 3)]) {
            $0.message = nil
            $0.articleCursor = 1
            $0.shownStory = 3
            $0.shownArticles = []
            $0.articleScroll = 0
            $0.articleLines = 0
            $0.search!.hitLines = []
            $0.search!.currentHit = nil
            $0.search!.jumpPending = true
        }
        store.measure = .fixed(lines: 50, hitLines: [12])
        let four = Article(id: "p2#2", kind: .news, headline: "四条", blocks: [])
        store.receive(.storyLoaded(story: 3, articles: [four])) {
            $0.shownArticles = [four]
            $0.articleLines = 50
            $0.search!.hitLines = [12]
            $0.search!.jumpPending = false
            $0.search!.currentHit = 0
            $0.articleScroll = 10
            $0.message = .hit(number: 1, count: 1)
        }
        store.receive(.readTimerFired(story: 2))
        store.receive(.readTimerFired(story: 3))
        store.finish()
    }

    @Test("Esc goes back to the results from an article, then to where the search began")
    func escape() {
        let store = store()
        store.send(.move(1), effects: [.loadStory(story: 1, ids: ["p1#2"])]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
        }
        var began = Self.start
        began.articleCursor = 1
        began.shownStory = 1
        store.send(.startSearch(.library)) {
            $0.search = SearchState(scope: .library, saved: began)
            $0.mode = .search
            $0.articleCursor = 0
        }
        store.send(.searchInput("四"), effects: [.search("四")]) {
            $0.search!.input = "四"
            $0.search!.cursor = 1
            $0.search!.query = SearchQuery.parse("四")
        }
        store.receive(.searchResults(query: "四", results: Array(Self.hits.suffix(1))), effects: [.loadStory(story: 3, ids: ["p2#2"])]) {
            $0.search!.results = Array(Self.hits.suffix(1))
            $0.shownStory = 3
        }
        // no lines yet: the jump to the first hit waits for them
        store.send(.searchSubmit, effects: [.saveSearchHistory(["四"]), .readTimer(story: 3)]) {
            $0.search!.editing = false
            $0.searchHistory = ["四"]
            $0.focus = .article
            $0.search!.jumpPending = true
        }
        store.send(.back) { $0.focus = .articles }
        store.send(.back, effects: [.loadStory(story: 1, ids: ["p1#2"])]) {
            $0.search = nil
            $0.mode = .browse
            $0.articleCursor = 1
            $0.shownStory = 1
        }
        store.receive(.storyLoaded(story: 1, articles: []))
        store.receive(.storyLoaded(story: 3, articles: []))
        store.receive(.storyLoaded(story: 1, articles: []))
        store.receive(.readTimerFired(story: 3))
        store.finish()
    }

    @Test("f finds within the article being read, from where the reader is; Esc goes back to that place")
    func findInArticle() {
        let store = store(lines: 300, hitLines: [20, 150, 250])
        store.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        store.send(.move(100), effects: [.savePosition(articleID: "p1#1", scroll: 100)]) { $0.articleScroll = 100 }
        var began = Self.start
        began.focus = .article
        began.articleScroll = 100
        store.send(.startSearch(.article)) { $0.search = SearchState(scope: .article, saved: began) }
        // no library search for a find in the article; the hits are the shown story's
        store.send(.searchInput("x")) {
            $0.search!.input = "x"
            $0.search!.cursor = 1
            $0.search!.query = SearchQuery.parse("x")
            $0.search!.hitLines = [20, 150, 250]
        }
        store.send(.searchSubmit, effects: [.saveSearchHistory(["x"])]) {
            $0.search!.editing = false
            $0.searchHistory = ["x"]
            $0.search!.currentHit = 1
            $0.articleScroll = 148
            $0.message = .hit(number: 2, count: 3)
        }
        store.send(.nextHit) {
            $0.search!.currentHit = 2
            $0.articleScroll = 248
            $0.message = .hit(number: 3, count: 3)
        }
        store.send(.nextHit) { $0.message = .lastHit }
        store.send(.back) {
            $0.message = nil
            $0.search = nil
            $0.articleScroll = 100
        }
        store.receive(.readTimerFired(story: 0))
        store.finish()
    }
}
