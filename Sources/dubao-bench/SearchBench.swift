import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

/// Query latency of the library's search, and `rg -c` over the same raw files for the same Chinese queries.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search latency (p50/p99) on a library, by query kind, against rg -c over the raw files.")

    @Option(help: "The library (import the archive into it first: dubao-bench library --work DIR).") var library: String
    @Option(help: "The raw page files, for rg.") var archive: String
    @Option(help: "Repetitions of each query.") var repeats = 20
    @Option(help: "Results to cut snippets for (a screenful; the command line cuts them for all).") var snippets = 12

    static let queries: [(kind: String, texts: [String])] = [
        ("single character", ["的", "荆", "州", "客", "漆", "鞭"]),
        ("two-character word", ["荆州", "客运", "发展", "社保", "漆器", "禁鞭"]),
        ("long phrase", ["第三届出土木漆器保护国际学术研讨会", "荆州先行运输集团红门路客运站", "全市共计为符合条件的", "党员干部带头逐户走访"]),
        ("pinyin", ["jingzhou", "hongmenlu", "jz", "keyunzhan", "qi qi"]),
    ]

    func run() throws {
        let lib = try Library(path: library)
        var all: [Double] = []
        var dubaoChinese: [Double] = []
        print("query kind            p50 ms   p99 ms   results (first query)")
        for (kind, texts) in Self.queries {
            var times: [Double] = []
            var first = 0
            for (i, t) in texts.enumerated() {
                let q = SearchQuery.parse(t)
                for _ in 0..<repeats {
                    let t0 = DispatchTime.now().uptimeNanoseconds
                    let r = try lib.search(q, snippets: snippets)
                    let ms = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e6
                    times.append(ms)
                    if kind != "pinyin" { dubaoChinese.append(ms) }
                    if i == 0 { first = r.count }
                }
            }
            all += times
            print(String(format: "%-20@  %7.2f  %7.2f   %d", kind as NSString, percentile(times, 0.5), percentile(times, 0.99), first))
        }
        print(String(format: "all queries           %7.2f  %7.2f   (target p50 < 20 ms, p99 < 100 ms)", percentile(all, 0.5), percentile(all, 0.99)))

        var rgTimes: [Double] = []
        for (kind, texts) in Self.queries where kind != "pinyin" {
            for t in texts {
                for _ in 0..<3 {
                    let r = try Subprocess.runMeasured(["rg", "-c", "--no-messages", t, archive])
                    rgTimes.append(r.seconds * 1000)
                }
            }
        }
        let rgMedian = percentile(rgTimes, 0.5)
        let dMedian = percentile(dubaoChinese, 0.5)
        print(String(format: "rg -c over the raw files (same Chinese queries): median %.1f ms; Dubao median %.2f ms: %.0f× faster (target ≥ 10×)",
                     rgMedian, dMedian, rgMedian / max(dMedian, 0.001)))
    }
}
