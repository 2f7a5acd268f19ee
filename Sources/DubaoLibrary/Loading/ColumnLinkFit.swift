import DubaoCore
import Foundation

/// The labelled links `ColumnStreams` weighs, read from a corpus (`flow/seeds` in pdftotext's default order,
/// `raw/seeds` the same pages in `-raw`'s, a column's lines one after another), and the fit of their weights.
public enum ColumnLinkFit {
    public struct Example: Sendable { public var features: [Double]; public var isLink: Bool }

    /// Every candidate link of the corpus's default-order pages that `pages` accepts, labelled where its first
    /// piece is a line of the raw rendering: a link when its second piece is that line's next.
    public static func examples(_ corpus: String, pages: (String) -> Bool) throws -> [Example] {
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
                out.append(Example(features: c.features, isLink: n.contains(c.to)))
            }
        }
        return out
    }

    /// Logistic regression by Newton's method (ten weights: the Hessian is ten by ten), an L2 penalty on all but
    /// the bias.
    public static func fit(_ train: [Example], l2: Double = 0.00001, steps: Int = 30) -> [Double] {
        let names = ColumnStreams.linkFeatureNames
        let n = names.count
        var w = [Double](repeating: 0, count: n)
        for _ in 0..<steps {
            var g = [Double](repeating: 0, count: n)
            var h = [[Double]](repeating: [Double](repeating: 0, count: n), count: n)
            for e in train {
                let z = zip(e.features, w).reduce(0) { $0 + $1.0 * $1.1 }
                let p = 1 / (1 + exp(-z))
                let y = e.isLink ? 1.0 : 0.0
                for a in 0..<n {
                    g[a] += (p - y) * e.features[a]
                    for b in 0..<n { h[a][b] += p * (1 - p) * e.features[a] * e.features[b] }
                }
            }
            for a in 0..<n where names[a] != "bias" { g[a] += l2 * Double(train.count) * w[a]; h[a][a] += l2 * Double(train.count) }
            for a in 0..<n { h[a][a] += 1e-9 }
            let step = solve(h, g)
            for a in 0..<n { w[a] -= step[a] }
            if step.map(abs).max() ?? 0 < 1e-6 { break }
        }
        return w
    }

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
}
