import Foundation
import Testing
@testable import DubaoCore

/// The table that search folds characters with is compiled in as C arrays (`Sources/CHanziTable`, generated):
/// numbers (a code point difference, an index into the syllables). Each entry carries a comment that says the
/// same in words (`/* 荊 → 荆 jing */`); what `Hanzi` answers must be what the comments say, character by character.
@Suite("Hanzi table")
struct HanziTableTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/CHanziTable/hanzi_table.c").standardized

    @Test("every entry of the table: its simplified form and its reading, inside and outside the main Han blocks")
    func matchesFile() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let h = Hanzi.shared
        var lines = 0
        var outside = 0
        let polyphones = Set(Polyphones.table.split(separator: "\n").compactMap { $0.split(separator: " ").first?.unicodeScalars.first?.value })
        for line in text.split(separator: "\n") {
            // `    {-4, 139}, /* 荊 → 荆 jing */`: the character, its simplified form if any, its reading
            guard let open = line.range(of: "/* "), line.hasSuffix(" */"), line.hasPrefix("    {") else { continue }
            let words = line[open.upperBound...].dropLast(3).split(separator: " ", omittingEmptySubsequences: false)
            let f = words.count >= 3 && words[1] == "→" ? [words[0], words[2], words.count > 3 ? words[3] : ""] : [words[0], "-", words.count > 1 ? words[1] : ""]
            guard let c = f[0].unicodeScalars.first?.value else { continue }
            lines += 1
            if c < Hanzi.denseBase || c >= Hanzi.denseEnd { outside += 1 }
            let simp = f[1] == "-" ? c : f[1].unicodeScalars.first!.value
            #expect(h.simplify(c) == simp, "simplify \(String(f[0]))")
            // the reading is the character's own, unless its simplified form has one (pinyin reads through it)
            if !polyphones.contains(c), !polyphones.contains(simp), f[1] == "-" {
                #expect(h.pinyin(c) == String(f[2]), "pinyin \(String(f[0]))")
            }
        }
        #expect(lines > 20_000)
        #expect(outside > 100, "the table has characters outside the main blocks, and they are checked too")
        // characters the table does not list: themselves, no reading
        #expect(h.simplify(0x41) == 0x41 && h.pinyin(0x41) == nil)
        #expect(h.simplify(0x3400 - 1) == 0x3400 - 1)
        // a polyphone keeps its common reading and its others
        #expect(h.pinyin("行".unicodeScalars.first!.value) == "xing" && h.otherPinyin("行".unicodeScalars.first!.value) == ["hang"])
    }

    /// Typed letters are split into syllables (`isSyllable`, packed from the table and `Polyphones` on its own so
    /// that a search for letters need not build the readings; `SearchTests` holds it to `syllableSet`, the
    /// readings' syllables as a set) and matched against the readings' syllables: the two must be the same list,
    /// or a syllable only a polyphone reads would split and then find nothing.
    @Test("the syllables typed pinyin is split into are the syllables of the readings")
    func syllablesAgree() {
        let h = Hanzi.shared
        #expect(h.syllableSet == Set(h.syllables))
        #expect(h.syllables.count == Set(h.syllables).count)
        #expect(h.syllableSet.contains("hang") && h.syllableSet.contains("zhou"))
    }
}
