import Foundation

/// Simplified forms and pinyin readings of Han characters (from ICU, in `Resources/hanzi.tsv`): the most
/// common reading of each, as ICU gives it without context (行 reads xing), and for the characters in
/// `Polyphones` their other readings too (行 also reads hang).
public final class Hanzi: Sendable {
    public static let shared = Hanzi()

    /// Traditional (or variant) → simplified.
    let simplified: [UInt32: UInt32]
    /// Character → index into `syllables`.
    let reading: [UInt32: UInt16]
    /// Character → its other readings (indexes into `syllables`), for the characters Mandarin reads several ways.
    let otherReadings: [UInt32: [UInt16]]
    public let syllables: [String]
    /// Every syllable, for splitting typed pinyin.
    public let syllableSet: Set<String>

    init() {
        var simp: [UInt32: UInt32] = [:]
        var read: [UInt32: UInt16] = [:]
        var syl: [String] = []
        var index: [String: UInt16] = [:]
        func syllable(_ p: String) -> UInt16 {
            if let k = index[p] { return k }
            let k = UInt16(syl.count)
            index[p] = k
            syl.append(p)
            return k
        }
        if let url = Bundle.module.url(forResource: "hanzi", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard f.count == 3, let c = f[0].unicodeScalars.first?.value else { continue }
                if f[1] != "-", let s = f[1].unicodeScalars.first?.value { simp[c] = s }
                let p = String(f[2])
                if !p.isEmpty { read[c] = syllable(p) }
            }
        }
        var others: [UInt32: [UInt16]] = [:]
        for line in Polyphones.table.split(separator: "\n") {
            let f = line.split(separator: " ")
            guard f.count >= 2, let c = f[0].unicodeScalars.first?.value else { continue }
            let main = read[c]
            var ks: [UInt16] = []
            for p in f.dropFirst() {
                let k = syllable(String(p))
                if k != main && !ks.contains(k) { ks.append(k) }
            }
            if main == nil, let k = ks.first { read[c] = k; ks.removeFirst() }
            if !ks.isEmpty { others[c] = ks }
        }
        simplified = simp
        reading = read
        otherReadings = others
        syllables = syl
        syllableSet = Set(syl)
    }

    /// The simplified form of a character (itself when it has none).
    @inline(__always)
    public func simplify(_ v: UInt32) -> UInt32 { simplified[v] ?? v }

    /// The toneless pinyin of a character, if it has one.
    public func pinyin(_ v: UInt32) -> String? {
        guard let k = reading[simplify(v)] ?? reading[v] else { return nil }
        return syllables[Int(k)]
    }

    /// The character's other readings, for one that Mandarin reads several ways (行: hang); else none.
    public func otherPinyin(_ v: UInt32) -> [String] {
        guard let ks = otherReadings[simplify(v)] ?? otherReadings[v] else { return [] }
        return ks.map { syllables[Int($0)] }
    }
}
