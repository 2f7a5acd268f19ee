import ArgumentParser
import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTerminal
import Foundation

/// The reader (the default command).
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read", abstract: "Open the reader (the default): issues, pages, articles, full screen.")

    @Option(name: .long, help: "Colour theme: a name (dark, light, high-contrast, mono) or a .toml file.")
    var theme: String?

    @Flag(name: .long, help: "Treat ambiguous-width characters (“ ” — … ·) as two columns wide.")
    var ambiguousWide = false

    @Flag(name: .long, help: "Do not use the mouse.")
    var noMouse = false

    /// For the tests of terminal restoring: crash on purpose when this key is pressed.
    @Option(name: .long, help: .hidden)
    var debugCrashKey: String?

    @OptionGroup var options: LibraryOptions

    @Argument(help: "Page files or folders to import first (with none, an empty library takes seeds/).")
    var paths: [String] = []

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let lib = try options.open()
        var warnings: [String] = []
        var targets = paths
        if targets.isEmpty && !lib.filesToRebuild.isEmpty { targets = lib.filesToRebuild }
        if targets.isEmpty, try lib.summary().pages == 0, FileManager.default.fileExists(atPath: "seeds") { targets = ["seeds"] }
        if !targets.isEmpty {
            let report = try runImport(targets, into: lib)
            warnings = report.warnings + report.removed.map { "gone: \($0)" }
        }
        let outline = try lib.outline()
        guard !outline.pages.isEmpty else {
            for w in warnings { printError("warning: \(w)") }
            printError("dubao: the library \(lib.path) has no pages; give page files or folders: dubao PATH…")
            throw ExitCode(1)
        }
        var registry = ThemeRegistry(preferred: theme)
        if let noColor = ProcessInfo.processInfo.environment["NO_COLOR"], !noColor.isEmpty {
            registry = registry.withoutColour()
        }
        var state = AppState(nav: Navigation(outline: outline))
        state.read = try lib.readIDs()
        state.bookmarks = try lib.bookmarks()
        var restore: [Effect] = []
        if let place = try lib.lastPlace() { restore = state.restore(articleID: place.articleID, scroll: place.scroll) }
        if let p = registry.problems.first { state.message = "主题 theme: \(p)" } else if let w = warnings.first {
            state.message = warnings.count == 1 ? w : "\(w) (+\(warnings.count - 1))"
        }
        let services = LibraryServices(library: lib)
        let session = ReaderSession(state: state, services: services, themes: registry, ambiguousWide: ambiguousWide, initialEffects: restore)
        if let k = debugCrashKey?.first { session.crashKey = k }
        ReaderApp.run(session, mouse: !noMouse) {
            if ProcessInfo.processInfo.environment["DUBAO_TIMING"] != nil {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                FileHandle.standardError.write("first frame after \(String(format: "%.1f", ms)) ms\n".data(using: .utf8)!)
            }
        }
        services.flush()
        if ProcessInfo.processInfo.environment["DUBAO_TIMING"] != nil {
            printError(String(format: "peak memory %.1f MB", Double(Memory.peakResident) / 1_048_576))
        }
        for p in registry.problems { printError("theme: \(p)") }
        for w in warnings { printError("warning: \(w)") }
        for p in services.problems.prefix(5) { printError("library: \(p)") }
        if let s = NcursesBackend.stopSignal { throw ExitCode(128 + s) }
    }
}
