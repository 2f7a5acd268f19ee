import DubaoCore

/// A search in progress: what is typed, what was found, and where the reader was before it.
public struct SearchState: Sendable, Equatable {
    public var scope: SearchScope
    /// The text in the prompt.
    public var input = ""
    /// The prompt takes the keys.
    public var editing = true
    /// Where the cursor is in `input` (characters before it).
    public var cursor = 0
    /// Which earlier query ↑ brought back (nil: the one being typed), and what was typed before ↑.
    public var historyIndex: Int?
    var draft = ""
    /// The query the results and highlights are for.
    public var query: SearchQuery?
    public var results: [SearchHit] = []
    /// Lines of the shown story that hold hits (derived after each action, `StoryMeasure`), and the one last jumped to.
    public internal(set) var hitLines: [Int] = []
    public var currentHit: Int?
    /// Jump to the first hit once the story is laid out.
    public var jumpPending = false
    /// …to the last hit instead (N came back into this story from a later one).
    public var jumpToLast = false
    /// Where to go back to on Esc.
    var saved: SavedPlace

    struct SavedPlace: Sendable, Equatable {
        var focus: ScreenLayout.Pane
        var sectionCursor: Int
        var sectionTop: Int
        var articleCursor: Int
        var articleTop: Int
        var shownStory: Int?
        var articleScroll: Int
        var mode: AppState.Mode
    }
}

extension SearchState {
    /// Edits the prompt's text and cursor as one line (`LineEditor`).
    mutating func line(_ edit: (inout LineEditor) -> Void) {
        var l = LineEditor(input, cursor: cursor)
        edit(&l)
        input = l.text
        cursor = l.cursor
    }
}

/// Where a search looks: the whole library, or the article being read.
public enum SearchScope: Sendable, Equatable { case library, article }

/// One search result as the reader lists it.
public struct SearchHit: Sendable, Equatable {
    public var articleID: String
    public var title: String
    public var snippet: String
    public var hits: Int
    public var place: String

    public init(articleID: String, title: String, snippet: String, hits: Int, place: String) {
        self.articleID = articleID
        self.title = title
        self.snippet = snippet
        self.hits = hits
        self.place = place
    }
}
