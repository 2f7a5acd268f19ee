import Foundation
import Testing
@testable import DubaoCore

/// `JSONWriter` must give the bytes `CorpusJSON` (Foundation's encoder) gives for the same document, so that a
/// script reading `dubao search --json` sees no difference.
@Suite("JSON writer")
struct JSONWriterTests {
    struct Item: Encodable {
        var text: String
        var none: String?
        var n: Int
        var list: [Int]
        func encode(to encoder: Encoder) throws {
            enum K: String, CodingKey { case text, none, n, list }
            var c = encoder.container(keyedBy: K.self)
            try c.encode(text, forKey: .text)
            try c.encode(none, forKey: .none)
            try c.encode(n, forKey: .n)
            try c.encode(list, forKey: .list)
        }
        var json: JSONWriter { .object(["text": .string(text), "none": .string(none), "n": .int(n), "list": .array(list.map { .int($0) })]) }
    }

    struct Doc: Encodable { var query: String; var results: [Item] }

    @Test("the same bytes as the encoder: escapes, control characters, slashes, Han, emoji, nulls, empty and nested lists")
    func sameAsEncoder() throws {
        let strings = ["", "荆州", "q\"uote\\back/slash", "\u{1}\u{7f}\n\t\u{8}\u{c}\r\u{1f}", "\u{2028}é😀\u{85}", "…（上接第1版）…", "a\u{0}b"]
        var items: [Item] = []
        for (k, s) in strings.enumerated() {
            items.append(Item(text: s, none: k % 2 == 0 ? nil : s, n: k * 1_000_003 - 7, list: Array(0..<(k % 3))))
        }
        for doc in [Doc(query: "文物", results: items), Doc(query: "", results: []), Doc(query: "x", results: [items[3]])] {
            let mine = JSONWriter.object(["query": .string(doc.query), "results": .array(doc.results.map(\.json))]).bytes
            let theirs = Array(try CorpusJSON.encode(doc))
            #expect(mine == theirs, "\(String(decoding: mine, as: UTF8.self))\n---\n\(String(decoding: theirs, as: UTF8.self))")
        }
        #expect(JSONWriter.int(nil).bytes == Array("null".utf8) && JSONWriter.int(-5).bytes == Array("-5".utf8))
    }
}
