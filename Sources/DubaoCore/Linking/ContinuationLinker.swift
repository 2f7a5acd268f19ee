/// Rule **ContinuationLinking**: joins the parts of stories that jump pages. Within one issue (the same date;
/// the same paper, a page whose paper is not known going with any), a part that continues on page N
/// (下转第N版) is linked to a part on page N that continues from its page (上接). When a page has several
/// jumps, the pairs are chosen by a repeated headline (printed above the 上接 mark, or as the first line after
/// it) and by shared content, best pair first. `dubao parse` and the library's import both link with it.
public enum ContinuationLinker {
    /// What linking needs to know of an article.
    public struct PartInfo: Sendable {
        public var id: String
        public var paper: String?
        public var date: String?
        public var page: Int?
        public var continuedFromPage: Int?
        public var continuesOnPage: Int?
        public var headline: String?
        /// The first intertitle when it comes right after the 上接 mark (a repeated headline printed there).
        public var leadingIntertitle: String?
        /// Body text (or a good part of it) for content matching.
        public var text: String

        public init(id: String, paper: String?, date: String?, page: Int?, continuedFromPage: Int?, continuesOnPage: Int?,
                    headline: String?, leadingIntertitle: String?, text: String) {
            self.id = id
            self.paper = paper
            self.date = date
            self.page = page
            self.continuedFromPage = continuedFromPage
            self.continuesOnPage = continuesOnPage
            self.headline = headline
            self.leadingIntertitle = leadingIntertitle
            self.text = text
        }

        public init(_ a: Article, page p: Page) {
            var lead: String?
            for b in a.blocks.prefix(3) {
                if b.type == .intertitle { lead = b.text; break }
                if b.type == .paragraph && Markers.isStandaloneMark(b.text) != nil { continue }
                break
            }
            self.init(id: a.id, paper: p.paper, date: p.date, page: p.page, continuedFromPage: a.continuedFromPage,
                      continuesOnPage: a.continuesOnPage, headline: a.headline, leadingIntertitle: lead,
                      text: a.blocks.prefix(12).map(\.text).joined())
        }
    }

    public struct Link: Sendable, Equatable {
        public var from: String
        public var to: String
        /// The later part repeats the headline as its first intertitle: it is its headline.
        public var promoteLeadingIntertitle: Bool
    }

    public static func links(_ parts: [PartInfo]) -> [Link] {
        var byIssue: [String: [Int]] = [:]
        for (i, p) in parts.enumerated() where p.page != nil && (p.continuesOnPage != nil || p.continuedFromPage != nil) {
            byIssue[p.date ?? "", default: []].append(i)
        }
        var out: [Link] = []
        for (_, members) in byIssue.sorted(by: { $0.key < $1.key }) {
            var pairs: [(a: Int, b: Int, score: Double, promote: Bool)] = []
            for a in members {
                guard let to = parts[a].continuesOnPage, let page = parts[a].page else { continue }
                for b in members where b != a && parts[b].page == to && parts[b].continuedFromPage == page
                    && (parts[a].paper == nil || parts[b].paper == nil || parts[a].paper == parts[b].paper) {
                    let (s, promote) = score(parts[a], parts[b])
                    pairs.append((a, b, s, promote))
                }
            }
            pairs.sort { $0.score != $1.score ? $0.score > $1.score : (parts[$0.a].id, parts[$0.b].id) < (parts[$1.a].id, parts[$1.b].id) }
            var usedA = Set<Int>()
            var usedB = Set<Int>()
            for p in pairs where !usedA.contains(p.a) && !usedB.contains(p.b) {
                usedA.insert(p.a)
                usedB.insert(p.b)
                out.append(Link(from: parts[p.a].id, to: parts[p.b].id, promoteLeadingIntertitle: p.promote))
            }
        }
        return out
    }

    /// How well a later part `b` fits an earlier part `a`: a repeated headline counts most, then content.
    static func score(_ a: PartInfo, _ b: PartInfo) -> (Double, Bool) {
        var s = 0.0
        var promote = false
        if let h = a.headline.map(normal), !h.isEmpty {
            if let bh = b.headline.map(normal), bh == h || (bh.count >= 4 && (h.contains(bh) || bh.contains(h))) { s += 2 }
            if let li = b.leadingIntertitle.map(normal), li == h || (li.count >= 4 && (h.contains(li) || li.contains(h))) {
                s += 2
                promote = b.headline == nil
            }
        }
        let pa = TopicIndex.profile(a.text + (a.headline ?? ""))
        let pb = TopicIndex.profile(b.text + (b.headline ?? ""))
        if !pa.isEmpty && !pb.isEmpty {
            let shared = pb.keys.filter { pa.contains($0) }.count
            s += Double(shared) / Double(min(pa.count, pb.count))
        }
        return (s, promote)
    }

    static func normal(_ s: String) -> String { s.withoutSpaces }

    /// Links the parts of a corpus in place (sets previousPart/nextPart, promotes repeated headlines).
    public static func link(_ corpus: inout Corpus) {
        var infos: [PartInfo] = []
        var where_: [String: (Int, Int)] = [:]
        for (pi, p) in corpus.pages.enumerated() {
            for (ai, a) in p.articles.enumerated() where a.continuesOnPage != nil || a.continuedFromPage != nil {
                infos.append(PartInfo(a, page: p))
                where_[a.id] = (pi, ai)
            }
        }
        for l in links(infos) {
            guard let (fp, fa) = where_[l.from], let (tp, ta) = where_[l.to] else { continue }
            corpus.pages[fp].articles[fa].nextPart = l.to
            corpus.pages[tp].articles[ta].previousPart = l.from
            if l.promoteLeadingIntertitle { corpus.pages[tp].articles[ta].promoteLeadingIntertitle() }
        }
    }
}

extension Article {
    /// Makes the first intertitle (right after the 上接 mark) the headline.
    public mutating func promoteLeadingIntertitle() {
        guard headline == nil, let i = blocks.prefix(3).firstIndex(where: { $0.type == .intertitle }) else { return }
        headline = blocks[i].text
        blocks.remove(at: i)
    }
}
