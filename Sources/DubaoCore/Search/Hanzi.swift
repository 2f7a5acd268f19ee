import Foundation

/// Simplified forms and pinyin readings of Han characters (from ICU, in `Resources/hanzi.tsv`). One reading
/// per character: the most common, as ICU gives it without context (行 reads xing, not hang).
public final class Hanzi: Sendable {
    public static let shared = Hanzi()

    /// Traditional (or variant) → simplified.
    let simplified: [UInt32: UInt32]
    /// Character → index into `syllables`.
    let reading: [UInt32: UInt16]
    public let syllables: [String]
    /// Every syllable, for splitting typed pinyin.
    public let syllableSet: Set<String>

    init() {
        var simp: [UInt32: UInt32] = [:]
        var read: [UInt32: UInt16] = [:]
        var syl: [String] = []
        var index: [String: UInt16] = [:]
        if let url = Bundle.module.url(forResource: "hanzi", withExtension: "tsv"),
            let text = try? String(contentsOf: url, encoding: .utf8) {
            for line in text.split(separator: "\n") where !line.hasPrefix("#") {
                let f = line.split(separator: "\t", omittingEmptySubsequences: false)
                guard f.count == 3, let c = f[0].unicodeScalars.first?.value else { continue }
                if f[1] != "-", let s = f[1].unicodeScalars.first?.value { simp[c] = s }
                let p = String(f[2])
                if !p.isEmpty {
                    let k: UInt16
                    if let e = index[p] { k = e } else { k = UInt16(syl.count); index[p] = k; syl.append(p) }
                    read[c] = k
                }
            }
        }
        simplified = simp
        reading = read
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
}
