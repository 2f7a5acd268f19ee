/// Side effects the reducer asks for. The runtime performs them and may answer with actions.
public enum Effect: Sendable, Equatable {
    /// Load the bodies of a story's parts; answered by `.storyLoaded`.
    case loadStory(story: Int, ids: [String])
    case markRead([String])
    case markUnread([String])
    /// Answer with `.readTimerFired` after a few seconds: a story shown whole that long has been read.
    case readTimer(story: Int)
    case saveBookmarks([String])
    case saveSearchHistory([String])
    /// Put text on the terminal's clipboard (OSC 52).
    case copy(String)
    /// Import the library's folders again (changed files only); answered by `.reloaded`.
    case reload
    /// Write a story to a file (the runtime answers with a message saying where, or why not).
    case saveFile(path: String, text: String)
    /// Run a shell command with the story on its standard input, on the terminal the reader gives up meanwhile
    /// (the runtime answers with a message saying how it ended).
    case pipe(command: String, text: String)
    /// Remember where the reader is (article and scroll line), to come back to it next time.
    case savePosition(articleID: String, scroll: Int)
    /// Remember the whole view when the reader quits (pane, selection, theme), to open it again so.
    case saveView(SavedView)
    /// Search the library; answered by `.searchResults`.
    case search(String)
    case quit
}
