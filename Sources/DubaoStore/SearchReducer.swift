import DubaoCore

/// The reader's search: `/` over the library (results replace the article list and update as you type),
/// `f` within the article being read; Enter opens a result at its first hit; `n`/`N` go from hit to hit
/// and on to the next result; Esc goes back to where the search started.
extension Reducer {
    static func reduceSearch(_ s: inout AppState, _ action: Action, _ fx: inout [Effect]) -> Bool {
        switch action {
        case .startSearch(let scope): startSearch(&s, scope, &fx)
        case .searchInput(let t):
            guard s.search != nil else { return true }
            s.search!.line { $0.insert(t) }
            s.search!.editing = true
            queryChanged(&s, &fx)
        case .searchDeleteBackward:
            guard let search = s.search, search.cursor > 0 else { return true }
            s.search!.line { $0.deleteBackward() }
            queryChanged(&s, &fx)
        case .searchEdit(let e): edit(&s, e, &fx)
        case .searchSubmit: submit(&s, &fx)
        case .searchResults(let query, let results):
            guard var search = s.search, search.scope == .library, search.input == query else { return true }
            search.results = results
            s.search = search
            s.articleCursor = 0
            s.articleTop = 0
            if results.isEmpty && !query.isEmpty { s.message = .nothingFound(query: query) }
            showSelected(&s, &fx)
        case .nextHit: stepHit(&s, 1, &fx)
        case .previousHit: stepHit(&s, -1, &fx)
        default: return false
        }
        return true
    }

    static func startSearch(_ s: inout AppState, _ scope: SearchScope, _ fx: inout [Effect]) {
        if scope == .article && s.shownArticles.isEmpty {
            s.message = .openStoryFirst
            return
        }
        let saved = s.search?.saved ?? SearchState.SavedPlace(
            focus: s.focus, sectionCursor: s.sectionCursor, sectionTop: s.sectionTop, articleCursor: s.articleCursor,
            articleTop: s.articleTop, shownStory: s.shownStory, articleScroll: s.articleScroll, mode: s.mode == .search ? .browse : s.mode)
        s.search = SearchState(scope: scope, saved: saved)
        if scope == .library {
            s.mode = .search
            s.articleCursor = 0
            s.articleTop = 0
            if s.focus == .sections || s.layout.paneCount == 1 { s.focus = .articles }
        } else {
            s.focus = .article
        }
    }

    /// Line editing in the prompt. A change of the text searches again; moving the cursor does not.
    static func edit(_ s: inout AppState, _ e: PromptEdit, _ fx: inout [Effect]) {
        guard var search = s.search else { return }
        let before = search.input
        switch e {
        case .older, .newer:
            let h = s.searchHistory
            guard !h.isEmpty else { return }
            if search.historyIndex == nil { search.draft = search.input }
            let i = e == .older ? max(0, (search.historyIndex ?? h.count) - 1) : (search.historyIndex ?? h.count) + 1
            search.historyIndex = i >= h.count ? nil : i
            search.input = i >= h.count ? search.draft : h[i]
            search.cursor = search.input.count
        default:
            search.line { $0.apply(e) }
        }
        s.search = search
        if search.input != before { queryChanged(&s, &fx) }
    }

    /// Keeps a submitted query at the end of the history (once, the last 100).
    static func remember(_ s: inout AppState, _ query: String, _ fx: inout [Effect]) {
        var q = Substring(query)
        while q.first?.isWhitespace == true { q.removeFirst() }
        while q.last?.isWhitespace == true { q.removeLast() }
        guard !q.isEmpty else { return }
        s.searchHistory.removeAll { $0 == q }
        s.searchHistory.append(String(q))
        if s.searchHistory.count > 100 { s.searchHistory.removeFirst(s.searchHistory.count - 100) }
        fx.append(.saveSearchHistory(s.searchHistory))
    }

