import ArgumentParser
import DubaoCore
import Foundation

/// `dubao-bench columns`: fits the weights of `ColumnStreams`' links (which piece of an interleaved region goes on
/// from which) on a corpus's default-order pages, labelled by the same pages in `pdftotext -raw`'s order (a
/// column's lines one after another); reports precision and recall of the links on its held-out pages.
struct ColumnsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "columns", abstract: "Fit the weights of the interleaved-column links on a corpus's flow and raw pages.")

    @Option(help: "The corpus (flow/seeds, raw/seeds, held-out.txt).") var corpus = "Tests/Fixtures/corpus"
    @Option(help: "Further corpora to report on (not fitted on).") var check: [String] = []
    @Option(help: "Newton steps at most.") var steps = 30
    @Option(help: "L2 penalty.") var l2 = 0.01

    struct Example { var x: [Double]; var y: Double }

    /// Solves h · x = g (Gaussian elimination with partial pivoting).
    static func solve(_ h: [[Double]], _ g: [Double]) -> [Double] {
        var a = h, b = g
        let n = b.count
        for c in 0..<n {
            let p = (c..<n).max { abs(a[$0][c]) < abs(a[$1][c]) }!
            a.swapAt(c, p); b.swapAt(c, p)
            for r in (c + 1)..<n where a[c][c] != 0 {
                let f = a[r][c] / a[c][c]
                for k in c..<n { a[r][k] -= f * a[c][k] }
                b[r] -= f * b[c]
            }
        }
        var x = [Double](repeating: 0, count: n)
        for r in stride(from: n - 1, through: 0, by: -1) {
            let s = ((r + 1)..<n).reduce(b[r]) { $0 - a[r][$1] * x[$1] }
            x[r] = a[r][r] != 0 ? s / a[r][r] : 0
        }
        return x
    }

    /// Candidate links of every page of a corpus, labelled where both pieces are lines of the raw rendering.
    static func examples(_ corpus: String, pages: (String) -> Bool) throws -> [Example] {
        let flow = corpus + "/flow/seeds", raw = corpus + "/raw/seeds"
        var out: [Example] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: flow).sorted() where name.hasSuffix(".txt") && pages(name) {
            guard let f = try? String(contentsOfFile: flow + "/" + name, encoding: .utf8),
                  let r = try? String(contentsOfFile: raw + "/" + name, encoding: .utf8) else { continue }
            let rawLines = r.split(separator: "\n", omittingEmptySubsequences: false).map { $0.trimmingCharacters(in: .whitespaces) }
            var next: [String: Set<String>] = [:]
            for (a, b) in zip(rawLines, rawLines.dropFirst()) where !a.isEmpty && !b.isEmpty { next[a, default: []].insert(b) }
            for c in ColumnStreams.linkCandidates(f) {
                guard let n = next[c.from] else { continue }
                out.append(Example(x: c.features, y: n.contains(c.to) ? 1 : 0))
            }
        }
        return out
    }

    func run() throws {
        let held = Set((try? String(contentsOfFile: corpus + "/held-out.txt", encoding: .utf8))?.split(separator: "\n").map(String.init) ?? [])
        let train = try Self.examples(corpus) { !held.contains($0) }
        let names = ColumnStreams.linkFeatureNames
        print("\(train.count) candidate links for fitting (\(Int(train.reduce(0) { $0 + $1.y })) true)")
        // logistic regression by Newton's method (ten weights: the Hessian is ten by ten)
        var w = [Double](repeating: 0, count: names.count)
        let n = w.count
        for _ in 0..<steps {
            var g = [Double](repeating: 0, count: n)
            var h = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for e in train {
                let z = zip(e.x, w).reduce(0) { $0 + $1.0 * $1.1 }
                let p = 1 / (1 + exp(-z))
                for a in 0..<n {
                    g[a] += (p - e.y) * e.x[a]
                    for b in 0..<n { h[a][b] += p * (1 - p) * e.x[a] * e.x[b] }
                }
            }
            for a in 0..<n where names[a] != "bias" { g[a] += l2 * Double(train.count) * w[a]; h[a][a] += l2 * Double(train.count) }
            for a in 0..<n { h[a][a] += 1e-9 }
            let step = Self.solve(h, g)
            for a in 0..<n { w[a] -= step[a] }
            if step.map(abs).max() ?? 0 < 1e-6 { break }
        }
        print("fitted: [" + w.map { String(format: "%.2f", $0) }.joined(separator: ", ") + "]")
        for (n, v) in zip(names, w) { print("  " + n.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%7.2f", v)) }
        func report(_ label: String, _ ex: [Example]) {
            for (name, weights) in [("compiled-in", ColumnStreams.linkWeights), ("fitted", w)] {
                let threshold = name == "fitted" ? 0 : ColumnStreams.linkThreshold
                var tp = 0, fp = 0, fn = 0
                for e in ex {
                    let s = zip(e.x, weights).reduce(0) { $0 + $1.0 * $1.1 }
                    if s > threshold { if e.y == 1 { tp += 1 } else { fp += 1 } } else if e.y == 1 { fn += 1 }
                }
                print("\(label) \(name): " + String(format: "precision %.3f recall %.3f", Double(tp) / Double(max(1, tp + fp)),
                                                               Double(tp) / Double(max(1, tp + fn))) + " (\(ex.count) candidates)")
            }
        }
        report("held-out", try Self.examples(corpus) { held.contains($0) })
        for c in check { report(c, try Self.examples(c) { _ in true }) }
    }
}
