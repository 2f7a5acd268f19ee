import Foundation

/// The parser's weights, by name: one place where every decision is weighed. Joining two lines scores the
/// gap's features (`join.<feature>`); labelling a unit scores its features for each label
/// (`emit.<label>.<feature>`), the step from one state to the next (`trans.<from>><to>`) and the states a
/// page may begin and end in (`begin.<state>`, `end.<state>`); which line of a headline group is the main
/// headline (`role.<feature>`). The default is compiled in
/// (`DefaultModel`, fitted by `dubao-bench calibrate` on the labelled corpus); another can be loaded from
/// JSON (an object of name → weight), names it does not give keeping their default.
public struct ParserModel: Sendable, Equatable {
    public var join: [Double]
    /// [label][feature]
    public var emit: [[Double]]
    /// [from state][to state]
    public var trans: [[Double]]
    public var begin: [Double]
    public var end: [Double]
    /// [headline feature]: which line of a headline group is the main headline.
    public var role: [Double]

    public init() {
        join = Array(repeating: 0, count: JoinFeature.count)
        emit = Array(repeating: Array(repeating: 0, count: UnitFeature.allCases.count), count: UnitLabel.allCases.count)
        trans = Array(repeating: Array(repeating: 0, count: DecodeState.allCases.count), count: DecodeState.allCases.count)
        begin = Array(repeating: 0, count: DecodeState.allCases.count)
        end = Array(repeating: 0, count: DecodeState.allCases.count)
        role = Array(repeating: 0, count: HeadlineFeature.allCases.count)
    }

    /// The compiled-in model.
    public static let `default`: ParserModel = ParserModel(named: DefaultModel.weights)

    /// A model from named weights over the zero model (unknown names are reported, not used).
    public init(named: [String: Double], over base: ParserModel = ParserModel()) {
        self = base
        _ = apply(named)
    }

    /// Sets the named weights; returns the names it does not know.
    @discardableResult
    public mutating func apply(_ named: [String: Double]) -> [String] {
        var unknown: [String] = []
        for (name, w) in named {
            if let slot = ParserModel.slot(name) {
                switch slot {
                case .join(let f): join[f] = w
                case .emit(let l, let f): emit[l][f] = w
                case .trans(let a, let b): trans[a][b] = w
                case .begin(let s): begin[s] = w
                case .end(let s): end[s] = w
                case .role(let f): role[f] = w
                }
            } else {
                unknown.append(name)
            }
        }
        return unknown.sorted()
    }

    enum Slot { case join(Int), emit(Int, Int), trans(Int, Int), begin(Int), end(Int), role(Int) }

    static let joinIndex: [String: Int] = Dictionary(uniqueKeysWithValues: (0..<JoinFeature.count).map { (JoinFeature.name(of: $0), $0) })
    static let unitIndex: [String: Int] = Dictionary(uniqueKeysWithValues: UnitFeature.allCases.map { ($0.name, $0.rawValue) })
    static let stateIndex: [String: Int] = Dictionary(uniqueKeysWithValues: DecodeState.allCases.map { ("\($0)", $0.rawValue) })
    static let roleIndex: [String: Int] = Dictionary(uniqueKeysWithValues: HeadlineFeature.allCases.map { ($0.name, $0.rawValue) })

    static func slot(_ name: String) -> Slot? {
        let parts = name.split(separator: ".", maxSplits: 2).map(String.init)
        switch parts.first {
        case "join": return parts.count == 2 ? joinIndex[parts[1]].map(Slot.join) : nil
        case "emit":
            guard parts.count == 3, let l = UnitLabel(name: parts[1]), let f = unitIndex[parts[2]] else { return nil }
            return .emit(l.rawValue, f)
        case "trans":
            guard parts.count == 2 else { return nil }
            let ab = parts[1].split(separator: ">").map(String.init)
            guard ab.count == 2, let a = stateIndex[ab[0]], let b = stateIndex[ab[1]] else { return nil }
            return .trans(a, b)
        case "begin": return parts.count == 2 ? stateIndex[parts[1]].map(Slot.begin) : nil
        case "end": return parts.count == 2 ? stateIndex[parts[1]].map(Slot.end) : nil
        case "role": return parts.count == 2 ? roleIndex[parts[1]].map(Slot.role) : nil
        default: return nil
        }
    }

    /// Every weight that is not zero, by name (sorted), for writing out.
    public var named: [(String, Double)] {
        var out: [(String, Double)] = []
        for i in 0..<JoinFeature.count where join[i] != 0 { out.append(("join.\(JoinFeature.name(of: i))", join[i])) }
        for l in UnitLabel.allCases {
            for f in UnitFeature.allCases where emit[l.rawValue][f.rawValue] != 0 {
                out.append(("emit.\(l.name).\(f.name)", emit[l.rawValue][f.rawValue]))
            }
        }
        for a in DecodeState.allCases {
            for b in DecodeState.allCases where trans[a.rawValue][b.rawValue] != 0 {
                out.append(("trans.\(a)>\(b)", trans[a.rawValue][b.rawValue]))
            }
        }
        for s in DecodeState.allCases where begin[s.rawValue] != 0 { out.append(("begin.\(s)", begin[s.rawValue])) }
        for s in DecodeState.allCases where end[s.rawValue] != 0 { out.append(("end.\(s)", end[s.rawValue])) }
        for f in HeadlineFeature.allCases where role[f.rawValue] != 0 { out.append(("role.\(f.name)", role[f.rawValue])) }
        return out.sorted { $0.0 < $1.0 }
    }

    /// Reads a model from a JSON object of name → weight, over the default model.
    public static func load(json data: Data) throws -> (ParserModel, unknown: [String]) {
        let named = try JSONDecoder().decode([String: Double].self, from: data)
        var m = ParserModel.default
        let unknown = m.apply(named)
        return (m, unknown)
    }

    /// The model as JSON (name → weight), sorted, to be read by `load(json:)`.
    public func json() throws -> Data {
        var out = "{\n"
        let items = named
        for (k, (name, w)) in items.enumerated() {
            out += "  \"\(name)\": \(String(format: "%.6g", w))\(k + 1 < items.count ? "," : "")\n"
        }
        return Data((out + "}\n").utf8)
    }

    /// Score of joining a gap with features `f`.
    @inline(__always)
    func joinScore(_ f: [Float]) -> Double {
        var s = 0.0
        for i in 0..<f.count where f[i] != 0 { s += join[i] * Double(f[i]) }
        return s
    }
}
