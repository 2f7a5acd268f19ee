import ArgumentParser
import DubaoLibrary
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import", abstract: "Bring page files into the library (new and changed ones only).")

    @OptionGroup var options: LibraryOptions

    @Argument(help: "Page files or folders.")
    var paths: [String] = []

    func run() throws {
        let lib = try options.open()
        let targets = paths.isEmpty ? lib.filesToRebuild : paths
        guard !targets.isEmpty else { throw ValidationError("give the page files or folders to import") }
        let report = try runImport(targets, into: lib)
        for w in report.warnings { printError("warning: \(w)") }
        for g in report.removed { printError("gone: \(g) (its pages were removed; reading state kept)") }
        print(report.summary)
    }
}

struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "Show what the library holds; --check verifies it.")

    @OptionGroup var options: LibraryOptions

    @Flag(help: "Verify the library (integrity and consistency).")
    var check = false

    func run() throws {
        let lib = try options.open()
        let s = try lib.summary()
        print("library: \(lib.path)")
        print("papers: \(s.papers.isEmpty ? "(unnamed)" : s.papers.joined(separator: ", "))")
        print("dates: \(s.firstDate ?? "–") … \(s.lastDate ?? "–")")
        print("files: \(s.files), pages: \(s.pages), articles: \(s.articles)")
        print("read: \(s.read), bookmarks: \(s.bookmarks)")
        print(String(format: "size: %.1f MB", Double(s.bytes) / 1_048_576))
        print("last import: \(s.lastImport ?? "never")")
        if check {
            let problems = try lib.check()
            if problems.isEmpty { print("check: ok") } else {
                for p in problems { print("check: \(p)") }
                throw ExitCode(1)
            }
        }
    }
}
