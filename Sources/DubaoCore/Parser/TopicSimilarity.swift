/// Rule support **TopicSimilarity**: how much two pieces of text share their subject, measured on Han
/// character bigrams weighted by how rare they are on the page (so `荆州` or `我们` count little and
/// `漆器` counts much). Used to attach headlines, captions and intertitles by content, not position alone.
public struct TopicIndex: Sendable {
    /// Each document as the profiles of its parts (a story as its segments).
    public private(set) var documents: [[Profile]]
    private var df: BigramTable
    /// Weight by document frequency: log((n + 1) / (df + 0.5)).
    private var weights: [Double]

    /// The page's bigrams numbered 0..<vocabulary (number + 1 by the bigram's place in `df`), with each one's
    /// weight and document frequency by number: the hot questions are asked on these numbers (`Vocabulary`).
    private var numberAt: [Int32]
    private(set) var weightOf: [Double] = []
    private(set) var frequencyOf: [Int32] = []

    public init(profiles: [Profile]) {
        documents = profiles.map { [$0] }
        let capacity = profiles.reduce(0) { $0 + $1.count }
        df = BigramTable(capacity: capacity)
        var keys: [UInt64] = []
        for d in profiles {
            for b in d.keys where df.add(b, 1) == 1 { keys.append(b) }
        }
        numberAt = [Int32](repeating: 0, count: df.capacity)
        for (i, b) in keys.enumerated() { numberAt[df.place(of: b)!] = Int32(i + 1) }
        let n = Double(profiles.count)
        weights = (0...(profiles.count + 1)).map { log((n + 1) / (Double($0) + 0.5)) }
        frequencyOf = keys.map { Int32(df.value($0)) }
        weightOf = frequencyOf.map { weights[min(Int($0), weights.count - 1)] }
    }

    /// An index over other documents (larger groups of the same text) that weighs bigrams as `base` does.
    public init(parts: [[Profile]], weighingAs base: TopicIndex) {
        documents = parts
        df = base.df
        weights = base.weights
        numberAt = base.numberAt
        weightOf = base.weightOf
        frequencyOf = base.frequencyOf
    }

    var vocabulary: Int { weightOf.count }

    /// The numbers of a profile's bigrams that the page knows, each once.
    func numbered(_ p: Profile) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(p.count)
        for b in p.keys { if let at = df.place(of: b) { out.append(numberAt[at] - 1) } }
        return out
    }

    /// `overlap` on numbered bigrams: the share of `query`'s weight found among the `marked` bigrams.
    func overlap(numbered query: [Int32], marked: BigramMarks) -> Double {
        guard !query.isEmpty else { return 0 }
        var hit = 0.0, all = 0.0
        for b in query {
            let w = weightOf[Int(b)]
            all += w
            if marked.has(b) { hit += w }
        }
        return all > 0 ? hit / all : 0
    }

    /// `continuity` on numbered bigrams: the share of `segment`'s page vocabulary found among the `marked` bigrams.
    func continuity(marked: BigramMarks, numbered segment: [Int32]) -> Double {
        guard !segment.isEmpty else { return 0 }
        var hit = 0.0, all = 0.0
        for b in segment where frequencyOf[Int(b)] >= 2 {
            let w = weightOf[Int(b)]
            all += w
            if marked.has(b) { hit += w }
        }
        return all > 0 ? hit / all : 0
    }

    public static func profile(_ text: String) -> Profile { profile([text]) }

    /// The profile of several texts read as one.
    public static func profile(_ texts: [String]) -> Profile {
        var p = Profile(capacity: texts.reduce(0) { $0 + $1.utf8.count } / 3)
        var prev: UInt32 = 0
        for text in texts {
            // (decoded from the bytes: the unit's whole text, every unit of the page)
            ByteScan.bytes(text) { b in
                var i = 0
                while let (v, next) = ByteScan.scalar(at: i, in: b) {
                    i = next
                    if CharClass.isHan(value: v) {
                        if prev != 0 { p.insert(UInt64(prev) << 32 | UInt64(v)) }
                        prev = v
                    } else if let s = Unicode.Scalar(v), !CharClass.isSpace(s) {
                        prev = 0
                    }
                }
            }
        }
        return p
    }

    @inline(__always)
    func weight(_ b: UInt64) -> Double { weights[min(df.value(b), weights.count - 1)] }

    /// Share (0…1) of the weight of `query`'s bigrams that occur in `doc` (given as its parts).
    public func overlap(_ query: Profile, _ doc: [Profile]) -> Double {
        var hit = 0.0
        var all = 0.0
        for b in query.keys {
            let w = weight(b)
            all += w
            if doc.contains(where: { $0.contains(b) }) { hit += w }
        }
        return all > 0 ? hit / all : 0
    }

    /// Share (0…1) of the weight of `query`'s bigrams that occur in document `doc`.
    public func affinity(_ query: Profile, to doc: Int) -> Double {
        guard doc >= 0, doc < documents.count else { return 0 }
        return overlap(query, documents[doc])
    }

    /// How much of `segment`'s page vocabulary (bigrams that occur in more than one document of the page;
    /// words used once say nothing about what is shared) it shares with `draft`: 0…1.
    public func continuity(_ draft: Profile, _ segment: Profile) -> Double {
        continuity([draft], segment)
    }

    /// A query's bigrams with their weights, worked out once for asking many documents (`share`): all of them
    /// (as `overlap` weighs them) or the page vocabulary only (as `continuity` does).
    public func weighed(_ query: Profile, vocabularyOnly: Bool) -> [(bigram: UInt64, weight: Double)] {
        var out: [(bigram: UInt64, weight: Double)] = []
        out.reserveCapacity(query.count)
        for b in query.keys {
            let d = df.value(b)
            if vocabularyOnly && d < 2 { continue }
            out.append((b, weights[min(d, weights.count - 1)]))
        }
        return out
    }

    /// The share of a weighed query's weight found in `doc`: `overlap` or `continuity` against one profile.
    public func share(_ query: [(bigram: UInt64, weight: Double)], in doc: Profile) -> Double {
        var hit = 0.0
        var all = 0.0
        for (b, w) in query {
            all += w
            if doc.contains(b) { hit += w }
        }
        return all > 0 ? hit / all : 0
    }

    /// As `continuity(_:_:)` with the draft given as its parts.
    public func continuity(_ draft: [Profile], _ segment: Profile) -> Double {
        var hit = 0.0
        var all = 0.0
        for b in segment.keys {
            let d = df.value(b)
            guard d >= 2 else { continue }
            let w = weights[min(d, weights.count - 1)]
            all += w
            if draft.contains(where: { $0.contains(b) }) { hit += w }
        }
        return all > 0 ? hit / all : 0
    }
}

