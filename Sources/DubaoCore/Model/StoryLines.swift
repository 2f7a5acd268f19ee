/// One line of a story before any width is known, typed by what it is (as newsboat's `LineType`): the
/// screens wrap and style these, `dubao show` joins them. The one place where a story's parts become text.
public struct StoryLine: Equatable, Sendable {
    public enum Kind: Sendable, Equatable {
        case kicker, headline, subheadline
        /// A title derived from the text, for a story printed without a headline (shown in 〔〕).
        case derivedTitle
        case byline
        /// Dubao's own note: the other part of a continued story is not in the library.
        case note
        case paragraph, qa, intertitle, caption, signature
        /// A jump line of the page itself (`（上接第1版）`), kept as printed.
        case mark
        /// Where the story changes page (`第2版`).
        case pageChange
    }

    public var kind: Kind
    public var text: String

    /// A line as it is shown: ASCII punctuation among Chinese text in its fullwidth form.
    public init(_ kind: Kind, _ text: String) {
        self.kind = kind
        self.text = FullwidthPunctuation.display(text)
    }

    /// Lines of the headline group and the byline (the rest is the body).
    public var isHeader: Bool {
        switch kind {
        case .kicker, .headline, .subheadline, .derivedTitle, .byline: return true
        default: return false
        }
    }
}

public enum StoryLines {
    /// The square brackets a column's label may be printed in.
    static let bracketPairs = [("【", "】"), ("［", "］"), ("[", "]"), ("〔", "〕")]

    /// The lines of a story from its loaded parts, in reading order. `pages` are the parts' page labels
    /// (`第2版`). A jump line whose other part is missing from the library is shown once, as the note that
    /// says so, in place of the printed mark (which the note quotes).
    public static func lines(parts: [Article], pages: [String]) -> [StoryLine] {
        guard let first = parts.first else { return [] }
        var out: [StoryLine] = []
        if let k = first.kicker { out.append(StoryLine(.kicker, k)) }
        if let h = first.headline ?? parts.lazy.compactMap(\.headline).first {
            out.append(StoryLine(.headline, h))
        } else {
            out.append(StoryLine(.derivedTitle, first.displayTitle))
        }
        if let s = first.subheadline { out.append(StoryLine(.subheadline, s)) }
        var meta: [String] = []
        if let b = first.byline { meta.append(b) }
        // (a label printed in its own square brackets, `【短评】`, `［链接］`, `[短评]`, `〔观点〕`, is shown as printed)
        if let c = first.column { meta.append(Self.bracketPairs.contains { c.hasPrefix($0.0) && c.hasSuffix($0.1) } ? c : "【\(c)】") }
        if !meta.isEmpty { out.append(StoryLine(.byline, meta.joined(separator: "  "))) }
        let missingFrom = first.previousPart == nil ? first.continuedFromPage : nil
        if let from = missingFrom { out.append(StoryLine(.note, PageLabel.missingPart(from: from))) }
        for (i, part) in parts.enumerated() {
            if i > 0 { out.append(StoryLine(.pageChange, pages.indices.contains(i) ? pages[i] : "下一版")) }
            let missingTo = i == parts.count - 1 && part.nextPart == nil ? part.continuesOnPage : nil
            for (k, b) in part.blocks.enumerated() {
                if let mark = b.type == .paragraph ? Markers.isStandaloneMark(b.text) : nil {
                    // the printed jump line that the note already gives
                    if i == 0, k == 0, mark.direction == .from, mark.page == missingFrom { continue }
                    if i == parts.count - 1, k == part.blocks.count - 1, mark.direction == .to, mark.page == missingTo { continue }
                    out.append(StoryLine(.mark, b.text))
                    continue
                }
                // one rule for every caption: its photo credit (`（记者 潘路 摄）`) stands on its own line, to the
                // right, whether the page printed it inside the caption or after it
                let captionLike = b.type == .caption || (b.type == .paragraph && part.kind == .photo)
                if captionLike, let (text, credit) = Self.splitCredit(b.text) {
                    out.append(StoryLine(b.type == .caption ? .caption : .paragraph, text))
                    out.append(StoryLine(.signature, credit))
                    continue
                }
                switch b.type {
                case .paragraph: out.append(StoryLine(.paragraph, b.text))
                case .qa: out.append(StoryLine(.qa, b.text))
                case .intertitle: out.append(StoryLine(.intertitle, b.text))
                case .caption: out.append(StoryLine(.caption, b.text))
                case .signature: out.append(StoryLine(.signature, b.text))
                }
            }
            if let to = missingTo { out.append(StoryLine(.note, PageLabel.missingPart(to: to))) }
        }
        return out
    }

    /// A caption's trailing photo credit in brackets (`…合影。（张伟 摄）`), by the parser's own rule
    /// (`Markers.trailingCredit`): the caption and the credit as printed.
    static func splitCredit(_ text: String) -> (String, String)? {
        guard let (_, open) = Markers.trailingCredit(text) else { return nil }
        let scalars = ByteScan.scalars(text)
        let caption = String(scalars: scalars[..<open]).trimmingCharacters()
        guard !caption.isEmpty else { return nil }
        return (caption, String(scalars: scalars[open...]).trimmingCharacters())
    }
}
