import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

/// `dubao-bench processes`: the commands as people and scripts run them, each a whole process of the built
/// `dubao` on a library — `search --json` for each kind of query, side by side with `rg -c` over the page files
/// in the same run, then `show`, `library` and the reader's first frame — with medians, 99th percentiles and
/// peak memory. The speed targets are about these figures, not the in-process ones.
struct ProcessBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "processes",
        abstract: "Whole-process times of search (against rg -c), show, library and the reader's first frame.")

    @Option(help: "The library (import the archive first: dubao import --library L PAGES).") var library: String
    @Option(help: "The page files the library was imported from, for rg.") var archive: String
    @Option(help: "The dubao program (a release build; scripts/build-release --install DIR makes the static one).")
    var program = ".build/release/dubao"
    @Option(help: "Runs of each command (the targets ask for medians of at least 20).") var runs = 21

    static let queries: [(kind: String, query: String)] = [
        ("single character", "荆"), ("single character", "漆"),
        ("word", "客运站"), ("word", "文物"),
        ("phrase", "\"出土木漆器保护\""),
        ("pinyin", "jingzhou"), ("pinyin", "wenwu baohu"), ("pinyin, no hit", "huwu baowen"), ("initials", "jz"),
        ("traditional", "荊州"),
        ("no hit", "xyzzy"), ("no hit", "鑫鑫鑫"),
    ]

    struct Timing {
        var p50: Double
        var p99: Double
        var peakMB: Double
    }

    /// Runs a command `n` times (output thrown away): median and 99th percentile in ms; then once more under
    /// `/usr/bin/time` for its peak memory in MB (0 without it). A child's own `ru_maxrss` is no use here: spawned
    /// the way `posix_spawn` does it, it shares this process's memory until it execs, and counts it.
    static func time(_ args: [String], _ n: Int) throws -> Timing {
        var ms: [Double] = []
        for _ in 0..<max(1, n) { ms.append(try Subprocess.runMeasured(args, capture: false).seconds * 1000) }
        return Timing(p50: percentile(ms, 0.5), p99: percentile(ms, 0.99), peakMB: try peakMB(args))
    }

    static func peakMB(_ args: [String]) throws -> Double {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/time") else { return 0 }
        let out = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-bench-peak-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: out) }
        _ = try Subprocess.runMeasured(["/usr/bin/time", "-f", "%M", "-o", out] + args, capture: false)
        let kb = (try? String(contentsOfFile: out, encoding: .utf8))?.split(separator: "\n").last.flatMap { Double($0) } ?? 0
        return kb / 1024
    }

    func run() throws {
        guard FileManager.default.fileExists(atPath: library) else { throw ValidationError("no library at \(library)") }
        print("whole processes of \(program), \(runs) runs each; rg -c --fixed-strings over \(archive) in the same run")
        print("kind               query                 dubao p50      p99   peak  rg -c p50  rg/dubao")
        var worstRatio = Double.infinity
        var p50s: [Double] = []
        for (kind, q) in Self.queries {
            let d = try Self.time([program, "search", "--json", "--library", library, "--", q], runs)
            let plain = q.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
            let rg = try Self.time(["rg", "-c", "--fixed-strings", "--no-messages", plain, archive], max(5, runs / 3))
            let ratio = rg.p50 / d.p50
            worstRatio = min(worstRatio, ratio)
            p50s.append(d.p50)
            print(kind.padding(toLength: 18, withPad: " ", startingAt: 0) + " " + Self.column(q, 20)
                  + String(format: " %8.1f ms %7.1f ms %5.1f MB %8.1f ms %8.1f×", d.p50, d.p99, d.peakMB, rg.p50, ratio))
        }
        print(String(format: "search: median over the queries %.1f ms, the slowest query's p50 %.1f ms, the lowest rg/dubao %.1f×",
                     percentile(p50s, 0.5), p50s.max() ?? 0, worstRatio))
        // an article to show: the newest match of a character nearly every page holds
        let found = try Subprocess.runMeasured([program, "search", "--json", "--limit", "1", "--library", library, "--", "的"])
        if let id = Self.firstID(found.output) {
            let s = try Self.time([program, "show", "--library", library, id], runs)
            print(String(format: "show %@: p50 %.1f ms, p99 %.1f ms, peak %.1f MB", id, s.p50, s.p99, s.peakMB))
        } else {
            print("show: no article found to show")
        }
        let l = try Self.time([program, "library", "--library", library], runs)
        print(String(format: "library: p50 %.1f ms, p99 %.1f ms, peak %.1f MB", l.p50, l.p99, l.peakMB))
        let f = try measureStartup(program: program, arguments: "--library \(library)", runs: min(runs, 10))
        print(String(format: "reader's first frame: median %.1f ms, worst %.1f ms over %d runs, peak %.0f MB",
                     f.median, f.worst, min(runs, 10), f.peakMB))
    }

    /// A query padded to `width` terminal columns (a Han character takes two).
    static func column(_ s: String, _ width: Int) -> String {
        let w = DisplayWidth.of(s)
        return s + String(repeating: " ", count: max(0, width - w))
    }

    /// The first result's id in `dubao search --json`'s output.
    static func firstID(_ json: String) -> String? {
        guard let data = json.data(using: .utf8),
              let doc = try? JSONSerialization.jsonObject(with: data) as? [String: Any],
              let results = doc["results"] as? [[String: Any]] else { return nil }
        return results.first?["id"] as? String
    }
}
