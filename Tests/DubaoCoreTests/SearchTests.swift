import DubaoTestSupport
import Testing
@testable import DubaoCore

@Suite("Search matching")
struct SearchTests {
    func hits(_ q: String, _ text: String) -> [String] {
        let s = Array(text.unicodeScalars)
        return SearchMatcher.hits(SearchQuery.parse(q), in: text).map { String(String.UnicodeScalarView(s[$0])) }
    }

    @Test("the character table knows simplified forms and readings")
    func table() {
        #expect(Hanzi.shared.pinyin(UnicodeScalar("荆").value) == "jing")
        #expect(Hanzi.shared.pinyin(UnicodeScalar("紅").value) == "hong")
        #expect(Hanzi.shared.simplify(UnicodeScalar("門").value) == UnicodeScalar("门").value)
        #expect(Hanzi.shared.syllableSet.contains("zhou") && !Hanzi.shared.syllableSet.contains("jz"))
    }

    @Test("the packed syllable look-up agrees with the syllables as strings: every syllable, and none of their neighbours that is not one")
    func packedSyllables() {
        let set = Hanzi.shared.syllableSet
        #expect(set.count > 400)
        for s in set { #expect(Hanzi.isSyllable(s.utf8), "\(s)") }
        // each syllable with a letter added, dropped or changed at its end: a syllable exactly when the set says so
        var near = Set<String>()
        for s in set {
            near.insert(String(s.dropLast()))
            for c in "aegnorz" { near.insert(s + String(c)); near.insert(String(s.dropLast()) + String(c)) }
        }
        for s in near where !s.isEmpty { #expect(Hanzi.isSyllable(s.utf8) == set.contains(s), "\(s)") }
        #expect(!Hanzi.isSyllable("".utf8) && !Hanzi.isSyllable("zhuangzhuang".utf8) && !Hanzi.isSyllable("jz".utf8))
        // pinyin read off typed letters, as before
        #expect(SearchQuery.segmentations("wenwubaohu", limit: 8).first == ["wen", "wu", "bao", "hu"])
        let xian = SearchQuery.segmentations("xian", limit: 8)
        #expect(xian.first == ["xian"] && xian.contains(["xi", "an"]) && !xian.contains(["x", "ian"]))
        #expect(SearchQuery.segmentations("荆州", limit: 8).isEmpty && SearchQuery.segmentations("jz", limit: 8).isEmpty)
    }

    @Test("tokens with readings give each Han character's pinyin; without, the same tokens with none looked up")
    func tokenReadings() {
        let text = "荊州 Bus 行"
        let read = SearchTokens.tokens(text), bare = SearchTokens.tokens(text, readings: false)
        #expect(read.map(\.text) == ["荆", "州", "bus", "行"] && bare.map(\.text) == read.map(\.text))
        #expect(bare.map(\.range) == read.map(\.range))
        #expect(read.map(\.pinyin) == ["jing", "zhou", "bus", "xing"] && read.map(\.initial) == ["j", "z", "bus", "x"])
        #expect(read[3].otherPinyin.contains("hang"))
        #expect(bare.map(\.pinyin) == bare.map(\.text) && bare.map(\.initial) == bare.map(\.text) && bare.allSatisfy(\.otherPinyin.isEmpty))
        #expect(SearchQuery.parse("荆州").terms.map(\.alternatives) == SearchQuery.parse("荊州 ").terms.map(\.alternatives))
    }

    @Test("Chinese substrings of any length, across hard wraps and spaces")
    func chinese() {
        #expect(hits("州", "荆州日报") == ["州"])
        #expect(hits("荆州", "荆\n州日报，荆州") == ["荆\n州", "荆州"])
        #expect(hits("5173.3万元", "缓缴社会保险费 5173.3 万\n元") == ["5173.3 万\n元"])
        #expect(hits("发展信心", "发展信\n\n心更足了") == ["发展信\n\n心"])
        #expect(hits("客运站", "没有这个词").isEmpty)
    }

    @Test("pinyin: full, spaced, initials, tone marks, v for ü")
    func pinyin() {
        #expect(hits("jingzhou", "荆州日报") == ["荆州"])
        #expect(hits("jing zhou", "荆州日报") == ["荆州"])
        #expect(hits("hongmenlu", "红门路客运站") == ["红门路"])
        #expect(hits("jz", "荆州日报") == ["荆州"])
        #expect(hits("jīngzhōu", "荆州日报") == ["荆州"])
        #expect(hits("lv", "绿色发展") == ["绿"])
        #expect(hits("jingzhou", "jingzhou city") == ["jingzhou"])
        #expect(hits("xyz", "荆州日报").isEmpty)
    }

    @Test("traditional finds simplified; fullwidth and halfwidth are the same; Latin ignores case")
    func folding() {
        #expect(hits("紅門路", "红门路客运站") == ["红门路"])
        #expect(hits("(１)", "第(1)条") == ["1"])
        #expect(hits("１２３", "编号123") == ["123"])
        #expect(hits("HELLO", "say hello") == ["hello"])
    }

    @Test("several terms must all match; quoted phrases keep spaces; -term excludes")
    func terms() {
        let q = SearchQuery.parse("荆州 -客运 \"携手 共进\"")
        #expect(q.terms.map(\.text) == ["荆州", "客运", "携手 共进"])
        #expect(q.terms.map(\.exclude) == [false, true, false])
        let t = SearchTokens.tokens("荆州人才集团“携手共进 共创未来”")
        #expect(SearchMatcher.matches(q, tokens: t))
        #expect(!SearchMatcher.matches(q, tokens: SearchTokens.tokens("荆州客运站“携手共进”")))
        #expect(!SearchMatcher.matches(q, tokens: SearchTokens.tokens("荆州人才集团")))
        #expect(!SearchMatcher.matches(SearchQuery.parse("-客运"), tokens: t))
        #expect(SearchQuery.parse("   ").isEmpty)
    }

    @Test("initials are matched in the headline group only; full pinyin and characters anywhere")
    func initialsInHeadlines() {
        let q = SearchQuery.parse("kyz")
        #expect(SearchMatcher.hits(q, in: "红门路客运站", field: .headline) == [3..<6])
        #expect(SearchMatcher.hits(q, in: "红门路客运站", field: .body).isEmpty)
        let head = SearchTokens.tokens("红门路客运站"), body = SearchTokens.tokens("荆州客运站终止经营")
        #expect(SearchMatcher.matches(q, headline: head, body: []))
        #expect(!SearchMatcher.matches(q, headline: [], body: body))
        #expect(SearchMatcher.matches(SearchQuery.parse("keyunzhan"), headline: [], body: body))
        // a phrase does not run from the headline into the body
        #expect(!SearchMatcher.matches(SearchQuery.parse("站荆"), headline: head, body: body))
        #expect(SearchMatcher.matches(SearchQuery.parse("jz -kyz"), headline: SearchTokens.tokens("荆州"), body: body))
    }

    @Test("pinyin segmentation prefers fewer syllables and knows ambiguity")
    func segmentation() {
        #expect(SearchQuery.segmentations("jingzhou", limit: 8).first == ["jing", "zhou"])
        let xian = SearchQuery.segmentations("xian", limit: 8)
        #expect(xian.contains(["xian"]) && xian.contains(["xi", "an"]))
        #expect(SearchQuery.segmentations("qqq", limit: 8).isEmpty)
    }

    @Test("the one-pass index columns equal the columns made from the tokens, on the seeds and on mixed text")
    func columnsAsTokens() {
        func byTokens(_ text: String) -> (String, String, String) {
            let t = SearchTokens.tokens(text)
            let pinyin = t.map { $0.otherPinyin.isEmpty ? $0.pinyin : ([$0.pinyin] + $0.otherPinyin).joined(separator: "|") }
            let initials = t.map { tok -> String in
                guard !tok.otherPinyin.isEmpty else { return tok.initial }
                var out = [tok.initial]
                for p in tok.otherPinyin { let i = String(p.prefix(1)); if !out.contains(i) { out.append(i) } }
                return out.joined(separator: "|")
            }
            return (t.map(\.text).joined(separator: " "), pinyin.joined(separator: " "), initials.joined(separator: " "))
        }
        let texts = Fixtures.seedFiles.map(Fixtures.text) + ["荆州 Daily 2023年", "银行行长长江 ＡＢＣ１２３ Émile 紅門路、。", "", "  ", "ん한글ｶ"]
        for t in texts {
            let a = SearchTokens.columns(t), b = byTokens(t)
            #expect(a.text == b.0 && a.pinyin == b.1 && a.initials == b.2, "\(t.prefix(20))")
            // a body's column: the tokens alone
            let bare = SearchTokens.columns(t, readings: false)
            #expect(bare.text == a.text && bare.pinyin.isEmpty && bare.initials.isEmpty)
        }
    }

    @Test("index columns: tokens, pinyin and initials line up")
    func columns() {
        let c = SearchTokens.columns("荆州 Daily 2023年")
        #expect(c.text == "荆 州 daily 2023 年")
        #expect(c.pinyin == "jing zhou daily 2023 nian")
        #expect(c.initials == "j z daily 2023 n")
    }

    @Test("PolyphoneReadings: a character Mandarin reads several ways is found by each reading")
    func polyphones() {
        #expect(hits("yinhang", "建设银行") == ["银行"])
        #expect(hits("yinxing", "建设银行") == ["银行"])  // ICU's reading still finds it
        #expect(hits("changjiang", "长江中游") == ["长江"])
        #expect(hits("zhangjiang", "長江中游") == ["長江"])
        #expect(hits("yh", "建设银行") == ["银行"])
        #expect(hits("xiamen", "厦门") == ["厦门"])
        // the other reading belongs to that character, not to every character read like its first
        #expect(hits("yinhang", "银星").isEmpty)
        #expect(hits("yh", "银星").isEmpty)
        let c = SearchTokens.columns("银行 长")
        #expect(c.pinyin == "yin xing|hang zhang|chang")
        #expect(c.initials == "y x|h z|c")
        #expect(SearchTokens.readings("行".unicodeScalars.first!.value) == ["xing", "hang"])
        #expect(SearchTokens.readings("a".unicodeScalars.first!.value).isEmpty)
    }

    @Test("the polyphone table: one simplified character a line, its ICU reading among two or more readings")
    func polyphoneTable() {
        var seen = Set<Unicode.Scalar>()
        let lines = Polyphones.table.split(separator: "\n")
        #expect(lines.count > 100)
        for line in lines {
            let f = line.split(separator: " ").map(String.init)
            guard f.count >= 3, f[0].unicodeScalars.count == 1, let c = f[0].unicodeScalars.first else {
                Issue.record("malformed line \(line)")
                continue
            }
            #expect(seen.insert(c).inserted, "\(c) twice")
            #expect(Hanzi.shared.simplify(c.value) == c.value, "\(c) is not simplified: tokens never hold it")
            let readings = Array(f.dropFirst())
            #expect(Set(readings).count == readings.count, "\(line)")
            #expect(readings.allSatisfy { $0.allSatisfy { $0 >= "a" && $0 <= "z" } }, "\(line)")
            #expect(readings.contains(Hanzi.shared.pinyin(c.value) ?? ""), "\(line): ICU reads \(Hanzi.shared.pinyin(c.value) ?? "-")")
            #expect(Set([Hanzi.shared.pinyin(c.value)!] + Hanzi.shared.otherPinyin(c.value)) == Set(readings), "\(line)")
        }
    }

    @Test("for any text, the index columns have one position per token, and each reading of a token finds it")
    func columnsLineUp() {
        let alphabet = Array("银行长江重庆荆州 ，。“”()|a Zé1２\n紅門行长")
        var rng = SplitMix(seed: 0x9E37)
        for _ in 0..<500 {
            let text = String((0..<Int(rng.next() % 16)).map { _ in alphabet[Int(rng.next() % UInt64(alphabet.count))] })
            let tokens = SearchTokens.tokens(text)
            let c = SearchTokens.columns(text)
            let positions = [c.text, c.pinyin, c.initials].map { $0.split(separator: " ").count }
            #expect(positions == [tokens.count, tokens.count, tokens.count], "\(text.debugDescription): \(c)")
            #expect(!c.text.contains("|"), "\(text.debugDescription)")
            for t in tokens where t.pinyin != t.text {
                for reading in [t.pinyin] + t.otherPinyin {
                    #expect(SearchMatcher.hits(SearchQuery.parse(reading), tokens: tokens).contains { $0.overlaps(t.range) },
                            "\(reading) in \(text.debugDescription)")
                }
            }
        }
    }

    @Test("a query is bounded: at most its first 200 characters and 16 terms are searched for, and it says so")
    func bounded() {
        let many = SearchQuery.parse((0..<800).map { "词\($0 % 10)" }.joined(separator: " "))
        #expect(many.shortened && many.terms.count == SearchQuery.maximumTerms)
        let long = SearchQuery.parse(String(repeating: "荆州日报", count: 25_000))
        #expect(long.shortened && long.terms.count == 1)
        #expect(long.terms[0].text.unicodeScalars.count == SearchQuery.maximumLength)
        let pinyin = SearchQuery.parse(String(repeating: "jing zhou ", count: 5_000))
        #expect(pinyin.shortened && pinyin.terms.count <= SearchQuery.maximumTerms)
        let fine = SearchQuery.parse("荆州 -漆器 \"文 物\"")
        #expect(!fine.shortened && fine.terms.count == 3)
    }

    @Test("snippets show the hit in context")
    func snippets() {
        let text = "十月二十日下午五时四十分，随着最后一班沙市至石首客运班线发班离开，运营三十五周年的客运站正式完成历史使命。"
        let r = SearchMatcher.hits(SearchQuery.parse("客运站"), in: text)
        let s = SearchMatcher.snippet(text, hit: r.first)
        #expect(s.contains("客运站") && s.hasPrefix("…"))
        // exactly the window: 12 characters before the hit, 28 after, an ellipsis where the text goes on
        let h = try! #require(r.first)
        let scalars = Array(text.unicodeScalars)
        let window = String(String.UnicodeScalarView(scalars[(h.lowerBound - 12)..<min(scalars.count, h.upperBound + 28)]))
        #expect(s == "…" + window + (h.upperBound + 28 < scalars.count ? "…" : ""))
        // a hit at the start has no ellipsis before it; line breaks read as spaces; the end of the text, none after
        #expect(SearchMatcher.snippet("客运站\n新址", hit: 0..<3) == "客运站 新址")
        #expect(SearchMatcher.snippet(String(repeating: "文", count: 50), hit: 0..<1) == String(repeating: "文", count: 29) + "…")
        // no hit, or one past the end of the text (the text changed since): its opening
        #expect(SearchMatcher.snippet("甲乙\n丙", hit: nil) == "甲乙 丙")
        #expect(SearchMatcher.snippet("甲乙丙", hit: 10..<12) == "甲乙丙")
        #expect(SearchMatcher.snippet(String(repeating: "文", count: 50), hit: nil) == String(repeating: "文", count: 40) + "…")
    }
}
