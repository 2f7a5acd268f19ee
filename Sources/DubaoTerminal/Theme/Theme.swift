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

    public subscript(_ r: Role) -> Style { styles[r] ?? styles[.text] ?? .plain }

    /// The same theme without colours, keeping bold, underline and reverse (for NO_COLOR and monochrome
    /// terminals).
    public var monochrome: Theme {
        var t = self
        for (r, s) in styles { t.styles[r] = Style(bold: s.bold, dim: s.dim, italic: s.italic, underline: s.underline, reverse: s.reverse) }
        for r in [Role.selection, .status] where !(t.styles[r]?.reverse ?? false) { t.styles[r]?.reverse = true }
        return t
    }
}
