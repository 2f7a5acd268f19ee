import ArgumentParser
import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTerminal
import DubaoApp
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

    /// Mistakes on the command line are said before the screen opens: a theme that is not there, a
    /// subcommand mistyped (`dubao serach x` is not a file), paths that do not exist.
    func validatePaths() throws {
        let missing = paths.filter { !FileSystem.exists($0) }
        guard !missing.isEmpty else { return }
        if let first = paths.first, missing.contains(first), !first.contains("/"), !first.contains("."),
            let cmd = CommandArguments.closestCommand(to: first) {
            Console.err("dubao: unknown command '\(first)'; did you mean 'dubao \(cmd)'? (commands: parse, search, show, import, library)")
            throw ExitCode(2)
        }
        if missing.count == paths.count {
            Console.err("dubao: no such file or folder: \(missing.joined(separator: ", ")) (commands: parse, search, show, import, library)")
            throw ExitCode(1)
        }
    }

    func run() throws {
        let started = DispatchTime.now().uptimeNanoseconds
        let environment = ProcessInfo.processInfo.environment
        // the settings file, which the command line overrides; its problems are said, and its defaults used
        let config = Config.load(environment: environment)
        for p in config.problems { Console.err("dubao: settings: \(p)") }
        let registry = App.themes(preferred: theme ?? config.theme, environment: environment)
        if let t = theme, let p = registry.problems.first(where: { $0.file == t }) {
            Console.err("dubao: theme: \(p)")
            throw ExitCode(2)
        }
        try validatePaths()
        var lib = try options.open(.readPreferringWrite, repairing: true, quietNotices: true)
        var notices = lib.notices
        var targets = paths
        if targets.isEmpty && !lib.filesToRebuild.isEmpty { targets = lib.filesToRebuild }
        if targets.isEmpty, (try? lib.hasNoPages()) ?? true, FileSystem.isDirectory("seeds") { targets = ["seeds"] }
        if !targets.isEmpty {
            if lib.isReadOnly {
                notices.append("the library is read-only: \(targets.joined(separator: ", ")) not imported")
            } else {
                let report = try failing(lib) { try runImport(targets, into: &lib) }
                notices += report.warnings + report.notices + report.removed.map { "gone: \($0)" }
            }
        }
        let library = lib
        let outline = try failing(library) { try library.pageOutline() }
        guard !outline.pages.isEmpty else {
            for n in notices { Console.err("dubao: \(n)") }
            Console.err("dubao: the library \(library.path) has no pages; give page files or folders: dubao PATH…")
            throw ExitCode(1)
        }
        let reader = App.reader(library: library, outline: outline, themes: registry, themeGiven: theme != nil,
                                ambiguousWide: ambiguousWide || config.ambiguousWide == true, readingWidth: config.readingWidth ?? 80,
                                keys: config.keys,
                                notices: config.problems.map { "settings: \($0)" } + notices)
        let session = reader.session
        let services = reader.services
        let problems = reader.problems
        if let k = debugCrashKey?.first { session.crashKey = k }
        ReaderApp.run(session, mouse: !noMouse && config.mouse != false) {
            if ProcessInfo.processInfo.environment["DUBAO_TIMING"] != nil {
                let ms = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e6
                Console.err("first frame after \(String(format: "%.1f", ms)) ms")
            }
        }
        // the place and the view are kept however the reader ended (q, a hang-up, Ctrl-C)
        App.finish(reader)
        if ProcessInfo.processInfo.environment["DUBAO_TIMING"] != nil {
            Console.err(String(format: "peak memory %.1f MB", Double(Memory.peakResident) / 1_048_576))
        }
        for p in problems { Console.err("dubao: \(p)") }
        for p in services.problems.prefix(5) { Console.err("library: \(p)") }
        if let s = NcursesBackend.stopSignal { throw ExitCode(128 + s) }
    }
}
