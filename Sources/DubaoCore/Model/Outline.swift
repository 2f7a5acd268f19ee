/// The readable outline printed by `dubao parse` without `--json`: each page with its section, then each
/// article's headline (or derived title), kind, byline and length.
public enum Outline {
    public static func render(_ corpus: Corpus) -> String {
        var out = ""
        for issue in corpus.issues {
            out += "\(issue.title)\n"
            for p in issue.pages {
                let num = PageLabel.of(p.page)
                out += "  \(num) · \(p.section ?? "（无版名）") · \(p.source)\n"
                for a in p.articles {
                    let title = a.headline ?? "〔\(a.displayTitle)〕"
                    var line = "    [\(a.kind.rawValue)] \(title)"
                    if let k = a.kicker { line += "  ‹\(k)›" }
                    if let b = a.byline { line += "  — \(b)" }
                    line += "  (\(a.length)字)"
                    if let f = a.continuedFromPage { line += " 上接\(PageLabel.of(f))" }
                    if let t = a.continuesOnPage { line += " 下转\(PageLabel.of(t))" }
                    out += TerminalSafe.plain(line) + "\n"
                }
                if !p.furniture.isEmpty { out += "    furniture: \(TerminalSafe.plain(p.furniture.joined(separator: " | ")))\n" }
                if !p.unassigned.isEmpty { out += "    unassigned: \(p.unassigned.count) piece(s)\n" }
                if !p.duplicatesRemoved.isEmpty { out += "    duplicates removed: \(p.duplicatesRemoved.count)\n" }
            }
        }
        return out
    }
}
