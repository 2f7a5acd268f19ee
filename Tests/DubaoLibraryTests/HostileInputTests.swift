import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

/// Files no one should have to read: each gives a clear message or is read as well as it can be, and
/// nothing crashes or hangs. (The full-size versions — a 50 MB line, a million paragraphs — run in
/// `dubao-bench hostile` on a release build; here they are smaller so the suite stays quick.)
@Suite("Hostile inputs", .serialized)
struct HostileInputTests {
    let seed = Fixtures.text(Fixtures.seedFiles[0])

    func folder() -> URL { Fixtures.temporaryFolder("dubao-hostile") }

    func write(_ url: URL, _ bytes: [UInt8]) { FileManager.default.createFile(atPath: url.path, contents: Data(bytes)) }

    @Test("binary data, NUL bytes, invalid and mixed encodings, UTF-16 without BOM, GB18030: read or refused with a message")
    func encodings() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        var rng = SplitMixRandom(seed: 7)
        write(dir.appendingPathComponent("random.txt"), (0..<50_000).map { _ in UInt8(truncatingIfNeeded: rng.next()) })
        write(dir.appendingPathComponent("nul.txt"), Array("本报讯（记者甲）".utf8) + [0, 0, 0] + Array("昨日召开会议。".utf8))
        var mixed = Array("本报讯（记者甲）昨日召开会议。\n".utf8)
        mixed += [0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6]  // GB18030 bytes inside UTF-8 text
        mixed += Array("会议强调，要抓好落实。".utf8)
        write(dir.appendingPathComponent("mixed.txt"), mixed)
        var le: [UInt8] = []
        for u in seed.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        write(dir.appendingPathComponent("utf16le-nobom.txt"), le)
        write(dir.appendingPathComponent("good.txt"), Array(seed.utf8))
        let corpus = CorpusLoader.load([dir.path])
        let read = Set(corpus.pages.map { ($0.source as NSString).lastPathComponent })
        #expect(read.isSuperset(of: ["mixed.txt", "utf16le-nobom.txt", "good.txt"]))
        #expect(corpus.warnings.contains { $0.contains("random.txt") })
        #expect(corpus.warnings.contains { $0.contains("nul.txt") && $0.contains("NUL byte at offset") })
        #expect(corpus.warnings.contains { $0.contains("mixed.txt") && $0.contains("invalid UTF-8") })
        let utf16 = try #require(corpus.pages.first { $0.source.hasSuffix("utf16le-nobom.txt") })
        #expect(utf16.articles.count == corpus.pages.first { $0.source.hasSuffix("good.txt") }!.articles.count)
        let m = try #require(corpus.pages.first { $0.source.hasSuffix("mixed.txt") })
        #expect(m.articles.first?.bodyText.contains("会议强调") == true)
    }

    @Test("a long single line and many tiny paragraphs are parsed, with nothing lost")
    func sizes() throws {
        // the time limits guard against a blow-up (a quadratic walk would take hours), not speed: this is a debug
        // build sharing the machine with the rest of the suite (the tiny paragraphs took 60.6 s under a loaded CI
        // run; the whole test takes 23–26 s alone); `dubao-bench hostile` measures the release build
        let limit: TimeInterval = 180
        let line = String(repeating: "荆州日报全媒体记者报道，", count: 120_000)  // 3.9 MB, no newline
        var start = Date()
        var page = PageParser().parse(text: line, source: "line.txt", idPrefix: "l")
        #expect(Date().timeIntervalSince(start) < limit)
        #expect(ParseAudit.missingCharacters(text: line, page: page).isEmpty)
        let tiny = (0..<100_000).map { "第\($0)段。" }.joined(separator: "\n\n")
        start = Date()
        page = PageParser().parse(text: tiny, source: "tiny.txt", idPrefix: "t")
        #expect(Date().timeIntervalSince(start) < limit)
        #expect(ParseAudit.missingCharacters(text: tiny, page: page).isEmpty)
        let headings = (0..<20_000).map { "标题\($0)" }.joined(separator: "\n\n")
        page = PageParser().parse(text: headings, source: "h.txt", idPrefix: "h")
        #expect(ParseAudit.missingCharacters(text: headings, page: page).isEmpty)
    }

    @Test("a text parted by a form feed is a page a sheet, and what each sheet holds is kept by its page")
    func sheetsKeepTheirCharacters() {
        let text = "要闻\n\n城东新建三座口袋公园。\n\u{0C}法治\n\n市法院今天开庭审理一起案件。\n"
        let r = CorpusLoader.parseBytes(Array(text.utf8), path: "x.txt", idPrefix: "x")
        #expect(r.pages.count == 2)
        #expect(ParseAudit.missingCharacters(text: text, pages: r.pages).isEmpty)
        // the first sheet's page alone does not hold the second sheet's characters (what the fuzzer once asked)
        #expect(!ParseAudit.missingCharacters(text: text, pages: Array(r.pages.prefix(1))).isEmpty)
    }

    @Test("10,000 files in one folder, a symbolic-link loop and an unreadable file")
    func folders() throws {
        let dir = folder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let many = dir.appendingPathComponent("many")
        try FileManager.default.createDirectory(at: many, withIntermediateDirectories: true)
        for i in 0..<10_000 {
            write(many.appendingPathComponent(String(format: "p_%05d.txt", i)), Array("本报讯（记者甲）第\(i)号消息。".utf8))
        }
        try FileManager.default.createSymbolicLink(atPath: many.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let locked = dir.appendingPathComponent("locked.txt")
        write(locked, Array(seed.utf8))
        chmod(locked.path, 0)
        let corpus = CorpusLoader.load([dir.path])
        #expect(corpus.pages.count >= 10_000)
        #expect(corpus.warnings.contains { $0.contains("loop") || $0.contains("already visited") })
        if getuid() != 0 { #expect(corpus.warnings.contains { $0.contains("locked.txt") && $0.contains("denied") }) }
    }

    @Test("escape sequences, OSC 52 and bidi overrides in a page are kept as data and shown only as stand-ins")
    func escapes() throws {
        let text = "本报讯（记者甲）危险\u{1B}]52;c;aGVsbG8=\u{07}文本\u{1B}[2J清屏\u{202E}反向\u{9B}31m结束。"
        let page = PageParser().parse(text: text, source: "esc.txt", idPrefix: "e")
        #expect(ParseAudit.missingCharacters(text: text, page: page).isEmpty)
        let shown = TerminalSafe.plain(page.articles.map(\.bodyText).joined())
        #expect(!shown.unicodeScalars.contains { CharClass.isControl($0) })
        #expect(shown.contains("␛]52;c;aGVsbG8=␇"))
    }
}
