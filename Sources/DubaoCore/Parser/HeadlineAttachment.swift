/// Rule **HeadlineAttachment**: gives each story its headline group wherever the page printed it. Every
/// headline line is scored against the stories near it by content (TopicSimilarity) plus a bonus for
/// standing right before a story's opening or right after its end; the page's prevailing orientation
/// (**HeadlineOrientation**: do this page's headlines follow or precede their stories?) adds to the matching
/// bonus. Neighbouring lines of a cluster that score best for the same story form one group; groups are
/// then handed out best-first, one group per story. A group then takes in a neighbouring line that names its
/// story best (**GroupExtension**), and lets go of a weak last line with nothing after it (unless the story follows
/// right below) and of a short
/// content-free first line (**GroupTrimming**): those are labels and slogans, not headlines.
struct HeadlineAttachment {
    static let threshold = 0.25
    static let beforeBonus = 0.2
    static let afterBonus = 0.15
    static let orientationBonus = 0.1
    /// Extra for the story after a cluster when no story before it can take a headline.
    static let onlyNeighbourBonus = 0.1
    static let window = 8
    static let extensionAffinity = 0.1
    static let trailingShare = 0.65
    static let labelHan = 6

    enum Orientation { case before, after, neutral }

    let units: [Unit]
    let seg: Segmentation
    let index: TopicIndex
    /// Draft of each segment; whether the segment is its draft's first or last.
    let draftOf: [Int]
    let isFirst: [Bool]
    let isLast: [Bool]
    let closedDraft: [Bool]
    /// Topic profiles of the headline lines, computed once.
    let profiles: [Int: Profile]

    init(units: [Unit], seg: Segmentation, drafts: [Draft], index: TopicIndex) {
        self.units = units
        self.seg = seg
        self.index = index
        var draftOf = [Int](repeating: -1, count: seg.segments.count)
        var isFirst = [Bool](repeating: false, count: seg.segments.count)
        var isLast = [Bool](repeating: false, count: seg.segments.count)
        var closed = [Bool](repeating: false, count: drafts.count)
        for (d, draft) in drafts.enumerated() {
            for s in draft.segments { draftOf[s] = d }
            if let f = draft.segments.first { isFirst[f] = true }
            if let l = draft.segments.last {
                isLast[l] = true
                switch seg.segments[l].closure {
                case .signature?, .credit?: closed[d] = true
                default: break
                }
            }
        }
        self.draftOf = draftOf
        self.isFirst = isFirst
        self.isLast = isLast
        self.closedDraft = closed
        var profiles: [Int: Profile] = [:]
        for c in seg.clusters { for u in c.units { profiles[u] = TopicIndex.profile(units[u].text) } }
        self.profiles = profiles
    }

    /// The story that ends right before cluster `c`, and the one that starts right after it.
    func neighbours(_ c: Cluster) -> (prev: Int?, next: Int?) {
        var prev: Int?
        var next: Int?
        if let p = c.prevSegment, isLast[p], !closedDraft[draftOf[p]] { prev = draftOf[p] }
        if let n = c.nextSegment, n < seg.segments.count, isFirst[n] { next = draftOf[n] }
        return (prev, next)
    }

    func orientation(free: [Int]) -> Orientation {
        var before = 0
        var after = 0
        for c in free {
            let (p, n) = neighbours(seg.clusters[c])
            guard let p, let n else { continue }
            var bestP = 0.0
            var bestN = 0.0
            for u in seg.clusters[c].units {
                let prof = profiles[u] ?? Profile()
                bestP = max(bestP, index.affinity(prof, to: p))
                bestN = max(bestN, index.affinity(prof, to: n))
            }
            if bestP > bestN + 0.1 { after += 1 } else if bestN > bestP + 0.1 { before += 1 }
        }
        if after > before { return .after }
        if before > after { return .before }
        return .neutral
    }

