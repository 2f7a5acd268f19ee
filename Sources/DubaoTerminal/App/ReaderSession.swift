import DubaoCore
import DubaoStore
import Foundation

/// The reader without a terminal: state, reducer, effects and drawing. The ncurses app and the tests both
/// drive it, the tests through `press` and `screen`. Searches run inline, or, with `backgroundSearch`, on a
/// worker thread so that typing never waits for the library: a newer keystroke's search makes the older one
/// stop, and finished searches wait in a mailbox until the app takes them (`takeFinished`), woken by `onWake`.
public final class ReaderSession {
    public private(set) var state: AppState
    public let services: LibraryClient
    public let themes: ThemeRegistry
    /// How characters of ambiguous width are counted, and the longest line of an article in columns (the settings'
    /// `ambiguous_wide` and `reading_width`): fixed for the session, as the layout the reducer scrolls depends on them.
    public let ambiguousWide: Bool
    public let readingWidth: Int
    /// The keys (the shipped ones with the settings' `[keys]` applied).
    public let keys: KeyMap
    let cache = ArticleLayoutCache()
    /// Effects performed, in order (for tests and tracing).
    public private(set) var performed: [Effect] = []
    let worker: DispatchQueue?
    let mailbox = Mailbox()
    /// Called from the worker thread when a finished search waits in the mailbox.
    public var onWake: (@Sendable () -> Void)?

    public init(state: AppState, services: LibraryClient, themes: ThemeRegistry, ambiguousWide: Bool = false, readingWidth: Int = 80, keys: KeyMap = .standard, initialEffects: [Effect]? = nil,
                backgroundSearch: Bool = false) {
        worker = backgroundSearch ? DispatchQueue(label: "dubao.search", qos: .userInitiated) : nil
        var s = state
        s.themeNames = themes.names
        s.helpLength = keys.helpRows.count
        self.state = s
        self.services = services
        self.themes = themes
        self.ambiguousWide = ambiguousWide
        self.readingWidth = readingWidth
        self.keys = keys
        if let fx = initialEffects, !fx.isEmpty {
            perform(fx)
        } else {
            perform(Reducer.showFirst(&self.state, issues: services.issues))
        }
    }

    /// Reduces an action and performs its effects (and the actions they answer with).

    /// How long a story shown whole stays on screen before it counts as read.
    public static let readAfter: Double = 3