    static func queryChanged(_ s: inout AppState, _ fx: inout [Effect]) {
        guard var search = s.search else { return }
        let q = SearchQuery.parse(search.input)
        search.query = q.isEmpty ? nil : q
        search.hitLines = []
        search.currentHit = nil
        if search.scope == .library {
            search.results = []
            s.articleCursor = 0
            s.articleTop = 0
            if !q.isEmpty { fx.append(.search(search.input)) }
        }
        s.search = search
    }

    static func submit(_ s: inout AppState, _ fx: inout [Effect]) {
        guard var search = s.search else { return }
        search.editing = false
        search.historyIndex = nil
        s.search = search
        remember(&s, search.input, &fx)
        guard search.query != nil else { cancelSearch(&s, &fx); return }
        if search.scope == .library {
            guard s.selectedStory != nil else { return }
            showSelected(&s, &fx)
            setFocus(&s, .article, &fx)
        }
        s.search?.jumpPending = true
        jumpToPendingHit(&s)
    }

    /// After layout: the lines holding hits are known; a pending jump goes to the first hit.
    static func hitsMeasured(_ s: inout AppState, _ lines: [Int]) {
        guard s.search != nil else { return }
        s.search!.hitLines = lines
        jumpToPendingHit(&s)
    }

    static func jumpToPendingHit(_ s: inout AppState) {
        guard let search = s.search, search.jumpPending, !search.hitLines.isEmpty else { return }
        s.search!.jumpPending = false
        // in the article's own search, the first hit from where the reader is; else the first of all
        let from = search.scope == .article ? s.articleScroll : 0
        let k = search.jumpToLast ? search.hitLines.count - 1 : search.hitLines.firstIndex { $0 >= from } ?? 0
        s.search!.jumpToLast = false
        goToHit(&s, k)
    }

    static func goToHit(_ s: inout AppState, _ k: Int) {
        guard let lines = s.search?.hitLines, lines.indices.contains(k) else { return }
        s.search!.currentHit = k
        s.articleScroll = clampScroll(s, lines[k] - 2)
        s.message = .hit(number: k + 1, count: lines.count)
    }

    static func stepHit(_ s: inout AppState, _ d: Int, _ fx: inout [Effect]) {
        guard let search = s.search, search.query != nil else {
            s.message = .noSearch
            return
        }
        if s.focus != .article, search.scope == .library {
            // from the result list: open the selected result at its first hit
            showSelected(&s, &fx)
            setFocus(&s, .article, &fx)
            s.search!.jumpPending = true
            jumpToPendingHit(&s)
            return
        }
        let lines = search.hitLines
        let k = (search.currentHit ?? (d > 0 ? -1 : lines.count)) + d
        if lines.indices.contains(k) {
            goToHit(&s, k)
            return
        }
        // past the last hit: on to the next result
        guard search.scope == .library else {
            s.message = d > 0 ? .lastHit : .firstHit
            return
        }
        let c = s.articleCursor + d
        guard s.listedStories.indices.contains(c) else {
            s.message = d > 0 ? .lastResult : .firstResult
            return
        }
        s.articleCursor = c
        s.articleTop = visibleTop(cursor: c, top: s.articleTop, viewport: s.layout.storyViewport, count: s.listedStories.count)
        showSelected(&s, &fx)
        startReadTimer(s, &fx)
        s.search!.jumpPending = true
        s.search!.jumpToLast = d < 0
    }

    /// Esc in a search: out of the prompt and the results, back to where the search started.
    static func cancelSearch(_ s: inout AppState, _ fx: inout [Effect]) {
        guard let search = s.search else { return }
        let p = search.saved
        s.search = nil
        s.mode = p.mode
        s.focus = p.focus
        s.sectionCursor = p.sectionCursor
        s.sectionTop = p.sectionTop
        s.articleCursor = p.articleCursor
        s.articleTop = p.articleTop
        if s.shownStory != p.shownStory {
            showSelected(&s, &fx)
        }
        s.pendingScroll = p.shownStory == s.shownStory ? nil : p.articleScroll
        if p.shownStory == s.shownStory { s.articleScroll = clampScroll(s, p.articleScroll) }
    }
}
