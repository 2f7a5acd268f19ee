/// Turns the text of one page into articles. Each step is a named rule (see the files of this folder):
/// DuplicatePassages → LetterSpacing/SpaceTidy → ColumnWidth → ParagraphJoin → unit roles →
/// BannerUndoubling → Segmentation → StoryGrouping → SectionBanner → HeadlineAttachment → CaptionPlacement
/// → ColumnLabel → furniture, then the articles are built in reading order.
public struct PageParser: Sendable {
    /// When set, a step-by-step account of the decisions is written here (`dubao parse --trace`).
    public var trace: (@Sendable (String) -> Void)?

    public init(trace: (@Sendable (String) -> Void)? = nil) { self.trace = trace }

    /// Parses `text`. `idPrefix` starts every article id (`000_a854029e7de6c335#3`).
    public func parse(text: String, source: String, idPrefix: String) -> Page {
        let rawLines = SourceLine.split(text)
        let dupes = DuplicatePassages.find(in: rawLines)
        var lines: [SourceLine] = []
        var gap = 0
        for (i, raw) in rawLines.enumerated() {
            if dupes.removedLines.contains(i) || SourceLine.isBlank(raw) { gap += 1; continue }
            let trimmed = raw.trimmingCharacters()
            let text = trimmed.hasSpaces ? SpaceTidy.tidy(LetterSpacing.remove(trimmed)) : trimmed
            let width = DisplayWidth.of(trimmed, ambiguousWide: true)
            lines.append(SourceLine(number: i, raw: trimmed, text: text, rawWidth: width, gapBefore: gap, shape: .init(text)))
            gap = 0
        }
        let width = ColumnWidth.estimate(lines.map(\.rawWidth))
        var units = ParagraphAssembler(columnWidth: width).assemble(lines)
        UnitClassifier.classify(&units)

        var removed = dupes.removedTexts
        var doubled = Set<Int>()
        for k in units.indices where units[k].isHeading {
            if let r = BannerUndoubling.undouble(units[k].text) {
                units[k].text = r.text
                removed.append(contentsOf: r.removed)
                doubled.insert(k)
            }
        }

        let seg = Segmentation(units: units)
        let segProfiles = seg.segments.map { s in TopicIndex.profile(s.units.map { units[$0].text }) }
        let segIndex = TopicIndex(profiles: segProfiles)
        if let trace {
            trace("column width: \(width.map(String.init) ?? "none (flowed)")")
            for (k, u) in units.enumerated() { trace("unit \(k) L\(u.firstLine + 1) gap\(u.gapBefore) w\(u.maxRawWidth) \(u.role): \(u.text.prefix(40))") }
            for (k, s) in seg.segments.enumerated() { trace("segment \(k) \(s.start) \(String(describing: s.closure)) units \(s.units) clusterBefore \(String(describing: s.clusterBefore))") }
            for a in seg.segments.indices {
                trace("continuity \(a): " + seg.segments.indices.map { b in a == b ? " -- " : String(format: "%.2f", segIndex.continuity(segProfiles[b], segProfiles[a])) }.joined(separator: " "))
            }
            for (k, c) in seg.clusters.enumerated() { trace("cluster \(k) units \(c.units) prev \(String(describing: c.prevSegment)) next \(String(describing: c.nextSegment))") }
        }
        var drafts = StoryGrouping.group(seg, units: units, index: segIndex, profiles: segProfiles, trace: trace)

        let index = TopicIndex(parts: drafts.map { $0.segments.map { segProfiles[$0] } }, weighingAs: segIndex)
        let sectionUnits = PageFurniture.sectionUnits(units: units, seg: seg, doubled: doubled, index: index, docCount: drafts.count)
        let intertitles = Set(drafts.flatMap(\.intertitleClusters))
        let freeClusters = seg.clusters.indices.filter { !intertitles.contains($0) }
        let attacher = HeadlineAttachment(units: units, seg: seg, drafts: drafts, index: index)
        attacher.attach(free: freeClusters, drafts: &drafts, reserved: sectionUnits.union(doubled))
        if let trace {
            for (d, draft) in drafts.enumerated() { trace("draft \(d) segments \(draft.segments) intertitles \(draft.intertitleClusters) headline \(draft.headline)") }
            for c in freeClusters {
                for u in seg.clusters[c].units {
                    let prof = TopicIndex.profile(units[u].text)
                    let scores = drafts.indices.map { String(format: "%.2f", index.affinity(prof, to: $0)) }.joined(separator: " ")
                    trace("affinity unit \(u) \(units[u].text.prefix(12)): \(scores)")
                }
            }
        }
        CaptionPlacement.place(captions: seg.floatingCaptions, units: units, drafts: &drafts, index: index)

        let builder = ArticleBuilder(units: units, seg: seg)
        let kinds = drafts.map(builder.kind)
        var free = Set(freeClusters.flatMap { seg.clusters[$0].units })
        for d in drafts { free.subtract(d.headline) }
        free.subtract(sectionUnits)
        PageFurniture.assignColumns(free: &free, seg: seg, units: units, drafts: &drafts, kinds: kinds)

        var page = Page(source: source)
        page.section = sectionUnits.min().map { units[$0].text }
        var furniture: [String] = []
        var unassigned: [String] = []
        var used = Set<String>()
        for k in units.indices where sectionUnits.contains(k) || free.contains(k) || units[k].role == .furniture {
            let t = units[k].text
            if sectionUnits.contains(k) || t.hanCount <= PageFurniture.maxFurnitureHan {
                if used.insert(t).inserted { furniture.append(t) } else { removed.append(t) }
            } else {
                unassigned.append(t)
            }
        }
        for d in drafts { if let c = d.column, used.insert(c).inserted { furniture.append(c) } }
        page.furniture = furniture
        page.unassigned = unassigned
        page.duplicatesRemoved = removed

        let order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        page.articles = order.enumerated().map { n, d in
            builder.build(drafts[d], kind: kinds[d], id: "\(idPrefix)#\(n + 1)")
        }
        return page
    }
}
