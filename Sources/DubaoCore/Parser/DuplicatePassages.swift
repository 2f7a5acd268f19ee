/// Rule **DuplicatePassages**: extraction sometimes prints a passage twice, once where it belongs and once
/// inside an unrelated story, wrapped differently or cut in the middle of a line. The page's text is read as
/// one stream of characters without spaces or line breaks; a stretch of at least 20 characters of running
/// text (with clause or sentence punctuation) that occurs twice is a passage printed twice, wherever its line
/// breaks fall (found through shingles of 12 characters). Of the two copies, the one whose surroundings share
/// its subject, and that does not cut into a sentence, is kept; the other is taken out (reported under `duplicatesRemoved`), so the story it cut in two
/// joins up again.
enum DuplicatePassages {
    struct Found {
        /// The lines with the removed copies cut out ("" for a line that was wholly a copy).
        var lines: [String]
        /// Lines that were wholly a copy.
        var removedLines: Set<Int> = []
        var removedTexts: [String] = []
    }

    static let minimumCharacters = 20
    static let shingle = 12
    static let context = 60

    static func find(in lines: [String]) -> Found {
        // the stream: every scalar that is not a space, with the line and scalar offset it came from
        var stream: [Unicode.Scalar] = []
        var origin: [(line: Int, offset: Int)] = []
        stream.reserveCapacity(lines.reduce(0) { $0 + $1.utf8.count } / 3)
        origin.reserveCapacity(stream.capacity)
        for (i, l) in lines.enumerated() {
            var j = 0
            for c in l.unicodeScalars {
                if !CharClass.isSpace(c) && !CharClass.isControl(c) {
                    stream.append(c)
                    origin.append((i, j))
                }
                j += 1
            }
        }
        // a line's scalars, for the few lines a copy is cut from
        var scalarsOf: [Int: [Unicode.Scalar]] = [:]
        func scalars(_ i: Int) -> [Unicode.Scalar] {
            if let s = scalarsOf[i] { return s }
            let s = Array(lines[i].unicodeScalars)
            scalarsOf[i] = s
            return s
        }
        var found = Found(lines: lines)
        let n = stream.count
        guard n >= 2 * minimumCharacters else { return found }
        // shingles that occur more than once (a rolling polynomial hash of each window, mixed)
        var firstAt = BigramTable(capacity: n + 8)
        var pairs: [(Int, Int)] = []
        var seenPairs = 0
        let base: UInt64 = 0x100_0000_01b3
        var top: UInt64 = 1  // base^(shingle − 1)
        for _ in 1..<shingle { top = top &* base }
        var h: UInt64 = 0
        for k in 0..<shingle { h = h &* base &+ UInt64(stream[k].value) }
        for i in 0...(n - shingle) {
            if i > 0 { h = (h &- UInt64(stream[i - 1].value) &* top) &* base &+ UInt64(stream[i + shingle - 1].value) }
            var m = (h ^ (h >> 31)) &* 0xbf58_476d_1ce4_e5b9
            m ^= m >> 29
            // every other shingle by content (both copies keep the same ones): half the table
            guard m & 1 == 0 else { continue }
            let key = m | 1 << 63
            let j = firstAt.valueOrAdd(key, Int32(i + 1)) - 1
            if j >= 0, i - j >= shingle, seenPairs < 4096 { pairs.append((j, i)); seenPairs += 1 }
        }
        guard !pairs.isEmpty else { return found }
        // grow each pair into the longest repeat it belongs to; one repeat per diagonal run
        struct Repeat { var a: Int; var b: Int; var length: Int }
        var repeats: [Repeat] = []
        var covered: [Int: Int] = [:]  // diagonal (b - a) → end of the last repeat found on it
        for (a0, b0) in pairs {
            let d = b0 - a0
            if let end = covered[d], a0 < end { continue }
            guard stream[a0..<(a0 + shingle)] == stream[b0..<(b0 + shingle)] else { continue }
            var a = a0
            var b = b0
            while a > 0 && stream[a - 1] == stream[b - 1] { a -= 1; b -= 1 }
            var len = 0
            while b + len < n && a + len < b && stream[a + len] == stream[b + len] { len += 1 }
            covered[d] = a + len
            guard len >= minimumCharacters, isRunningText(stream[a..<(a + len)]) else { continue }
            repeats.append(Repeat(a: a, b: b, length: len))
        }
        // does the page set its blocks apart with blank lines (one line in twenty blank, or more)?
        let blockBlanks = lines.lazy.filter { SourceLine.isBlank($0) }.count * 20 >= lines.count
        // the longest first; a copy overlapping one already taken out is left
        repeats.sort { $0.length != $1.length ? $0.length > $1.length : $0.a < $1.a }
        var taken = [Bool](repeating: false, count: n)
        var cut = [Set<Int>](repeating: [], count: lines.count)
        for r in repeats {
            let copyA = r.a..<(r.a + r.length)
            let copyB = r.b..<(r.b + r.length)
            if copyA.contains(where: { taken[$0] }) || copyB.contains(where: { taken[$0] }) { continue }
            // a copy set as a heading (a deck or a pull quote repeating the story's words) is no extraction's
            // double: both stay
            if (headingSet(copyA, stream, origin, lines) && embedded(copyB, stream, origin))
                || (headingSet(copyB, stream, origin, lines) && embedded(copyA, stream, origin)) { continue }
            let fitA = fit(copyA, stream, origin, blockBlanks: blockBlanks)
            let fitB = fit(copyB, stream, origin, blockBlanks: blockBlanks)
            // on a tie the first copy goes: an inserted copy usually comes before the one that belongs
            let remove = fitB >= fitA ? copyA : copyB
            for k in copyA { taken[k] = true }
            for k in copyB { taken[k] = true }
            for k in remove { cut[origin[k].line].insert(origin[k].offset) }
            // as printed: the removed copy's lines, spaces and all
            var text: [String] = []
            var piece = ScalarBuffer(capacity: 64)
            for k in remove {
                let (l, o) = origin[k]
                if k > remove.lowerBound {
                    let (pl, po) = origin[k - 1]
                    if pl != l {
                        text.append(piece.string)
                        piece = ScalarBuffer(capacity: 64)
                    } else if o > po + 1 {
                        piece.append(contentsOf: scalars(l)[(po + 1)..<o])
                    }
                }
                piece.append(stream[k])
            }
            text.append(piece.string)
            found.removedTexts.append(text.joined(separator: "\n"))
        }
        for (i, offsets) in cut.enumerated() where !offsets.isEmpty {
            var kept = ScalarBuffer(capacity: lines[i].utf8.count)
            for (j, c) in scalars(i).enumerated() where !offsets.contains(j) { kept.append(c) }
            let rest = kept.string
            if SourceLine.isBlank(rest) {
                found.lines[i] = ""
                found.removedLines.insert(i)
            } else {
                found.lines[i] = rest
            }
        }
        return found
    }

