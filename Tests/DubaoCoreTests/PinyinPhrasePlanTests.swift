import Testing
@testable import DubaoCore

@Suite("Pinyin phrase plan")
struct PinyinPhrasePlanTests {
    /// Every sequence of the slots' characters whose neighbours all follow each other: what a plan must cover.
    static func sequences(_ slots: [[UInt32]], _ follows: (UInt32, UInt32) -> Bool) -> Set<[UInt32]> {
        var paths: [[UInt32]] = [[]]
        for (i, slot) in slots.enumerated() {
            paths = paths.flatMap { p in slot.compactMap { c in i == 0 || follows(p[i - 1], c) ? p + [c] : nil } }
        }
        return Set(paths)
    }

    @Test("a sequence the text never holds is not asked for; one it holds is asked as characters")
    func fewPhrases() {
        // 1 2 / 3 4 / 5: only 1→4 and 4→5 follow in the text
        let pairs: Set<[UInt32]> = [[1, 4], [4, 5], [2, 3]]
        let plan = PinyinPhrasePlan.plan([[1, 2], [3, 4], [5]]) { pairs.contains([$0, $1]) }
        #expect(plan == .phrases([[1, 4, 5]]))
    }

    @Test("nothing to ask when no sequence can occur, or a syllable has no character")
    func nothing() {
        #expect(PinyinPhrasePlan.plan([[1, 2], [3]]) { _, _ in false } == .nothing)
        // the pairs exist, but do not chain: 1→3 and 4→5, never 3→5
        let pairs: Set<[UInt32]> = [[1, 3], [4, 5]]
        #expect(PinyinPhrasePlan.plan([[1], [3, 4], [5]]) { pairs.contains([$0, $1]) } == .nothing)
        #expect(PinyinPhrasePlan.plan([[1], []]) { _, _ in true } == .nothing)
        #expect(PinyinPhrasePlan.plan([]) { _, _ in true } == .nothing)
    }

    @Test("one syllable is its characters, as they are")
    func oneSyllable() {
        #expect(PinyinPhrasePlan.plan([[7, 8, 9]]) { _, _ in false } == .positions([[7, 8, 9]]))
    }

    @Test("too many sequences: each position keeps only the characters on a whole sequence")
    func narrowed() {
        // every pair follows but 3 is never followed by anything, and 9 follows nothing
        let plan = PinyinPhrasePlan.plan([[1, 2, 3], [4, 5, 9], [6, 7]], limit: 4) { a, b in a != 3 && b != 9 }
        #expect(plan == .positions([[1, 2], [4, 5], [6, 7]]))
        // the same under a limit that lets the eight sequences be listed
        guard case .phrases(let p) = PinyinPhrasePlan.plan([[1, 2, 3], [4, 5, 9], [6, 7]], limit: 8, follows: { a, b in a != 3 && b != 9 }) else {
            Issue.record("not listed")
            return
        }
        #expect(p.count == 8)
    }

    @Test("random slots and pairs: listed phrases are exactly the sequences that can occur; narrowed positions keep them all and nothing off them")
    func randomAgainstBruteForce() {
        var rng = SplitMix(seed: 0x51AB)
        for _ in 0..<300 {
            let n = Int.random(in: 1...4, using: &rng)
            let slots = (0..<n).map { _ in (0..<Int.random(in: 1...5, using: &rng)).map { _ in UInt32.random(in: 1...12, using: &rng) } }
                .map { Array(Set($0)).sorted() }
            let density = Double.random(in: 0.05...0.9, using: &rng)
            var pairs = Set<[UInt32]>()
            for a in UInt32(1)...12 { for b in UInt32(1)...12 where Double.random(in: 0..<1, using: &rng) < density { pairs.insert([a, b]) } }
            let follows = { (a: UInt32, b: UInt32) in pairs.contains([a, b]) }
            let expected = Self.sequences(slots, follows)
            let limit = Int.random(in: 1...10, using: &rng)
            switch PinyinPhrasePlan.plan(slots, limit: limit, follows: follows) {
            case .nothing:
                #expect(expected.isEmpty, "\(slots)")
            case .phrases(let p):
                #expect(Set(p) == expected && p.count == expected.count && p.count <= limit, "\(slots)")
            case .positions(let positions):
                #expect(n == 1 || expected.count > limit, "\(slots): \(expected.count) listed under \(limit)")
                // what the positions admit is exactly the sequences that can occur, and every character kept is on one
                #expect(Self.sequences(positions, follows) == expected)
                for (i, slot) in positions.enumerated() {
                    #expect(Set(slot) == Set(expected.map { $0[i] }), "\(slots) at \(i)")
                }
            }
        }
    }
}
