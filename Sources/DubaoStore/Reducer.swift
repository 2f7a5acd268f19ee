import DubaoCore

/// The reader's logic: a pure function from state and action to a new state and effects, given how the shown
/// story is laid out (`StoryMeasure`).
public enum Reducer {
    public static func reduce(_ s: inout AppState, _ action: Action, measure: StoryMeasure, issues: IssueLoader = .none) -> [Effect] {
        var fx = reduceAction(&s, action, issues)
        loadWhatIsShown(&s, issues, &fx)
        derive(&s, measure)
        return fx
    }

    /// Effects to show the first story at start (its issue read in first).
    public static func showFirst(_ s: inout AppState, issues: IssueLoader = .none) -> [Effect] {
        var fx: [Effect] = []
        loadWhatIsShown(&s, issues, &fx)
        showSelected(&s, &fx)
        return fx
    }

    /// After every action: the issues of what the lists show are read in (the selected row's, the search
    /// results', the bookmarks'); when that brings stories to a list that had none, the one under the cursor is
    /// shown.
    static func loadWhatIsShown(_ s: inout AppState, _ issues: IssueLoader, _ fx: inout [Effect]) {
        let before = s.nav.loadedIssues
        if let i = s.nav.issue(ofRow: s.sectionCursor) { issues.load(i, into: &s.nav) }
        if s.mode == .bookmarks { for id in s.bookmarks { issues.load(issueOf: id, into: &s.nav) } }
        if s.mode == .search, let results = s.search?.results { for r in results { issues.load(issueOf: r.articleID, into: &s.nav) } }
        guard s.nav.loadedIssues != before, s.selectedStory != s.shownStory else { return }
        showSelected(&s, &fx)
        startReadTimer(s, &fx)
    }

    /// After every action: the shown story's length and hit lines at the current width, a reading place waiting
    /// for the story to be laid out, the scroll kept within the story, a jump to a hit waiting for its lines.
    static func derive(_ s: inout AppState, _ measure: StoryMeasure) {
        let m = s.shownStory != nil && !s.shownArticles.isEmpty ? measure.metrics(s) : .empty
        let hitsChanged = s.search != nil && m.hitLines != s.search!.hitLines
        if m.lines != s.articleLines || hitsChanged {
            s.articleLines = m.lines
            if m.lines > 0, let p = s.pendingScroll {
                s.articleScroll = p
                s.pendingScroll = nil
            }
        }
        s.articleScroll = clampScroll(s, s.articleScroll)
        if hitsChanged { hitsMeasured(&s, m.hitLines) }
    }

