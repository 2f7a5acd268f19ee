/// Rule **HeadlineAttachment**: after the decode, each headline line goes to the story it names. The labels
/// say where a line belongs by position (before its story, or after it); a text dump can print a headline
/// group further away, after other stories. Each line (unit) of a run of headline lines is scored against the stories near it by what it
/// shares with their text (**TopicSimilarity**) plus a bonus for the story the labels gave it, neighbouring
/// blocks that score best for the same story form one group, and groups are handed out best-first, one
/// group per story. A block that names no story while another block of its group does is a label or a
/// slogan printed beside the headline: it goes to the page furniture (**GroupTrimming**).
enum HeadlineAttachment {
    static let window = 6
    static let labelledBonus = 0.25
    static let threshold = 0.2
    static let sloganAffinity = 0.05
    static let sloganHan = 10
    static let extensionShare = 0.7

    static func attach(drafts: inout [Draft], units: [Unit], topic: TopicContext, furniture: inout [Int]) {
        guard drafts.count >= 2 else { return }
        // runs of headline units in page order, with the draft the labels gave each unit
        var owner: [Int: Int] = [:]
        for (d, draft) in drafts.enumerated() { for u in draft.headline { owner[u] = d } }
        let heads = owner.keys.sorted()
        guard !heads.isEmpty else { return }
        var runs: [[Int]] = []
        for u in heads {
            // a byline printed between a group's lines (beside its headline, before the subtitle under it, as
            // pdftotext reads them) does not part the group
            if let last = runs.last?.last, u == last + 1 || (u == last + 2 && units[last + 1].state == .byline && owner[u] == owner[last]) {
                runs[runs.count - 1].append(u)
            } else {
                runs.append([u])
            }
        }
        let bodies = drafts.map { d in d.body.filter { topic.prose[$0] || units[$0].state == .storyStart || units[$0].state == .body }.map { topic.profiles[$0] } }
        let order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        let rank = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })

        struct Group { var units: [Int]; var scores: [Int: Double]; var labelled: Int }
        var groups: [Group] = []
        var trimmed: [Int] = []
        for run in runs {
            // blocks: units printed under each other (no blank line, not indented) are one line of the group
            var blocks: [[Int]] = []
            for u in run {
                if let last = blocks.last?.last, units[u].gapBefore == 0, units[u].indent == 0, u == last + 1 {
                    blocks[blocks.count - 1].append(u)
                } else {
                    blocks.append([u])
                }
            }
            let labelled = owner[run[0]]!
            let center = rank[labelled] ?? 0
            let near = order[max(0, center - window)...min(order.count - 1, center + window)]
            var best: [Int?] = []
            var scores: [[Int: Double]] = []
            for b in blocks {
                var p = Profile()
                for u in b { p.formUnion(topic.profiles[u]) }
                var s: [Int: Double] = [:]
                for d in near where !drafts[d].photoOnly || !drafts[d].body.isEmpty {
                    let a = bodies[d].isEmpty ? 0 : topic.index.overlap(p, bodies[d])
                    s[d] = a + (d == owner[b[0]] ? labelledBonus : 0)
                }
                scores.append(s)
                let top = s.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }
                best.append(top.flatMap { $0.value >= threshold ? $0.key : nil })
            }
            // a block that names no story surely goes with its neighbour's story when it names that one nearly as well
            for i in blocks.indices {
                for j in [i - 1, i + 1] where j >= 0 && j < blocks.count {
                    guard let d = best[j], best[i] != d, let own = scores[i].values.max(), let theirs = scores[i][d] else { continue }
                    if theirs >= extensionShare * own { best[i] = d }
                }
            }
            // **HeadedOnce**: a block that names no story by its words, given by the labels to a story already headed by
            // a headline printed before it (a subtitle, `——…`, alone is no headline), goes with its neighbour's story:
            // a story's headline is printed once, before it or after it (`“坐商”变“行商”` after a story headed above its
            // text, over the next one's headline)
            for i in blocks.indices {
                guard let d = best[i], d == owner[blocks[i][0]], (scores[i][d] ?? 0) - labelledBonus < threshold,
                      let first = drafts[d].body.min(), drafts[d].headline.contains(where: { $0 < first && !run.contains($0) && !units[$0].text.hasScalarPrefix("——") }) else { continue }
                if let j = [i + 1, i - 1].first(where: { $0 >= 0 && $0 < blocks.count && best[$0] != nil && best[$0] != d }) { best[i] = best[j] }
            }
            // slogans and labels: blocks that share nothing with any story while a block beside them does
            for (i, b) in blocks.enumerated() {
                let han = b.reduce(0) { $0 + units[$1].text.hanCount }
                let pure = scores[i].map { $0.value - ($0.key == owner[b[0]] ? labelledBonus : 0) }.max() ?? 0
                let others = blocks.indices.contains { $0 != i && best[$0] != nil }
                if pure < sloganAffinity && han <= sloganHan && others && blocks.count >= 3 {
                    best[i] = -1
                }
            }
            var i = 0
            while i < blocks.count {
                guard let d = best[i] else { i += 1; continue }
                if d == -1 { trimmed += blocks[i]; i += 1; continue }
                var j = i
                while j + 1 < blocks.count && best[j + 1] == d { j += 1 }
                var merged: [Int: Double] = [:]
                for k in i...j { for (dd, s) in scores[k] { merged[dd, default: 0] += s / Double(j - i + 1) } }
                groups.append(Group(units: Array(blocks[i...j].joined()), scores: merged, labelled: labelled))
                i = j + 1
            }
            // blocks no story names stay where the labels put them
            for (k, b) in blocks.enumerated() where best[k] == nil { groups.append(Group(units: b, scores: [owner[b[0]]!: 1], labelled: labelled)) }
        }
        // best-first, one group per story (a story keeps a group printed both before and after it)
        var pairs: [(g: Int, d: Int, s: Double)] = []
        for (g, group) in groups.enumerated() { for (d, s) in group.scores { pairs.append((g, d, s)) } }
        pairs.sort { $0.s != $1.s ? $0.s > $1.s : ($0.g, $0.d) < ($1.g, $1.d) }
        var given: [Int: Int] = [:]
        var taken = Set<Int>()
        for p in pairs where given[p.g] == nil && !taken.contains(p.d) {
            given[p.g] = p.d
            taken.insert(p.d)
        }
        for d in drafts.indices { drafts[d].headline = [] }
        for (g, group) in groups.enumerated() {
            // a group left without a story goes back to the one the labels gave it
            let d = given[g] ?? owner[group.units[0]]!
            drafts[d].headline += group.units
        }
        for d in drafts.indices { drafts[d].headline.sort() }
        furniture += trimmed
        furniture.sort()
    }
}
