import ArgumentParser
import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTerminal
import Foundation

/// Time to draw a full frame into the grid, over a walk through the seed pages.
struct RenderBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "render", abstract: "Frame time: drawing a full 200×60 screen into the cell grid (target p99 < 2 ms).")

    @Option(help: "Seed pages (folder or files).") var seeds = "seeds"
    @Option(help: "Frames to draw.") var frames = 2000
    @Option(help: "Columns.") var columns = 200
    @Option(help: "Rows.") var rows = 60

    func run() throws {
        let corpus = CorpusLoader.load([seeds])
        let session = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus),
                                    themes: ThemeRegistry(folders: []))
        session.send(.resize(columns: columns, rows: rows))
        session.send(.focusNext)
        // a walk that changes the screen every frame: next story, scroll, next page
        let walk: [Action] = [.nextArticle, .focusRight, .page(1), .move(3), .page(-1), .back, .nextArticle, .nextPage, .previousPage]
        var times: [Double] = []
        times.reserveCapacity(frames)
        for i in 0..<frames {
            session.send(walk[i % walk.count])
            if i % 40 == 39 { session.send(.top) }
            let t0 = DispatchTime.now().uptimeNanoseconds
            let g = session.render()
            let t1 = DispatchTime.now().uptimeNanoseconds
            precondition(g.width == columns)
            times.append(Double(t1 - t0) / 1e6)
        }
        times.sort()
        print(String(format: "render %d×%d: %d frames, p50 %.3f ms, p99 %.3f ms, max %.3f ms (target p99 < 2 ms)",
                     columns, rows, frames, percentile(times, 0.5), percentile(times, 0.99), times.last ?? 0))
    }
}

/// Start to first frame of the real program, in tmux (the program reports it with DUBAO_TIMING set).
struct StartupBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "startup", abstract: "Time from start to the first frame of the reader, run in tmux (target < 200 ms on seeds/).")

    @Option(help: "The dubao program.") var program = ".build/release/dubao"
    @Option(help: "Arguments for it (pages or --library …).") var arguments = "seeds"
    @Option(help: "Runs.") var runs = 10

    func run() throws {
        let r = try measureStartup(program: program, arguments: arguments, runs: runs)
        print(String(format: "start to first frame (%@): median %.1f ms, worst %.1f ms over %d runs; reader's peak memory %.0f MB",
                     arguments, r.median, r.worst, runs, r.peakMB))
    }
}

/// Runs the reader in tmux `runs` times; the program reports its first frame and, on quitting, its peak
/// memory on standard error (DUBAO_TIMING).
func measureStartup(program: String, arguments: String, runs: Int) throws -> (median: Double, worst: Double, peakMB: Double) {
    func shell(_ args: [String]) { _ = try? Subprocess.run(args, capture: false) }
    func number(after key: String, in path: String) -> Double? {
        guard let s = try? String(contentsOfFile: path, encoding: .utf8), let r = s.range(of: key) else { return nil }
        return Double(s[r.upperBound...].prefix { $0 == "." || $0.isNumber })
    }
    var times: [Double] = []
    var peak = 0.0
    for i in 0..<runs {
        let log = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-startup-\(getpid())-\(i).log").path
        let sock = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-bench-\(getpid())-\(i)").path
        shell(["tmux", "-S", sock, "-f", "/dev/null", "new-session", "-d", "-x", "120", "-y", "40",
               "env LANG=C.UTF-8 DUBAO_TIMING=1 \(program) \(arguments) 2>\(log)"])
        var ms: Double?
        for _ in 0..<500 {
            ms = number(after: "first frame after ", in: log)
            if ms != nil { break }
            usleep(20_000)
        }
        shell(["tmux", "-S", sock, "send-keys", "q", "q"])
        for _ in 0..<100 {
            if let p = number(after: "peak memory ", in: log) { peak = max(peak, p); break }
            usleep(20_000)
        }
        shell(["tmux", "-S", sock, "kill-server"])
        try? FileManager.default.removeItem(atPath: log)
        guard let m = ms else { throw ValidationError("no timing from \(program) (is it built? is tmux installed?)") }
        times.append(m)
    }
    times.sort()
    return (times[times.count / 2], times.last!, peak)
}