    /// A copy set as the end of a heading: it ends a line with no sentence mark, a blank line or the page's end
    /// after it, and its first line opens with words of the heading's own before it, with no mark among them
    /// (`城 乡 公 交 线 网` / `到2026年基本成形，到2030年更加完善`, a deck quoting its story). An
    /// extraction's double stands as a block of its own from its first character.
    static func headingSet(_ copy: Range<Int>, _ stream: [Unicode.Scalar], _ origin: [(line: Int, offset: Int)], _ lines: [String]) -> Bool {
        let last = copy.upperBound - 1
        guard !CharClass.isTerminator(stream[last]), !CharClass.isClausePunct(stream[last]) else { return false }
        // nothing after it on its line, and the next line blank
        if copy.upperBound < stream.count && origin[copy.upperBound].line == origin[last].line { return false }
        let line = origin[last].line
        guard line + 1 >= lines.count || SourceLine.isBlank(lines[line + 1]) else { return false }
        // Han of the heading's own before it on its first line, and no mark
        let first = origin[copy.lowerBound].line
        var k = copy.lowerBound - 1
        var own = 0
        while k >= 0 && origin[k].line == first {
            guard CharClass.isHan(stream[k]) else { return false }
            own += 1
            k -= 1
        }
        return own >= 2
    }

    /// A copy inside running text: its sentence goes on before and after it on the same lines.
    static func embedded(_ copy: Range<Int>, _ stream: [Unicode.Scalar], _ origin: [(line: Int, offset: Int)]) -> Bool {
        guard copy.lowerBound > 0, copy.upperBound < stream.count else { return false }
        let before = copy.lowerBound - 1, after = copy.upperBound
        return origin[before].line == origin[copy.lowerBound].line && origin[after].line == origin[copy.upperBound - 1].line
    }

    /// A passage of prose, not a repeated headline or label: it has clause or sentence punctuation.
    static func isRunningText(_ s: ArraySlice<Unicode.Scalar>) -> Bool {
        s.contains { CharClass.isClausePunct($0) || CharClass.isTerminator($0) }
    }

    /// How well a copy fits where it stands: the share of its Han bigrams found in the text around it.
    static func fit(_ copy: Range<Int>, _ stream: [Unicode.Scalar], _ origin: [(line: Int, offset: Int)], blockBlanks: Bool) -> Double {
        let before = max(0, copy.lowerBound - context)..<copy.lowerBound
        let after = copy.upperBound..<min(stream.count, copy.upperBound + context)
        let around = TopicIndex.profile(String(scalars: stream[before] + stream[after]))
        let p = TopicIndex.profile(String(scalars: stream[copy]))
        guard !p.isEmpty else { return 0 }
        let shared = Double(p.keys.filter { around.contains($0) }.count) / Double(p.count)
        // a copy set into the middle of a sentence (the text before it ends in a clause mark) cuts a story
        // that is not its own
        let cutsSentence = copy.lowerBound > 0 && CharClass.isClausePunct(stream[copy.lowerBound - 1])
        // a copy that goes on from the character before it (`电子|元器件`) is where the sentence was printed: an
        // inserted copy is set down after a full stop or a clause mark far more often than inside a word
        // (on the same line or the next: a copy standing after a blank line, like a pull quote, goes on from nothing)
        let continues = copy.lowerBound > 0 && CharClass.isHan(stream[copy.lowerBound - 1])
            && origin[copy.lowerBound].line - origin[copy.lowerBound - 1].line <= 1
        // and one that the text after it goes on from inside a word (`多跑|路`) is the passage where it was printed,
        // whatever stands before it (its sentence may well go on from a comma): an inserted copy stops where the
        // extraction cut it, at the end of its block. On the same line; or on the next where blank lines end the
        // page's blocks (in a text without them, the end of a block is a line's end like any other)
        let end = copy.upperBound
        let goesOn = end < stream.count && CharClass.isHan(stream[end - 1]) && CharClass.isHan(stream[end])
            && origin[end].line - origin[end - 1].line <= (blockBlanks ? 1 : 0)
        return shared - (cutsSentence ? 0.5 : 0) + (continues ? 0.4 : 0) + (goesOn ? 0.6 : 0)
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
