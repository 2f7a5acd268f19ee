import Foundation

/// Simplified forms and pinyin readings of Han characters (from ICU, in `Resources/hanzi.tsv`): the most
/// common reading of each, as ICU gives it without context (行 reads xing), and for the characters in
/// `Polyphones` their other readings too (行 also reads hang).
public final class Hanzi: Sendable {
    public static let shared = Hanzi()

    /// The characters of the main Han blocks (U+3400…U+9FFF) are looked up by position, with no hashing: every
    /// process that searches builds these at start and every imported character is looked up.
    static let denseBase: UInt32 = 0x3400
    static let denseEnd: UInt32 = 0xA000
    static let none = UInt16.max
    /// Main blocks: simplified form minus the character (0 when it has none), and index into `syllables`.
    let denseSimplified: [Int32]
    let denseReading: [UInt16]
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
        let size = Int(Self.denseEnd - Self.denseBase)
        var dSimp = [Int32](repeating: 0, count: size)
        var dRead = [UInt16](repeating: Self.none, count: size)
        func isDense(_ c: UInt32) -> Bool { c >= Self.denseBase && c < Self.denseEnd }
        func setReading(_ c: UInt32, _ k: UInt16) {
            if isDense(c) { dRead[Int(c - Self.denseBase)] = k } else { read[c] = k }
        }
        var syl: [String] = []
        var index: [String: UInt16] = [:]
        func syllable(_ p: String) -> UInt16 {
            if let k = index[p] { return k }
            let k = UInt16(syl.count)
            index[p] = k
            syl.append(p)
            return k
        }
        // read as bytes: every process that searches loads this table, so it must cost little (27,000 lines)
        if let url = Bundle.module.url(forResource: "hanzi", withExtension: "tsv"), let data = try? Data(contentsOf: url) {
            var byKey: [UInt64: UInt16] = [:]
            data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) in
                let b = raw.bindMemory(to: UInt8.self)
                var i = 0
                let n = b.count
                /// The scalar starting at `i` (UTF-8), and the index after it.
                func scalar(_ i: Int) -> (UInt32, Int) {
                    let c = UInt32(b[i])
                    if c < 0x80 { return (c, i + 1) }
                    if c < 0xE0, i + 1 < n { return ((c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), i + 2) }
                    if c < 0xF0, i + 2 < n { return ((c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), i + 3) }
                    if i + 3 < n { return ((c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), i + 4) }
                    return (c, n)
                }
                while i < n {
                    var e = i
                    while e < n && b[e] != 0x0A { e += 1 }
                    defer { i = e + 1 }
                    guard e > i, b[i] != UInt8(ascii: "#") else { continue }
                    // char TAB simplified-or-dash TAB pinyin
                    let (c, afterChar) = scalar(i)
                    guard afterChar < e, b[afterChar] == 0x09 else { continue }
                    var j = afterChar + 1
                    if b[j] != UInt8(ascii: "-") {
                        let (sc, after) = scalar(j)
                        if isDense(c) { dSimp[Int(c - Self.denseBase)] = Int32(sc) - Int32(c) } else { simp[c] = sc }
                        j = after
                    } else {
                        j += 1
                    }
                    guard j < e, b[j] == 0x09 else { continue }
                    let start = j + 1
                    guard start < e else { continue }
                    var key: UInt64 = 0
                    for k in start..<min(e, start + 8) { key = key << 8 | UInt64(b[k]) }
                    if e - start > 8 {
                        setReading(c, syllable(String(decoding: UnsafeBufferPointer(rebasing: b[start..<e]), as: UTF8.self)))
                    } else if let k = byKey[key] {
                        setReading(c, k)
                    } else {
                        let k = syllable(String(decoding: UnsafeBufferPointer(rebasing: b[start..<e]), as: UTF8.self))
                        byKey[key] = k
                        setReading(c, k)
                    }
                }
            }
        }
        var others: [UInt32: [UInt16]] = [:]
        for line in Polyphones.table.split(separator: "\n") {
            let f = line.split(separator: " ")
            guard f.count >= 2, let c = f[0].unicodeScalars.first?.value else { continue }
            let main = Self.readingIndex(c, dense: dRead, sparse: read)
            var ks: [UInt16] = []
            for p in f.dropFirst() {
                let k = syllable(String(p))
                if k != main && !ks.contains(k) { ks.append(k) }
            }
            if main == nil, let k = ks.first { setReading(c, k); ks.removeFirst() }
            if !ks.isEmpty { others[c] = ks }
        }
        denseSimplified = dSimp
        denseReading = dRead
        simplified = simp
        reading = read
        otherReadings = others
        syllables = syl
        syllableSet = Set(syl)
    }

    /// The simplified form of a character (itself when it has none).
    @inline(__always)
    public func simplify(_ v: UInt32) -> UInt32 {
        if v >= Self.denseBase && v < Self.denseEnd { return UInt32(Int32(v) + denseSimplified[Int(v - Self.denseBase)]) }
        return simplified[v] ?? v
    }

    @inline(__always)
    func readingIndex(_ v: UInt32) -> UInt16? { Self.readingIndex(v, dense: denseReading, sparse: reading) }

    /// A character's reading from the two tables: by position in the main blocks, by key outside them.
    @inline(__always)
    static func readingIndex(_ v: UInt32, dense: [UInt16], sparse: [UInt32: UInt16]) -> UInt16? {
        if v >= denseBase && v < denseEnd {
            let k = dense[Int(v - denseBase)]
            return k == none ? nil : k
        }
        return sparse[v]
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
