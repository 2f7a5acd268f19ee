import Foundation

/// Rule **ContinuationLinking**: joins the parts of stories that jump pages. Within one issue (the same date;
/// the same paper, a page whose paper is not known going with any), a part on page P that continues on page N
/// (下转第N版) is linked to a part on page N that continues from P (上接), as many links between two pages as
/// both pages print marks for. `dubao parse` and the library's import both link with it.
///
/// Which parts: every story of the two pages is a candidate, scored from named evidence, best pair first:
/// printing the mark (`markWeight` for each side), a repeated headline between the parts that print the marks
/// (over the later part, or as the first line after its 上接 mark: `headlineWeight`), and shared content
/// (`contentScore`: the Han pairs the two share and the pages' other candidates do not). A mark is where the page
/// printed it, and in a text read as printed its story keeps the jump. Where the parser rebuilt the page's reading
/// order (pdftotext's default order chained back into columns, a laid-out text read by columns:
/// `Page.orderRebuilt`), or where a mark stands inside a story's text rather than at its edge, the mark may have
/// landed in the neighbouring story: there a story of the page without the mark may take the jump, when its content
/// outweighs the mark, and the mark's page number goes with it (`Link.markFrom`, `Link.markTo`: the parts that
/// printed the marks, whose page numbers are cleared). A jump always goes from or to a part that printed a mark.
public enum ContinuationLinker {
    /// Evidence of printing the mark, per side, in the units of `contentScore` (a natural log). On the
    /// calibration corpus's nine default-order sets, 0.75 gave the most stories linked of 0.5, 0.6, 0.75, 0.9, 1.0 and
    /// 1.5 (64 of 185 against 62 at 1.0); no dump-style, `-raw` or `-layout` set changed a link at any of them.
    public static let markWeight = 0.75
    /// A headline repeated over the later part, per place it is repeated (its headline, or the first intertitle).
    public static let headlineWeight = 2.0
    /// More candidate pairs than this between two pages (a real page prints a few dozen stories, a few hundred pairs),
    /// and only the parts that printed the marks are weighed: the pairs are scored each against each.
    static let maxCandidatePairs = 10_000
    /// Parts with fewer distinct Han pairs count as this many in `contentScore` (a scrap of a few characters
    /// would otherwise share a large fraction of anything).
    static let contentFloor = 100.0

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
        /// Body text, for content matching.
        public var text: String
        /// Its page's reading order was rebuilt (`Page.orderRebuilt`): a mark of its page may have landed in a
        /// neighbour, and this part may take a jump whose mark it does not hold.
        public var orderRebuilt = false
        /// Its 下转 mark ends its last block and its 上接 mark opens its first, where a page prints them (for a part
        /// with no mark, true).
        public var marksAtEdges = true

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
                      text: a.blocks.map(\.text).joined())
            orderRebuilt = p.orderRebuilt
            marksAtEdges = Self.marksAtEdges(a)
        }

        /// Whether `a`'s jump marks stand where a page prints them: 下转 at the end of its last block, 上接 at the
        /// start of its first.
        static func marksAtEdges(_ a: Article) -> Bool {
            // the block holds the mark, with nothing but spaces and brackets after it (下转) or before it (上接)
            func edge(_ block: Block?, _ direction: Markers.Direction, _ page: Int) -> Bool {
                guard let text = block?.text else { return false }
                let s = ByteScan.scalars(text)
                return Markers.continuationMarks(in: text).contains { m in
                    let rest = direction == .to ? s[m.range.upperBound...] : s[..<m.range.lowerBound]
                    return m.direction == direction && m.page == page
                        && rest.allSatisfy { CharClass.isSpace($0) || CharClass.isOpener($0) || CharClass.isCloser($0) }
                }
            }
            return (a.continuesOnPage.map { edge(a.blocks.last, .to, $0) } ?? true)
                && (a.continuedFromPage.map { edge(a.blocks.first, .from, $0) } ?? true)
        }
    }

    public struct Link: Sendable, Equatable {
        public var from: String
        public var to: String
        /// The later part repeats the headline as its first intertitle: it is its headline.
        public var promoteLeadingIntertitle: Bool
        /// The pages of `from` and `to`: `from` continues on `toPage`, `to` continues from `fromPage`.
        public var fromPage: Int
        public var toPage: Int
        /// The part of `from`'s page that printed the 下转 mark, when the jump went to another part (its mark's page
        /// is cleared: the jump is `from`'s).
        public var markFrom: String?
        /// The part of `to`'s page that printed the 上接 mark, when the jump went to another part.
        public var markTo: String?

        public init(from: String, to: String, promoteLeadingIntertitle: Bool, fromPage: Int, toPage: Int,
                    markFrom: String? = nil, markTo: String? = nil) {
            self.from = from
            self.to = to
            self.promoteLeadingIntertitle = promoteLeadingIntertitle
            self.fromPage = fromPage
            self.toPage = toPage
            self.markFrom = markFrom
            self.markTo = markTo
        }
    }

    public static func links(_ parts: [PartInfo]) -> [Link] {
        // the pages: (paper, page) → its parts
        struct PageKey: Hashable { var date: String; var paper: String?; var page: Int }
        var pages: [PageKey: [Int]] = [:]
        for (i, p) in parts.enumerated() {
            guard let n = p.page else { continue }
            pages[PageKey(date: p.date ?? "", paper: p.paper, page: n), default: []].append(i)
        }
        let keys = pages.keys.sorted { ($0.date, $0.paper ?? "", $0.page) < ($1.date, $1.paper ?? "", $1.page) }
        var profiles: [Int: Profile] = [:]
        func profile(_ i: Int) -> Profile {
            if let p = profiles[i] { return p }
            let p = TopicIndex.profile(parts[i].text)
            profiles[i] = p
            return p
        }
        var out: [Link] = []
        var usedFrom = Set<Int>()
        var usedTo = Set<Int>()
        for kp in keys {
            let here = pages[kp]!
            for to in Set(here.compactMap { parts[$0].continuesOnPage }).sorted() {
                for kn in keys where kn.date == kp.date && kn.page == to && kn != kp
                    && (kp.paper == nil || kn.paper == nil || kp.paper == kn.paper) {
                    let there = pages[kn]!
                    let xs = here.filter { parts[$0].continuesOnPage == to }
                    let ys = there.filter { parts[$0].continuedFromPage == kp.page }
                    guard !xs.isEmpty, !ys.isEmpty else { continue }
                    out += pair(here, there, pages: (kp.page, to), marked: (Set(xs), Set(ys)), count: min(xs.count, ys.count),
                                parts: parts, profile: profile, usedFrom: &usedFrom, usedTo: &usedTo)
                }
            }
        }
        return out
    }

    /// Up to `count` links from the parts of one page to the parts of the page it jumps to, best pair first.
    static func pair(_ here: [Int], _ there: [Int], pages: (from: Int, to: Int), marked: (from: Set<Int>, to: Set<Int>), count: Int,
                     parts: [PartInfo], profile: (Int) -> Profile, usedFrom: inout Set<Int>, usedTo: inout Set<Int>) -> [Link] {
        // which parts may take the jump: the one that printed the mark; another where its page's reading order was
        // rebuilt, or where a mark of its page stands inside its story's text rather than at its edge (in a page read
        // as printed, the mark's story has it)
        func takers(_ side: [Int], _ marked: Set<Int>, used: Set<Int>) -> [Int] {
            let loose = marked.contains { !parts[$0].marksAtEdges }
            return side.filter { !used.contains($0) && (marked.contains($0) || loose || parts[$0].orderRebuilt) }
        }
        var froms = takers(here, marked.from, used: usedFrom)
        var tos = takers(there, marked.to, used: usedTo)
        // pages of more stories than any paper prints (a hostile or garbled file): only the marks' parts are weighed
        if froms.count * tos.count > maxCandidatePairs {
            froms = froms.filter(marked.from.contains)
            tos = tos.filter(marked.to.contains)
        }
        // how many of the candidates hold each Han pair (only where there is a choice to make)
        var df: [UInt64: Int] = [:]
        let choice = froms.count * tos.count > 1
        if choice { for i in froms + tos { for k in profile(i).keys { df[k, default: 0] += 1 } } }
        var pairs: [(a: Int, b: Int, score: Double, promote: Bool)] = []
        for a in froms {
            // a jump goes from or to a part that printed its mark: two unmarked parts are never a pair
            for b in tos where marked.from.contains(a) || marked.to.contains(b) {
                // a repeated headline counts between the parts that printed the marks: a headline the page's parse
                // gave to a neighbour of either is as often the neighbour's own
                let (h, promote) = marked.from.contains(a) && marked.to.contains(b) ? headlineScore(parts[a], parts[b]) : (0, false)
                let s = markWeight * ((marked.from.contains(a) ? 1 : 0) + (marked.to.contains(b) ? 1 : 0)) + h
                    + (choice ? contentScore(profile(a), profile(b), df: df) : 0)
                pairs.append((a, b, s, promote))
            }
        }
        pairs.sort { $0.score != $1.score ? $0.score > $1.score : (parts[$0.a].id, parts[$0.b].id) < (parts[$1.a].id, parts[$1.b].id) }
        var chosen: [(a: Int, b: Int, promote: Bool)] = []
        for p in pairs where chosen.count < count && !usedFrom.contains(p.a) && !usedTo.contains(p.b) {
            usedFrom.insert(p.a)
            usedTo.insert(p.b)
            chosen.append((p.a, p.b, p.promote))
        }
        // marks whose part did not take the jump, given to the parts that took it without one (in the order of their
        // ids, whatever order the parts came in)
        let byID = { (i: Int, j: Int) in parts[i].id < parts[j].id }
        var freeFrom = here.filter { i in marked.from.contains(i) && !chosen.contains { $0.a == i } }.sorted(by: byID)[...]
        var freeTo = there.filter { i in marked.to.contains(i) && !chosen.contains { $0.b == i } }.sorted(by: byID)[...]
        return chosen.sorted { byID($0.a, $1.a) }.map { c in
            Link(from: parts[c.a].id, to: parts[c.b].id, promoteLeadingIntertitle: c.promote, fromPage: pages.from, toPage: pages.to,
                 markFrom: marked.from.contains(c.a) ? nil : freeFrom.popFirst().map { parts[$0].id },
                 markTo: marked.to.contains(c.b) ? nil : freeTo.popFirst().map { parts[$0].id })
        }
    }

    /// A headline of the earlier part repeated over the later one (as its headline, or as its first intertitle:
    /// then that is to be its headline).
    static func headlineScore(_ a: PartInfo, _ b: PartInfo) -> (Double, Bool) {
        var s = 0.0
        var promote = false
        if let h = a.headline.map(normal), !h.isEmpty {
            if let bh = b.headline.map(normal), bh == h || (bh.count >= 4 && (h.contains(bh) || bh.contains(h))) { s += headlineWeight }
            if let li = b.leadingIntertitle.map(normal), li == h || (li.count >= 4 && (h.contains(li) || li.contains(h))) {
                s += headlineWeight
                promote = b.headline == nil
            }
        }
        return (s, promote)
    }

    /// Shared content, as a natural log: the Han pairs the two parts share that no other candidate of the two pages
    /// holds (a story's own names and places; the pairs every story prints, and those a neighbour that took a mark
    /// shares, weigh nothing), over the geometric mean of their sizes (at least `contentFloor`), in hundredths;
    /// log(1 + that). Counting every shared pair, weighed by how few candidates hold it, linked two stories fewer.
    static func contentScore(_ a: Profile, _ b: Profile, df: [UInt64: Int]) -> Double {
        let (small, large) = a.count <= b.count ? (a, b) : (b, a)
        var shared = 0.0
        for k in small.keys where large.contains(k) && (df[k] ?? 2) <= 2 { shared += 1 }
        let size = (max(Double(a.count), contentFloor) * max(Double(b.count), contentFloor)).squareRoot()
        return log1p(100 * shared / size)
    }

    static func normal(_ s: String) -> String { s.withoutSpaces }

    /// Links the parts of a corpus in place (sets previousPart/nextPart, promotes repeated headlines).
    public static func link(_ corpus: inout Corpus) {
        var infos: [PartInfo] = []
        var where_: [String: (Int, Int)] = [:]
        // every story of a page that prints a mark is a candidate (the mark may have landed in its neighbour)
        for (pi, p) in corpus.pages.enumerated() where p.articles.contains(where: { $0.continuesOnPage != nil || $0.continuedFromPage != nil }) {
            for (ai, a) in p.articles.enumerated() {
                infos.append(PartInfo(a, page: p))
                where_[a.id] = (pi, ai)
            }
        }
        for l in links(infos) {
            guard let (fp, fa) = where_[l.from], let (tp, ta) = where_[l.to] else { continue }
            corpus.pages[fp].articles[fa].nextPart = l.to
            corpus.pages[fp].articles[fa].continuesOnPage = l.toPage
            corpus.pages[tp].articles[ta].previousPart = l.from
            corpus.pages[tp].articles[ta].continuedFromPage = l.fromPage
            if let m = l.markFrom, let (p, a) = where_[m] { corpus.pages[p].articles[a].continuesOnPage = nil }
            if let m = l.markTo, let (p, a) = where_[m] { corpus.pages[p].articles[a].continuedFromPage = nil }
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
