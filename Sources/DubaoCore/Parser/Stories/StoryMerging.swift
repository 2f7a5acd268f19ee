/// Rule **StoryMerging**: a story the decode started at a short heading (three lines at most), with nothing else to say a new story
/// begins there (no report opening, no byline, no kicker or subtitle, no column tag, no column's label over a title, no 上接, the story before
/// it not closed by a signature, a credit or 下转, no photo credit of its own), continues the story before it when, read whole, it shares
/// with that story at least as much as two paragraphs of this page usually share, and more than with any
/// other story of the page. The heading becomes an intertitle. This weighs each story whole, which the
/// unit-by-unit decode cannot.
enum StoryMerging {
    /// Shares with the story before it at least this part of what two paragraphs of the page usually share.
    static let usualShare = 0.8
    /// And this much more than with any other story of the page.
    static let overOthers = 1.15

    static func merge(drafts: inout [Draft], units: inout [Unit], topic: TopicContext) {
        guard drafts.count >= 2 else { return }
        // what two neighbouring paragraphs of this page usually share
        var usual: [Double] = []
        for k in units.indices where topic.prose[k] && !topic.before[k].isEmpty { usual.append(topic.continuityWithBefore(k)) }
        usual.sort()
        let baseline = max(0.05, usual.isEmpty ? 0.2 : usual[usual.count / 2])
        var order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        // each story's prose as one profile (a bigram is in the story when it is in any of its paragraphs), made
        // when first asked (most stories are let go at softStart) and kept up to date as stories merge
        var proseCache = [Profile??](repeating: nil, count: drafts.count)
        func proseOf(_ k: Int) -> Profile? {
            if let p = proseCache[k] { return p }
            let p = prose(of: drafts[k], topic: topic)
            proseCache[k] = .some(p)
            return p
        }
        var i = 1
        while i < order.count {
            let a = order[i - 1]
            let b = order[i]
            guard softStart(drafts[b], previous: drafts[a], units: units) else { i += 1; continue }
            guard let profile = proseOf(b), let before = proseOf(a) else { i += 1; continue }
            let query = topic.index.weighed(profile, vocabularyOnly: true)
            let shared = topic.index.share(query, in: before)
            guard shared >= usualShare * baseline else { i += 1; continue }
            // any other story that shares enough with it settles the question
            var other = 0.0
            for d in order where d != a && d != b && !drafts[d].photoOnly && shared > overOthers * other {
                if let parts = proseOf(d) { other = max(other, topic.index.share(query, in: parts)) }
            }
            guard shared > overOthers * other else { i += 1; continue }
            // the heading between them becomes an intertitle of the one story
            let lastA = drafts[a].body.max() ?? 0
            let firstB = drafts[b].body.min() ?? Int.max
            var keep: [Int] = []
            var between: [Int] = []
            for h in drafts[a].headline + drafts[b].headline {
                if h > lastA && h < firstB { between.append(h) } else { keep.append(h) }
            }
            for h in between { units[h].state = .intertitle; units[h].label = .intertitle }
            drafts[a].headline = keep.sorted()
            drafts[a].body = (drafts[a].body + between + drafts[b].body).sorted()
            drafts[a].bylines += drafts[b].bylines
            proseCache[a] = nil
            drafts.remove(at: b)
            proseCache.remove(at: b)
            order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        }
    }

    /// Nothing but the decode says a new story begins here.
    static func softStart(_ d: Draft, previous p: Draft, units: [Unit]) -> Bool {
        if d.continuation || d.photoOnly || p.photoOnly || !d.bylines.isEmpty || d.column != nil { return false }
        guard let first = d.body.first(where: { units[$0].state == .storyStart || units[$0].state == .body }) else { return false }
        let t = units[first].text
        if Markers.newsLead(t).isLead || Markers.isColumnLeadIn(t) || units[first].marks.contains(where: { $0.direction == .from }) { return false }
        if let last = p.body.last, [.signature, .markTo].contains(units[last].state) { return false }
        // a picture story carries its own photo credit
        if d.body.contains(where: { Markers.trailingCredit(units[$0].text) != nil || Markers.plainCredit(units[$0].text) != nil }) { return false }
        // a headline group of up to three short lines, no tag, no dash
        let heads = d.headline.filter { $0 < first }
        if heads.count > 3 || heads.map({ units[$0].text.hanCount }).reduce(0, +) > 30 { return false }
        for h in heads {
            let ht = units[h].text
            if Markers.endsWithColumnTag(ht) || ht.hasScalarPrefix("—") || ht.hasScalarSuffix("—") || ht.hanCount > 20 { return false }
        }
        // a heading right over the first of a run of numbered headings (`市供电公司发布夏季用电提示` / `一、关于夏季用电高峰`,
        // **OverFirstNumbered**), as this story's first lines or as the headline the story above printed after its
        // text: a story's intertitles are one run of numbers, so a story opened by that run's first is a story of its own
        let opening = (d.headline + d.body).sorted().prefix(2)
        if opening.contains(where: { n in
            n > 0 && NumberedHeadings.heading(units[n].text)?.value == 1 && units[n - 1].lines.count == 1 && !units[n - 1].endsSentence && UnitFeature.isHeadingShape(units[n - 1])
                && NumberedHeadings.number(units[n - 1].text) == nil
        }) {
            return false
        }
        // a column's label over a title (`读者来信` / a letter's title, **LabelledTitle**), in its headline group or
        // read as furniture right above it
        if heads.count >= 2, LabelledTitle.isLabel(units[heads[0]]), LabelledTitle.isTitle(heads.dropFirst().map { units[$0] }, over: units[heads[0]]) {
            return false
        }
        if let h = heads.first, h > 0, units[h - 1].label == .furniture, LabelledTitle.isLabel(units[h - 1]),
           LabelledTitle.isTitle(heads.map { units[$0] }, over: units[h - 1]) {
            return false
        }
        return true
    }

    /// A story's prose as one profile (a bigram is in the story when it is in any of its paragraphs); nil without prose.
    static func prose(of d: Draft, topic: TopicContext) -> Profile? {
        let parts = d.body.filter { topic.prose[$0] }
        return parts.isEmpty ? nil : union(parts.map { topic.profiles[$0] })
    }

    static func union(_ ps: [Profile]) -> Profile {
        var u = Profile(capacity: ps.reduce(0) { $0 + $1.count })
        for p in ps { u.formUnion(p) }
        return u
    }
}
