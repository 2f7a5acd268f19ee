import Foundation

/// Fits the labelling weights as a linear-chain conditional random field over the decode's states: the
/// weights that make the gold labelling of each page likely against every consistent labelling, with a
/// little L2 regularisation. Units whose gold is not known are left free (the likelihood sums over their
/// labels). Optimised by AdaGrad, a page at a time; gradients from forward–backward in log space.
enum CRFTraining {
    static let S = DecodeState.allCases.count
    static let L = UnitLabel.allCases.count
    static let D = UnitFeature.allCases.count
    static let states = DecodeState.allCases
    static let stateLabel = DecodeState.allCases.map { $0.label.rawValue }

    struct Gradient {
        var emit: [[Double]]
        var trans: [[Double]]
        var begin: [Double]
        var end: [Double]
        init() {
            emit = [[Double]](repeating: [Double](repeating: 0, count: D), count: L)
            trans = [[Double]](repeating: [Double](repeating: 0, count: S), count: S)
            begin = [Double](repeating: 0, count: S)
            end = [Double](repeating: 0, count: S)
        }
    }

    @inline(__always)
    static func logAdd(_ a: Double, _ b: Double) -> Double {
        if a == -.infinity { return b }
        if b == -.infinity { return a }
        return a > b ? a + log1p(exp(b - a)) : b + log1p(exp(a - b))
    }

    /// Forward and backward tables (log space) over the states a mask allows; returns them and log Z.
    static func forwardBackward(_ E: [[Double]], _ ok: [[Bool]], _ model: ParserModel) -> (alpha: [[Double]], beta: [[Double]], logZ: Double) {
        let n = E.count
        let ninf = -Double.infinity
        var alpha = [[Double]](repeating: [Double](repeating: ninf, count: S), count: n)
        var beta = [[Double]](repeating: [Double](repeating: ninf, count: S), count: n)
        for s in 0..<S where ok[0][s] && states[s].canBegin { alpha[0][s] = model.begin[s] + E[0][s] }
        if n > 1 {
            for k in 1..<n {
                for b in 0..<S where ok[k][b] {
                    var acc = ninf
                    for a in 0..<S where alpha[k - 1][a] > ninf && Viterbi.allowed[a][b] { acc = logAdd(acc, alpha[k - 1][a] + model.trans[a][b]) }
                    if acc > ninf { alpha[k][b] = acc + E[k][b] }
                }
            }
        }
        for s in 0..<S where ok[n - 1][s] && states[s].canEnd { beta[n - 1][s] = model.end[s] }
        if n > 1 {
            for k in stride(from: n - 2, through: 0, by: -1) {
                for a in 0..<S where ok[k][a] {
                    var acc = ninf
                    for b in 0..<S where beta[k + 1][b] > ninf && Viterbi.allowed[a][b] {
                        acc = logAdd(acc, model.trans[a][b] + E[k + 1][b] + beta[k + 1][b])
                    }
                    beta[k][a] = acc
                }
            }
        }
        var logZ = ninf
        for s in 0..<S where alpha[n - 1][s] > ninf && beta[n - 1][s] > ninf { logZ = logAdd(logZ, alpha[n - 1][s] + beta[n - 1][s]) }
        return (alpha, beta, logZ)
    }

