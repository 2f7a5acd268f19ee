import DubaoCore
import DubaoLibrary
import DubaoStore

extension Navigation {
    /// From the library's outline (summaries only; bodies are loaded when opened).
    public init(outline: Library.Outline) {
        let groups = IssueGrouping.group(outline.pages, paper: \.paper, date: \.date, number: \.number, source: \.source)
        self.init(issues: groups.map { g in
            (g.title, g.items.map { p in
                PageRef(issueTitle: g.title, number: p.number, section: p.section, source: p.source, metadataFrom: p.metadataFrom, articles: p.articles)
            })
        })
    }
}