    /// Writes a saved story (a leading `~` is the home folder, missing folders are made); says what happened.
    static func save(_ text: String, to path: String) -> String {
        var p = path
        if p == "~" || p.hasPrefix("~/") { p = (ProcessInfo.processInfo.environment["HOME"] ?? NSHomeDirectory()) + p.dropFirst() }
        let url = URL(fileURLWithPath: p)
        do {
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url, options: .atomic)
            return "已保存 · saved to \(p)"
        } catch {
            return "保存失败 · could not save to \(p): \((error as NSError).localizedDescription)"
        }
    }

    /// Puts text on the terminal's clipboard (the app writes OSC 52; tests listen here).
    public var onCopy: ((String) -> Void)?
    /// Runs a command with a story on its standard input (the running reader gives it the terminal meanwhile);
    /// answers what to tell the user.
    public var onPipe: ((_ command: String, _ text: String) -> String)?

    /// The view that draws `s` (it reads nothing of the session's own state: the reducer calls it while it
    /// changes that state).
    func view(_ s: AppState) -> ReaderView {
        var v = ReaderView(theme: themes.theme(named: s.themeName), ambiguousWide: ambiguousWide)
        v.keys = keys
        v.renderer.maximumWidth = readingWidth
        return v
    }

    /// Set when the whole screen must be drawn again (Ctrl-L); the app clears it when it has.
    public var redrawRequested = false

    public func send(_ action: Action) {
        if action == .redraw { redrawRequested = true }
        perform(Reducer.reduce(&state, action, measure: StoryMeasure(metrics), issues: services.issues))
    }

    /// The shown story laid out in the article pane (the reducer's `StoryMeasure`; the layout is cached, so an
    /// action that changes neither the story, the width nor the query costs a comparison).
    func metrics(_ s: AppState) -> StoryMetrics {
        guard let story = s.shownStory, let f = s.layout.frame(.article) ?? ScreenLayout(columns: s.columns, rows: s.rows, focus: .article).frame(.article)
        else { return .empty }
        let m = view(s).articleLayout(s, story: story, paneWidth: f.width, cache: cache)
        return StoryMetrics(lines: m.count, hitLines: m.hitLines)
    }

    func perform(_ fx: [Effect]) {
        for e in fx {
            performed.append(e)
            switch e {
            case .loadStory(let story, let ids):
                send(.storyLoaded(story: story, articles: services.loadArticles(ids: ids)))
            case .markRead(let ids): services.markRead(ids: ids)
            case .markUnread(let ids): services.markUnread(ids: ids)
            case .readTimer(let story):
                // only the running reader keeps time; the tests send `.readTimerFired` themselves
                answer(after: Self.readAfter) { .readTimerFired(story: story) }
            case .saveBookmarks(let ids): services.saveBookmarks(ids)
            case .saveSearchHistory(let h): services.saveSearchHistory(h)
            case .copy(let text): onCopy?(text)
            case .reload:
                let services = self.services
                answer {
                    let r = services.reload()
                    return .reloaded(r?.0, summary: r?.1 ?? "")
                }
            case .saveFile(let path, let text): send(.message(.said(Self.save(text, to: path))))
            case .pipe(let command, let text):
                send(.message(.said(onPipe?(command, text) ?? "这里不能运行命令 · no shell here")))
            case .savePosition(let id, let scroll): services.savePosition(articleID: id, scroll: scroll)
            case .saveView(let v): services.saveView(v)
            case .search(let q): search(q)
            case .quit: break
            }
        }
    }

    /// Runs a search with a number that any newer search makes stale (a stale one answers nothing).
    func search(_ q: String) {
        let generation = services.newSearch()
        let services = self.services
        answer { services.search(q, generation: generation).map { .searchResults(query: q, results: $0) } }
    }

    /// Runs `work` off the input loop (on the worker, or after `delay` seconds) and hands its answer to the app
    /// through the mailbox, waking it. Without a worker (the tests) it runs inline, or, delayed, not at all.
    func answer(after delay: Double? = nil, _ work: @escaping @Sendable () -> Action?) {
        guard let worker else {
            if delay == nil, let a = work() { send(a) }
            return
        }
        let mailbox = self.mailbox
        let wake = onWake
        let job: @Sendable () -> Void = {
            guard let a = work() else { return }
            mailbox.post(a)
            wake?()
        }
        if let d = delay { DispatchQueue.global().asyncAfter(deadline: .now() + d, execute: job) } else { worker.async(execute: job) }
    }

    /// Takes the actions of finished background work; returns whether there were any (the screen changed).
    @discardableResult
    public func takeFinished() -> Bool {
        let actions = mailbox.take()
        for a in actions { send(a) }
        return !actions.isEmpty
    }

    /// A key that crashes the reader on purpose (hidden `--debug-crash-key`, for the terminal-restore tests).
    public var crashKey: Character?

    /// Handles a key as the terminal would deliver it.
    public func press(_ key: Key) {
        if case .char(let c) = key, c == crashKey { fatalError("crash asked for with --debug-crash-key") }
        if let a = keys.action(for: key, state: state) { send(a) }
    }

    /// Handles keys that arrived together: consecutive characters typed into the search prompt are one
    /// edit (one query, one search), so a long paste costs what one keystroke costs.
    public func press(_ pressed: [Key]) {
        var typed = ""
        for key in pressed {
            if case .char(let c) = key, c == crashKey { fatalError("crash asked for with --debug-crash-key") }
            let action = keys.action(for: key, state: state)
            if case .searchInput(let text)? = action { typed += text; continue }
            if !typed.isEmpty { send(.searchInput(typed)); typed = "" }
            if let a = action { send(a) }
            if state.quitting { return }
        }
        if !typed.isEmpty { send(.searchInput(typed)) }
    }

    public var theme: Theme { themes.theme(named: state.themeName) }

    /// Draws the current state.
    public func render() -> Grid { view(state).draw(state, cache: cache) }

    /// The screen as text.
    public var screen: String { render().text }
}

/// Actions finished on another thread, waiting for the input loop.
final class Mailbox: @unchecked Sendable {
    private var items: [Action] = []
    private let lock = NSLock()

    func post(_ a: Action) { lock.lock(); items.append(a); lock.unlock() }

    func take() -> [Action] {
        lock.lock()
        defer { lock.unlock() }
        let out = items
        items = []
        return out
    }
}
