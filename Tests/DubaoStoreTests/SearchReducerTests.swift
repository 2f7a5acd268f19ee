import DubaoCore
import Testing
@testable import DubaoStore

@Suite("Search in the reader")
struct SearchReducerTests {
    func state() -> AppState {
        var s = AppState(nav: sampleNavigation(), themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&s)
        return s
    }

    static let hits = [SearchHit(articleID: "p1#3", title: "三条", snippet: "…三条…", hits: 2, place: ""),
                       SearchHit(articleID: "p2#2", title: "四条", snippet: "…四条…", hits: 1, place: "")]

    @Test("typing asks the library as you type; results replace the article list")
    func typing() {
        var s = state()
        _ = Reducer.reduce(&s, .startSearch(.library))
        #expect(s.mode == .search && s.focus == .articles && s.search?.editing == true)
        #expect(Reducer.reduce(&s, .searchInput("三")) == [.search("三")])
        #expect(Reducer.reduce(&s, .searchInput("条")) == [.search("三条")])
        _ = Reducer.reduce(&s, .searchResults(query: "三", results: Self.hits))
        #expect(s.search?.results.isEmpty == true, "stale answers are ignored")
        let fx = Reducer.reduce(&s, .searchResults(query: "三条", results: Self.hits))
        #expect(s.listedStories == [2, 3])
        #expect(fx == [.loadStory(story: 2, ids: ["p1#3"])])
        #expect(Reducer.reduce(&s, .searchDeleteBackward) == [.search("三")])
        #expect(s.search?.input == "三")
    }

    @Test("Enter opens the result at its first hit once the lines are known; n/N go from hit to hit, then to the next result")
    func openAndStep() {
        var s = state()
        _ = Reducer.reduce(&s, .startSearch(.library))
        _ = Reducer.reduce(&s, .searchInput("三条"))
        _ = Reducer.reduce(&s, .searchResults(query: "三条", results: Self.hits))
        let fx = Reducer.reduce(&s, .searchSubmit)
        #expect(s.focus == .article && s.search?.editing == false && fx.contains(.readTimer(story: 2)) && !fx.contains(.markRead(["p1#3"])))
        _ = Reducer.reduce(&s, .measured(lines: 200, hitLines: [30, 90]))
        #expect(s.articleScroll == 28 && s.search?.currentHit == 0)
        _ = Reducer.reduce(&s, .nextHit)
        #expect(s.articleScroll == 88 && s.search?.currentHit == 1)
        _ = Reducer.reduce(&s, .previousHit)
        #expect(s.articleScroll == 28)
        _ = Reducer.reduce(&s, .nextHit)
        _ = Reducer.reduce(&s, .nextHit)
        #expect(s.articleCursor == 1 && s.shownStory == 3 && s.search?.jumpPending == true)
        _ = Reducer.reduce(&s, .measured(lines: 50, hitLines: [12]))
        #expect(s.articleScroll == 10)
    }

    @Test("Esc goes back to the results from an article, then to where the search began")
    func escape() {
        var s = state()
        s.focus = .articles
        _ = Reducer.reduce(&s, .move(1))
        _ = Reducer.reduce(&s, .startSearch(.library))
        _ = Reducer.reduce(&s, .searchInput("四"))
        _ = Reducer.reduce(&s, .searchResults(query: "四", results: Array(Self.hits.suffix(1))))
        _ = Reducer.reduce(&s, .searchSubmit)
        #expect(s.shownStory == 3)
        _ = Reducer.reduce(&s, .back)
        #expect(s.focus == .articles && s.mode == .search)
        _ = Reducer.reduce(&s, .back)
        #expect(s.mode == .browse && s.search == nil && s.articleCursor == 1 && s.shownStory == 1 && s.focus == .articles)
    }

    @Test("f finds within the article being read, from where the reader is")
    func findInArticle() {
        var s = state()
        _ = Reducer.reduce(&s, .storyLoaded(story: 0, articles: [Article(id: "p1#1", kind: .news, blocks: [])]))
        _ = Reducer.reduce(&s, .measured(lines: 300, hitLines: []))
        s.articleScroll = 100
        #expect(Reducer.reduce(&s, .startSearch(.article)).isEmpty)
        #expect(Reducer.reduce(&s, .searchInput("x")).isEmpty, "no library search for a find in the article")
        _ = Reducer.reduce(&s, .searchSubmit)
        _ = Reducer.reduce(&s, .measured(lines: 300, hitLines: [20, 150, 250]))
        #expect(s.articleScroll == 148)
        _ = Reducer.reduce(&s, .nextHit)
        _ = Reducer.reduce(&s, .nextHit)
        #expect(s.articleScroll == 248 && s.message != nil)
        _ = Reducer.reduce(&s, .back)
        #expect(s.search == nil && s.articleScroll == 100)
    }
}
