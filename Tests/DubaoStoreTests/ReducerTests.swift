import DubaoCore
import Testing
@testable import DubaoStore

/// A small corpus: two pages of one issue, the first with three stories, the second with two.
func sampleNavigation() -> Navigation {
    func art(_ id: String, _ h: String?, kind: Article.Kind = .news, column: String? = nil, from: Int? = nil, to: Int? = nil,
             prev: String? = nil, next: String? = nil) -> ArticleSummary {
        .init(id: id, kind: kind, kicker: nil, headline: h, title: h ?? "（无题）", byline: "记者甲", column: column, length: 100,
              continuedFromPage: from, continuesOnPage: to, previousPart: prev, nextPart: next)
    }
    let p1 = Navigation.PageRef(issueTitle: "报 2025-01-10", number: 1, section: "要闻", source: "p1.txt", articles: [
        art("p1#1", "头条", to: 2, next: "p2#1"), art("p1#2", "二条"), art("p1#3", "三条", column: "评论"),
    ])
    let p2 = Navigation.PageRef(issueTitle: "报 2025-01-10", number: 2, section: "综合", source: "p2.txt", articles: [
        art("p2#1", nil, kind: .continuation, from: 1, prev: "p1#1"), art("p2#2", "四条"),
    ])
    return Navigation(issues: [("报 2025-01-10", [p1, p2])])
}

@Suite("Reducer")
struct ReducerTests {
    func state(_ c: Int = 120, _ r: Int = 40) -> AppState {
        var s = AppState(nav: sampleNavigation(), themeNames: ["dark", "light"], columns: c, rows: r)
        _ = Reducer.showFirst(&s)
        return s
    }

    @Test("navigation: rows for issue, pages and columns; a jumping story is one entry listed on both pages")
    func navigation() {
        let nav = sampleNavigation()
        #expect(nav.rows.map(\.kind) == [.issue, .page, .column, .page])
        #expect(nav.stories.count == 4)
        #expect(nav.stories[0].parts == ["p1#1", "p2#1"])
        #expect(nav.rows[1].articles == [0, 1, 2])
        #expect(nav.rows[3].articles == [0, 3])
        #expect(nav.rows[2].articles == [2])
    }

    @Test("starts on the first page with its first story shown")
    func start() {
        var s = AppState(nav: sampleNavigation(), themeNames: ["dark", "light"], columns: 120, rows: 40)
        #expect(s.sectionCursor == 1)
        #expect(s.focus == .articles, "the list of articles has the keys at start, as the status line says")
        #expect(Reducer.showFirst(&s) == [.loadStory(story: 0, ids: ["p1#1", "p2#1"])])
        #expect(s.shownStory == 0)
    }

    static let first = Article(id: "p1#1", kind: .news, headline: "头条", blocks: [])

    /// The store at the start, with the first story loaded; every story `lines` long at the screen's width.
    func store(lines: Int = 0, columns: Int = 120, rows: Int = 40) -> TestStore {
        let store = TestStore(state(columns, rows), measure: .fixed(lines: lines))
        store.send(.storyLoaded(story: 0, articles: [Self.first])) {
            $0.shownArticles = [Self.first]
            $0.articleLines = lines
        }
        return store
    }

    @Test("j/k move the cursor of the focused pane and show the story under it (whole state changes)")
    func moving() {
        let store = store()
        store.send(.move(1), effects: [.loadStory(story: 1, ids: ["p1#2"])]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
        }
        let two = Article(id: "p1#2", kind: .news, headline: "二条", blocks: [Block(.paragraph, "正文。")])
        store.receive(.storyLoaded(story: 1, articles: [two])) { $0.shownArticles = [two] }
        store.send(.move(10), effects: [.loadStory(story: 2, ids: ["p1#3"])]) {
            $0.articleCursor = 2
            $0.shownStory = 2
            $0.shownArticles = []
        }
        store.send(.top, effects: [.loadStory(story: 0, ids: ["p1#1", "p2#1"])]) {
            $0.articleCursor = 0
            $0.shownStory = 0
        }
        // a story that never answers its load is a failure of the test, so answer both
        store.receive(.storyLoaded(story: 2, articles: []))
        store.receive(.storyLoaded(story: 0, articles: []))
        store.send(.bottom, effects: [.loadStory(story: 2, ids: ["p1#3"])]) {
            $0.articleCursor = 2
            $0.shownStory = 2
        }
        store.receive(.storyLoaded(story: 2, articles: []))
        store.finish()
    }

