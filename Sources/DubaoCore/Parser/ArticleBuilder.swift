/// Builds `Article` values from drafts: blocks in reading order, headline roles, byline, kind and marks.
struct ArticleBuilder {
    let units: [Unit]
    let seg: Segmentation

    func allUnits(_ d: Draft) -> [Int] { d.segments.flatMap { seg.segments[$0].units } }

    func kind(_ d: Draft) -> Article.Kind {
        if d.floatingPhoto != nil { return .photo }
        guard let first = d.segments.first else { return .other }
        let s = seg.segments[first]
        let last = seg.segments[d.segments.last!]
        switch s.start {
        case .continuation: return .continuation
        case .lead: return .news
        case .columnLead: return .column
        case .byline: return .feature
        case .none:
            if last.closure == .credit { return .photo }
            if last.closure == .signature { return .letter }
            return allUnits(d).contains(where: { units[$0].role == .qa }) ? .feature : .other
        }
    }

    func build(_ d: Draft, kind: Article.Kind, id: String) -> Article {
        var blocks: [Block] = []
        var byline: String?
        var signature: String?
        var credit: String?
        var from: Int?
        var to: Int?
        if let c = d.floatingPhoto, case .caption(let cr) = units[c].role {
            blocks.append(Block(.paragraph, units[c].text))
            credit = cr
        }
        for s in d.segments {
            if let c = seg.segments[s].clusterBefore, d.intertitleClusters.contains(c) {
                for u in seg.clusters[c].units { blocks.append(Block(.intertitle, units[u].text)) }
            }
            for u in seg.segments[s].units {
                let unit = units[u]
                for m in unit.marks {
                    if m.direction == .from, from == nil { from = m.page }
                    if m.direction == .to { to = m.page }
                }
                switch unit.role {
                case .lead(let b):
                    if byline == nil { byline = b }
                    blocks.append(Block(.paragraph, unit.text))
                case .byline(let b):
                    if byline == nil { byline = b }
                case .signature(let sig):
                    signature = sig
                    blocks.append(Block(.signature, unit.text))
                case .credit(let c):
                    credit = c
                    blocks.append(Block(kind == .photo ? .signature : .caption, unit.text))
                case .qa:
                    blocks.append(Block(.qa, unit.text))
                case .caption(let c):
                    credit = credit ?? c
                    blocks.append(Block(.caption, unit.text))
                case .body, .columnLead, .mark, .heading, .furniture:
                    blocks.append(Block(.paragraph, unit.text))
                }
            }
        }
        for c in d.captions { blocks.append(Block(.caption, units[c].text)) }
        let roles = HeadlineRoles.assign(d.headline.map { (units[$0].text, units[$0].gapBefore) })
        if byline == nil {
            switch kind {
            case .photo: byline = credit.map(Self.stripBrackets)
            case .letter, .column, .other, .feature: byline = signature
            default: break
            }
        }
        return Article(
            id: id, kind: kind, kicker: roles.kicker, headline: roles.headline, subheadline: roles.subheadline,
            column: d.column, byline: byline, continuedFromPage: from, continuesOnPage: to, blocks: blocks)
    }

    static func stripBrackets(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.unicodeScalars.first, CharClass.isOpener(f) { t = t.dropFirst() }
        while let l = t.unicodeScalars.last, CharClass.isCloser(l) { t = t.dropLast() }
        return String(t)
    }
}