    /// Adds `sign` × the expected feature counts under the distribution the tables describe.
    static func accumulate(_ g: inout Gradient, sign: Double, features: [[Float]], E: [[Double]],
                           fb: (alpha: [[Double]], beta: [[Double]], logZ: Double), model: ParserModel) {
        let n = E.count
        let (alpha, beta, logZ) = fb
        guard logZ > -Double.infinity else { return }
        for k in 0..<n {
            var labelMass = [Double](repeating: 0, count: L)
            for s in 0..<S where alpha[k][s] > -.infinity && beta[k][s] > -.infinity {
                let p = exp(alpha[k][s] + beta[k][s] - logZ)
                labelMass[stateLabel[s]] += p
                if k == 0 { g.begin[s] += sign * p }
                if k == n - 1 { g.end[s] += sign * p }
            }
            let f = features[k]
            for l in 0..<L where labelMass[l] > 1e-9 {
                let m = sign * labelMass[l]
                for j in 0..<D where f[j] != 0 { g.emit[l][j] += m * Double(f[j]) }
            }
            if k > 0 {
                for a in 0..<S where alpha[k - 1][a] > -.infinity {
                    for b in 0..<S where beta[k][b] > -.infinity && Viterbi.allowed[a][b] {
                        let p = exp(alpha[k - 1][a] + model.trans[a][b] + E[k][b] + beta[k][b] - logZ)
                        if p > 1e-12 { g.trans[a][b] += sign * p }
                    }
                }
            }
        }
    }

    static func fit(_ pages: [Calibration.Prepared], model: inout ParserModel, epochs: Int, l2: Double = 0.01, rate: Double = 0.2,
                    log: (String) -> Void) {
        var g2e = [[Double]](repeating: [Double](repeating: 1e-6, count: D), count: L)
        var g2t = [[Double]](repeating: [Double](repeating: 1e-6, count: S), count: S)
        var g2b = [Double](repeating: 1e-6, count: S)
        var g2n = [Double](repeating: 1e-6, count: S)
        var order = Array(pages.indices)
        var rng = SplitMix(seed: 13)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var ll = 0.0
            for p in order {
                let page = pages[p]
                let n = page.units.count
                guard n > 0 else { continue }
                let emission = PageParser.emission(page.features, model: model)
                let E = emission.map { e in (0..<S).map { e[stateLabel[$0]] } }
                let permitted = PageParser.permitted(page.units)
                let free = (0..<n).map { k in (0..<S).map { permitted(k, states[$0]) } }
                let clamped = (0..<n).map { k in (0..<S).map { s in free[k][s] && (!page.known[k] || states[s].label == page.gold[k].label) } }
                let fbFree = forwardBackward(E, free, model)
                let fbGold = forwardBackward(E, clamped, model)
                guard fbGold.logZ > -Double.infinity, fbFree.logZ > -Double.infinity else { continue }
                ll += fbGold.logZ - fbFree.logZ
                var g = Gradient()
                accumulate(&g, sign: 1, features: page.features, E: E, fb: fbGold, model: model)
                accumulate(&g, sign: -1, features: page.features, E: E, fb: fbFree, model: model)
                // ascend the likelihood, with L2 pulling every weight towards zero
                for l in 0..<L {
                    for j in 0..<D {
                        let grad = g.emit[l][j] - l2 * model.emit[l][j]
                        if grad == 0 { continue }
                        g2e[l][j] += grad * grad
                        model.emit[l][j] += rate * grad / sqrt(g2e[l][j])
                    }
                }
                for a in 0..<S {
                    for b in 0..<S where Viterbi.allowed[a][b] {
                        let grad = g.trans[a][b] - l2 * model.trans[a][b]
                        if grad == 0 { continue }
                        g2t[a][b] += grad * grad
                        model.trans[a][b] += rate * grad / sqrt(g2t[a][b])
                    }
                }
                for s in 0..<S {
                    let gb = g.begin[s] - l2 * model.begin[s]
                    if gb != 0 { g2b[s] += gb * gb; model.begin[s] += rate * gb / sqrt(g2b[s]) }
                    let ge = g.end[s] - l2 * model.end[s]
                    if ge != 0 { g2n[s] += ge * ge; model.end[s] += rate * ge / sqrt(g2n[s]) }
                }
            }
            log(String(format: "labels (CRF), epoch %d: log-likelihood %.1f", epoch + 1, ll))
        }
        let r = { (x: Double) in (x * 1000).rounded() / 1000 }
        model.emit = model.emit.map { $0.map(r) }
        model.trans = model.trans.map { $0.map(r) }
        model.begin = model.begin.map(r)
        model.end = model.end.map(r)
    }
}
