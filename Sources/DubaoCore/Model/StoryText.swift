/// A story as clean text for the command line (`dubao show`): headline group, byline, paragraphs set off
/// by blank lines and indented with two ideographic spaces, intertitles, captions, signatures, and a quiet
/// marker where the story changes page. Control characters are made visible.
public enum StoryText {
    public static func render(parts: [Article], pageNumbers: [Int?]) -> String {
        guard let first = parts.first else { return "" }
        var out: [String] = []
        if let k = first.kicker { out.append(k) }
        out.append(first.headline ?? parts.lazy.compactMap(\.headline).first ?? "〔\(first.displayTitle)〕")
        if let s = first.subheadline { out.append(s) }
        var meta: [String] = []
        if let b = first.byline { meta.append(b) }
        if let c = first.column { meta.append("【\(c)】") }
        if !meta.isEmpty { out.append(meta.joined(separator: "  ")) }
        if let from = first.continuedFromPage, first.previousPart == nil { out.append("（上接第\(from)版 · 第\(from)版不在本库中）") }
        out.append("")
        for (i, part) in parts.enumerated() {
            if i > 0 {
                let n = pageNumbers.indices.contains(i) ? pageNumbers[i].map { "第\($0)版" } ?? "下一版" : "下一版"
                out += ["── \(n) ──", ""]
            }
            for b in part.blocks {
                switch b.type {
                case .paragraph, .qa: out.append(Markers.isStandaloneMark(b.text) != nil ? b.text : "\u{3000}\u{3000}" + b.text)
                case .intertitle: out.append("【\(b.text)】")
                case .caption: out.append("▣ " + b.text)
                case .signature: out.append("\u{3000}\u{3000}\u{3000}\u{3000}" + b.text)
                }
                out.append("")
            }
            if i == parts.count - 1, let to = part.continuesOnPage, part.nextPart == nil { out += ["（下转第\(to)版 · 第\(to)版不在本库中）", ""] }
        }
        while out.last == "" { out.removeLast() }
        return out.map(TerminalSafe.plain).joined(separator: "\n") + "\n"
    }
}
