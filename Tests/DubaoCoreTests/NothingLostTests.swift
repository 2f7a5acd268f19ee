import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoCore

/// Property: whatever the input, parsing ends and every character of it is kept somewhere: in an article,
/// the furniture, `unassigned` or `duplicatesRemoved`. Only whitespace and byline bullets may go.
@Suite("Nothing lost")
struct NothingLostTests {
    static func missing(_ text: String) -> [Unicode.Scalar: Int] {
        ParseAudit.missingCharacters(text: text, page: PageParser().parse(text: text, source: "x.txt", idPrefix: "x"))
    }

    @Test("the seed pages and fixtures lose nothing")
    func fixtures() throws {
        let files = Fixtures.seedFiles + (try FileManager.default.contentsOfDirectory(at: Fixtures.pages, includingPropertiesForKeys: nil))
        #expect(files.count >= 5)
        for f in files { #expect(Self.missing(Fixtures.text(f)).isEmpty, "\(f.lastPathComponent)") }
    }

    @Test("random recombinations of page lines lose nothing", arguments: 0..<40)
    func shuffled(seed: Int) {
        var rng = SplitMix(seed: UInt64(seed))
        let pool = Fixtures.seedFiles.flatMap { Fixtures.text($0).components(separatedBy: "\n") }
        var lines: [String] = []
        for _ in 0..<(20 + Int(rng.next() % 200)) {
            var l = pool[Int(rng.next() % UInt64(pool.count))]
            switch rng.next() % 10 {
            case 0: l = String(l.shuffled(using: &rng))
            case 1: l = l + l
            case 2: l = l.map { String($0) }.joined(separator: " ")
            case 3: l = "（" + l + "）"
            default: break
            }
            lines.append(l)
        }
        let text = lines.joined(separator: rng.next() % 2 == 0 ? "\n" : "\n\n")
        #expect(Self.missing(text).isEmpty)
    }

    @Test("odd inputs: empty, blank, one huge line, only punctuation, control characters")
    func oddInputs() {
        for t in ["", "\n\n\n", String(repeating: "荆州", count: 50_000), "。，、；：？！“”（）", "a\u{1B}[31mb\u{0}c\u{202E}d", "\r\n\r\n本报讯\r\n"] {
            #expect(Self.missing(t).isEmpty)
        }
    }
}

/// A small deterministic random generator for property tests.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed &+ 0x9E37_79B9_7F4A_7C15 }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
