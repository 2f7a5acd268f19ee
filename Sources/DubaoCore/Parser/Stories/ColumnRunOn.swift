/// Rule **ColumnRunOn**: a story the decode began at a paragraph that opens nothing (no headline group or byline of
/// its own, no report's opening or editor's lead-in, no 上接 mark) is the next column of the nearest story before it
/// whose text stops in mid-sentence on a word that runs on into that paragraph (`…信息等产业集` / `群加快形成，…`:
/// a word of the dictionary over the join, `WordBreaks`), where the two share some of the page's vocabulary. An
/// extraction's reading order (pdftotext's default) can print a story's columns apart with other stories' text
/// between them, and the decode, seeing a paragraph begin after another story's, starts a story there. Stories
/// printed between the two stay where they are.
///
/// A text that stops on a clause mark (`…选址，` / another column) says too little on its own: on the calibration
/// corpus's default-order pages such joins went to the wrong story seven times in eight, and are not made.
enum ColumnRunOn {
    /// Stories before it asked, nearest first: a story's columns stand a few stories apart at most (on the
    /// calibration corpus's default-order pages, asking 8 made every join that asking all of them made; 4, fewer).
    static let reach = 8

    static func merge(drafts: inout [Draft], units: inout [Unit], topic: TopicContext) {
        guard drafts.count >= 2 else { return }
        let order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        // (a story merged goes at the end, in one pass: its text is asked as part of the story it went into)
        var merged = [Bool](repeating: false, count: drafts.count)
        for (i, b) in order.enumerated() where i > 0 {
            guard let first = opensNothing(drafts[b], units: units) else { continue }
            let a = order[..<i].reversed().lazy.filter { !merged[$0] }.prefix(reach).first { a in
                stopsBefore(drafts[a], first, units: units) && goesOn(units[drafts[a].body.max()!].text, units[first].text)
            }
            guard let a, sharesVocabulary(drafts[b], with: drafts[a], units: units, topic: topic) else { continue }
            units[first].state = .body
            units[first].label = .body
            drafts[a].body = (drafts[a].body + drafts[b].body).sorted()
            merged[b] = true
        }
        guard merged.contains(true) else { return }
        drafts = drafts.indices.filter { !merged[$0] }.map { drafts[$0] }
    }

    /// The story's first unit, where nothing says a story begins there: no headline, byline or column of its own, no
    /// jump, not picture news, and a first paragraph that is no report's opening, lead-in or 上接 mark.
    static func opensNothing(_ d: Draft, units: [Unit]) -> Int? {
        guard d.headline.isEmpty, d.bylines.isEmpty, !d.continuation, !d.photoOnly, d.column == nil,
              let first = d.body.min(), units[first].state == .storyStart || units[first].state == .body else { return nil }
        let t = units[first].text
        if Markers.newsLead(t).isLead || Markers.isColumnLeadIn(t) || units[first].marks.contains(where: { $0.direction == .from }) { return nil }
        return first
    }

    /// The story's text ends in running text (a paragraph, not a signature, caption or mark) before unit `first`.
    static func stopsBefore(_ d: Draft, _ first: Int, units: [Unit]) -> Bool {
        guard !d.photoOnly, let last = d.body.max(), last < first else { return false }
        return units[last].state == .body || units[last].state == .storyStart
    }

    /// A word of the dictionary runs on from the end of `a` into the start of `b` (each a Han character there: a
    /// text that ends its sentence or stops on a clause mark goes on into nothing).
    static func goesOn(_ a: String, _ b: String) -> Bool {
        WordBreaks.runsOn(Substring(a), Substring(b))
    }

    /// The story's prose shares some of the page's vocabulary with the other's.
    static func sharesVocabulary(_ d: Draft, with other: Draft, units: [Unit], topic: TopicContext) -> Bool {
        guard let mine = StoryMerging.prose(of: d, topic: topic), let theirs = StoryMerging.prose(of: other, topic: topic) else { return false }
        return topic.index.share(topic.index.weighed(mine, vocabularyOnly: true), in: theirs) > 0
    }
}
