/// The roles text plays on screen; a theme gives each a style.
public enum Role: String, CaseIterable, Sendable {
    case text, dim, title, headline, kicker, subheadline, byline, intertitle, caption, signature, mark
    case section, column, selection, selectionInactive, border, status, statusKey, searchHit, read, bookmark
    case help, warning
}

/// A colour theme: a style for every role.
public struct Theme: Sendable, Equatable {
    public var name: String
    public var styles: [Role: Style]

    public init(name: String, styles: [Role: Style]) {
        self.name = name
        self.styles = styles
    }

    /// A role's style; a role without a background of its own takes the text's (a theme that paints its
    /// background paints it under every role).
    public subscript(_ r: Role) -> Style {
        let text = styles[.text] ?? .plain
        guard var s = styles[r] else { return text }
        if s.bg == .default && !s.reverse { s.bg = text.bg }
        return s
    }

    /// Whether colours were taken away (NO_COLOR): the header says so instead of naming a colour theme.
    public var colourless = false

    /// The same theme without colours, keeping bold, underline and reverse (for NO_COLOR and monochrome
    /// terminals).
    public var monochrome: Theme {
        var t = self
        for (r, s) in styles { t.styles[r] = Style(bold: s.bold, dim: s.dim, italic: s.italic, underline: s.underline, reverse: s.reverse) }
        for r in [Role.selection, .status] where !(t.styles[r]?.reverse ?? false) { t.styles[r]?.reverse = true }
        t.colourless = true
        return t
    }
}
