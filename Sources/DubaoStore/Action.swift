import DubaoCore

/// Everything that can happen to the reader. Keys, the mouse, the terminal and effects all become actions.
public enum Action: Sendable, Equatable {
    /// Move the cursor (lists) or scroll (the article) by lines.
    case move(Int)
    /// By whole screens (PgDn/Space = 1, PgUp/b = -1).
    case page(Int)
    /// By half screens (Ctrl-d = 1, Ctrl-u = -1).
    case halfPage(Int)
    case top
    case bottom
    case focusNext
    case focusPrevious
    case focusLeft
    case focusRight
    /// Enter: go into the selection.
    case open
    /// Esc: close what is open, or step out.
    case back
    /// q: step out, or leave when there is nothing to step out of.
    case quit
    case nextArticle
    case previousArticle
    case nextPage
    case previousPage
    /// Jump to the page of the other part of a story that continues (and back).
    case followContinuation
    case nextTheme
    case toggleHelp
    /// Draw the whole screen again (Ctrl-L), for a terminal that something else wrote over.
    case redraw
    /// Mark the selected story read, or unread again (`u`).
    case toggleRead
    /// The article alone across the screen, or the lists back (`z`).
    case toggleReadingView
    /// Say the shown story's id, for `dubao show ID` (`i`).
    case showID
    /// Copy the shown story as text to the terminal's clipboard (`y`, OSC 52).
    case copyStory
    /// Save the shown story to a file: `s` opens a prompt with a default path; text, or Markdown for `.md`.
    case reload
    /// A reload finished: the new navigation (nil when nothing could be read again) and what it did.
    case reloaded(Navigation?, summary: String)
    /// `s`: ask where to save the story shown; `|`: ask for a shell command to pipe it to.
    case startSave
    case startPipe
    /// Editing the prompt `startSave` or `startPipe` opened.
    case promptInput(String)
    case promptEdit(PromptEdit)
    case promptDeleteBackward
    case promptSubmit
    case promptCancel
    /// Mark every story of the selected section row read (`A`: a page, a column or a whole issue).
    case markSectionRead
    /// Go to the next story not yet read, on this page or a later one (`.`).
    case nextUnread
    /// The story has been shown for a few seconds (answer to `Effect.readTimer`).
    case readTimerFired(story: Int)
    case toggleBookmark
    case showBookmarks
    case resize(columns: Int, rows: Int)
    /// Mouse wheel over a pane.
    case scroll(pane: ScreenLayout.Pane, lines: Int)
    /// Mouse click on the item at a row of a pane (0 = first row below the pane header).
    case click(pane: ScreenLayout.Pane, row: Int)
    /// Effects report back.
    case storyLoaded(story: Int, articles: [Article])
    case message(Notice)
    // search
    /// `/` searches the library, `f` the article being read.
    case startSearch(SearchScope)
    case searchInput(String)
    case searchDeleteBackward
    /// Line editing in the prompt (Ctrl-U, Ctrl-W, Ctrl-A/E, ←/→, ↑/↓ through earlier queries).
    case searchEdit(PromptEdit)
    /// Enter in the prompt.
    case searchSubmit
    /// The library answered.
    case searchResults(query: String, results: [SearchHit])
    /// `n` / `N`: the next hit, in the article and then in the next result.
    case nextHit
    case previousHit
}

/// What the keys of a one-line prompt do, as in a shell.
public enum PromptEdit: Sendable, Equatable {
    case toStart, toEnd, left, right
    /// Ctrl-U: everything before the cursor.
    case deleteToStart
    /// Ctrl-W: the word before the cursor (and the spaces after it).
    case deleteWord
    case deleteForward
    /// ↑/↓: the earlier and later queries of the history.
    case older, newer
}
