import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTerminal
import Foundation

/// The composition root of the reader: which themes (and whether colour at all), the state opened from the
/// library (the view kept from last time, or the reading place), the library's client, the session. The
/// command parses its arguments and imports; everything the reader is made of is put together here.
public enum App {
    public struct Reader {
        public let session: ReaderSession
        public let services: LibraryServices
        /// Problems to tell the reader (themes that did not load, notices of the library).
        public let problems: [String]
    }

    /// The themes: `theme` first when given; none of their colours under `NO_COLOR`.
    public static func themes(preferred theme: String?, environment: [String: String]) -> ThemeRegistry {
        var registry = ThemeRegistry(preferred: theme)
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { registry = registry.withoutColour() }
        return registry
    }

    /// The reader on `library`, opened where it was left.
    public static func reader(library: Library, outline: Library.Outline, themes registry: ThemeRegistry, themeGiven: Bool,
                              ambiguousWide: Bool, readingWidth: Int, keys: KeyMap = .standard, notices: [String]) -> Reader {
        var state = AppState(nav: Navigation(outline: outline))
        state.read = (try? library.readIDs()) ?? []
        state.bookmarks = (try? library.bookmarks()) ?? []
        state.themeNames = registry.names
        let services = LibraryServices(library: library)
        state.searchHistory = services.searchHistory
        var restore: [Effect] = []
        if var view = services.savedView {
            // a theme named on the command line wins over the one kept
            if themeGiven { view.theme = state.themeName }
            services.issues.load(issueOf: view.articleID, into: &state.nav)
            restore = state.restore(view: view)
        } else if let place = try? library.lastPlace() {
            services.issues.load(issueOf: place.articleID, into: &state.nav)
            restore = state.restore(articleID: place.articleID, scroll: place.scroll)
        }
        let problems = registry.problems.map { "主题 theme: \($0)" } + notices
        if let first = problems.first { state.message = .said(problems.count == 1 ? first : "\(first) (+\(problems.count - 1))") }
        let session = ReaderSession(state: state, services: services, themes: registry, ambiguousWide: ambiguousWide, readingWidth: readingWidth, keys: keys, initialEffects: restore,
                                    backgroundSearch: true)
        return Reader(session: session, services: services, problems: problems)
    }

    /// After the reader ends: the reading place and the view written, whatever ended it.
    public static func finish(_ r: Reader) {
        r.services.flush()
        if let v = r.session.state.savedView { r.services.saveView(v) }
    }
}