    @Test("Enter opens without reading, the timer reads a story shown whole; Esc steps back; q leaves the article, then quits keeping the view")
    func openBackQuit() {
        let store = store(lines: 10)
        store.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        store.receive(.readTimerFired(story: 0), effects: [.markRead(["p1#1", "p2#1"])]) { $0.read = ["p1#1", "p2#1"] }
        store.send(.back) { $0.focus = .articles }
        store.send(.back) { $0.focus = .sections }
        store.send(.back) { $0.message = .pressQToQuit }
        store.send(.focusRight) {
            $0.focus = .articles
            $0.message = nil
        }
        store.send(.focusRight, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        store.send(.quit) { $0.focus = .articles }
        let view = SavedView(articleID: "p1#1", scroll: 0, focus: "articles", sectionRow: 1, theme: "dark")
        store.send(.quit, effects: [.saveView(view), .quit]) { $0.quitting = true }
        store.receive(.readTimerFired(story: 0))
        store.finish()
    }

    @Test("the article scrolls within its length; pages keep a line of context; a shorter layout pulls the scroll back")
    func scrolling() {
        let store = store(lines: 100)
        let v = store.state.layout.viewport
        store.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        store.send(.page(1), effects: [.savePosition(articleID: "p1#1", scroll: v - 1)]) { $0.articleScroll = v - 1 }
        store.send(.bottom, effects: [.savePosition(articleID: "p1#1", scroll: 100 - v), .markRead(["p1#1", "p2#1"])]) {
            $0.articleScroll = 100 - v
            $0.read = ["p1#1", "p2#1"]
        }
        store.send(.move(5), effects: [.savePosition(articleID: "p1#1", scroll: 100 - v)])
        store.send(.halfPage(-1), effects: [.savePosition(articleID: "p1#1", scroll: 100 - v - (v - 1) / 2)]) {
            $0.articleScroll = 100 - v - (v - 1) / 2
        }
        // the window narrows and the story now takes ten lines: nothing left to scroll
        store.measure = .fixed(lines: 10)
        store.send(.resize(columns: 100, rows: 40)) {
            $0.columns = 100
            $0.articleLines = 10
            $0.articleScroll = 0
        }
        store.receive(.readTimerFired(story: 0))
        store.finish()
    }

    @Test("]/[ step through the stories of a page, }/{ through pages, with messages at the ends")
    func stepping() {
        let store = store()
        store.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        store.send(.nextArticle, effects: [.loadStory(story: 1, ids: ["p1#2"]), .readTimer(story: 1)]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
        }
        store.send(.nextArticle, effects: [.loadStory(story: 2, ids: ["p1#3"]), .readTimer(story: 2)]) {
            $0.articleCursor = 2
            $0.shownStory = 2
        }
        store.send(.nextArticle) { $0.message = .lastStoryHere }
        store.send(.nextPage, effects: [.loadStory(story: 0, ids: ["p1#1", "p2#1"]), .readTimer(story: 0)]) {
            $0.message = nil
            $0.sectionCursor = 3
            $0.articleCursor = 0
            $0.shownStory = 0
        }
        #expect(store.state.nav.rows[3].label == "第2版")
        store.send(.nextPage) { $0.message = .lastPage }
        store.send(.previousPage, effects: [.readTimer(story: 0)]) {
            $0.message = nil
            $0.sectionCursor = 1
        }
        // passing a story does not read it: no timer reads a story no longer shown, nor one shown with no lines yet
        for story in [0, 1, 2, 0, 0] { store.receive(.readTimerFired(story: story)) }
        for story in [1, 2, 0] { store.receive(.storyLoaded(story: story, articles: [])) }
        #expect(store.state.read.isEmpty)
        store.finish()
    }

    @Test("c goes to the other part's page of a story that jumps, and says when the story does not jump")
    func continuation() {
        let store = store()
        store.send(.followContinuation) {
            $0.sectionCursor = 3
            $0.message = .onPage(2)
        }
        store.send(.followContinuation) {
            $0.sectionCursor = 1
            $0.message = .onPage(1)
        }
        store.send(.move(1), effects: [.loadStory(story: 1, ids: ["p1#2"])]) {
            $0.message = nil
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
        }
        store.send(.followContinuation) { $0.message = .doesNotJump }
        store.receive(.storyLoaded(story: 1, articles: []))
        store.finish()
    }

    @Test("layout: three panes from 100 columns, two from 60, one below; too small under 30×8")
    func layout() {
        #expect(ScreenLayout(columns: 120, rows: 40, focus: .sections).frames.map(\.pane) == [.sections, .articles, .article])
        #expect(ScreenLayout(columns: 80, rows: 24, focus: .sections).frames.map(\.pane) == [.sections, .articles])
        #expect(ScreenLayout(columns: 80, rows: 24, focus: .article).frames.map(\.pane) == [.articles, .article])
        #expect(ScreenLayout(columns: 50, rows: 20, focus: .articles).frames.map(\.pane) == [.articles])
        #expect(ScreenLayout(columns: 29, rows: 20, focus: .articles).tooSmall)
        #expect(!ScreenLayout(columns: 30, rows: 8, focus: .articles).tooSmall)
        for c in [30, 59, 60, 99, 100, 200, 300] {
            let l = ScreenLayout(columns: c, rows: 20, focus: .articles)
            let used = l.frames.reduce(0) { $0 + $1.width } + l.frames.count - 1
            #expect(used == c)
        }
    }

    @Test("resizing keeps the cursors visible and the scroll in range")
    func resize() {
        let store = store()
        store.send(.bottom, effects: [.loadStory(story: 2, ids: ["p1#3"])]) {
            $0.articleCursor = 2
            $0.shownStory = 2
            $0.shownArticles = []
        }
        // one pane of five rows: two stories fit, the cursor's the second
        store.send(.resize(columns: 50, rows: 8)) {
            $0.columns = 50
            $0.rows = 8
            $0.articleTop = 1
        }
        store.receive(.storyLoaded(story: 2, articles: []))
        store.finish()
    }

    /// One page of twelve stories: a list longer than small screens.
    func longPage() -> Navigation {
        let arts = (1...12).map { i in
            ArticleSummary(id: "p#\(i)", kind: .news, kicker: nil, headline: "第\(i)条", title: "第\(i)条", byline: nil, column: nil,
                           length: 100, continuedFromPage: nil, continuesOnPage: nil, previousPart: nil, nextPart: nil)
        }
        return Navigation(issues: [("报", [Navigation.PageRef(issueTitle: "报", number: 1, section: nil, source: "p.txt", articles: arts)])])
    }

    @Test("a list never scrolls past its end: growing the window brings hidden rows back; a restored place too")
    func listsStayFull() {
        var start = AppState(nav: longPage(), themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&start)
        let store = TestStore(start)
        store.send(.bottom, effects: [.loadStory(story: 11, ids: ["p#12"])]) {
            $0.articleCursor = 11
            $0.shownStory = 11
        }
        // four stories fit: the last four shown
        store.send(.resize(columns: 120, rows: 12)) {
            $0.rows = 12
            $0.articleTop = 8
        }
        // eight fit: the list's last eight, no empty rows under it
        store.send(.resize(columns: 120, rows: 20)) {
            $0.rows = 20
            $0.articleTop = 4
        }
        store.receive(.storyLoaded(story: 11, articles: []))
        store.finish()

        var r = AppState(nav: longPage(), themeNames: ["dark"], columns: 120, rows: 20)
        let fx = r.restore(articleID: "p#12", scroll: 3)
        #expect(r.articleCursor == 11 && r.focus == .article && r.pendingScroll == 3)
        #expect(r.articleTop == 12 - r.layout.storyViewport)
        #expect(fx.count == 1)
        let middle = r.restore(articleID: "p#6", scroll: 0)
        #expect(!middle.isEmpty && r.articleCursor == 5)
        #expect(r.articleTop == max(0, 5 - r.layout.storyViewport / 2))
        #expect(r.restore(articleID: "nowhere#1", scroll: 0).isEmpty)

        // the reading place is taken once the story has been laid out
        var back = AppState(nav: longPage(), themeNames: ["dark"], columns: 120, rows: 20)
        #expect(back.restore(articleID: "p#12", scroll: 30) == [.loadStory(story: 11, ids: ["p#12"])])
        let restored = TestStore(back, measure: .fixed(lines: 50))
        let last = Article(id: "p#12", kind: .news, headline: "第12条", blocks: [])
        restored.send(.storyLoaded(story: 11, articles: [last])) {
            $0.shownArticles = [last]
            $0.articleLines = 50
            $0.articleScroll = 30
            $0.pendingScroll = nil
        }
    }

    @Test("bookmarks: m toggles, B lists them, Esc goes back to the list as it was")
    func bookmarks() {
        let store = store()
        store.send(.move(2), effects: [.loadStory(story: 2, ids: ["p1#3"])]) {
            $0.articleCursor = 2
            $0.shownStory = 2
            $0.shownArticles = []
        }
        store.send(.toggleBookmark, effects: [.saveBookmarks(["p1#3"])]) {
            $0.bookmarks = ["p1#3"]
            $0.message = .bookmarked
        }
        store.send(.showBookmarks) {
            $0.message = nil
            $0.mode = .bookmarks
            $0.savedArticleList = .init(cursor: 2, top: 0)
            $0.articleCursor = 0
        }
        #expect(store.state.listedStories == [2])
        store.send(.back) {
            $0.mode = .browse
            $0.savedArticleList = nil
            $0.articleCursor = 2
        }
        store.send(.toggleBookmark, effects: [.saveBookmarks([])]) {
            $0.bookmarks = []
            $0.message = .bookmarkRemoved
        }
        store.send(.showBookmarks) {
            $0.mode = .bookmarks
            $0.savedArticleList = .init(cursor: 2, top: 0)
            $0.articleCursor = 0
            $0.message = .noBookmarks
            $0.shownStory = nil
        }
        store.receive(.storyLoaded(story: 2, articles: []))
        store.finish()
    }

    @Test("clicks select rows (two rows per story in the article list); the wheel scrolls a pane without the keys")
    func mouse() {
        let store = store(lines: 200)
        store.send(.click(pane: .articles, row: 3), effects: [.loadStory(story: 1, ids: ["p1#2"])]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
            $0.articleLines = 0
        }
        store.send(.click(pane: .sections, row: 3), effects: [.loadStory(story: 0, ids: ["p1#1", "p2#1"])]) {
            $0.sectionCursor = 3
            $0.articleCursor = 0
            $0.shownStory = 0
            $0.focus = .sections
        }
        store.receive(.storyLoaded(story: 1, articles: []))
        store.receive(.storyLoaded(story: 0, articles: [Self.first])) {
            $0.shownArticles = [Self.first]
            $0.articleLines = 200
        }
        store.send(.scroll(pane: .article, lines: 3), effects: [.savePosition(articleID: "p1#1", scroll: 3)]) { $0.articleScroll = 3 }
        store.finish()
    }

    @Test("the help overlay takes Esc, q and ? to close and ignores other keys")
    func help() {
        let store = store()
        store.send(.toggleHelp) { $0.mode = .help }
        store.send(.move(1))
        store.send(.nextPage)
        store.send(.quit) { $0.mode = .browse }
        store.finish()
    }

    @Test("a story is read when scrolled to its end or shown whole for a while; ] passes without reading; u toggles")
    func readingState() {
        let store = store(lines: 100, rows: 24)
        let v = store.state.layout.viewport
        store.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        // long: the timer does not read it; the timer is no keypress: what the reader said stays on the status line
        store.send(.message(.said("已保存 · saved to /tmp/x.txt"))) { $0.message = .said("已保存 · saved to /tmp/x.txt") }
        store.receive(.readTimerFired(story: 0))
        store.send(.move(10), effects: [.savePosition(articleID: "p1#1", scroll: 10)]) {
            $0.message = nil
            $0.articleScroll = 10
        }
        // scrolling to the end reads it
        store.send(.bottom, effects: [.savePosition(articleID: "p1#1", scroll: 100 - v), .markRead(["p1#1", "p2#1"])]) {
            $0.articleScroll = 100 - v
            $0.read = ["p1#1", "p2#1"]
        }
        // ] to the next story, short: not read until its timer fires while it is still shown
        store.send(.nextArticle, effects: [.loadStory(story: 1, ids: ["p1#2"]), .readTimer(story: 1)]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
            $0.articleScroll = 0
            $0.articleLines = 0
        }
        store.measure = .fixed(lines: 5)
        let two = Article(id: "p1#2", kind: .news, headline: "二条", blocks: [])
        store.receive(.storyLoaded(story: 1, articles: [two])) {
            $0.shownArticles = [two]
            $0.articleLines = 5
        }
        store.send(.nextArticle, effects: [.loadStory(story: 2, ids: ["p1#3"]), .readTimer(story: 2)]) {
            $0.articleCursor = 2
            $0.shownStory = 2
            $0.shownArticles = []
            $0.articleLines = 0
        }
        // a timer for a story no longer shown reads nothing
        store.receive(.readTimerFired(story: 1))
        // u toggles
        store.send(.toggleRead, effects: [.markRead(["p1#3"])]) {
            $0.read.insert("p1#3")
            $0.message = .markedRead
            $0.readByHand = 2
        }
        store.send(.toggleRead, effects: [.markUnread(["p1#3"])]) {
            $0.read.remove("p1#3")
            $0.message = .markedUnread
        }
        // marked unread by hand while its timer ran: the timer leaves it unread
        let three = Article(id: "p1#3", kind: .news, headline: "三条", blocks: [])
        store.receive(.storyLoaded(story: 2, articles: [three])) {
            $0.shownArticles = [three]
            $0.articleLines = 5
        }
        store.receive(.readTimerFired(story: 2))
        store.finish()
    }

    @Test("A marks the row's stories read; . goes to the next unread story, on to later pages; Space at an article's end does too")
    func unreadKeys() {
        let store = store()
        // . from the first story: the second
        store.send(.nextUnread, effects: [.loadStory(story: 1, ids: ["p1#2"])]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
        }
        // A on page 1: its three stories read, and the jumping story with both its parts
        store.send(.markSectionRead, effects: [.markRead(["p1#1", "p2#1", "p1#2", "p1#3"])]) {
            $0.read = ["p1#1", "p2#1", "p1#2", "p1#3"]
            $0.message = .allRead(section: "第1版")
        }
        // nothing unread left here: . goes to page 2's first unread story (四条)
        store.send(.nextUnread, effects: [.loadStory(story: 3, ids: ["p2#2"])]) {
            $0.message = nil
            $0.sectionCursor = 3
            $0.articleCursor = 1
            $0.shownStory = 3
        }
        store.send(.nextUnread) { $0.message = .nothingUnread }
        store.receive(.storyLoaded(story: 1, articles: []))
        store.receive(.storyLoaded(story: 3, articles: []))
        store.finish()

        // Space at the end of an article: to the next unread
        let short = self.store(lines: 5)
        short.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        short.send(.page(1), effects: [.loadStory(story: 1, ids: ["p1#2"]), .readTimer(story: 1)]) {
            $0.articleCursor = 1
            $0.shownStory = 1
            $0.shownArticles = []
            $0.articleLines = 0
        }
        short.receive(.storyLoaded(story: 1, articles: []))
        short.receive(.readTimerFired(story: 0))
        short.receive(.readTimerFired(story: 1))
        short.finish()
    }
}
