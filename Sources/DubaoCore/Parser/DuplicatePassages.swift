/// Rule **DuplicatePassages**: extraction sometimes prints a passage twice, once where it belongs and once
/// inside an unrelated story. Runs of identical lines holding at least 20 characters of running text are
/// found; of each pair of copies, the one whose neighbouring lines share its subject is kept, and the other
/// is taken out (and reported under `duplicatesRemoved`), so the story it cut in two joins up again.
enum DuplicatePassages {
    struct Found {
        var removedLines: Set<Int> = []
        var removedTexts: [String] = []
    }

    static let minimumCharacters = 20
    static let contextLines = 4

    static func find(in lines: [String]) -> Found {
        // non-blank lines, compared without whitespace (by a hash of their other bytes)
        var order: [Int] = []
        var hashes: [UInt64] = []
        var lengths: [Int] = []
        for (i, l) in lines.enumerated() {
            let (h, n) = ByteScan.bytes(l) { buf -> (UInt64, Int) in
                var h: UInt64 = 0xcbf2_9ce4_8422_2325
                var n = 0
                for b in buf where b != 0x20 && b != 0x09 {
                    h = (h ^ UInt64(b)) &* 0x100_0000_01b3
                    n += 1
                }
                return (h, n)
            }
            if n == 0 || (n < 16 && SourceLine.isBlank(l)) { continue }
            order.append(i)
            hashes.append(h)
            lengths.append(n)
        }
        // lines sharing a hash, found by sorting (most pages have none)
        var byHash = hashes.indices.filter { lengths[$0] >= 16 }.map { (hashes[$0], $0) }
        byHash.sort { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
        var groups: [[Int]] = []
        var g = 0
        while g < byHash.count {
            var e = g
            while e + 1 < byHash.count && byHash[e + 1].0 == byHash[g].0 { e += 1 }
            if e > g { groups.append(byHash[g...e].map(\.1)) }
            g = e + 1
        }
        guard !groups.isEmpty else { return Found() }
        var keyCache: [Int: String] = [:]
        func key(_ k: Int) -> String {
            if let c = keyCache[k] { return c }
            let t = lines[order[k]].withoutSpaces
            keyCache[k] = t
            return t
        }
        struct Run: Hashable { var a: Int; var b: Int; var length: Int }
        var runs = Set<Run>()
        for ps in groups {
            let capped = ps.prefix(8)
            for x in capped.indices {
                for y in capped.indices where y > x && key(capped[x]) == key(capped[y]) {
                    var a = capped[x]
                    var b = capped[y]
                    // back up to the start of the run
                    while a > 0 && b - 1 > a && hashes[a - 1] == hashes[b - 1] && key(a - 1) == key(b - 1) { a -= 1; b -= 1 }
                    var n = 0
                    while a + n < b && b + n < hashes.count && hashes[a + n] == hashes[b + n] && key(a + n) == key(b + n) { n += 1 }
                    runs.insert(Run(a: a, b: b, length: n))
                }
            }
        }
        var found = Found()
        var taken = Set<Int>()
        let sorted = runs.sorted { ($0.length, -$0.a) > ($1.length, -$1.a) }
        for r in sorted {
            let text = (r.a..<(r.a + r.length)).map(key).joined()
            guard text.unicodeScalars.count >= minimumCharacters, isRunningText(text) else { continue }
            let copyA = Array(r.a..<(r.a + r.length))
            let copyB = Array(r.b..<(r.b + r.length))
            if copyA.contains(where: taken.contains) || copyB.contains(where: taken.contains) { continue }
            let inCopies = Set(copyA + copyB)
            let fitA = fit(copy: copyA, count: hashes.count, key: key, exclude: inCopies)
            let fitB = fit(copy: copyB, count: hashes.count, key: key, exclude: inCopies)
            // on a tie the first copy goes: an inserted copy usually comes before the one that belongs
            let remove = fitB >= fitA ? copyA : copyB
            for k in copyA + copyB { taken.insert(k) }
            for k in remove { found.removedLines.insert(order[k]) }
            found.removedTexts.append(remove.map { lines[order[$0]].trimmingCharacters() }.joined(separator: "\n"))
        }
        return found
    }

    /// A passage of prose, not a repeated headline or label: it has clause or sentence punctuation.
    static func isRunningText(_ s: String) -> Bool {
        s.unicodeScalars.contains { CharClass.isClausePunct($0) || CharClass.isTerminator($0) }
    }

    /// How well a copy fits where it stands: the topic overlap between the copy and its neighbouring lines.
    static func fit(copy: [Int], count: Int, key: (Int) -> String, exclude: Set<Int>) -> Double {
        guard let first = copy.first, let last = copy.last else { return 0 }
        var context = ""
        var k = first - 1
        var taken = 0
        while k >= 0 && taken < contextLines { if !exclude.contains(k) { context += key(k); taken += 1 }; k -= 1 }
        k = last + 1
        taken = 0
        while k < count && taken < contextLines { if !exclude.contains(k) { context += key(k); taken += 1 }; k += 1 }
        let c = TopicIndex.profile(context)
        let p = TopicIndex.profile(copy.map(key).joined())
        guard !p.isEmpty else { return 0 }
        return Double(p.keys.filter { c.contains($0) }.count) / Double(p.count)
    }
}

extension String {
    /// The string without leading and trailing spaces (a slice, no scalar copying).
    func trimmingCharacters() -> String {
        let u = unicodeScalars
        guard let a = u.firstIndex(where: { !CharClass.isSpace($0) }) else { return "" }
        let b = u.lastIndex(where: { !CharClass.isSpace($0) })!
        if a == u.startIndex && u.index(after: b) == u.endIndex { return self }
        return String(u[a...b])
    }
}
