/// A story as Markdown (for `s` with a `.md` path): the same typed lines as the screen and `show`, marked up.
public enum StoryMarkdown {
    public static func render(parts: [Article], pageNumbers: [Int?]) -> String {
        var out: [String] = []
        for l in StoryLines.lines(parts: parts, pages: pageNumbers.map { PageLabel.of($0) }) {
            let t = TerminalSafe.plain(l.text)
            switch l.kind {
            case .kicker, .subheadline: out.append("**\(t)**")
            case .headline: out.append("# \(t)")
            case .derivedTitle: out.append("# 〔\(t)〕")
            case .byline: out.append("*\(t)*")
            case .note, .mark: out.append("*\(t)*")
            case .paragraph, .qa: out.append(t)
            case .intertitle: out.append("## \(t)")
            case .caption: out.append("> \(t)")
            case .signature: out.append(t)
            case .pageChange: out.append("---\n\n*\(t)*")
            }
            out.append("")
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }
}
