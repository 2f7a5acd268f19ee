import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

@Suite("Loading files")
struct LoadingTests {
    let seedText = Fixtures.text(Fixtures.seedFiles[0])

    func write(_ dir: URL, _ name: String, _ bytes: [UInt8]) {
        FileManager.default.createFile(atPath: dir.appendingPathComponent(name).path, contents: Data(bytes))
    }

    @Test("bad files are reported by name and the good ones still parse")
    func badInputs() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        write(dir, "good.txt", Array(seedText.utf8))
        write(dir, "binary.txt", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x01, 0x00] + (0..<4000).map { UInt8($0 % 256) })
        write(dir, "empty.txt", [])
        var invalid = Array("本报讯（记者甲）昨日，全市召开会议。".utf8)
        invalid.insert(0xFF, at: 9)
        invalid.append(contentsOf: [0xC3, 0x28])
        write(dir, "invalid-utf8.txt", invalid)
        let gb: [UInt8] = [0xB1, 0xBE, 0xB1, 0xA8, 0xD1, 0xB6, 0xA3, 0xA8, 0xBC, 0xC7, 0xD5, 0xDF, 0xBC, 0xD7, 0xA3, 0xA9,
                           0xD7, 0xF2, 0xC8, 0xD5, 0xA3, 0xAC, 0xC8, 0xAB, 0xCA, 0xD0, 0xD5, 0xD9, 0xBF, 0xAA, 0xBB, 0xE1, 0xD2, 0xE9, 0xA1, 0xA3]
        write(dir, "gb18030.txt", gb)
        // over the size limit: refused before it is read, with the reason
        write(dir, "huge-one-line.txt", Array(String(repeating: "荆州日报全媒体，", count: (CorpusLoader.maximumFileSize + 1024) / 24).utf8))
        let corpus = CorpusLoader.load([dir.path])
        let names = corpus.pages.map { ($0.source as NSString).lastPathComponent }
        #expect(Set(names) == ["good.txt", "invalid-utf8.txt", "gb18030.txt"])
        #expect(corpus.warnings.contains { $0.contains("huge-one-line.txt") && $0.contains("too large") && $0.contains("the limit is 4 MB") })
        #expect(corpus.warnings.contains { $0.contains("binary.txt") && $0.contains("binary") })
        #expect(corpus.warnings.contains { $0.contains("empty.txt") && $0.contains("empty") })
        #expect(corpus.warnings.contains { $0.contains("invalid-utf8.txt") && $0.contains("offset 9") })
        #expect(corpus.warnings.contains { $0.contains("gb18030.txt") && $0.contains("GB18030") })
        let gbPage = try #require(corpus.pages.first { $0.source.hasSuffix("gb18030.txt") })
        #expect(gbPage.articles.first?.byline == "记者甲")
        #expect(gbPage.articles.first?.blocks.first?.text == "本报讯（记者甲）昨日，全市召开会议。")
        let good = try #require(corpus.pages.first { $0.source.hasSuffix("good.txt") })
        #expect(good.articles.count >= 10)
    }

    @Test("UTF-8 with BOM, UTF-16 with and without BOM, and CRLF read the same text")
    func encodings() throws {
        let text = "本报讯（记者甲）昨日，全市召开会议。\r\n\r\n会议强调，要抓好落实。\r\n"
        let utf8 = Array(text.utf8)
        var le: [UInt8] = []
        var be: [UInt8] = []
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)]; be += [UInt8(u >> 8), UInt8(u & 0xFF)] }
        for bytes in [[0xEF, 0xBB, 0xBF] + utf8, [0xFF, 0xFE] + le, [0xFE, 0xFF] + be, le, be, utf8] {
            let r = CorpusLoader.parseBytes(bytes, path: "p.txt", idPrefix: "p")
            let page = try #require(r.page)
            #expect(page.articles.first?.blocks.map(\.text) == ["本报讯（记者甲）昨日，全市召开会议。", "会议强调，要抓好落实。"])
        }
    }

    @Test("bytes behind a UTF-16 byte-order mark that are not text are refused, naming the mark and the share read as text")
    func markedNoise() throws {
        var rng = SplitMixRandom(seed: 11)
        let noise: [UInt8] = (0..<4000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for (mark, name) in [([UInt8(0xFF), 0xFE], "UTF-16LE"), ([0xFE, 0xFF], "UTF-16BE")] {
            guard case .failure(let f) = TextDecoder.decode(mark + noise), case .notText(_, let percent) = f else {
                Issue.record("\(name) noise read as text"); continue
            }
            #expect(percent < TextDecoder.markedUTF16Share && f.description.contains(name) && f.description.contains("not a text page"))
            let r = CorpusLoader.parseBytes(mark + noise, path: "noise.txt", idPrefix: "noise")
            #expect(r.page == nil && r.warnings == ["noise.txt: \(f); skipped"])
        }
        // a page of Chinese text with a few stray characters behind its mark is still read
        var text = Array(repeating: "本报讯（记者甲）昨日，全市召开会议，部署今年的工作。\n", count: 20).joined()
        text += "\u{E000}\u{0001}"
        var le: [UInt8] = [0xFF, 0xFE]
        for u in text.utf16 { le += [UInt8(u & 0xFF), UInt8(u >> 8)] }
        guard case .success(let d) = TextDecoder.decode(le) else { Issue.record("UTF-16LE text refused"); return }
        #expect(d.text == text)
    }

    @Test("Big5 pages are read as Big5, GB18030 pages as GB18030: told apart by their byte pairs")
    func big5() throws {
        let traditional = "本報訊（記者張明）今天上午，新城大橋主跨順利合龍。市民紛紛表示，這座大橋將方便兩岸往來，縮短通行時間。"
        let simplified = "本报讯（记者张明）今天上午，新城大桥主跨顺利合龙。市民纷纷表示，这座大桥将方便两岸往来，缩短通行时间。"
        func iconv(_ s: String, _ to: String) throws -> [UInt8] {
            let dir = Fixtures.temporaryFolder()
            defer { try? FileManager.default.removeItem(at: dir) }
            let f = dir.appendingPathComponent("in.txt")
            try Data(s.utf8).write(to: f)
            let r = try Subprocess.runRaw(["iconv", "-f", "UTF-8", "-t", to, f.path], capture: true)
            try #require(r.status == 0)
            return r.bytes
        }
        guard case .success(let b5) = TextDecoder.decode(try iconv(traditional, "BIG5")) else { Issue.record("Big5 not read"); return }
        #expect(b5.encoding == .big5 && b5.text == traditional)
        guard case .success(let gb) = TextDecoder.decode(try iconv(simplified, "GB18030")) else { Issue.record("GB18030 not read"); return }
        #expect(gb.encoding == .gb18030 && gb.text == simplified)
        // traditional characters written in GBK are still GBK
        guard case .success(let gbt) = TextDecoder.decode(try iconv(traditional, "GBK")) else { Issue.record("GBK not read"); return }
        #expect(gbt.encoding == .gb18030 && gbt.text == traditional)
    }

    @Test("file names that are not UTF-8 are found, read and named with their bytes shown")
    func nonUTF8Names() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let name = PathName.decode(bytes: Array(dir.path.utf8) + [0x2F, 0xB1, 0xA8, 0xB1, 0xA8] + Array("_20250110_02.txt".utf8))
        #expect(PathName.bytes(name).suffix(20).starts(with: [0xB1, 0xA8, 0xB1, 0xA8]))
        let fd = PathName.withCString(name) { open($0, O_WRONLY | O_CREAT, 0o644) }
        try #require(fd >= 0)
        let text = Array(seedText.utf8)
        _ = text.withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
        close(fd)
        let corpus = CorpusLoader.load([dir.path])
        #expect(corpus.pages.count == 1 && corpus.warnings.isEmpty, "\(corpus.warnings)")
        #expect(corpus.pages.first?.page == 2 && corpus.pages.first?.date == "2025-01-10")
        #expect(TerminalSafe.plain(corpus.pages.first.map { $0.source } ?? "").hasSuffix("\\xB1\\xA8\\xB1\\xA8_20250110_02.txt"))
    }

    @Test("invalid bytes: U+FFFD in their place, warning with the offset, the rest read")
    func invalidBytes() throws {
        var bytes = Array("本报讯（记者甲）昨日召开会议。".utf8)
        bytes.insert(0x80, at: 3)
        let r = CorpusLoader.parseBytes(bytes, path: "bad.txt", idPrefix: "bad")
        #expect(r.warnings.contains { $0.hasPrefix("bad.txt:") && $0.contains("offset 3") })
        #expect(r.page?.articles.first?.bodyText.contains("昨日召开会议") == true)
    }

    @Test("an unreadable file and a missing path are reported; the folder loop is entered once")
    func unreadableAndLoops() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        write(dir, "a.txt", Array(seedText.utf8))
        let sub = dir.appendingPathComponent("sub")
        try FileManager.default.createDirectory(at: sub, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: sub.appendingPathComponent("loop").path, withDestinationPath: dir.path)
        let locked = dir.appendingPathComponent("locked.txt")
        write(dir, "locked.txt", Array(seedText.utf8))
        chmod(locked.path, 0)
        let corpus = CorpusLoader.load([dir.path, dir.appendingPathComponent("missing").path])
        #expect(corpus.warnings.contains { $0.contains("missing") })
        if getuid() != 0 {  // root reads anything
            #expect(corpus.warnings.contains { $0.contains("locked.txt") })
        }
        #expect(corpus.pages.filter { $0.source.hasSuffix("a.txt") }.count == 1)
    }

    @Test("FileNameMetadata reads dates, pages and papers from names and folders", arguments: [
        ("jzrb_20250110_02.txt", "jzrb", "2025-01-10", 2),
        ("2025-01-10/A002.txt", nil, "2025-01-10", 2),
        ("荆州日报/2025/01/10/第3版.txt", "荆州日报", "2025-01-10", 3),
        ("paper-2024.03.16-p12.txt", "paper", "2024-03-16", 12),
        ("000_a854029e7de6c335.txt", nil, nil, nil),
        ("notes.txt", "notes", nil, nil),
        ("20251301_05.txt", nil, nil, 5),
        // the page run on after the date, as e-paper files are named; not a long number inside a name
        ("rmrb2025010902.pdf", "rmrb", "2025-01-09", 2),
        ("jcwb20250409012.txt", "jcwb", "2025-04-09", 12),
        ("scan_2025010912345_x.txt", "scan", nil, nil),
    ] as [(String, String?, String?, Int?)])
    func metadata(path: String, paper: String?, date: String?, page: Int?) {
        let m = FileNameMetadata.parse(path: path)
        #expect(m.date == date)
        #expect(m.page == page)
        #expect(m.paper == paper)
    }

    @Test("article ids are stable across runs and unique when two files share a name")
    func ids() {
        let a = CorpusLoader.idPrefixes(["x/p_01.txt", "y/p_01.txt", "z/q.txt"])
        #expect(a[2] == "q")
        #expect(a[0] != a[1] && a[0].hasPrefix("p_01~"))
        #expect(a == CorpusLoader.idPrefixes(["x/p_01.txt", "y/p_01.txt", "z/q.txt"]))
    }
}