/// Which of a page's numbered bigrams a group of units holds. One table serves every question asked of the page:
/// marking a group stamps its bigrams with a new generation, so nothing is cleared or allocated per question.
final class BigramMarks {
    private let stamps: UnsafeMutablePointer<UInt32>
    private let size: Int
    private var generation: UInt32 = 0

    init(vocabulary: Int) {
        size = max(1, vocabulary)
        stamps = .allocate(capacity: size)
        stamps.initialize(repeating: 0, count: size)
    }

    deinit { stamps.deallocate() }

    /// Forgets the last group and marks the bigrams of `groups` (indices into `numbered`).
    @discardableResult
    func mark(_ groups: [Int], of numbered: [[Int32]]) -> BigramMarks {
        next()
        for g in groups { for b in numbered[g] { stamps[Int(b)] = generation } }
        return self
    }

    /// Forgets the last group and marks `bigrams`.
    @discardableResult
    func mark(_ bigrams: [Int32]) -> BigramMarks {
        next()
        for b in bigrams { stamps[Int(b)] = generation }
        return self
    }

    @inline(__always)
    func has(_ b: Int32) -> Bool { stamps[Int(b)] == generation }

    private func next() {
        if generation == .max { stamps.update(repeating: 0, count: size); generation = 0 }
        generation += 1
    }
}

/// The distinct Han bigrams of a text: a list for walking and a table for asking.
public struct Profile: Sendable {
    public private(set) var keys: [UInt64] = []
    private var table: BigramTable

    public init(capacity: Int = 8) {
        table = BigramTable(capacity: capacity)
        keys.reserveCapacity(capacity)
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public mutating func insert(_ k: UInt64) {
        if table.add(k, 1) == 1 {
            keys.append(k)
            if keys.count * 2 > table.capacity { table.grow(keys) }
        }
    }

    public func contains(_ k: UInt64) -> Bool { table.value(k) > 0 }

    public mutating func formUnion(_ other: Profile) {
        for k in other.keys { insert(k) }
    }
}

/// Counts by bigram key: open addressing with linear probing (keys are never 0).
struct BigramTable: Sendable {
    private var keys: [UInt64]
    private var counts: [Int32]
    private var mask: Int

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        counts = [Int32](repeating: 0, count: size)
        mask = size - 1
    }

    var capacity: Int { keys.count }

    @inline(__always)
    private func slot(_ k: UInt64) -> Int { Int(truncatingIfNeeded: (k &* 0x9E37_79B9_7F4A_7C15) >> 24) & mask }

    /// Where `k` is (found) or would go (the empty slot its probe stops at).
    @inline(__always)
    private func probe(_ k: UInt64) -> (slot: Int, found: Bool) {
        var i = slot(k)
        let mask = mask
        // (through the buffer: the hottest loop of a page's topic index and duplicate scan, without a check per access)
        return keys.withUnsafeBufferPointer { kb in
            while true {
                let at = kb[i]
                if at == k { return (i, true) }
                if at == 0 { return (i, false) }
                i = (i + 1) & mask
            }
        }
    }

    /// Adds `n` to the count of `k`; returns the new count.
    @discardableResult
    mutating func add(_ k: UInt64, _ n: Int32) -> Int32 {
        let (i, found) = probe(k)
        if found { counts[i] += n; return counts[i] }
        keys[i] = k
        counts[i] = n
        return n
    }

    /// The count of `k` if the table has it (unchanged); else `k` is added with count `n` and 0 is returned: one
    /// probe where asking and then adding take two.
    @inline(__always)
    mutating func valueOrAdd(_ k: UInt64, _ n: Int32) -> Int {
        let (i, found) = probe(k)
        if found { return Int(counts[i]) }
        keys[i] = k
        counts[i] = n
        return 0
    }

    /// The slot that holds `k`, nil when the table has none: a number for it that stays while nothing is added.
    @inline(__always)
    func place(of k: UInt64) -> Int? {
        let (i, found) = probe(k)
        return found ? i : nil
    }

    @inline(__always)
    func value(_ k: UInt64) -> Int {
        let (i, found) = probe(k)
        return found ? Int(counts[i]) : 0
    }

    /// Rebuilds at twice the size holding `members` once each.
    mutating func grow(_ members: [UInt64]) {
        var bigger = BigramTable(capacity: keys.count)
        for k in members { bigger.add(k, 1) }
        self = bigger
    }
}

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
