/// Rule **LabelStories**: a story whose whole text is one short label (`编者按`, `核心阅读` printed on a line of
/// their own: a few characters, no sentence, no clause mark) is not a story: it is the label of the story that
/// follows it, which the decode began at the text under the label (an editor's lead-in opens a story). When one
/// of the two has no headline, they are one story: the label becomes its first block (an intertitle), and the
/// headline group and bylines go with it. Keyed to the shape of the text, not to any label's words.
enum LabelStories {
    /// At most this many Han characters make a label.
    static let maximumHan = 8

    static func isLabel(_ u: Unit) -> Bool {
        u.lines.count == 1 && !u.endsSentence && !u.hasClause && u.marks.isEmpty
            && (2...maximumHan).contains(u.text.hanCount) && u.text.unicodeScalars.count <= maximumHan + 2
    }

    static func merge(drafts: inout [Draft], units: inout [Unit]) {
        guard drafts.count >= 2 else { return }
        let order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        // a label's story goes into the next; that one, starting where the label did, keeps its place in the order
        // and is asked next against the one after it (the merged are dropped at the end, in one pass)
        var merged = [Bool](repeating: false, count: drafts.count)
        for i in 0..<(order.count - 1) {
            let a = order[i], b = order[i + 1]
            let la = drafts[a], lb = drafts[b]
            guard !la.continuation, !la.photoOnly, !lb.continuation, !lb.photoOnly, la.body.count == 1, let label = la.body.first,
                  isLabel(units[label]), la.headline.isEmpty || lb.headline.isEmpty, la.column == nil || lb.column == nil,
                  let next = lb.body.min(), next > label else { continue }
            units[label].state = .intertitle
            units[label].label = .intertitle
            drafts[b].headline = (la.headline + lb.headline).sorted()
            drafts[b].bylines = (la.bylines + lb.bylines).sorted()
            drafts[b].body = (la.body + lb.body).sorted()
            drafts[b].column = lb.column ?? la.column
            drafts[b].firstLine = min(la.firstLine, lb.firstLine)
            merged[a] = true
        }
        guard merged.contains(true) else { return }
        drafts = drafts.indices.filter { !merged[$0] }.map { drafts[$0] }
    }
}