    static func reduceAction(_ s: inout AppState, _ action: Action, _ issues: IssueLoader) -> [Effect] {
        var fx: [Effect] = []
        switch action {
        // a message stays until the reader does something (not while the terminal or an effect reports)
        case .storyLoaded, .searchResults, .resize, .readTimerFired: break
        default: s.message = nil
        }
        switch s.mode {
        case .help:
            switch action {
            case .toggleHelp, .back, .quit: s.mode = .browse
            case .resize(let c, let r): resize(&s, c, r); scrollHelp(&s, 0)
            case .move(let n): scrollHelp(&s, n)
            case .page(let n): scrollHelp(&s, n * max(1, s.helpVisible - 1))
            case .halfPage(let n): scrollHelp(&s, n * max(1, s.helpVisible / 2))
            case .top: scrollHelp(&s, -s.helpLength)
            case .bottom: scrollHelp(&s, s.helpLength)
            case .nextTheme: s.themeIndex = (s.themeIndex + 1) % max(1, s.themeNames.count)
            default: break
            }
            return fx
        case .browse, .bookmarks, .search:
            break
        }
        if reduceSearch(&s, action, &fx) { return fx }
        switch action {
        case .nextPage, .previousPage, .showBookmarks, .followContinuation:
            // these leave the search's result list
            if s.search != nil && s.mode == .search { cancelSearch(&s, &fx) }
        default: break
        }
        switch action {
        case .redraw: break
        case .toggleRead:
            guard let story = s.selectedStory else { break }
            if story == s.shownStory { s.readByHand = story }
            if s.isRead(story) {
                let parts = s.nav.stories[story].parts
                s.read.subtract(parts)
                fx.append(.markUnread(parts))
                s.message = .markedUnread
            } else {
                markRead(&s, &fx)
                s.message = .markedRead
            }
        case .toggleReadingView:
            if s.focus != .article {
                guard s.selectedStory != nil else { break }
                setFocus(&s, .article, &fx)
                s.readingOnly = true
            } else {
                s.readingOnly.toggle()
            }
            s.articleScroll = clampScroll(s, s.articleScroll)
        case .showID:
            guard let id = s.shownArticles.first?.id ?? s.selectedStory.flatMap({ s.nav.stories[$0].parts.first }) else { break }
            s.message = .storyID(id)
        case .copyStory:
            guard let story = s.shownStory, !s.shownArticles.isEmpty else { s.message = .noStoryShown; break }
            let pages = s.shownArticles.map { a in s.nav.articleIndex[a.id].flatMap { s.nav.pages[$0.page].number } }
            fx.append(.copy(StoryText.render(parts: s.shownArticles, pageNumbers: pages)))
            s.message = .copied(title: s.nav.stories[story].title)
        case .reload:
            s.message = .reloading
            fx.append(.reload)
        case .reloaded(let nav, let summary):
            guard let nav else { s.message = .nothingToReload(summary: summary); break }
            // the new pages, and the reader where it was
            let view = s.savedView
            let focus = s.focus
            var next = s
            next.nav = nav
            next.sectionCursor = nav.rows.firstIndex(where: { $0.kind == .page }) ?? 0
            next.sectionTop = 0
            next.articleCursor = 0
            next.articleTop = 0
            next.shownStory = nil
            next.readByHand = nil
            next.shownArticles = []
            next.search = nil
            next.mode = .browse
            if let v = view { issues.load(issueOf: v.articleID, into: &next.nav) }
            s = next
            if let v = view { fx += s.restore(view: v) } else { showSelected(&s, &fx) }
            if view == nil { s.focus = focus == .article ? .articles : focus }
            s.message = .reloaded(summary: summary)
        case .startSave:
            guard let first = s.shownArticles.first else { s.message = .noStoryShown; break }
            let name = first.id.map { $0 == "/" || $0 == "#" ? "-" : $0 }
            s.prompt = ArticlePrompt(.save, LineEditor("~/dubao-\(String(name)).txt", wordStops: ["/"]))
        case .startPipe:
            guard !s.shownArticles.isEmpty else { s.message = .noStoryShown; break }
            s.prompt = ArticlePrompt(.pipe, LineEditor("", wordStops: [" ", "|"]))
        case .promptInput(let t): s.prompt?.editor.insert(t)
        case .promptEdit(let e): s.prompt?.editor.apply(e)
        case .promptDeleteBackward: s.prompt?.editor.deleteBackward()
        case .promptCancel: s.prompt = nil
        case .promptSubmit:
            guard let prompt = s.prompt else { break }
            s.prompt = nil
            let typed = String(prompt.text.drop(while: { $0 == " " }).reversed().drop(while: { $0 == " " }).reversed())
            guard !typed.isEmpty, !s.shownArticles.isEmpty else { break }
            let pages = s.shownArticles.map { a in s.nav.articleIndex[a.id].flatMap { s.nav.pages[$0.page].number } }
            switch prompt.purpose {
            case .save:
                let text = typed.hasSuffix(".md") ? StoryMarkdown.render(parts: s.shownArticles, pageNumbers: pages)
                    : StoryText.render(parts: s.shownArticles, pageNumbers: pages)
                fx.append(.saveFile(path: typed, text: text))
            case .pipe:
                fx.append(.pipe(command: typed, text: StoryText.render(parts: s.shownArticles, pageNumbers: pages)))
            }
        case .markSectionRead:
            guard s.nav.rows.indices.contains(s.sectionCursor) else { break }
            let ids = s.nav.rows[s.sectionCursor].articles.flatMap { s.nav.stories[$0].parts }.filter { !s.read.contains($0) }
            if !ids.isEmpty {
                s.read.formUnion(ids)
                fx.append(.markRead(ids))
            }
            s.message = .allRead(section: s.nav.rows[s.sectionCursor].label)
        case .nextUnread: nextUnread(&s, &fx, issues)
        case .readTimerFired(let story):
            // still shown, whole, with the keys in it
            if s.focus == .article, s.shownStory == story, s.selectedStory == story, s.readByHand != story, s.articleLines > 0, s.articleLines <= s.layout.viewport {
                markRead(&s, &fx)
            }
        case .move(let n): move(&s, s.focus, n, &fx)
        case .page(let n):
            // Space at the end of an article goes on to the next unread story, as in mutt
            if n > 0, s.focus == .article, s.articleLines > 0, s.articleScroll >= s.articleLines - s.layout.viewport {
                nextUnread(&s, &fx, issues)
            } else {
                move(&s, s.focus, n * pageStep(s, s.focus), &fx)
            }
        case .halfPage(let n): move(&s, s.focus, n * max(1, pageStep(s, s.focus) / 2), &fx)
        case .top: move(&s, s.focus, Int.min / 2, &fx)
        case .bottom: move(&s, s.focus, Int.max / 2, &fx)
        case .scroll(let pane, let n): move(&s, pane, n, &fx)
        case .focusNext: setFocus(&s, next(s.focus, by: 1, wrapping: true), &fx)
        case .focusPrevious: setFocus(&s, next(s.focus, by: -1, wrapping: true), &fx)
        case .focusLeft: setFocus(&s, next(s.focus, by: -1, wrapping: false), &fx)
        case .focusRight: setFocus(&s, next(s.focus, by: 1, wrapping: false), &fx)
        case .open: open(&s, &fx)
        case .back: back(&s, &fx)
        case .quit:
            if s.search != nil {
                back(&s, &fx)
            } else if s.mode == .bookmarks {
                closeBookmarks(&s, &fx)
            } else if s.focus == .article {
                setFocus(&s, .articles, &fx)
            } else {
                s.quitting = true
                if let v = s.savedView { fx.append(.saveView(v)) }
                fx.append(.quit)
            }
        case .nextArticle: stepArticle(&s, 1, &fx)
        case .previousArticle: stepArticle(&s, -1, &fx)
        case .nextPage: stepPage(&s, 1, &fx)
        case .previousPage: stepPage(&s, -1, &fx)
        case .followContinuation: followContinuation(&s, &fx)
        case .nextTheme:
            s.themeIndex = (s.themeIndex + 1) % max(1, s.themeNames.count)
            s.message = .theme(s.themeName)
        case .toggleHelp: s.mode = .help; s.helpTop = 0
        case .toggleBookmark: toggleBookmark(&s, &fx)
        case .showBookmarks:
            if s.mode == .bookmarks { closeBookmarks(&s, &fx) } else { openBookmarks(&s, &fx) }
        case .resize(let c, let r): resize(&s, c, r)
        case .click(let pane, let row): click(&s, pane, row, &fx)
        case .startSearch, .searchInput, .searchDeleteBackward, .searchEdit, .searchSubmit, .searchResults, .nextHit, .previousHit:
            break
        case .storyLoaded(let story, let articles):
            if s.shownStory == story { s.shownArticles = articles }
        case .message(let m): s.message = m
        }
        return fx
    }

