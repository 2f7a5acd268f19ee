/// A story as clean text for the command line (`dubao show`): the story's typed lines (`StoryLines`) with the
/// headline group, byline, paragraphs set off by blank lines and indented with two ideographic spaces,
/// intertitles, captions, signatures, and a quiet marker where the story changes page. Control characters are
/// made visible.
public enum StoryText {
    public static func render(parts: [Article], pageNumbers: [Int?]) -> String {
        let lines = StoryLines.lines(parts: parts, pages: pageNumbers.map { PageLabel.of($0) })
        guard !lines.isEmpty else { return "" }
        var out: [String] = []
        var inBody = false
        for l in lines {
            if !l.isHeader && l.kind != .note || inBody {
                if !inBody { out.append(""); inBody = true }
            }
            switch l.kind {
            case .kicker, .headline, .subheadline, .byline, .note, .mark: out.append(l.text)
            case .derivedTitle: out.append("〔\(l.text)〕")
            case .paragraph, .qa: out.append("\u{3000}\u{3000}" + l.text)
            case .intertitle: out.append("【\(l.text)】")
            case .caption: out.append("▣ " + l.text)
            case .signature: out.append("\u{3000}\u{3000}\u{3000}\u{3000}" + l.text)
            case .pageChange: out.append("── \(l.text) ──")
            }
            if inBody { out.append("") }
        }
        while out.last == "" { out.removeLast() }
        return out.map(TerminalSafe.plain).joined(separator: "\n") + "\n"
    }
}
