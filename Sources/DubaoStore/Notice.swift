/// What the reader tells the user on the status line. The reducer says what happened; the terminal words it
/// (`Notice.text` in DubaoTerminal), so no sentence for the screen is written in the reader's logic.
public enum Notice: Sendable, Equatable {
    case markedRead, markedUnread
    /// `i`: the shown story's id.
    case storyID(String)
    case noStoryShown
    case copied(title: String)
    case reloading
    case nothingToReload(summary: String)
    case reloaded(summary: String)
    /// `A`: every story of the section row (its label) read.
    case allRead(section: String)
    case pressQToQuit
    /// `]`/`[` past the ends of the list, `}`/`{` past the first or last page.
    case lastStoryHere, firstStoryHere, lastPage, firstPage
    case nothingUnread
    /// `c` on a story whose other part is on a page not in the library, or a story that does not jump pages.
    case continuedFromMissing(page: Int), continuesOnMissing(page: Int), doesNotJump
    /// `c` went to this page.
    case onPage(Int?)
    case bookmarked, bookmarkRemoved, noBookmarks
    case theme(String)
    // search
    case nothingFound(query: String)
    case openStoryFirst
    /// `n`/`N`: hit `number` (from 1) of `count`.
    case hit(number: Int, count: Int)
    case noSearch
    case lastHit, firstHit, lastResult, firstResult
    /// Words from outside the reducer, already written for the user: a file saved, a command's end, problems
    /// met at start.
    case said(String)
}
