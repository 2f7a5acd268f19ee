/// Where the reader was: opening it again at the saved reading place.
extension AppState {
    /// Puts the reader back where it was: the page and story of `articleID`, scrolled to `scroll`.
    public mutating func restore(articleID: String, scroll: Int) -> [Effect] {
        guard let storyIndex = nav.storyOfArticle[articleID],
            let page = nav.articleIndex[articleID]?.page else { return [] }
        guard nav.pageRows.indices.contains(page) else { return [] }
        let row = nav.pageRows[page]
        sectionCursor = row
        guard let k = listedStories.firstIndex(of: storyIndex) else { return [] }
        articleCursor = k
        // the restored rows in the middle of their panes, as far as the lists allow
        let layout = self.layout
        sectionTop = Reducer.visibleTop(cursor: row, top: max(0, row - layout.viewport / 2), viewport: layout.viewport,
                                        count: nav.rows.count)
        articleTop = Reducer.visibleTop(cursor: k, top: max(0, k - layout.storyViewport / 2),
                                        viewport: layout.storyViewport, count: listedStories.count)
        focus = .article
        shownStory = storyIndex
        shownArticles = []
        articleScroll = 0
        pendingScroll = scroll
        return [.loadStory(story: storyIndex, ids: nav.stories[storyIndex].parts)]
    }
}

/// What the reader keeps of its view between runs: the story selected (its first part), how far it is
/// scrolled, the pane with the keys, the section row, and the theme.
public struct SavedView: Codable, Sendable, Equatable {
    public var articleID: String
    public var scroll: Int
    public var focus: String
    public var sectionRow: Int
    public var theme: String

    public init(articleID: String, scroll: Int, focus: String, sectionRow: Int, theme: String) {
        self.articleID = articleID
        self.scroll = scroll
        self.focus = focus
        self.sectionRow = sectionRow
        self.theme = theme
    }
}

extension AppState {
    /// The view to keep, when a story is selected.
    public var savedView: SavedView? {
        guard let story = selectedStory ?? shownStory, let id = nav.stories[story].parts.first else { return nil }
        let pane: String
        switch focus {
        case .sections: pane = "sections"
        case .articles: pane = "articles"
        case .article: pane = "article"
        }
        return SavedView(articleID: id, scroll: shownStory == story ? articleScroll : 0, focus: pane, sectionRow: sectionCursor, theme: themeName)
    }

    /// Opens the reader as it was left: the saved section row when it still lists the story (else the
    /// story's page), the story selected and shown, the same pane, the same theme.
    public mutating func restore(view v: SavedView) -> [Effect] {
        if let t = themeNames.firstIndex(of: v.theme) { themeIndex = t }
        let fx = restore(articleID: v.articleID, scroll: v.scroll)
        guard let story = shownStory, !fx.isEmpty else { return fx }
        if nav.rows.indices.contains(v.sectionRow), v.sectionRow != sectionCursor, nav.rows[v.sectionRow].articles.contains(story) {
            sectionCursor = v.sectionRow
            if let k = listedStories.firstIndex(of: story) { articleCursor = k }
            let layout = self.layout
            sectionTop = Reducer.visibleTop(cursor: sectionCursor, top: max(0, sectionCursor - layout.viewport / 2), viewport: layout.viewport,
                                            count: nav.rows.count)
            articleTop = Reducer.visibleTop(cursor: articleCursor, top: max(0, articleCursor - layout.storyViewport / 2),
                                            viewport: layout.storyViewport, count: listedStories.count)
        }
        switch v.focus {
        case "sections": focus = .sections
        case "articles": focus = .articles
        default: focus = .article
        }
        return fx
    }
}