    // MARK: moving

    /// Scrolls the help by `n` lines, within it.
    static func scrollHelp(_ s: inout AppState, _ n: Int) {
        s.helpTop = max(0, min(s.helpLength - s.helpVisible, s.helpTop + n))
    }

    static func pageStep(_ s: AppState, _ pane: AppState.Pane) -> Int {
        switch pane {
        case .article: return max(1, s.layout.viewport - 1)
        case .articles: return s.layout.storyViewport
        case .sections: return s.layout.viewport
        }
    }

    static func move(_ s: inout AppState, _ pane: AppState.Pane, _ n: Int, _ fx: inout [Effect]) {
        switch pane {
        case .sections:
            guard s.mode == .browse else { return }
            let c = clamp(s.sectionCursor.addingClamped(n), 0, s.nav.rows.count - 1)
            guard c != s.sectionCursor else { return }
            s.sectionCursor = c
            s.articleCursor = 0
            s.articleTop = 0
            s.sectionTop = visibleTop(cursor: c, top: s.sectionTop, viewport: s.layout.viewport, count: s.nav.rows.count)
            showSelected(&s, &fx)
        case .articles:
            let count = s.listedStories.count
            guard count > 0 else { return }
            let c = clamp(s.articleCursor.addingClamped(n), 0, count - 1)
            guard c != s.articleCursor else { return }
            s.articleCursor = c
            s.articleTop = visibleTop(cursor: c, top: s.articleTop, viewport: s.layout.storyViewport, count: s.listedStories.count)
            showSelected(&s, &fx)
        case .article:
            s.articleScroll = clampScroll(s, s.articleScroll.addingClamped(n))
            if let id = s.shownArticles.first?.id { fx.append(.savePosition(articleID: id, scroll: s.articleScroll)) }
            // scrolled to its end: read
            if s.articleLines > 0, s.articleScroll >= s.articleLines - s.layout.viewport, s.shownStory == s.selectedStory { markRead(&s, &fx) }
        }
    }

