import Foundation
import Testing
@testable import DubaoCore

/// The table that search folds characters with is read from `Resources/hanzi.tsv` by a fast byte scanner into
/// position-indexed arrays; it must say what the file says, character by character.
@Suite("Hanzi table")
struct HanziTableTests {
    static let file = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("../../Sources/DubaoCore/Resources/hanzi.tsv").standardized

    @Test("every line of hanzi.tsv: its simplified form and its reading, inside and outside the main Han blocks")
    func matchesFile() throws {
        let text = try String(contentsOf: Self.file, encoding: .utf8)
        let h = Hanzi.shared
        var lines = 0
        var outside = 0
        let polyphones = Set(Polyphones.table.split(separator: "\n").compactMap { $0.split(separator: " ").first?.unicodeScalars.first?.value })
        for line in text.split(separator: "\n") where !line.hasPrefix("#") {
            let f = line.split(separator: "\t", omittingEmptySubsequences: false)
            guard f.count == 3, let c = f[0].unicodeScalars.first?.value else { continue }
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
        #expect(outside > 100, "the file has characters outside the main blocks, and they are checked too")
        // characters the file does not list: themselves, no reading
        #expect(h.simplify(0x41) == 0x41 && h.pinyin(0x41) == nil)
        #expect(h.simplify(0x3400 - 1) == 0x3400 - 1)
        // a polyphone keeps its common reading and its others
        #expect(h.pinyin("行".unicodeScalars.first!.value) == "xing" && h.otherPinyin("行".unicodeScalars.first!.value) == ["hang"])
    }
}
