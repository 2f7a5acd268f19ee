import CHanziTable

/// Simplified forms and pinyin readings of Han characters (from ICU, in `CHanziTable`): the most
/// common reading of each, as ICU gives it without context (行 reads xing), and for the characters in
/// `Polyphones` their other readings too (行 also reads hang).
public final class Hanzi: Sendable {
    public static let shared = Hanzi()

    /// The characters of the main Han blocks (U+3400…U+9FFF) are looked up by position in a C array the binary
    /// holds (`CHanziTable`), those outside them (compatibility ideographs, the supplementary planes) by binary
    /// search in another, sorted by character: every process that searches asks for them, and none builds them at
    /// start. What `Polyphones` adds is read the first time a reading is asked (`readings`); the syllables alone
    /// the first time typed letters are split into them (`isSyllable`, packed, without strings): a search for 荆
    /// needs neither.
    static let denseBase: UInt32 = DUBAO_HANZI_DENSE_BASE
    static let denseEnd: UInt32 = DUBAO_HANZI_DENSE_END
    static let none = UInt16(DUBAO_HANZI_NONE)

    /// The syllables: the C table's (indexes below `DUBAO_HANZI_SYLLABLES`), then those only `Polyphones` gives.
    public var syllables: [String] { Self.readings.syllables }
    /// Every syllable, as strings (typed pinyin is split with `isSyllable`, which needs no strings).
    public var syllableSet: Set<String> { Set(Self.readings.syllables) }

    private static let readings = PolyphoneReadings()

    /// Whether these lower-case ASCII letters are a syllable (of the table or of `Polyphones`). Every syllable
    /// packed into one integer, looked up by binary search: a pinyin query asks this for every stretch of its
    /// letters, and the set of syllables as strings cost a searching process a third of a millisecond to build (and
    /// reading `Polyphones.table` for its few syllables beyond the C table's another 0.2 ms: they are named apart).
    public static func isSyllable<C: Collection>(_ letters: C) -> Bool where C.Element == UInt8 {
        guard let key = packed(letters) else { return false }
        let keys = packedSyllables
        var lo = 0, hi = keys.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if keys[mid] == key { return true }
            if keys[mid] < key { lo = mid + 1 } else { hi = mid }
        }
        return false
    }

    /// Up to seven bytes, one a byte, after a leading 1 (so that `a` and `aa` differ); nil beyond.
    @inline(__always)
    static func packed<C: Collection>(_ letters: C) -> UInt64? where C.Element == UInt8 {
        var k: UInt64 = 1
        var n = 0
        for b in letters {
            n += 1
            if n > 7 { return nil }
            k = k << 8 | UInt64(b)
        }
        return n == 0 ? nil : k
    }

    private static let packedSyllables: [UInt64] = {
        var keys: [UInt64] = []
        for i in 0..<UInt32(DUBAO_HANZI_SYLLABLES) {
            guard let c = dubao_hanzi_syllable(i) else { continue }
            let bytes = UnsafeRawPointer(c).assumingMemoryBound(to: UInt8.self)
            var n = 0
            while bytes[n] != 0 { n += 1 }
            if let k = packed(UnsafeBufferPointer(start: bytes, count: n)) { keys.append(k) }
        }
        for s in Polyphones.syllablesBeyondTable { if let k = packed(s.utf8) { keys.append(k) } }
        keys.sort()
        return keys
    }()

    static var tableSyllables: [String] {
        (0..<UInt32(DUBAO_HANZI_SYLLABLES)).map { String(cString: dubao_hanzi_syllable($0)) }
    }

    @inline(__always)
    static func isDense(_ v: UInt32) -> Bool { v >= denseBase && v < denseEnd }

    /// The entry of a character outside the main blocks, if the table has one.
    static func sparse(_ v: UInt32) -> dubao_hanzi_sparse_entry? {
        var lo = 0
        var hi = Int(DUBAO_HANZI_SPARSE)
        while lo < hi {
            let mid = (lo + hi) / 2
            let e = dubao_hanzi_sparse(UInt32(mid))
            if e.character == v { return e }
            if e.character < v { lo = mid + 1 } else { hi = mid }
        }
        return nil
    }

    /// A character's reading as the table gives it.
    @inline(__always)
    static func tableReading(_ v: UInt32) -> UInt16? {
        if isDense(v) {
            let k = dubao_hanzi_dense(v - denseBase).reading
            return k == none ? nil : k
        }
        guard let e = sparse(v), e.reading != none else { return nil }
        return e.reading
    }

    /// The simplified form of a character (itself when it has none).
    @inline(__always)
    public func simplify(_ v: UInt32) -> UInt32 {
        if Self.isDense(v) { return UInt32(Int32(v) + dubao_hanzi_dense(v - Self.denseBase).simplified) }
        guard let e = Self.sparse(v), e.simplified != 0 else { return v }
        return UInt32(Int64(v) + Int64(e.simplified))
    }

    @inline(__always)
    func readingIndex(_ v: UInt32) -> UInt16? {
        Self.tableReading(v) ?? Self.readings.added[v]
    }

    /// The toneless pinyin of a character, if it has one.
    public func pinyin(_ v: UInt32) -> String? {
        guard let k = readingIndex(simplify(v)) ?? readingIndex(v) else { return nil }
        return syllables[Int(k)]
    }

    /// The character's other readings, for one that Mandarin reads several ways (行: hang); else none.
    public func otherPinyin(_ v: UInt32) -> [String] {
        guard let ks = Self.readings.others[simplify(v)] ?? Self.readings.others[v] else { return [] }
        let syllables = Self.readings.syllables
        return ks.map { syllables[Int($0)] }
    }
}

/// What `Polyphones` adds to the table: the other readings of the characters Mandarin reads several ways, a
/// first reading for those the table gives none, and the syllables only they use.
struct PolyphoneReadings: Sendable {
    /// The table's syllables, then the ones only `Polyphones` gives.
    let syllables: [String]
    /// Character → a reading the table does not give it.
    let added: [UInt32: UInt16]
    /// Character → its other readings (indexes into `syllables`).
    let others: [UInt32: [UInt16]]

    init() {
        var syl = Hanzi.tableSyllables
        var index = Dictionary(uniqueKeysWithValues: syl.enumerated().map { ($1, UInt16($0)) })
        func syllable(_ p: String) -> UInt16 {
            if let k = index[p] { return k }
            let k = UInt16(syl.count)
            index[p] = k
            syl.append(p)
            return k
        }
        var added: [UInt32: UInt16] = [:]
        var others: [UInt32: [UInt16]] = [:]
        // split as bytes: as characters (grapheme clusters) it was half of this table's start
        for line in Polyphones.table.utf8.split(separator: 0x0A) {
            let f = line.split(separator: 0x20)
            guard f.count >= 2, let c = String(decoding: f[0], as: UTF8.self).unicodeScalars.first?.value else { continue }
            // a character the table gives no reading takes its first
            let main = added[c] ?? Hanzi.tableReading(c)
            var ks: [UInt16] = []
            for p in f.dropFirst() {
                let k = syllable(String(decoding: p, as: UTF8.self))
                if k != main && !ks.contains(k) { ks.append(k) }
            }
            if main == nil, let k = ks.first {
                added[c] = k
                ks.removeFirst()
            }
            if !ks.isEmpty { others[c] = ks }
        }
        syllables = syl
        self.added = added
        self.others = others
    }
}
