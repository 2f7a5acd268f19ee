/// The best consistent labelling of a page: a Viterbi decode over the units' states, each unit's label scored
/// from its features and each step between states from the transition weights, with the steps the state
/// machine forbids left out. Also gives, for every unit and label, the score of the best labelling that gives
/// the unit that label (forward plus backward), so uncertain units can be explained by their runner-up.
public enum Viterbi {
    public struct Result: Sendable {
        public var states: [DecodeState]
        /// [unit][label]: the best whole-page score with that label at that unit (−∞ when impossible).
        public var labelScores: [[Double]]
        public var total: Double
    }

    static let allowed: [[Bool]] = DecodeState.allCases.map { a in DecodeState.allCases.map { b in a.allows(b) } }
    /// What a step the state machine forbids costs where it is the only way on (see `decode`).
    static let bridgeCost = -50.0
    static let stateCount = DecodeState.allCases.count

    /// `emission[k][label]`: the score of each label for unit k. `permitted(k, state)`: hard limits that come
    /// from the text itself (only a mark can be a mark, and its direction says which).
    public static func decode(emission: [[Double]], model: ParserModel, permitted: (Int, DecodeState) -> Bool) -> Result {
        let n = emission.count
        let S = stateCount
        guard n > 0 else { return Result(states: [], labelScores: [], total: 0) }
        let states = DecodeState.allCases
        let ninf = -Double.infinity
        // (flat tables, row by row: unit k's state s at k * S + s, the step from a to b at a * S + b)
        var ok = [Bool](repeating: true, count: n * S)
        for k in 0..<n { for s in states where !permitted(k, s) { ok[k * S + s.rawValue] = false } }
        var emit = [Double](repeating: 0, count: n * S)
        for k in 0..<n { for s in 0..<S { emit[k * S + s] = emission[k][states[s].label.rawValue] } }
        var allows = [Bool](repeating: false, count: S * S)
        var trans = [Double](repeating: 0, count: S * S)
        for a in 0..<S { for b in 0..<S { allows[a * S + b] = allowed[a][b]; trans[a * S + b] = model.trans[a][b] } }
        // forward
        var fwd = [Double](repeating: ninf, count: n * S)
        var back = [Int](repeating: -1, count: n * S)
        for s in 0..<S where ok[s] && states[s].canBegin { fwd[s] = model.begin[s] + emit[s] }
        // a step where the text's own limits leave no state the step before may go on to (a 上接 mark right
        // before a report's opening, as a text that reads columns out of order can have) is bridged: any state
        // may follow any there, at a cost, so that a page is never left without a labelling
        var bridged = [Bool](repeating: false, count: n)
        if n > 1 {
            for k in 1..<n {
                let row = k * S, before = row - S
                for pass in 0..<2 {
                    for b in 0..<S where ok[row + b] {
                        var best = ninf
                        var arg = -1
                        for a in 0..<S where fwd[before + a] > ninf {
                            let t: Double
                            if allows[a * S + b] { t = trans[a * S + b] } else if bridged[k] { t = bridgeCost } else { continue }
                            let v = fwd[before + a] + t
                            if v > best { best = v; arg = a }
                        }
                        if arg >= 0 { fwd[row + b] = best + emit[row + b]; back[row + b] = arg }
                    }
                    if pass == 0, !(row..<(row + S)).contains(where: { fwd[$0] > ninf }), (before..<row).contains(where: { fwd[$0] > ninf }) {
                        bridged[k] = true
                    } else {
                        break
                    }
                }
            }
        }
        // backward (the best continuation from each state), for the scores of runner-up labels
        var bwd = [Double](repeating: ninf, count: n * S)
        for s in 0..<S where ok[(n - 1) * S + s] && states[s].canEnd { bwd[(n - 1) * S + s] = model.end[s] }
        if n > 1 {
            for k in stride(from: n - 2, through: 0, by: -1) {
                let row = k * S, after = row + S
                for a in 0..<S where ok[row + a] {
                    var best = ninf
                    for b in 0..<S where bwd[after + b] > ninf {
                        let t: Double
                        if allows[a * S + b] { t = trans[a * S + b] } else if bridged[k + 1] { t = bridgeCost } else { continue }
                        best = max(best, t + emit[after + b] + bwd[after + b])
                    }
                    bwd[row + a] = best
                }
            }
        }
        var last = -1
        var total = ninf
        for s in 0..<S where fwd[(n - 1) * S + s] > ninf && states[s].canEnd {
            let v = fwd[(n - 1) * S + s] + model.end[s]
            if v > total { total = v; last = s }
        }
        var path = [DecodeState](repeating: .furnitureClosed, count: n)
        if last < 0 {
            // nothing consistent (cannot happen: every step has a way on, bridged where need be); fall back
            for k in 0..<n { path[k] = .furnitureClosed }
        } else {
            var s = last
            for k in stride(from: n - 1, through: 0, by: -1) {
                path[k] = states[s]
                s = back[k * S + s]
                if s < 0 && k > 0 { s = DecodeState.furnitureClosed.rawValue }
            }
        }
        var labelScores = [[Double]](repeating: [Double](repeating: ninf, count: UnitLabel.allCases.count), count: n)
        for k in 0..<n {
            for s in 0..<S where fwd[k * S + s] > ninf && bwd[k * S + s] > ninf {
                let l = states[s].label.rawValue
                labelScores[k][l] = max(labelScores[k][l], fwd[k * S + s] + bwd[k * S + s])
            }
        }
        return Result(states: path, labelScores: labelScores, total: total)
    }
}
