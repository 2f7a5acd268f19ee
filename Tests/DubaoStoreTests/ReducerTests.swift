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

    /// The store at the start, with the first story loaded.
    func store() -> TestStore {
        let store = TestStore(state())
        store.send(.storyLoaded(story: 0, articles: [Article(id: "p1#1", kind: .news, headline: "头条", blocks: [])])) {
            $0.shownArticles = [Article(id: "p1#1", kind: .news, headline: "头条", blocks: [])]
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
        let store = store()
        store.send(.open, effects: [.readTimer(story: 0)]) { $0.focus = .article }
        store.send(.measured(lines: 10, hitLines: [])) { $0.articleLines = 10 }
        store.receive(.readTimerFired(story: 0), effects: [.markRead(["p1#1", "p2#1"])]) { $0.read = ["p1#1", "p2#1"] }
        store.send(.back) { $0.focus = .articles }
        store.send(.back) { $0.focus = .sections }
        store.send(.back) { $0.message = "按 q 退出 · press q to quit" }
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

    @Test("the article scrolls within its measured length; pages keep a line of context")
    func scrolling() {
        var s = state(120, 40)
        _ = Reducer.reduce(&s, .measured(lines: 100, hitLines: []))
        s.focus = .article
        let v = s.layout.viewport
        _ = Reducer.reduce(&s, .page(1))
        #expect(s.articleScroll == v - 1)
        _ = Reducer.reduce(&s, .bottom)
        #expect(s.articleScroll == 100 - v)
        _ = Reducer.reduce(&s, .move(5))
        #expect(s.articleScroll == 100 - v)
        _ = Reducer.reduce(&s, .halfPage(-1))
        #expect(s.articleScroll == 100 - v - (v - 1) / 2)
        _ = Reducer.reduce(&s, .measured(lines: 10, hitLines: []))
        #expect(s.articleScroll == 0)
    }

    @Test("]/[ step through the stories of a page, }/{ through pages, with messages at the ends")
    func stepping() {
        var s = state()
        s.focus = .article
        _ = Reducer.reduce(&s, .nextArticle)
        #expect(s.articleCursor == 1 && !s.read.contains("p1#2"), "passing a story does not read it")
        _ = Reducer.reduce(&s, .nextArticle)
        _ = Reducer.reduce(&s, .nextArticle)
        #expect(s.articleCursor == 2 && s.message != nil)
        _ = Reducer.reduce(&s, .nextPage)
        #expect(s.nav.rows[s.sectionCursor].label == "第2版" && s.articleCursor == 0)
        _ = Reducer.reduce(&s, .nextPage)
        #expect(s.message != nil)
        _ = Reducer.reduce(&s, .previousPage)
        #expect(s.nav.rows[s.sectionCursor].label == "第1版")
    }

    @Test("c goes to the other part's page of a story that jumps, and says when the other part is missing")
    func continuation() {
        var s = state()
        s.focus = .articles
        _ = Reducer.reduce(&s, .followContinuation)
        #expect(s.nav.rows[s.sectionCursor].label == "第2版")
        #expect(s.selectedStory == 0)
        _ = Reducer.reduce(&s, .followContinuation)
        #expect(s.nav.rows[s.sectionCursor].label == "第1版")
        _ = Reducer.reduce(&s, .move(1))
        _ = Reducer.reduce(&s, .followContinuation)
        #expect(s.message?.contains("不跨版") == true)
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
        var s = state(120, 40)
        s.focus = .articles
        _ = Reducer.reduce(&s, .bottom)
        _ = Reducer.reduce(&s, .resize(columns: 50, rows: 8))
        #expect(s.articleTop <= s.articleCursor && s.articleCursor < s.articleTop + s.layout.storyViewport)
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
        var s = AppState(nav: longPage(), themeNames: ["dark"], columns: 120, rows: 40)
        _ = Reducer.showFirst(&s)
        s.focus = .articles
        _ = Reducer.reduce(&s, .bottom)
        _ = Reducer.reduce(&s, .resize(columns: 120, rows: 12))
        let small = s.layout.storyViewport
        #expect(small < 12 && s.articleTop == 12 - small)
        _ = Reducer.reduce(&s, .resize(columns: 120, rows: 20))
        #expect(s.layout.storyViewport > small)
        #expect(s.articleTop == max(0, 12 - s.layout.storyViewport))
        #expect(s.articleTop <= s.articleCursor && s.articleCursor == 11)

        var r = AppState(nav: longPage(), themeNames: ["dark"], columns: 120, rows: 20)
        let fx = r.restore(articleID: "p#12", scroll: 3)
        #expect(r.articleCursor == 11 && r.focus == .article && r.pendingScroll == 3)
        #expect(r.articleTop == 12 - r.layout.storyViewport)
        #expect(fx.count == 1)
        let middle = r.restore(articleID: "p#6", scroll: 0)
        #expect(!middle.isEmpty && r.articleCursor == 5)
        #expect(r.articleTop == max(0, 5 - r.layout.storyViewport / 2))
        #expect(r.restore(articleID: "nowhere#1", scroll: 0).isEmpty)
    }

    @Test("bookmarks: m toggles, B lists them")
    func bookmarks() {
        var s = state()
        s.focus = .articles
        _ = Reducer.reduce(&s, .move(2))
        #expect(Reducer.reduce(&s, .toggleBookmark) == [.saveBookmarks(["p1#3"])])
        _ = Reducer.reduce(&s, .showBookmarks)
        #expect(s.mode == .bookmarks && s.listedStories == [2])
        _ = Reducer.reduce(&s, .back)
        #expect(s.mode == .browse)
        #expect(Reducer.reduce(&s, .toggleBookmark) == [.saveBookmarks([])])
    }

    @Test("clicks select rows (two rows per story in the article list); the wheel scrolls a pane")
    func mouse() {
        var s = state()
        _ = Reducer.reduce(&s, .click(pane: .articles, row: 3))
        #expect(s.focus == .articles && s.articleCursor == 1)
        _ = Reducer.reduce(&s, .click(pane: .sections, row: 3))
        #expect(s.sectionCursor == 3 && s.focus == .sections)
        _ = Reducer.reduce(&s, .measured(lines: 200, hitLines: []))
        _ = Reducer.reduce(&s, .scroll(pane: .article, lines: 3))
        #expect(s.articleScroll == 3 && s.focus == .sections)
    }

    @Test("the help overlay takes Esc, q and ? to close and ignores other keys")
    func help() {
        var s = state()
        _ = Reducer.reduce(&s, .toggleHelp)
        _ = Reducer.reduce(&s, .move(1))
        #expect(s.mode == .help && s.sectionCursor == 1)
        _ = Reducer.reduce(&s, .quit)
        #expect(s.mode == .browse && !s.quitting)
    }

    @Test("a story is read when scrolled to its end or shown whole for a while; ] passes without reading; u toggles")
    func readingState() {
        var s = state()
        s.rows = 24
        _ = Reducer.reduce(&s, .open)
        _ = Reducer.reduce(&s, .measured(lines: 100, hitLines: []))
        // long: the timer does not read it, scrolling to the end does; the timer is no keypress: what the reader
        // said (a file saved, a command run) stays on the status line
        s.message = "已保存 · saved to /tmp/x.txt"
        _ = Reducer.reduce(&s, .readTimerFired(story: 0))
        #expect(!s.isRead(0) && s.message == "已保存 · saved to /tmp/x.txt")
        _ = Reducer.reduce(&s, .move(10))
        #expect(!s.isRead(0))
        let fx = Reducer.reduce(&s, .bottom)
        #expect(s.isRead(0) && fx.contains(.markRead(["p1#1", "p2#1"])))
        // ] to the next story: not read until its timer fires while it is still shown
        _ = Reducer.reduce(&s, .nextArticle)
        _ = Reducer.reduce(&s, .measured(lines: 5, hitLines: []))
        #expect(!s.isRead(1))
        _ = Reducer.reduce(&s, .nextArticle)
        _ = Reducer.reduce(&s, .readTimerFired(story: 1))
        #expect(!s.isRead(1), "a timer for a story no longer shown reads nothing")
        // u toggles
        _ = Reducer.reduce(&s, .toggleRead)
        #expect(s.isRead(2))
        let back = Reducer.reduce(&s, .toggleRead)
        #expect(!s.isRead(2) && back.contains(.markUnread(s.nav.stories[2].parts)))
    }

    @Test("A marks the row's stories read; . goes to the next unread story, on to later pages; Space at an article's end does too")
    func unreadKeys() {
        var s = state()
        // . from the first story: the second
        _ = Reducer.reduce(&s, .nextUnread)
        #expect(s.articleCursor == 1)
        // A on page 1: its three stories read, and the jumping story with both its parts
        let fx = Reducer.reduce(&s, .markSectionRead)
        #expect(fx == [.markRead(["p1#1", "p2#1", "p1#2", "p1#3"])])
        #expect((0..<3).allSatisfy(s.isRead) && !s.isRead(3))
        // nothing unread left here: . goes to page 2's first unread story (四条)
        _ = Reducer.reduce(&s, .nextUnread)
        #expect(s.nav.rows[s.sectionCursor].label == "第2版" && s.selectedStory == 3)
        _ = Reducer.reduce(&s, .nextUnread)
        #expect(s.message == "没有未读 · nothing unread")
        // Space at the end of an article: to the next unread
        var t = state()
        _ = Reducer.reduce(&t, .open)
        _ = Reducer.reduce(&t, .measured(lines: 5, hitLines: []))
        _ = Reducer.reduce(&t, .page(1))
        #expect(t.articleCursor == 1 && t.focus == .article)
    }
}
