import DubaoCore
import DubaoStore

/// Draws the whole screen from the state: title bar, the panes the layout shows, the status line, and
/// the help overlay. Pure apart from a memo of the laid-out story (`ArticleLayoutCache`).
public struct ReaderView {
    public var theme: Theme
    public var renderer: ArticleRenderer
    public var ambiguousWide: Bool
    /// The keys, for the help and the status line's hints.
    public var keys = KeyMap.standard

    public init(theme: Theme, ambiguousWide: Bool = false) {
        self.theme = theme
        self.ambiguousWide = ambiguousWide
        renderer = ArticleRenderer(ambiguousWide: ambiguousWide)
    }

    /// The lines of borders and frames. Box-drawing characters are East Asian ambiguous: a terminal that draws
    /// those two columns wide draws them so too, and a one-column border would push everything after it; there
    /// the borders are ASCII.
    struct Box {
        let vertical, horizontal, topLeft, topRight, bottomLeft, bottomRight: String
        static let unicode = Box(vertical: "│", horizontal: "─", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘")
        static let ascii = Box(vertical: "|", horizontal: "-", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+")
    }

    var box: Box { ambiguousWide ? .ascii : .unicode }

    /// Draws `state` into a new grid.
    public func draw(_ state: AppState, cache: ArticleLayoutCache) -> Grid {
        var g = Grid(width: state.columns, height: state.rows, style: theme[.text])
        g.ambiguousWide = ambiguousWide
        let layout = state.layout
        if layout.tooSmall {
            drawTooSmall(&g, state)
            return g
        }
        drawTitle(&g, state)
        for (i, f) in layout.frames.enumerated() {
            if i > 0 { drawBorder(&g, x: f.x - 1, layout: layout) }
            switch f.pane {
            case .sections: drawSections(&g, state, f, layout)
            case .articles: drawArticles(&g, state, f, layout)
            case .article: drawArticle(&g, state, f, layout, cache: cache)
            }
        }
        drawStatus(&g, state)
        if state.mode == .help { drawHelp(&g, state) }
        return g
    }

    // MARK: frame

    func drawTitle(_ g: inout Grid, _ s: AppState) {
        g.fill(x: 0, y: 0, width: g.width, height: 1, style: theme[.status])
        var title = "读报 Dubao"
        if let p = s.currentPage {
            let page = s.nav.pages[p]
            title += "  ·  \(page.issueTitle) › \(PageLabel.of(page.number))"
            if let sec = page.section { title += " \(sec)" }
            if let note = page.metadataFrom.fromHeaderNote { title += "（\(note)）" }
        }
        let right = theme.colourless ? " NO_COLOR " : " \(s.themeName) "
        let rw = DisplayWidth.of(right)
        g.put(title, x: 1, y: 0, style: theme[.status].with(bold: true), limit: max(0, g.width - rw - 2))
        if g.width > rw + 12 { g.put(right, x: g.width - rw, y: 0, style: theme[.status]) }
    }

    func drawBorder(_ g: inout Grid, x: Int, layout: ScreenLayout) {
        for y in layout.top..<(layout.top + layout.height) { g.put(box.vertical, x: x, y: y, style: theme[.border]) }
    }

    /// A line being typed on the status row: the text before the cursor (its end, when long), the cursor on
    /// the next character, the rest after it.
    @discardableResult
    func drawLine(_ g: inout Grid, _ text: String, cursor: Int, x x0: Int, y: Int, room: Int) -> Int {
        var x = x0
        let chars = Array(text)
        let c = min(cursor, chars.count)
        let after = String(chars[c...])
        let end = x + room
        let shown = DisplayWidth.suffix(String(chars[..<c]), fitting: max(1, room - 1 - min(DisplayWidth.of(after), room / 3)), ambiguousWide: ambiguousWide)
        x += g.put(shown, x: x, y: y, style: theme[.status])
        x += g.put(after.first.map { String($0) } ?? " ", x: x, y: y, style: theme[.status].with(reverse: true))
        if after.count > 1, end > x { x += g.put(String(after.dropFirst()), x: x, y: y, style: theme[.status], limit: end - x) }
        return x
    }

    func drawStatus(_ g: inout Grid, _ s: AppState) {
        let y = g.height - 1
        g.fill(x: 0, y: y, width: g.width, height: 1, style: theme[.status])
        if let prompt = s.prompt {
            let label = prompt.purpose == .save ? " 保存到 save to " : " 管道 pipe to | "
            let x = g.put(label, x: 0, y: y, style: theme[.statusKey])
            drawLine(&g, prompt.text, cursor: prompt.cursor, x: x, y: y, room: max(1, g.width - x - 22))
            let hint = prompt.purpose == .save ? "  Enter 保存  Esc 取消" : "  Enter 运行  Esc 取消"
            if g.width - x > DisplayWidth.of(hint) + 24 { g.put(hint, x: g.width - DisplayWidth.of(hint) - 1, y: y, style: theme[.status]) }
            return
        }
        if let search = s.search, search.editing {
            // the prompt: what is typed, and a cursor after it (wide characters move it two columns)
            let label = search.scope == .library ? " 搜索 / " : " 本文查找 f "
            var x = g.put(label, x: 0, y: y, style: theme[.statusKey])
            let hint = "  Enter 打开  Esc 取消"
            let room = max(1, g.width - x - DisplayWidth.of(hint) - 2)
            x = drawLine(&g, search.input, cursor: search.cursor, x: x, y: y, room: room)
            if g.width - x > DisplayWidth.of(hint) + 2 { g.put(hint, x: g.width - DisplayWidth.of(hint) - 1, y: y, style: theme[.status]) }
            return
        }
        var left = ""
        let list = s.listedStories
        if !list.isEmpty { left = "\(s.mode == .bookmarks ? "书签" : "文章") \(s.articleCursor + 1)/\(list.count)" }
        if s.focus == .article, s.articleLines > 0 {
            let v = s.layout.viewport
            let pct = s.articleLines <= v ? 100 : min(100, (s.articleScroll + v) * 100 / s.articleLines)
            left += "  \(pct)%"
        }
        let hints = s.message?.text(keys) ?? hintText(s)
        let lw = g.put(" " + left, x: 0, y: y, style: theme[.status])
        let avail = g.width - lw - 2
        guard avail > 4 else { return }
        let hw = min(avail, DisplayWidth.of(hints))
        g.put(hints, x: g.width - hw - 1, y: y, style: s.message != nil ? theme[.statusKey] : theme[.status], limit: avail)
    }

    func hintText(_ s: AppState) -> String {
        func k(_ name: String) -> String { keys.label(of: name) }
        func pair(_ a: String, _ b: String) -> String { "\(k(a))/\(k(b))" }
        if let search = s.search, let q = search.query {
            let count = search.scope == .library ? " · \(search.results.count) 个结果" : " · \(search.hitLines.count) 处"
            return "/\(q.raw)\(count)  \(pair("next_hit", "previous_hit")) 下一处  \(k("back")) 返回"
        }
        switch s.focus {
        case .sections: return "\(pair("down", "up")) 移动  \(k("open")) 打开  \(k("next_pane")) 切换  \(k("help")) 帮助  \(k("quit")) 退出"
        case .articles: return "\(pair("down", "up")) 移动  \(k("open")) 阅读  \(pair("next_article", "previous_article")) 上下篇  \(k("bookmark")) 书签  \(k("help")) 帮助"
        case .article:
            return "\(pair("page_down", "page_up")) 翻页  \(pair("next_article", "previous_article")) 上下篇  \(pair("next_page", "previous_page")) 上下版  \(k("back")) 返回  \(k("help")) 帮助"
        }
    }

    func drawTooSmall(_ g: inout Grid, _ s: AppState) {
        let msg = ["终端太小", "terminal too small", "need \(ScreenLayout.minimumColumns)×\(ScreenLayout.minimumRows)",
                   "have \(s.columns)×\(s.rows)"]
        for (i, m) in msg.enumerated() where i < g.height {
            let w = DisplayWidth.of(m)
            g.put(m, x: max(0, (g.width - w) / 2), y: max(0, (g.height - msg.count) / 2) + i, style: theme[.warning])
        }
    }

    func header(_ g: inout Grid, _ text: String, _ f: ScreenLayout.Frame, _ y: Int, focused: Bool) {
        g.fill(x: f.x, y: y, width: f.width, height: 1, style: theme[.text])
        g.put(text, x: f.x + 1, y: y, style: focused ? theme[.title] : theme[.dim], limit: f.width - 1)
    }

    func selectionStyle(focused: Bool) -> Style { focused ? theme[.selection] : theme[.selectionInactive] }

}

extension Style {
    func with(bold: Bool) -> Style { var s = self; s.bold = bold; return s }
    func with(reverse: Bool) -> Style { var s = self; s.reverse = reverse; return s }
    func with(underline: Bool) -> Style { var s = self; s.underline = underline; return s }
    func on(_ bg: Color) -> Style { var s = self; s.bg = bg; return s }
}
