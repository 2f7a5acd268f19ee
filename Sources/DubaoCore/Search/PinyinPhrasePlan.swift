/// How a pinyin phrase (`wenwu baohu`) is looked for in text indexed by characters: at each position, any
/// character that reads that position's syllable. Asked as it is, such a phrase costs a walk over every
/// article that holds any of those characters (most of them, for common syllables), whether it matches or not.
/// Knowing which characters follow which anywhere in the text (`follows`), most of those sequences cannot occur:
/// what is left is few phrases of characters (asked one by one, each selective), none at all (nothing to ask),
/// or, when many remain, the positions narrowed to characters that begin, continue or end one of them.
public enum PinyinPhrasePlan: Equatable, Sendable {
    /// No sequence of the characters reads so and is held in the text.
    case nothing
    /// Every sequence that can occur, each a phrase of characters (at most the plan's limit of them).
    case phrases([[UInt32]])
    /// Too many sequences to list: a phrase whose each position is any of its characters.
    case positions([[UInt32]])

    /// The plan for a phrase whose positions may hold `slots` (in order), where `follows(a, b)` says whether
    /// `b` comes right after `a` anywhere in the text (it may say yes when not: a wider plan, never a missed
    /// match). Phrases are listed when there are at most `limit`.
    public static func plan(_ slots: [[UInt32]], limit: Int = 24, follows: (UInt32, UInt32) -> Bool) -> PinyinPhrasePlan {
        guard !slots.isEmpty, slots.allSatisfy({ !$0.isEmpty }) else { return .nothing }
        guard slots.count > 1 else { return .positions(slots) }
        // the characters a sequence can reach from the start, then those from which it can also reach the end
        var reach = [slots[0]]
        for i in 1..<slots.count {
            let before = reach[i - 1]
            reach.append(slots[i].filter { c in before.contains { follows($0, c) } })
            if reach[i].isEmpty { return .nothing }
        }
        var alive = reach
        for i in stride(from: slots.count - 2, through: 0, by: -1) {
            let after = alive[i + 1]
            alive[i] = reach[i].filter { c in after.contains { follows(c, $0) } }
        }
        // how many sequences end at each character, counted no further than the limit
        var ways = Dictionary(alive[0].map { ($0, 1) }, uniquingKeysWith: { a, _ in a })
        for i in 1..<slots.count {
            var next: [UInt32: Int] = [:]
            for c in alive[i] {
                var n = 0
                for p in alive[i - 1] where follows(p, c) { n = min(limit + 1, n + ways[p, default: 0]) }
                next[c] = n
            }
            ways = next
        }
        let total = ways.values.reduce(0) { min(limit + 1, $0 + $1) }
        guard total > 0 else { return .nothing }
        guard total <= limit else { return .positions(alive) }
        var out: [[UInt32]] = []
        func extend(_ path: [UInt32]) {
            guard path.count < slots.count else { out.append(path); return }
            for c in alive[path.count] where follows(path[path.count - 1], c) { extend(path + [c]) }
        }
        for c in alive[0] { extend([c]) }
        return .phrases(out)
    }
}
