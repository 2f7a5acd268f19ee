import DubaoCore
import DubaoStore

/// The sections pane, the article list and the search results.
extension ReaderView {
    func drawSections(_ g: inout Grid, _ s: AppState, _ f: ScreenLayout.Frame, _ layout: ScreenLayout) {
        let focused = s.focus == .sections
        header(&g, s.mode == .bookmarks ? "版面 Sections（书签中）" : "版面 Sections", f, layout.top, focused: focused)
        for i in 0..<layout.viewport {
            let r = s.sectionTop + i
            guard s.nav.rows.indices.contains(r) else { break }
            let row = s.nav.rows[r]
            let y = layout.top + 1 + i
            let selected = r == s.sectionCursor && s.mode == .browse
            let base: Style
            let text: String
            switch row.kind {
            case .issue:
                text = "▾ \(row.label)"
                base = theme[.section]
            case .page:
                text = "  \(row.label) \(row.detail)"
                base = theme[.text]
            case .column:
                text = "    · \(row.label)"
                base = theme[.column]
            }
            let style = selected ? selectionStyle(focused: focused) : base
            if selected { g.fill(x: f.x, y: y, width: f.width, height: 1, style: style) }
            // unread stories of the row, right-aligned, as newsboat counts them
            let unread = row.unreadBeforeLoad ?? row.articles.filter { !s.isRead($0) }.count
            let count = unread > 0 ? " \(unread)" : ""
            let cw = DisplayWidth.of(count)
            g.put(text, x: f.x + 1, y: y, style: style, limit: max(0, f.width - 1 - cw - (cw > 0 ? 1 : 0)))
            if cw > 0, f.width > cw + 8 { g.put(count, x: f.x + f.width - cw - 1, y: y, style: selected ? style : theme[.dim]) }
        }
    }

    func drawArticles(_ g: inout Grid, _ s: AppState, _ f: ScreenLayout.Frame, _ layout: ScreenLayout) {
        let focused = s.focus == .articles
        let list = s.listedStories
        if s.mode == .search, let search = s.search {
            drawResults(&g, s, search, f, layout)
            return
        }
        let title = s.mode == .bookmarks ? "书签 Bookmarks (\(list.count))" : "文章 Articles (\(list.count))"
        header(&g, title, f, layout.top, focused: focused)
        if list.isEmpty {
            g.put(s.mode == .bookmarks ? "（还没有书签，m 加书签）" : "（本栏无文章）", x: f.x + 1, y: layout.top + 1, style: theme[.dim], limit: f.width - 1)
            return
        }
        let page = s.currentPage
        for i in 0..<layout.storyViewport {
            let k = s.articleTop + i
            guard list.indices.contains(k) else { break }
            let story = s.nav.stories[list[k]]
            let y = layout.top + 1 + i * ScreenLayout.rowsPerStory
            let selected = k == s.articleCursor
            let read = s.isRead(list[k])
            let marked = story.parts.contains(where: s.bookmarks.contains)
            var titleStyle = read ? theme[.read] : theme[.text].with(bold: true)
            var metaStyle = theme[.dim]
            if selected {
                titleStyle = selectionStyle(focused: focused)
                metaStyle = titleStyle
                g.fill(x: f.x, y: y, width: f.width, height: ScreenLayout.rowsPerStory, style: titleStyle)
            }
            let markChar = marked ? "★" : read ? " " : "●"
            g.put(markChar, x: f.x + 1, y: y, style: selected ? titleStyle : (marked ? theme[.bookmark] : theme[.mark]))
            var jump = ""
            // a story that jumps pages is listed on both: where it continues, and where it came from
            if let p = page, story.page != p { jump = " ←" } else if story.parts.count > 1 || story.continuesOnPage != nil {
                jump = " →\(story.continuesOnPage.map(String.init) ?? "")"
            }
            if jump.isEmpty, let from = story.continuedFromPage { jump = " ←\(from)" }
            let title = FullwidthPunctuation.display(story.titleDerived ? "〔\(story.title)〕" : story.title)
            let jw = DisplayWidth.of(jump)
            g.put(title, x: f.x + 3, y: y, style: titleStyle, limit: max(0, f.width - 3 - jw))
            if jw > 0 { g.put(jump, x: f.x + f.width - jw, y: y, style: selected ? titleStyle : theme[.mark]) }
            var meta: [String] = []
            if let k = story.kicker { meta.append(k) }
            if let b = story.byline?.withoutLeadingMarks, !b.isEmpty { meta.append(b) }
            meta.append("\(story.length)字")
            g.put(meta.joined(separator: " · "), x: f.x + 3, y: y + 1, style: metaStyle, limit: max(0, f.width - 3))
        }
    }

    func drawResults(_ g: inout Grid, _ s: AppState, _ search: SearchState, _ f: ScreenLayout.Frame, _ layout: ScreenLayout) {
        let focused = s.focus == .articles
        header(&g, "搜索 Search: \(search.input) (\(search.results.count))", f, layout.top, focused: focused)
        if search.results.isEmpty {
            let note = search.query == nil ? "（输入要找的字词、拼音或首字母）" : "（没有结果）"
            g.put(note, x: f.x + 1, y: layout.top + 1, style: theme[.dim], limit: f.width - 1)
            return
        }
        for i in 0..<layout.storyViewport {
            let k = s.articleTop + i
            guard search.results.indices.contains(k) else { break }
            let r = search.results[k]
            let y = layout.top + 1 + i * ScreenLayout.rowsPerStory
            let selected = k == s.articleCursor
            var titleStyle = theme[.text].with(bold: true)
            var metaStyle = theme[.dim]
            if selected {
                titleStyle = selectionStyle(focused: focused)
                metaStyle = titleStyle
                g.fill(x: f.x, y: y, width: f.width, height: ScreenLayout.rowsPerStory, style: titleStyle)
            }
            let count = " ×\(r.hits)"
            let cw = DisplayWidth.of(count)
            g.put(FullwidthPunctuation.display(r.title), x: f.x + 1, y: y, style: titleStyle, limit: max(0, f.width - 1 - cw))
            g.put(count, x: f.x + f.width - cw, y: y, style: selected ? titleStyle : theme[.mark])
            // the snippet, its hits marked, its punctuation shown as the article pane shows it (`，` for a `,` among Han)
            var x = f.x + 3
            let snippet = FullwidthPunctuation.display(r.snippet)
            let hits = search.query.map { SearchMatcher.hits($0, in: snippet) } ?? []
            let scalars = Array(snippet.unicodeScalars)
            var pos = 0
            for h in hits + [scalars.count..<scalars.count] {
                if h.lowerBound > pos {
                    x += g.put(String(String.UnicodeScalarView(scalars[pos..<h.lowerBound])), x: x, y: y + 1, style: metaStyle, limit: max(0, f.x + f.width - x))
                }
                if !h.isEmpty {
                    x += g.put(String(String.UnicodeScalarView(scalars[h])), x: x, y: y + 1, style: theme[.searchHit], limit: max(0, f.x + f.width - x))
                }
                pos = h.upperBound
            }
        }
    }
}
