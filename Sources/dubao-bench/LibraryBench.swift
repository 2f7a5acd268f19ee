import ArgumentParser
import DubaoLibrary
import Foundation

/// A year of pages through the library: first import, second import, start to first frame, memory.
struct LibraryBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "library",
        abstract: "Import a generated archive (first and unchanged), then open the reader on it; times and peak memory.")

    @Option(help: "Pages to generate (a year is about 3000).") var pages = 3000
    @Option(help: "Seed pages.") var seeds = "seeds"
    @Option(help: "The dubao program (release build).") var program = ".build/release/dubao"
    @Option(help: "Work folder (default: a temporary one, removed after).") var work: String?

    func run() throws {
        let dir = work ?? FileManager.default.temporaryDirectory.appendingPathComponent("dubao-bench-\(getpid())").path
        defer { if work == nil { try? FileManager.default.removeItem(atPath: dir) } }
        let archive = dir + "/archive"
        let library = dir + "/library.sqlite"
        try? FileManager.default.removeItem(atPath: library)
        if !FileManager.default.fileExists(atPath: archive) {
            let gen = ArchiveGenerator(seedPaths: [seeds])
            guard !gen.seeds.isEmpty else { throw ValidationError("no seed pages in \(seeds)") }
            let bytes = try gen.write(count: pages, to: archive)
            print(String(format: "generated %d pages, %.1f MB", pages, Double(bytes) / 1_048_576))
        }
        let first = try Subprocess.runMeasured([program, "import", "--library", library, archive])
        guard first.status == 0 else { throw ValidationError("import failed: \(first.output)") }
        print(String(format: "first import: %.2f s, peak memory %.0f MB — %@", first.seconds, Double(first.maxRSS) / 1_048_576,
                     first.output.trimmingCharacters(in: .whitespacesAndNewlines)))
        let second = try Subprocess.runMeasured([program, "import", "--library", library, archive])
        print(String(format: "second import (nothing changed): %.3f s, peak memory %.0f MB", second.seconds, Double(second.maxRSS) / 1_048_576))
        let size = (try? FileManager.default.attributesOfItem(atPath: library)[.size] as? Int) ?? 0
        print(String(format: "library size: %.1f MB", Double(size) / 1_048_576))
        let r = try measureStartup(program: program, arguments: "--library \(library)", runs: 5)
        print(String(format: "reader on the library: first frame median %.1f ms, worst %.1f ms; peak memory %.0f MB", r.median, r.worst, r.peakMB))
    }
}