    static func clampScroll(_ s: AppState, _ v: Int) -> Int {
        clamp(v, 0, max(0, s.articleLines - s.layout.viewport))
    }

    /// The first row to show of a list of `count` rows so that the cursor is on screen, moving as little as
    /// possible, and never leaving empty rows below the list's end while rows above it are hidden.
    public static func visibleTop(cursor: Int, top: Int, viewport: Int, count: Int) -> Int {
        var t = top
        if cursor < t { t = cursor } else if cursor >= t + viewport { t = cursor - viewport + 1 }
        return max(0, min(t, count - max(1, viewport)))
    }

    /// Shows the story under the article cursor in the article pane.
    static func showSelected(_ s: inout AppState, _ fx: inout [Effect]) {
        guard let story = s.selectedStory else {
            s.shownStory = nil
            s.readByHand = nil
            s.shownArticles = []
            return
        }
        guard story != s.shownStory else { return }
        s.shownStory = story
        s.readByHand = nil
        s.shownArticles = []
        s.articleScroll = 0
        s.articleLines = 0
        // the hits counted were the other story's
        if s.search != nil {
            s.search!.hitLines = []
            s.search!.currentHit = nil
        }
        fx.append(.loadStory(story: story, ids: s.nav.stories[story].parts))
    }

    // MARK: focus

    static func next(_ p: AppState.Pane, by d: Int, wrapping: Bool) -> AppState.Pane {
        let all = AppState.Pane.allCases
        let i = all.firstIndex(of: p)! + d
        if wrapping { return all[(i + all.count) % all.count] }
        return all[clamp(i, 0, all.count - 1)]
    }

    static func setFocus(_ s: inout AppState, _ p: AppState.Pane, _ fx: inout [Effect]) {
        guard p != s.focus else { return }
        if p == .article {
            guard let story = s.selectedStory else { return }
            fx.append(.readTimer(story: story))
        }
        s.focus = p
    }

    /// A story that came into the article pane with the keys on it: the clock starts that reads it when it
    /// stays there whole.
    static func startReadTimer(_ s: AppState, _ fx: inout [Effect]) {
        if s.focus == .article, let story = s.selectedStory { fx.append(.readTimer(story: story)) }
    }

    static func markRead(_ s: inout AppState, _ fx: inout [Effect]) {
        guard let story = s.selectedStory else { return }
        let parts = s.nav.stories[story].parts
        let new = parts.filter { !s.read.contains($0) }
        guard !new.isEmpty else { return }
        s.read.formUnion(new)
        fx.append(.markRead(new))
    }

    static func open(_ s: inout AppState, _ fx: inout [Effect]) {
        switch s.focus {
        case .sections:
            if !s.listedStories.isEmpty { setFocus(&s, .articles, &fx) }
            showSelected(&s, &fx)
        case .articles:
            showSelected(&s, &fx)
            setFocus(&s, .article, &fx)
            // a result opened from the list opens at its first hit
            if s.search?.scope == .library, s.search?.query != nil, s.focus == .article {
                s.search!.jumpPending = true
                s.search!.jumpToLast = false
                jumpToPendingHit(&s)
            }
        case .article:
            break
        }
    }

