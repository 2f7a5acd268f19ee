import ArgumentParser
import DubaoLibrary
import Foundation

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Bring page files into the library (new and changed ones only); with none, the folders it imported before.")

    @OptionGroup var options: LibraryOptions

    @Argument(help: "Page files or folders.")
    var paths: [String] = []

    /// Files per transaction (for the tests that kill an import at many points of it).
    @Option(name: .long, help: .hidden)
    var batchSize: Int?

    func run() throws {
        var lib = try options.open(.write, repairing: true)
        var targets = paths.isEmpty ? lib.importedRoots() : paths
        if paths.isEmpty { targets += lib.filesToRebuild.filter { !targets.contains($0) } }
        guard !targets.isEmpty else {
            Console.err("dubao: give the page files or folders to import (this library has imported none yet)")
            throw ExitCode(2)
        }
        let report = try failing(lib) { try runImport(targets, into: &lib, batchSize: batchSize) }
        for w in report.warnings { Console.err("warning: \(w)") }
        for n in report.notices { Console.err("note: \(n)") }
        for g in report.removed { Console.err("gone: \(g) (its pages were removed; reading state kept)") }
        Console.out(report.summary)
        if !report.missing.isEmpty {
            Console.err("dubao: not found: \(report.missing.joined(separator: ", "))")
            throw ExitCode(1)
        }
    }
}

struct LibraryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library", abstract: "Show what the library holds; --check verifies it, --repair rebuilds a damaged one.")

    @OptionGroup var options: LibraryOptions

    @Flag(help: "Verify the library (integrity and consistency).")
    var check = false

    @Flag(help: "Rebuild a damaged library from the folders it imported (the damaged file is kept aside).")
    var repair = false

    func run() throws {
        if repair { return try runRepair() }
        let lib: Library
        do { lib = try Library(path: options.path, access: .read) } catch LibraryError.damaged(let p, let why) {
            Console.out("library: \(p)")
            Console.out("check: the file is damaged (\(why))")
            Console.err("dubao: `dubao library --repair` rebuilds it from the folders it imported")
            throw ExitCode(1)
        } catch LibraryError.missing(let p) {
            Console.out("library: \(p) (none yet)")
            if check { Console.out("check: there is no library to check"); throw ExitCode(1) }
            return
        } catch {
            Console.err("dubao: \(error)")
            throw ExitCode(1)
        }
        for n in lib.notices { Console.err("dubao: \(n)") }
        Console.out("library: \(lib.path)\(lib.isReadOnly && !FileSystem.isWritable(lib.path) ? " (read-only)" : "")")
        if let s = try? lib.summary() {
            Console.out("papers: \(s.papers.isEmpty ? "(unnamed)" : s.papers.joined(separator: ", "))")
            Console.out("dates: \(s.firstDate ?? "–") … \(s.lastDate ?? "–")")
            Console.out("files: \(s.files), pages: \(s.pages), articles: \(s.articles)")
            Console.out("read: \(s.read), bookmarks: \(s.bookmarks)")
            var size = String(format: "size: %.1f MB", Double(s.bytes) / 1_048_576)
            if s.sourceBytes > 0 {
                size += String(format: " (%.1f× its page files' %.1f MB)", Double(s.bytes) / Double(s.sourceBytes), Double(s.sourceBytes) / 1_048_576)
            }
            Console.out(size)
            Console.out("last import: \(s.lastImport ?? "never")")
            Console.out("folders: \(lib.importedRoots().joined(separator: ", "))")
        } else if !check {
            Console.err("dubao: the library cannot be read; `dubao library --check` says why")
            throw ExitCode(1)
        }
        if check {
            let problems = lib.check()
            if problems.isEmpty { Console.out("check: ok") } else {
                for p in problems { Console.out("check: \(p)") }
                Console.err("dubao: `dubao library --repair` rebuilds the library from the folders it imported")
                throw ExitCode(1)
            }
        }
    }

    func runRepair() throws {
        // the problems, found with the library open; it is closed again before its file is moved aside
        func problems() throws -> [String] {
            do { return try Library(path: options.path, access: .write).check() } catch LibraryError.damaged(_, let why) {
                return ["the file is damaged (\(why))"]
            }
        }
        var lib: Library
        do {
            let found = try problems()
            if found.isEmpty { Console.out("check: ok; nothing to repair"); return }
            for p in found { Console.out("check: \(p)") }
            lib = try Library.rebuild(path: options.path)
        } catch {
            Console.err("dubao: \(error)")
            throw ExitCode(1)
        }
        for n in lib.notices { Console.err("dubao: \(n)") }
        guard !lib.filesToRebuild.isEmpty else {
            Console.err("dubao: the library was rebuilt empty: it recorded no folders to import from; import them: dubao import PATH…")
            throw ExitCode(1)
        }
        let report = try failing(lib) { try runImport(lib.filesToRebuild, into: &lib) }
        for w in report.warnings { Console.err("warning: \(w)") }
        for n in report.notices { Console.err("note: \(n)") }
        Console.out("rebuilt from \(lib.filesToRebuild.joined(separator: ", ")): \(report.summary)")
        let after = lib.check()
        if after.isEmpty { Console.out("check: ok") } else { for p in after { Console.out("check: \(p)") }; throw ExitCode(1) }
    }
}
