import CHanziTable

/// Simplified forms and pinyin readings of Han characters (from ICU, in `CHanziTable`): the most
/// common reading of each, as ICU gives it without context (行 reads xing), and for the characters in
/// `Polyphones` their other readings too (行 also reads hang).
public final class Hanzi: Sendable {
    public static let shared = Hanzi()

    /// The characters of the main Han blocks (U+3400…U+9FFF) are looked up by position in a C array the binary
    /// holds (`CHanziTable`): every process that searches asks for them, and none builds them at start.
    static let denseBase: UInt32 = DUBAO_HANZI_DENSE_BASE
    static let denseEnd: UInt32 = DUBAO_HANZI_DENSE_END
    static let none = UInt16(DUBAO_HANZI_NONE)
    /// Characters outside the main blocks (compatibility ideographs, the supplementary planes).
    let simplified: [UInt32: UInt32]
    let reading: [UInt32: UInt16]
    /// Character → its other readings (indexes into `syllables`), for the characters Mandarin reads several ways.
    let otherReadings: [UInt32: [UInt16]]
    public let syllables: [String]
    /// Every syllable, for splitting typed pinyin.
    public let syllableSet: Set<String>

    init() {
        var simp: [UInt32: UInt32] = [:]
        var read: [UInt32: UInt16] = [:]
        for i in 0..<UInt32(DUBAO_HANZI_SPARSE) {
            let e = dubao_hanzi_sparse(i)
            if e.simplified != 0 { simp[e.character] = UInt32(Int64(e.character) + Int64(e.simplified)) }
            if e.reading != Self.none { read[e.character] = e.reading }
        }
        var syl = (0..<UInt32(DUBAO_HANZI_SYLLABLES)).map { String(cString: dubao_hanzi_syllable($0)) }
        var index = Dictionary(uniqueKeysWithValues: syl.enumerated().map { ($1, UInt16($0)) })
        func syllable(_ p: String) -> UInt16 {
            if let k = index[p] { return k }
            let k = UInt16(syl.count)
            index[p] = k
            syl.append(p)
            return k
        }
        // the polyphones' readings: a character the table gives none takes its first
        var added: [UInt32: UInt16] = [:]
        var others: [UInt32: [UInt16]] = [:]
        // split as bytes: as characters (grapheme clusters) it was half of this table's start, which every search
        // process pays
        for line in Polyphones.table.utf8.split(separator: 0x0A) {
            let f = line.split(separator: 0x20)
            guard f.count >= 2, let c = String(decoding: f[0], as: UTF8.self).unicodeScalars.first?.value else { continue }
            let main = added[c] ?? Self.tableReading(c, sparse: read)
            var ks: [UInt16] = []
            for p in f.dropFirst() {
                let k = syllable(String(decoding: p, as: UTF8.self))
                if k != main && !ks.contains(k) { ks.append(k) }
            }
            if main == nil, let k = ks.first {
                if Self.isDense(c) { added[c] = k } else { read[c] = k }
                ks.removeFirst()
            }
            if !ks.isEmpty { others[c] = ks }
        }
        simplified = simp
        reading = read
        addedReadings = added
        otherReadings = others
        syllables = syl
        syllableSet = Set(syl)
    }

    /// Readings of main-block characters the C table has none for, given by `Polyphones`.
    let addedReadings: [UInt32: UInt16]

    @inline(__always)
    static func isDense(_ v: UInt32) -> Bool { v >= denseBase && v < denseEnd }

    /// A character's reading as the table gives it.
    @inline(__always)
    static func tableReading(_ v: UInt32, sparse: [UInt32: UInt16]) -> UInt16? {
        if isDense(v) {
            let k = dubao_hanzi_dense(v - denseBase).reading
            return k == none ? nil : k
        }
        return sparse[v]
    }

    /// The simplified form of a character (itself when it has none).
    @inline(__always)
    public func simplify(_ v: UInt32) -> UInt32 {
        if Self.isDense(v) { return UInt32(Int32(v) + dubao_hanzi_dense(v - Self.denseBase).simplified) }
        return simplified[v] ?? v
    }

    @inline(__always)
    func readingIndex(_ v: UInt32) -> UInt16? {
        if Self.isDense(v) {
            let k = dubao_hanzi_dense(v - Self.denseBase).reading
            return k == Self.none ? addedReadings[v] : k
        }
        return reading[v]
    }

    /// The toneless pinyin of a character, if it has one.
    public func pinyin(_ v: UInt32) -> String? {
        guard let k = readingIndex(simplify(v)) ?? readingIndex(v) else { return nil }
        return syllables[Int(k)]
    }

    /// The character's other readings, for one that Mandarin reads several ways (行: hang); else none.
    public func otherPinyin(_ v: UInt32) -> [String] {
        guard let ks = otherReadings[simplify(v)] ?? otherReadings[v] else { return [] }
        return ks.map { syllables[Int($0)] }
    }
}
