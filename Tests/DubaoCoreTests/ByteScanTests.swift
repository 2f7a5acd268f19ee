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

    /// Sample texts, each with a part to look for in it: the first `partLength` scalars of the sample after it (found
    /// in some texts, not in others).
    static func textsAndParts(count: Int, partLength: Int) -> [(text: String, part: String)] {
        let all = samples(count: count + 1)
        return zip(all.dropLast(), all.dropFirst()).map { ($0, String(String.UnicodeScalarView($1.unicodeScalars.prefix(partLength)))) }
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
        for (t, p) in Self.textsAndParts(count: 400, partLength: 2) {
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

    @Test("scalars(upTo:) decodes the first scalars; hasScalarPrefix and hasScalarSuffix compare scalars, not Characters")
    func prefixesAndSuffixes() {
        for (t, p) in Self.textsAndParts(count: 1500, partLength: 3) {
            let a = Array(t.unicodeScalars), b = Array(p.unicodeScalars)
            for k in [0, 1, 2, 5, 12, 40] { #expect(ByteScan.scalars(t, upTo: k) == Array(a.prefix(k)), "scalars \(t.debugDescription) \(k)") }
            #expect(ByteScan.scalars(t) == a, "scalars \(t.debugDescription)")
            #expect(t.hasScalarPrefix(p) == a.starts(with: b), "\(t.debugDescription) opens with \(p.debugDescription)")
            #expect(t.hasScalarSuffix(p) == a.reversed().starts(with: b.reversed()), "\(t.debugDescription) ends with \(p.debugDescription)")
            // a text's own first and last scalars are found, on a substring too
            if a.count >= 2 {
                let head = String(String.UnicodeScalarView(a.prefix(2))), tail = String(String.UnicodeScalarView(a.suffix(2)))
                #expect(t.hasScalarPrefix(head) && t.hasScalarSuffix(tail) && t.dropFirst(0).hasScalarPrefix(head))
            }
        }
        // a combining mark after 文 makes another Character, not another scalar
        #expect("文\u{301}章".hasScalarPrefix("文") && !"文\u{301}章".hasPrefix("文"))
        #expect("记者 王五".hasScalarSuffix("王五") && !"记者 王五".hasScalarSuffix("王"))
    }

    /// NewsLead's quick look as it was written on scalars: the first scalar after spaces and bullets is 本, or within
    /// the first 27 counted a 讯, or a 电 after 社, 网 or 台.
    static func mayOpenReportByScalars(_ text: String) -> Bool {
        var n = 0
        var agency = false
        for s in text.unicodeScalars {
            if n == 0 && (CharClass.isSpace(s) || CharClass.isBullet(s)) { continue }
            if s == "社" || s == "网" || s == "台" { agency = true }
            if (n == 0 && s == "本") || (s == "电" && agency) || s == "讯" { return true }
            n += 1
            if n > 26 { return false }
        }
        return false
    }

    @Test("NewsLead's quick look on bytes agrees with it on scalars, and passes every report's opening")
    func reportQuickLook() {
        var rng = SplitMix(seed: 0x5EED)
        let pieces: [String] = ["本", "报", "讯", "电", "社", "网", "台", "新华", " ", "\u{3000}", "□", "●", "（", "a", "，", "1月9日", "\u{20000}", "é", "荆州"]
        for _ in 0..<6000 {
            let t = (0..<Int(rng.next() % 24)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            #expect(Markers.mayOpenReport(t) == Self.mayOpenReportByScalars(t), "\(t.debugDescription)")
            if Markers.newsLead(t).isLead { #expect(Markers.mayOpenReport(t), "\(t.debugDescription)") }
        }
        for lead in ["本报讯（记者 王明）昨日…", "新华社北京1月9日电（记者 李华）", "据新华社电 国务院…", "□ 荆州新闻网讯 1月9日",
                     "中国青年网北京10月1日电（记者 张三）"] {
            #expect(Markers.newsLead(lead).isLead && Markers.mayOpenReport(lead), "\(lead)")
        }
        #expect(!Markers.mayOpenReport("记者从市电视台获悉，今年以来全市新增就业岗位一万二千个。"))
    }

    @Test("isTrailingPunct is the set of marks set after a word, and SourceLine.split ends lines where the scalars say")
    func trailingPunctAndLines() {
        let marks = "，。、；：！？）》」』”’,.;:!?)".unicodeScalars
        for s in Self.alphabet + Array("（《「『“‘([：…—·".unicodeScalars) + Array(marks) {
            #expect(CharClass.isTrailingPunct(s) == marks.contains(s), "\(s.escaped(asASCII: true))")
        }
        var rng = SplitMix(seed: 0x5117)
        let pieces = ["字", "a", " ", "\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}", "\u{85}", "\u{2027}", "\u{A9}", "é", "\u{20000}"]
        for _ in 0..<2000 {
            let text = (0..<Int(rng.next() % 12)).map { _ in pieces[Int(rng.next() % UInt64(pieces.count))] }.joined()
            // by scalars: CR LF is one ending
            var expected: [String] = []
            var line = String.UnicodeScalarView()
            var it = Array(text.unicodeScalars).makeIterator()
            var held = it.next()
            while let c = held {
                held = it.next()
                if ["\n", "\r", "\u{0B}", "\u{0C}", "\u{2028}", "\u{2029}", "\u{85}"].contains(c) {
                    expected.append(String(line)); line = String.UnicodeScalarView()
                    if c == "\r" && held == "\n" { held = it.next() }
                } else {
                    line.append(c)
                }
            }
            expected.append(String(line))
            #expect(SourceLine.split(text) == expected, "\(text.debugDescription)")
        }
    }
}
