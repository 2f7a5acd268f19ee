import DubaoCore
import DubaoLibrary
import DubaoStore

extension Navigation {
    /// From the library's outline: with its pages' summaries, every story known; from its pages alone
    /// (`Library.pageOutline`), the rows only, an issue's stories read in when it is opened (`IssueLoader`).
    public init(outline: Library.Outline) {
        let groups = IssueGrouping.order(outline.pages) { ($0.paper, $0.date, $0.number, $0.source) }
        func ref(_ p: Library.Outline.PageInfo, _ title: String) -> PageRef {
            var r = PageRef(issueTitle: title, number: p.number, section: p.section, source: p.source, metadataFrom: p.metadataFrom,
                            articles: p.articles, key: p.id)
            r.unreadCount = max(0, p.articleCount - p.readCount)
            r.laterPartsUnread = p.laterPartsUnread
            r.columnsUnread = p.columnsUnread
            return r
        }
        if outline.pages.contains(where: { !$0.articles.isEmpty }) {
            self.init(issues: groups.map { g in
                let title = g.title
                return (title, g.items.map { ref(outline.pages[$0], title) })
            })
        } else {
            self.init(pagesOf: groups.map { g in
                let title = g.title
                return (title, g.items.map { ref(outline.pages[$0], title) }, g.items.map { outline.pages[$0].columns })
            })
        }
    }
}
