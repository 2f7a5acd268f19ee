import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

/// Benchmarks and the synthetic archive generator. Build with `-c release` for meaningful figures.
struct DubaoBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dubao-bench",
        abstract: "Benchmarks for Dubao (run the release build: swift run -c release dubao-bench …).",
        subcommands: [Generate.self, CalibrateBench.self, ColumnsBench.self, ParseBench.self, RenderBench.self, StartupBench.self, LibraryBench.self, SearchBench.self, ProcessBench.self, HostileBench.self, ScalingBench.self])
}

struct Generate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate", abstract: "Write a synthetic archive made by varying the seed pages.")

    @Option(help: "Number of pages.") var pages = 3000
    @Option(help: "Seed pages (folder or files).") var seeds = "seeds"
    @Flag(help: "Stories jump pages (下转/上接), as front-page stories do.") var jumps = false
    @Argument(help: "Output folder.") var out: String

    func run() throws {
        var gen = ArchiveGenerator(seedPaths: [seeds])
        gen.jumps = jumps
        guard !gen.seeds.isEmpty else { throw ValidationError("no seed pages found in \(seeds)") }
        let bytes = try gen.write(count: pages, to: out)
        print("wrote \(pages) pages, \(String(format: "%.1f", Double(bytes) / 1_048_576)) MB to \(out)")
    }
}

struct ParseBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse", abstract: "Parse throughput on one core over a synthetic archive (in memory).")

    @Option(help: "Size of the synthetic archive in MB.") var mb = 50
    @Option(help: "Seed pages (folder or files).") var seeds = "seeds"
    @Option(name: .customLong("repeat"), help: "Parse the archive this many times (for profiling).") var times: Int = 1

    func run() throws {
        let gen = ArchiveGenerator(seedPaths: [seeds])
        guard !gen.seeds.isEmpty else { throw ValidationError("no seed pages found in \(seeds)") }
        var pages: [(String, [UInt8])] = []
        var total = 0
        var n = 0
        while total < mb * 1_048_576 {
            let (name, text) = gen.page(n)
            let bytes = Array(text.utf8)
            pages.append((name, bytes))
            total += bytes.count
            n += 1
        }
        let parser = PageParser()
        var articles = 0
        let start = DispatchTime.now().uptimeNanoseconds
        for _ in 0..<max(1, times) {
            for (name, bytes) in pages {
                let r = CorpusLoader.parseBytes(bytes, path: name, idPrefix: name, parser: parser)
                articles += r.page?.articles.count ?? 0
            }
        }
        total *= max(1, times)
        let secs = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        let mbs = Double(total) / 1_048_576 / secs
        print(String(format: "parse: %d pages, %.1f MB, %d articles in %.2f s on one core: %.1f MB/s (target ≥ 20 MB/s)",
                     pages.count, Double(total) / 1_048_576, articles, secs, mbs))
    }
}

/// The value at fraction `p` of the way through `values` sorted (p = 0.5: the median; 0.99: the 99th percentile);
/// 0 for none.
func percentile(_ values: [Double], _ p: Double) -> Double {
    let s = values.sorted()
    return s.isEmpty ? 0 : s[min(s.count - 1, Int(Double(s.count) * p))]
}