    static func back(_ s: inout AppState, _ fx: inout [Effect]) {
        if let search = s.search {
            // from an article opened out of the results, back to the results; else out of the search
            if search.scope == .library && s.focus == .article && !search.editing { s.focus = .articles; return }
            cancelSearch(&s, &fx)
            return
        }
        if s.mode == .bookmarks && s.focus != .article { closeBookmarks(&s, &fx); return }
        switch s.focus {
        case .article: setFocus(&s, .articles, &fx)
        case .articles: setFocus(&s, .sections, &fx)
        case .sections: s.message = .pressQToQuit
        }
    }

    static func stepArticle(_ s: inout AppState, _ d: Int, _ fx: inout [Effect]) {
        let count = s.listedStories.count
        guard count > 0 else { return }
        let c = s.articleCursor + d
        guard c >= 0, c < count else {
            s.message = d > 0 ? .lastStoryHere : .firstStoryHere
            return
        }
        s.articleCursor = c
        s.articleTop = visibleTop(cursor: c, top: s.articleTop, viewport: s.layout.storyViewport, count: s.listedStories.count)
        showSelected(&s, &fx)
        startReadTimer(s, &fx)
    }

    /// The next story not read: after the cursor in this list, then on the page rows after this one.
    static func nextUnread(_ s: inout AppState, _ fx: inout [Effect], _ issues: IssueLoader) {
        let list = s.listedStories
        if let k = list.indices.first(where: { $0 > s.articleCursor && !s.isRead(list[$0]) }) {
            s.articleCursor = k
            s.articleTop = visibleTop(cursor: k, top: s.articleTop, viewport: s.layout.storyViewport, count: list.count)
            showSelected(&s, &fx)
            startReadTimer(s, &fx)
            return
        }
        guard s.mode == .browse else { s.message = .nothingUnread; return }
        var r = s.sectionCursor + 1
        while s.nav.rows.indices.contains(r) {
            // an issue not read in yet may hold unread stories; one the library counted none unread in is passed
            // without reading it in (a decade read through is not read in whole to find there is nothing left)
            if s.nav.rows[r].kind == .issue, let i = s.nav.issue(ofRow: r), !s.nav.issues[i].loaded {
                if s.nav.rows[r].unreadBeforeLoad == 0 {
                    r = s.nav.issues.indices.contains(i + 1) ? s.nav.issues[i + 1].row : s.nav.rows.count
                    continue
                }
                issues.load(i, into: &s.nav)
            }
            if s.nav.rows[r].kind == .page, let k = s.nav.rows[r].articles.firstIndex(where: { !s.isRead($0) }) {
                s.sectionCursor = r
                s.sectionTop = visibleTop(cursor: r, top: s.sectionTop, viewport: s.layout.viewport, count: s.nav.rows.count)
                s.articleCursor = k
                s.articleTop = visibleTop(cursor: k, top: 0, viewport: s.layout.storyViewport, count: s.listedStories.count)
                showSelected(&s, &fx)
                startReadTimer(s, &fx)
                return
            }
            r += 1
        }
        s.message = .nothingUnread
    }

    static func stepPage(_ s: inout AppState, _ d: Int, _ fx: inout [Effect]) {
        var i = s.sectionCursor + d
        while s.nav.rows.indices.contains(i) && s.nav.rows[i].kind != .page { i += d }
        guard s.nav.rows.indices.contains(i) else {
            s.message = d > 0 ? .lastPage : .firstPage
            return
        }
        if s.mode == .bookmarks { s.mode = .browse; s.savedArticleList = nil }
        s.sectionCursor = i
        s.sectionTop = visibleTop(cursor: i, top: s.sectionTop, viewport: s.layout.viewport, count: s.nav.rows.count)
        s.articleCursor = 0
        s.articleTop = 0
        showSelected(&s, &fx)
        startReadTimer(s, &fx)
    }

