import ArgumentParser
import DubaoLibrary
import Foundation

/// `--library PATH`: where the library is.
struct LibraryOptions: ParsableArguments {
    @Option(name: .long, help: "The library file (default: $XDG_DATA_HOME/dubao/library.sqlite).")
    var library: String?

    var path: String { library ?? LibraryLocation.defaultPath() }

    /// Opens the library, telling what opening it had to do (a damaged file moved aside …).
    func open() throws -> Library {
        let lib: Library
        do { lib = try Library(path: path) } catch {
            printError("dubao: cannot open the library \(path): \(error)")
            throw ExitCode(1)
        }
        for n in lib.notices { printError("dubao: \(n)") }
        return lib
    }
}

/// Runs an import with progress on standard error when it is a terminal and the import takes a while.
func runImport(_ paths: [String], into library: Library, quiet: Bool = false) throws -> Importer.Report {
    let importer = Importer(library: library)
    let started = Date()
    let tty = isatty(2) == 1 && !quiet
    var shown = false
    importer.progress = { done, total, bytes, totalBytes in
        let elapsed = Date().timeIntervalSince(started)
        guard tty, elapsed > 1 || shown, total > 0 else { return }
        shown = true
        let rate = Double(bytes) / 1_048_576 / max(elapsed, 0.001)
        let eta = rate > 0 ? Double(totalBytes - bytes) / 1_048_576 / rate : 0
        let line = String(format: "\rimporting %d/%d files · %.1f/%.1f MB · %.1f MB/s · ETA %.0f s ", done, total,
                          Double(bytes) / 1_048_576, Double(totalBytes) / 1_048_576, rate, eta)
        FileHandle.standardError.write(line.data(using: .utf8)!)
    }
    let report = try importer.run(paths)
    if shown { FileHandle.standardError.write("\n".data(using: .utf8)!) }
    return report
}