    /// Assigns headline units to drafts. `reserved` units (banners) take no part.
    func attach(free: [Int], drafts: inout [Draft], reserved: Set<Int>) {
        let ori = orientation(free: free)
        struct Group { var units: [Int]; var scores: [Int: Double] }
        var groups: [Group] = []
        for c in free {
            let cluster = seg.clusters[c]
            let (prev, next) = neighbours(cluster)
            let anchor = next ?? prev ?? nearestDraft(cluster)
            let lo = max(0, anchor - Self.window)
            let hi = min(drafts.count - 1, anchor + Self.window)
            guard lo <= hi else { continue }
            var unitScores: [[Int: Double]] = []
            var best: [Int?] = []
            for u in cluster.units {
                var scores: [Int: Double] = [:]
                if !reserved.contains(u) {
                    let prof = profiles[u] ?? Profile()
                    for d in lo...hi {
                        var s = index.affinity(prof, to: d)
                        if d == next {
                            s += Self.beforeBonus + (ori == .before ? Self.orientationBonus : 0)
                            if prev == nil { s += Self.onlyNeighbourBonus }
                        }
                        if d == prev { s += Self.afterBonus + (ori == .after ? Self.orientationBonus : 0) }
                        if s > 0 { scores[d] = s }
                    }
                }
                unitScores.append(scores)
                let top = scores.max { $0.value < $1.value }
                best.append(top.flatMap { $0.value >= Self.threshold ? $0.key : nil })
            }
            // a weak line between two lines of the same story belongs to it
            for i in best.indices where best[i] == nil && !reserved.contains(cluster.units[i]) {
                let before = best[..<i].last(where: { $0 != nil }) ?? nil
                let after = best[(i + 1)...].first(where: { $0 != nil }) ?? nil
                if let b = before, b == after { best[i] = b }
            }
            var i = 0
            while i < best.count {
                guard let d = best[i] else { i += 1; continue }
                var j = i
                while j + 1 < best.count && best[j + 1] == d { j += 1 }
                var scores: [Int: Double] = [:]
                for k in i...j { for (dd, s) in unitScores[k] { scores[dd, default: 0] += s / Double(j - i + 1) } }
                groups.append(Group(units: Array(cluster.units[i...j]), scores: scores))
                i = j + 1
            }
        }
        // best-first, one group per story
        var pairs: [(g: Int, d: Int, s: Double)] = []
        for (g, group) in groups.enumerated() {
            for (d, s) in group.scores where s >= Self.threshold { pairs.append((g, d, s)) }
        }
        pairs.sort { $0.s != $1.s ? $0.s > $1.s : ($0.g, $0.d) < ($1.g, $1.d) }
        var groupDone = Set<Int>()
        for p in pairs where !groupDone.contains(p.g) && drafts[p.d].headline.isEmpty {
            drafts[p.d].headline = groups[p.g].units
            groupDone.insert(p.g)
        }
        refine(free: free, drafts: &drafts, reserved: reserved)
    }

    /// GroupExtension, then GroupTrimming.
    func refine(free: [Int], drafts: inout [Draft], reserved: Set<Int>) {
        var owner: [Int: Int] = [:]
        for (d, draft) in drafts.enumerated() { for u in draft.headline { owner[u] = d } }
        func pure(_ u: Int, _ d: Int) -> Double { index.affinity(profiles[u] ?? Profile(), to: d) }
        func bestDraft(_ u: Int) -> (Int, Double)? {
            let prof = profiles[u] ?? Profile()
            var best: (Int, Double)?
            for d in drafts.indices {
                let a = index.affinity(prof, to: d)
                if a > (best?.1 ?? 0) { best = (d, a) }
            }
            return best
        }
        for c in free {
            let us = seg.clusters[c].units
            for d in Set(us.compactMap { owner[$0] }) {
                var members = us.indices.filter { owner[us[$0]] == d }
                guard let lo0 = members.first, let hi0 = members.last else { continue }
                var lo = lo0
                var hi = hi0
                // extension
                while hi + 1 < us.count, owner[us[hi + 1]] == nil, !reserved.contains(us[hi + 1]),
                    let (b, a) = bestDraft(us[hi + 1]), b == d, a >= Self.extensionAffinity {
                    hi += 1
                    owner[us[hi]] = d
                }
                while lo - 1 >= 0, owner[us[lo - 1]] == nil, !reserved.contains(us[lo - 1]),
                    let (b, a) = bestDraft(us[lo - 1]), b == d, a >= Self.extensionAffinity {
                    lo -= 1
                    owner[us[lo]] = d
                }
                members = Array(lo...hi)
                // trimming
                let aff = members.map { pure(us[$0], d) }
                let top = aff.max() ?? 0
                // a group printed right above its story keeps its last line: that is its subtitle
                let precedesStory = seg.clusters[c].nextSegment == drafts[d].segments.first
                while !precedesStory, members.count > 1, let last = members.last {
                    let nextTaken = last + 1 < us.count && owner[us[last + 1]] != nil
                    guard !nextTaken, pure(us[last], d) < Self.trailingShare * top else { break }
                    owner[us[last]] = nil
                    members.removeLast()
                }
                if members.count > 1, let first = members.first, pure(us[first], d) < 0.05,
                    pure(us[members[1]], d) > pure(us[first], d), units[us[first]].text.hanCount <= Self.labelHan {
                    owner[us[first]] = nil
                    members.removeFirst()
                }
                drafts[d].headline = members.map { us[$0] }
            }
        }
    }

    func nearestDraft(_ c: Cluster) -> Int {
        if let p = c.prevSegment { return draftOf[p] }
        if let n = c.nextSegment, n < draftOf.count { return draftOf[n] }
        return 0
    }
}
