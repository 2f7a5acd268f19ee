/// Rules for what is left after stories took their headlines: the page banner (**SectionBanner**), column
/// labels (**ColumnLabel**) and the rest of the page furniture (slogans, labels) or, when long, `unassigned`.
enum PageFurniture {
    static let maxFurnitureHan = 16
    static let maxLabelHan = 12

    /// Rule **SectionBanner**: the page's banner is a heading that extraction doubled; or else the first
    /// line of the headline cluster that opens the page when it is very short, or short and followed by more
    /// headline lines, and names no story's content.
    static func sectionUnits(units: [Unit], seg: Segmentation, doubled: Set<Int>, index: TopicIndex, docCount: Int) -> Set<Int> {
        if let d = doubled.min() { return [d] }
        guard let opening = seg.clusters.first, opening.prevSegment == nil, let first = opening.units.first else { return [] }
        let han = units[first].text.hanCount
        guard han <= 6 || (opening.units.count >= 2 && han <= 10) else { return [] }
        let prof = TopicIndex.profile(units[first].text)
        for d in 0..<docCount where index.affinity(prof, to: d) >= 0.2 { return [] }
        return [first]
    }

    /// Rule **ColumnLabel**: a short heading line left over right next to a story's headline group names that
    /// story's column (`编读往来` over an editor's note); an editor's note passes its column on to the letters
    /// of the page.
    static func assignColumns(free: inout Set<Int>, seg: Segmentation, units: [Unit], drafts: inout [Draft], kinds: [Article.Kind]) {
        var owner: [Int: Int] = [:]
        for (d, draft) in drafts.enumerated() { for u in draft.headline { owner[u] = d } }
        for cluster in seg.clusters {
            let us = cluster.units
            for (i, u) in us.enumerated() where free.contains(u) && units[u].text.hanCount <= maxLabelHan {
                let neighbour = [i - 1, i + 1].filter { $0 >= 0 && $0 < us.count }.compactMap { owner[us[$0]] }.first
                guard let d = neighbour, drafts[d].column == nil else { continue }
                drafts[d].column = units[u].text
            }
        }
        for (d, draft) in drafts.enumerated() where kinds[d] == .column {
            guard let col = draft.column else { continue }
            for e in drafts.indices where kinds[e] == .letter && drafts[e].column == nil { drafts[e].column = col }
        }
    }
}

/// Rule **CaptionPlacement**: a caption with its own photo credit goes with the story it shares its subject
/// with; with none, it is picture news of its own.
enum CaptionPlacement {
    static let threshold = 0.3

    static func place(captions: [Int], units: [Unit], drafts: inout [Draft], index: TopicIndex) {
        var photos: [Draft] = []
        for c in captions {
            let prof = TopicIndex.profile(units[c].text)
            var best = -1
            var bestScore = 0.0
            for d in drafts.indices where drafts[d].hasBody {
                let s = index.affinity(prof, to: d)
                if s > bestScore { bestScore = s; best = d }
            }
            if best >= 0 && bestScore >= threshold {
                drafts[best].captions.append(c)
            } else {
                var p = Draft(segments: [], hasBody: true, firstLine: units[c].firstLine)
                p.floatingPhoto = c
                photos.append(p)
            }
        }
        drafts.append(contentsOf: photos)
    }
}
