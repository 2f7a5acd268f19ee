import Testing
@testable import DubaoCore

/// The byte-level scanners are fast copies of scalar-level definitions; they must agree with them.
@Suite("Byte scanners agree with the character classes")
struct ByteScanTests {
    /// Scalars near every byte pattern the scanners test, plus their neighbours (one code unit off).
    static let alphabet: [Unicode.Scalar] = [
        " ", "\t", "\u{0B}", "\u{0C}", "a", ",", ";", ":", ".", "\u{A0}", "\u{A1}", "\u{B7}",
        "\u{2001}", "\u{2002}", "\u{2009}", "\u{200A}", "\u{200B}", "\u{202F}", "\u{205F}", "\u{2014}", "\u{201C}",
        "\u{3000}", "\u{3001}", "\u{3002}", "\u{300A}", "\u{FF0C}", "\u{FF0D}", "\u{2015}", "\u{2500}", "\u{2501}", "\u{2502}", "\u{2095}", "\u{FF1A}", "\u{FF1B}", "\u{FF1C}",
        "荆", "州", "版", "页", "\u{7248}", "\u{9876}", "\u{4DFF}", "\u{9FFF}", "\u{A000}", "\u{1F600}", "é",
        // bytes of 版 (E7 89 88) and 页 (E9 A1 B5) in other places and orders, for the skipping scan
        "\u{7208}", "\u{7249}", "\u{9875}", "\u{9855}", "\u{8875}", "\u{2248}", "\u{6A75}", "\u{7A48}",
        // the edges of every Han block (and one past them), 〇, and a Han character outside the BMP
        "\u{3006}", "\u{3007}", "\u{3008}", "\u{33FF}", "\u{3400}", "\u{4DBF}", "\u{4DC0}", "\u{4E00}", "\u{4DFF}",
        "\u{F8FF}", "\u{F900}", "\u{FAFF}", "\u{FB00}", "\u{1FFFF}", "\u{20000}", "\u{2A6D6}", "\u{3FFFF}", "\u{40000}",
    ]

    static func samples(count: Int) -> [String] {
        var rng = SplitMix(seed: 0xD0BA0)
        return (0..<count).map { _ in
            var s = String.UnicodeScalarView()
            for _ in 0..<Int(rng.next() % 12) { s.append(alphabet[Int(rng.next() % UInt64(alphabet.count))]) }
            return String(s)
        }
    }

    @Test("byte scanners match their scalar definitions")
    func agree() {
        for s in Self.samples(count: 5000) {
            let spaces = s.unicodeScalars.contains(where: CharClass.isSpace)
            let clause = s.unicodeScalars.contains(where: CharClass.isClausePunct)
            #expect(ByteScan.hasSpaces(s) == spaces, "hasSpaces \(s.debugDescription)")
            #expect(ByteScan.hasClausePunct(s) == clause, "hasClausePunct \(s.debugDescription)")
            let sentence = s.unicodeScalars.contains { $0 == "," || $0 == "，" || $0 == "。" }
            #expect(ByteScan.hasSentencePunct(s) == sentence, "hasSentencePunct \(s.debugDescription)")
            let pageMark = s.unicodeScalars.contains { $0 == "版" || $0 == "页" }
            #expect(ByteScan.mayHoldPageMark(s) == pageMark, "mayHoldPageMark \(s.debugDescription)")
            #expect(s.hanCount == s.unicodeScalars.filter(CharClass.isHan).count, "hanCount \(s.debugDescription)")
            #expect(ByteScan.hanCount(s, upTo: 2) == min(2, s.hanCount), "hanCount upTo \(s.debugDescription)")
            #expect(ByteScan.holdsByte(s, 0x2E) == s.unicodeScalars.contains("."), "holdsByte \(s.debugDescription)")
            let dash = s.unicodeScalars.contains { $0 == "\u{2015}" || $0 == "\u{2500}" || $0 == "\u{2501}" || $0 == "\u{FF0D}" }
            #expect(DashForms.holdsDash(s) == dash, "holdsDash \(s.debugDescription)")
        }
    }

    @Test("holdsAny finds any of the scalars asked for, and the scalar before a byte is decoded back")
    func holdsAnyAndScalarBefore() {
        let asked: [Unicode.Scalar] = ["版", "\u{3000}", "a", "\u{20000}", "é"]
        for s in Self.samples(count: 3000) {
            #expect(ByteScan.holdsAny(s, asked) == s.unicodeScalars.contains(where: asked.contains), "holdsAny \(s.debugDescription)")
            // walking back from the end gives the scalars in reverse
            var back: [Unicode.Scalar] = []
            ByteScan.bytes(s) { b in
                var end = b.count
                while let (v, start) = ByteScan.scalar(before: end, in: b) { back.append(Unicode.Scalar(v)!); end = start }
            }
            #expect(back == Array(s.unicodeScalars.reversed()), "scalar(before:) \(s.debugDescription)")
        }
    }

    @Test("contains finds a part exactly where its scalars occur in a row")
    func contains() {
        let texts = Self.samples(count: 400)
        let parts = Self.samples(count: 400).map { String(String.UnicodeScalarView($0.unicodeScalars.prefix(2))) }
        for (t, p) in zip(texts, parts) {
            let a = Array(t.unicodeScalars), b = Array(p.unicodeScalars)
            let plain = b.isEmpty || (a.count >= b.count && (0...(a.count - b.count)).contains { Array(a[$0..<($0 + b.count)]) == b })
            #expect(ByteScan.contains(t, p) == plain, "\(t.debugDescription) holds \(p.debugDescription)")
            // a part taken from the text is always found
            if a.count >= 2 { #expect(ByteScan.contains(t, String(String.UnicodeScalarView(a[1...]))) ) }
        }
    }

    @Test("textLineCount counts the lines SourceLine makes that hold more than spaces and tabs")
    func textLines() {
        var rng = SplitMix(seed: 0x11AE5)
        let pieces = ["字", "a", " ", "\t", "\u{3000}", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\n\n"]
        for _ in 0..<2000 {
            let text = (0..<Int(rng.next() % 14)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            let expected = SourceLine.split(text).filter { $0.unicodeScalars.contains { $0 != " " && $0 != "\t" } }.count
            #expect(ByteScan.textLineCount(text) == expected, "\(text.debugDescription)")
        }
    }
}