    /// Goes to the page of the other part of the shown story: the next part, or from the last part back
    /// to the first.
    static func followContinuation(_ s: inout AppState, _ fx: inout [Effect]) {
        guard let story = s.selectedStory else { return }
        let entry = s.nav.stories[story]
        guard entry.parts.count > 1 else {
            if let from = entry.continuedFromPage {
                s.message = .continuedFromMissing(page: from)
            } else if let to = entry.continuesOnPage {
                s.message = .continuesOnMissing(page: to)
            } else {
                s.message = .doesNotJump
            }
            return
        }
        let pagesOfParts = entry.parts.compactMap { s.nav.articleIndex[$0]?.page }
        let current = s.currentPage
        let target = pagesOfParts.first { $0 != current && (current == nil || $0 > current!) } ?? pagesOfParts[0]
        guard let row = pageRow(s, target) else { return }
        s.sectionCursor = row
        s.sectionTop = visibleTop(cursor: row, top: s.sectionTop, viewport: s.layout.viewport, count: s.nav.rows.count)
        if let k = s.listedStories.firstIndex(of: story) {
            s.articleCursor = k
            s.articleTop = visibleTop(cursor: k, top: 0, viewport: s.layout.storyViewport, count: s.listedStories.count)
        }
        s.message = .onPage(s.nav.pages[target].number)
    }

    /// The section row of page `p`.
    static func pageRow(_ s: AppState, _ p: Int) -> Int? { s.nav.pageRows.indices.contains(p) ? s.nav.pageRows[p] : nil }

    // MARK: bookmarks

    static func toggleBookmark(_ s: inout AppState, _ fx: inout [Effect]) {
        guard let story = s.focus == .article ? s.shownStory : s.selectedStory else { return }
        let id = s.nav.stories[story].parts[0]
        if let i = s.bookmarks.firstIndex(of: id) {
            s.bookmarks.remove(at: i)
            s.message = .bookmarkRemoved
        } else {
            s.bookmarks.append(id)
            s.message = .bookmarked
        }
        fx.append(.saveBookmarks(s.bookmarks))
    }

    static func openBookmarks(_ s: inout AppState, _ fx: inout [Effect]) {
        s.savedArticleList = AppState.ListPlace(cursor: s.articleCursor, top: s.articleTop)
        s.mode = .bookmarks
        s.articleCursor = 0
        s.articleTop = 0
        if s.focus == .sections { s.focus = .articles }
        if s.bookmarks.isEmpty { s.message = .noBookmarks }
        showSelected(&s, &fx)
    }

    static func closeBookmarks(_ s: inout AppState, _ fx: inout [Effect]) {
        s.mode = .browse
        let back = s.savedArticleList ?? AppState.ListPlace(cursor: 0, top: 0)
        (s.articleCursor, s.articleTop) = (back.cursor, back.top)
        s.savedArticleList = nil
        showSelected(&s, &fx)
    }

    // MARK: terminal

    static func resize(_ s: inout AppState, _ c: Int, _ r: Int) {
        s.columns = max(1, c)
        s.rows = max(1, r)
        let v = s.layout.viewport
        s.sectionTop = visibleTop(cursor: s.sectionCursor, top: s.sectionTop, viewport: v, count: s.nav.rows.count)
        s.articleTop = visibleTop(cursor: s.articleCursor, top: s.articleTop, viewport: s.layout.storyViewport, count: s.listedStories.count)
        s.articleScroll = clampScroll(s, s.articleScroll)
    }

    static func click(_ s: inout AppState, _ pane: AppState.Pane, _ row: Int, _ fx: inout [Effect]) {
        switch pane {
        case .sections:
            guard s.mode == .browse else { return }
            let i = s.sectionTop + row
            guard s.nav.rows.indices.contains(i) else { return }
            move(&s, .sections, i - s.sectionCursor, &fx)
            s.focus = .sections
        case .articles:
            let i = s.articleTop + row / ScreenLayout.rowsPerStory
            guard s.listedStories.indices.contains(i) else { return }
            move(&s, .articles, i - s.articleCursor, &fx)
            s.focus = .articles
        case .article:
            setFocus(&s, .article, &fx)
        }
    }

    static func clamp(_ v: Int, _ lo: Int, _ hi: Int) -> Int { hi < lo ? lo : min(max(v, lo), hi) }
}

extension AppState {
    /// In the bookmarks view the articles pane lists the bookmarked stories.
    public var bookmarkedStories: [Int] {
        bookmarks.compactMap { nav.storyOfArticle[$0] }
    }
}

extension Int {
    func addingClamped(_ n: Int) -> Int {
        let (r, o) = addingReportingOverflow(n)
        return o ? (n > 0 ? Int.max : Int.min) : r
    }
}
