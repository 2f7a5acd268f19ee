import ArgumentParser
import DubaoLibrary
import Foundation

/// `--library PATH`: where the library is.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: "The library file (default: $XDG_DATA_HOME/dubao/library.sqlite).")
    var library: String?

    var path: String { Self.path(library) }

    /// The library named, else the default one.
    static func path(_ library: String?) -> String { library ?? LibraryLocation.defaultPath() }

    /// Opens the library for `access`. A damaged library is rebuilt when `repairing` (import, the reader);
    /// otherwise the problem is said in words and the command ends. Notices (read-only, rebuilt …) are
    /// printed unless `quietNotices` (the reader shows them on its status line).
    func open(_ access: Library.Access, repairing: Bool = false, quietNotices: Bool = false) throws -> Library {
        try Self.open(path: path, access: access, repairing: repairing, quietNotices: quietNotices)
    }

    static func open(path: String, access: Library.Access, repairing: Bool = false, quietNotices: Bool = false) throws -> Library {
        let lib: Library
        do {
            lib = try Library(path: path, access: access)
        } catch LibraryError.damaged(_, let why) where repairing {
            Console.err("dubao: the library \(path) is damaged (\(why)); rebuilding it")
            do { lib = try Library.rebuild(path: path) } catch {
                Console.err("dubao: \(error)")
                throw ExitCode(1)
            }
        } catch {
            Console.err("dubao: \(error)")
            throw ExitCode(1)
        }
        if !quietNotices { for n in lib.notices { Console.err("dubao: \(n)") } }
        return lib
    }
}

/// Runs an import with progress on standard error when it is a terminal and the import takes a while.
/// A library found damaged while importing is rebuilt and the import run again, once.
func runImport(_ paths: [String], into library: inout Library, quiet: Bool = false, batchSize: Int? = nil) throws -> Importer.Report {
    do {
        return try importOnce(paths, into: library, quiet: quiet, batchSize: batchSize)
    } catch LibraryError.damaged(let p, let why) {
        Console.err("dubao: the library \(p) is damaged (\(why)); rebuilding it")
        library = try Library.rebuild(path: library.path)
        for n in library.notices { Console.err("dubao: \(n)") }
        return try importOnce(paths + library.filesToRebuild, into: library, quiet: quiet, batchSize: batchSize)
    }
}

private func importOnce(_ paths: [String], into library: Library, quiet: Bool, batchSize: Int?) throws -> Importer.Report {
    let importer = Importer(library: library)
    if let b = batchSize, b > 0 { importer.batchSize = b }
    let started = Date()
    let tty = isatty(2) == 1 && !quiet
    var shown = false
    importer.progress = { done, total, bytes, totalBytes in
        let elapsed = Date().timeIntervalSince(started)
        guard tty, elapsed > 1 || shown, total > 0 else { return }
        shown = true
        let rate = Double(bytes) / 1_048_576 / max(elapsed, 0.001)
        let eta = rate > 0 ? Double(totalBytes - bytes) / 1_048_576 / rate : 0
        Console.progress(String(format: "importing %d/%d files · %.1f/%.1f MB · %.1f MB/s · ETA %.0f s ", done, total,
                                Double(bytes) / 1_048_576, Double(totalBytes) / 1_048_576, rate, eta))
    }
    defer { if shown { Console.endProgress() } }
    do {
        return try importer.run(paths)
    } catch {
        throw LibraryError.from(error, path: library.path)
    }
}

/// Ends a command on a library error, in words.
func failing<T>(_ library: Library, _ body: () throws -> T) throws -> T {
    do { return try body() } catch let e as ExitCode { throw e } catch let e as CleanExit { throw e } catch {
        Console.err("dubao: \(library.describe(error))")
        throw ExitCode(1)
    }
}
