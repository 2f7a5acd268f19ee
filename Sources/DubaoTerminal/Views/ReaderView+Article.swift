import DubaoCore
import DubaoStore

/// The article pane.
extension ReaderView {
    func drawArticle(_ g: inout Grid, _ s: AppState, _ f: ScreenLayout.Frame, _ layout: ScreenLayout, cache: ArticleLayoutCache) {
        let focused = s.focus == .article
        var head = "正文 Article"
        if let st = s.shownStory {
            let page = s.nav.pages[s.nav.stories[st].page]
            head += "  \(page.number.map(PageLabel.of) ?? "")"
            // a page read from a PDF, or a sheet of a text of several: which file and which of its pages
            if let pdf = PDFSource.label(page.source) { head += "  （\(pdf)）" }
        }
        header(&g, head, f, layout.top, focused: focused)
        guard let story = s.shownStory else {
            g.put("（选择一篇文章）", x: f.x + 2, y: layout.top + 1, style: theme[.dim], limit: f.width - 2)
            return
        }
        guard !s.shownArticles.isEmpty else {
            g.put("……", x: f.x + 2, y: layout.top + 1, style: theme[.dim], limit: f.width - 2)
            return
        }
        let width = renderer.columnWidth(pane: f.width)
        let laid = storyLines(s, story: story, width: width, cache: cache)
        let lines = laid.lines
        // the current hit stands out from the others: which line, and which of that line's hits
        var current: (line: Int, span: Int)?
        if let c = s.search?.currentHit, laid.hitLines.indices.contains(c) {
            let line = laid.hitLines[c]
            let nth = laid.hitLines[..<c].filter { $0 == line }.count
            if lines[line].hitStarts.indices.contains(nth) { current = (line, lines[line].hitStarts[nth]) }
        }
        let left = f.x + max(1, (f.width - width) / 2)
        for i in 0..<layout.viewport {
            let k = s.articleScroll + i
            guard lines.indices.contains(k) else { break }
            let line = lines[k]
            let lw = DisplayWidth.of(line.text, ambiguousWide: ambiguousWide)
            var x = left
            switch line.align {
            case .left: break
            case .center: x = left + max(0, (width - lw) / 2)
            case .right: x = left + max(0, width - lw)
            }
            for (n, span) in line.spans.enumerated() {
                var style = theme[span.role]
                if let c = current, c.line == k, c.span == n { style = style.with(reverse: !style.reverse).with(underline: true) }
                x += g.put(span.text, x: x, y: layout.top + 1 + i, style: style, limit: max(0, f.x + f.width - x))
            }
        }
    }

    func storyLines(_ s: AppState, story: Int, width: Int, cache: ArticleLayoutCache) -> (lines: [StyledLine], hitLines: [Int]) {
        cache.lines(story: story, articles: s.shownArticles, width: width, query: s.search?.query, renderer: renderer) {
            s.shownArticles.map { a in s.nav.articleIndex[a.id].map { s.nav.pages[$0.page].number.map(PageLabel.of) ?? "另一版" } ?? "" }
        }
    }

    /// Lines of the shown story in an article pane of `paneWidth` columns, and those that hold hits.
    public func articleLayout(_ s: AppState, story: Int, paneWidth: Int, cache: ArticleLayoutCache) -> (count: Int, hitLines: [Int]) {
        let r = storyLines(s, story: story, width: renderer.columnWidth(pane: paneWidth), cache: cache)
        return (r.lines.count, r.hitLines)
    }
}

/// Remembers the last laid-out story, so a frame that only scrolls does not lay it out again.
public final class ArticleLayoutCache: @unchecked Sendable {
    private var key: (story: Int, ids: [String], width: Int, query: String?)?
    private var cached: (lines: [StyledLine], hitLines: [Int]) = ([], [])

    public init() {}

    func lines(story: Int, articles: [Article], width: Int, query: SearchQuery?, renderer: ArticleRenderer,
               pages: () -> [String]) -> (lines: [StyledLine], hitLines: [Int]) {
        let ids = articles.map(\.id)
        if let k = key, k.story == story, k.width == width, k.ids == ids, k.query == query?.raw { return cached }
        cached = renderer.render(parts: articles, pages: pages(), width: width, query: query)
        key = (story, ids, width, query?.raw)
        return cached
    }
}
