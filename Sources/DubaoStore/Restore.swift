/// Where the reader was: opening it again at the saved reading place.
extension AppState {
    /// Puts the reader back where it was: the page and story of `articleID`, scrolled to `scroll`.
    public mutating func restore(articleID: String, scroll: Int) -> [Effect] {
        guard let storyIndex = nav.stories.firstIndex(where: { $0.parts.contains(articleID) }),
            let (page, _) = nav.articleIndex[articleID] else { return [] }
        var n = -1
        guard let row = nav.rows.firstIndex(where: { r in if r.kind == .page { n += 1 }; return r.kind == .page && n == page }) else { return [] }
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
