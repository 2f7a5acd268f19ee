import DubaoCore

/// The reducer's second dependency: reading in the stories of issues the navigation knows only the pages of.
/// A library opens with its pages alone (`Navigation(pagesOf:)`) so that a decade of pages starts at once; the
/// reducer reads an issue in when the reader comes to it (its row selected, a search result or a bookmark in
/// it, the next unread story sought through it). Synchronous, as loading a story is: an issue is some hundred
/// summaries, read in a millisecond or two.
public struct IssueLoader {
    /// The article summaries of pages known by their library keys, by key.
    let stories: ([Int64]) -> [Int64: [ArticleSummary]]
    /// The key of the page an article is on.
    let pageOfArticle: (String) -> Int64?

    public init(stories: @escaping ([Int64]) -> [Int64: [ArticleSummary]], pageOfArticle: @escaping (String) -> Int64?) {
        self.stories = stories
        self.pageOfArticle = pageOfArticle
    }

    /// For a navigation built whole: nothing to read.
    public static var none: IssueLoader { IssueLoader(stories: { _ in [:] }, pageOfArticle: { _ in nil }) }

    /// Reads issue `i` into `nav`, if it is not yet.
    public func load(_ i: Int, into nav: inout Navigation) {
        guard nav.issues.indices.contains(i), !nav.issues[i].loaded else { return }
        let keys = nav.issues[i].pages.compactMap { nav.pages[$0].key }
        let found = keys.isEmpty ? [:] : stories(keys)
        nav.fill(issue: i, articles: nav.issues[i].pages.map { p in nav.pages[p].key.flatMap { found[$0] } ?? [] })
    }

    /// Reads in the issue of an article the navigation does not know yet; whether it did.
    @discardableResult
    public func load(issueOf articleID: String, into nav: inout Navigation) -> Bool {
        guard nav.storyOfArticle[articleID] == nil, let key = pageOfArticle(articleID), let p = nav.pageOfKey[key],
              let i = nav.issue(ofPage: p), !nav.issues[i].loaded else { return false }
        load(i, into: &nav)
        return true
    }
}
