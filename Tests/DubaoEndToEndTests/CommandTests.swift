import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// The command line as a user runs it.
@Suite("Commands")
struct CommandTests {
    func dubao(_ args: [String]) throws -> (status: Int32, output: String) {
        let bin = try #require(BuiltProgram.dubao)
        return try Subprocess.run([bin] + args)
    }

    @Test("parse --json follows the contract: every key present, nulls not left out, ids stable across runs")
    func parseJSON() throws {
        let a = try dubao(["parse", "--json", Fixtures.seeds.path])
        #expect(a.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(a.output.utf8)) as? [String: Any])
        let pages = try #require(doc["pages"] as? [[String: Any]])
        #expect(pages.count == 2 && doc["warnings"] is [Any])
        for p in pages {
            for k in ["source", "date", "page", "section", "furniture", "articles", "unassigned", "duplicatesRemoved"] {
                #expect(p.keys.contains(k), "page key \(k)")
            }
            for art in p["articles"] as! [[String: Any]] {
                for k in ["id", "kind", "kicker", "headline", "subheadline", "column", "byline", "continuedFromPage", "continuesOnPage",
                          "previousPart", "nextPart", "blocks"] {
                    #expect(art.keys.contains(k), "article key \(k)")
                }
            }
        }
        let b = try dubao(["parse", "--json", Fixtures.seeds.path])
        #expect(a.output == b.output)
    }

    @Test("parse without --json prints an outline; nothing readable is an error")
    func outline() throws {
        let r = try dubao(["parse", Fixtures.seeds.path])
        #expect(r.status == 0 && r.output.contains("[news] 第三届出土木漆器保护国际学术研讨会在荆举行"))
        let empty = Fixtures.temporaryFolder()
        FileManager.default.createFile(atPath: empty.appendingPathComponent("e.txt").path, contents: Data())
        let e = try dubao(["parse", empty.path])
        #expect(e.status != 0 && e.output.contains("e.txt: empty file"))
    }

    @Test("without poppler a PDF gets one clear message naming it and how to install poppler; the text pages still load")
    func pdfWithoutPoppler() throws {
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-nopoppler")
        try FileManager.default.copyItem(at: Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/jcrb_20250110.pdf"), to: dir.appendingPathComponent("issue.pdf"))
        try FileManager.default.copyItem(at: Fixtures.seedFiles[0], to: dir.appendingPathComponent(Fixtures.seedFiles[0].lastPathComponent))
        let r = try Subprocess.run(["/usr/bin/env", "PATH=/nonexistent", bin, "parse", dir.path])
        #expect(r.status == 0)
        #expect(r.output.contains("issue.pdf: a PDF needs poppler's pdftotext, which is not installed (Debian: apt-get install poppler-utils)"))
        #expect(r.output.contains("第2版") || r.output.contains("第1版"))
        let with = try dubao(["parse", dir.path])
        #expect(with.output.contains("出土木漆器保护研讨会在荆举行") && !with.output.contains("pdftotext"))
    }

    @Test("a page as `pdftotext -layout` gives it (the tool run on a real PDF) is read column by column: each story whole, its lines joined")
    func layoutText() throws {
        let dir = Fixtures.temporaryFolder("dubao-layout")
        let txt = dir.appendingPathComponent("jcrb_20250110_02.txt").path
        let tool = try Subprocess.run(["pdftotext", "-q", "-layout", "-l", "1",
                                       Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/jcrb_20250110.pdf").path, txt])
        #expect(tool.status == 0)
        // the columns stand side by side on the tool's lines
        let raw = try String(contentsOfFile: txt, encoding: .utf8)
        #expect(raw.contains("（记者潘路 通讯员于箐）") && raw.split(separator: "\n").contains { $0.contains("保护") && $0.contains("漆器数量") })
        let r = try dubao(["parse", "--json", txt])
        #expect(r.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        let articles = try #require((doc["pages"] as? [[String: Any]])?.first?["articles"] as? [[String: Any]])
        func text(_ a: [String: Any]) -> String { (a["blocks"] as? [[String: Any]] ?? []).compactMap { $0["text"] as? String }.joined() }
        let story = try #require(articles.first { ($0["headline"] as? String) == "出土木漆器保护研讨会在荆举行" })
        #expect(text(story).contains("第三届出土木漆器保护国际学术研讨会在荆州开幕"))
        #expect(!text(story).contains("就业"))
        #expect(articles.contains { text($0).contains("去年全市新增城镇就业六万二千人") && ($0["byline"] as? String)?.contains("周立新") == true })
    }

    @Test("show names the PDF page a story was printed on; show --json gives every block's box on it")
    func showPDFPlacement() throws {
        let lib = Fixtures.temporaryFolder("dubao-pdfshow").appendingPathComponent("l.sqlite").path
        let pdf = Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/jcrb_20250110.pdf").path
        let text = try dubao(["show", "--library", lib, "jcrb_20250110#2.1", pdf])
        #expect(text.status == 0 && text.output.hasPrefix("木漆器保护成果丰硕") && text.output.contains("〔PDF：jcrb_20250110.pdf 第2页〕"))
        let r = try dubao(["show", "--library", lib, "--json", "jcrb_20250110#2.1"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(r.output.utf8)) as? [String: Any])
        let parts = try #require(doc["parts"] as? [[String: Any]])
        let placements = try #require(doc["placements"] as? [[String: Any]])
        #expect(placements.count == 1 && placements[0]["pdfPage"] as? Int == 2 && placements[0]["file"] as? String == pdf)
        let boxes = try #require(placements[0]["boxes"] as? [Any])
        #expect(boxes.count == (parts[0]["blocks"] as? [Any])?.count)
        for b in boxes {
            let box = try #require(b as? [String: Double])
            // on the page (600 × 500 px printed as points), left of the story beside it
            #expect(box["x0"]! >= 0 && box["x1"]! <= 280 && box["y0"]! < box["y1"]! && box["y1"]! <= 400)
        }
        let seed = try dubao(["show", "--library", lib, "--json", "jcrb_20250110#1.2"])
        #expect(seed.output.contains("\"placements\""))
    }

    @Test("search --json and show: ids are those of parse --json; a whole story shows its parts")
    func searchAndShow() throws {
        let lib = Fixtures.temporaryFolder("dubao-cmd").appendingPathComponent("l.sqlite").path
        let jumps = Fixtures.root.appendingPathComponent("Tests/Fixtures/jumps").path
        let s = try dubao(["search", "--library", lib, "--json", "钢箱梁", jumps])
        #expect(s.status == 0)
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(s.output.utf8)) as? [String: Any])
        #expect(doc["query"] as? String == "钢箱梁")
        let results = try #require(doc["results"] as? [[String: Any]])
        #expect(Set(results.compactMap { $0["id"] as? String }) == ["hexi_20250301_01#1", "hexi_20250301_02#2"])
        for r in results { for k in ["id", "headline", "source", "page", "date", "hits", "snippet"] { #expect(r.keys.contains(k)) } }
        let show = try dubao(["show", "--library", lib, "hexi_20250301_02#2"])
        #expect(show.status == 0 && show.output.contains("── 第2版 ──") && show.output.hasPrefix("新城大桥今日合龙"))
        let part = try dubao(["show", "--library", lib, "--part", "--json", "hexi_20250301_02#2"])
        let pj = try #require(try JSONSerialization.jsonObject(with: Data(part.output.utf8)) as? [String: Any])
        #expect((pj["parts"] as? [[String: Any]])?.count == 1)
        #expect(try dubao(["show", "--library", lib, "nope#1"]).status != 0)
        let none = try dubao(["search", "--library", lib, "--json", "xyzzy"])
        #expect(none.output.contains("\"results\" : ["))
    }

    @Test("search's listing shows punctuation as show does (fullwidth among Han); --json keeps the text as it came")
    func searchPunctuation() throws {
        let lib = Fixtures.temporaryFolder("dubao-cmd").appendingPathComponent("l.sqlite").path
        // the seed page prints `本报讯(记者陈雪玲 陈理君)2月4日下午,市人大…`
        let text = try dubao(["search", "--library", lib, "陈雪玲", Fixtures.seeds.path])
        #expect(text.status == 0 && text.output.contains("（记者陈雪玲") && !text.output.contains("(记者陈雪玲"), "\(text.output)")
        let json = try dubao(["search", "--library", lib, "--json", "陈雪玲"])
        #expect(json.output.contains("(记者陈雪玲"), "\(json.output)")
    }

    @Test("a whole issue in one text (pages parted by form feeds): each sheet a page, searched and shown by its place in the file")
    func sheets() throws {
        let dir = Fixtures.temporaryFolder("dubao-cmd")
        let jumps = Fixtures.root.appendingPathComponent("Tests/Fixtures/jumps")
        let pages = ["hexi_20250301_01.txt", "hexi_20250301_02.txt"].enumerated().map { k, f in
            "第\(k + 1)版\n" + Fixtures.text(jumps.appendingPathComponent(f))
        }
        let issue = dir.appendingPathComponent("hexi_20250301.txt")
        try (pages.joined(separator: "\u{0C}") + "\u{0C}").write(to: issue, atomically: true, encoding: .utf8)
        let lib = dir.appendingPathComponent("l.sqlite").path
        #expect(try dubao(["import", "--library", lib, issue.path]).status == 0)
        let s = try dubao(["search", "--library", lib, "--json", "钢箱梁"])
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(s.output.utf8)) as? [String: Any])
        let results = try #require(doc["results"] as? [[String: Any]])
        #expect(Set(results.compactMap { $0["id"] as? String }) == ["hexi_20250301#1.1", "hexi_20250301#2.2"])
        #expect(Set(results.compactMap { $0["page"] as? Int }) == [1, 2])
        let show = try dubao(["show", "--library", lib, "hexi_20250301#2.2"])
        #expect(show.status == 0 && show.output.hasPrefix("新城大桥今日合龙") && show.output.contains("── 第2版 ──"))
        #expect(show.output.contains("〔hexi_20250301.txt 第2页〕") && !show.output.contains("PDF"), "\(show.output)")
        #expect(try dubao(["library", "--library", lib]).output.contains("pages: 2"))
    }

    @Test("library: what it holds, and --check")
    func library() throws {
        let lib = Fixtures.temporaryFolder("dubao-cmd").appendingPathComponent("l.sqlite").path
        _ = try dubao(["import", "--library", lib, Fixtures.seeds.path])
        let r = try dubao(["library", "--library", lib, "--check"])
        #expect(r.status == 0 && r.output.contains("pages: 2") && r.output.contains("check: ok"))
        // its size against the page files it holds (the seeds: 2 files)
        let seedBytes = Fixtures.seedFiles.compactMap { try? FileManager.default.attributesOfItem(atPath: $0.path)[.size] as? Int }.reduce(0, +)
        #expect(r.output.contains(String(format: "its page files' %.1f MB)", Double(seedBytes) / 1_048_576)), "\(r.output)")
    }

    @Test("search, show and library read without writing: the library file's bytes and modification time stay as they were")
    func readingNeverWrites() throws {
        let dir = Fixtures.temporaryFolder("dubao-readonly-cmds")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = dir.appendingPathComponent("l.sqlite").path
        #expect(try dubao(["import", "--library", lib, Fixtures.seeds.path]).status == 0)
        // a reader that opened the library for writing would checkpoint or migrate; let the file settle first
        let before = try Data(contentsOf: URL(fileURLWithPath: lib))
        let stamp = try FileManager.default.attributesOfItem(atPath: lib)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 0.05)
        let id = try Library(path: lib, access: .read).search(SearchQuery.parse("荆州"), limit: 1).first?.id
        for args in [["search", "荆州"], ["search", "--json", "jingzhou"], ["search", "xyzzy"], ["show", id ?? "?"], ["library"]] {
            let r = try dubao(args + ["--library", lib])
            #expect(r.status == 0 || args[0] == "search", "\(args): \(r.output)")
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: lib)) == before, "the library's bytes changed")
        #expect(try FileManager.default.attributesOfItem(atPath: lib)[.modificationDate] as? Date == stamp, "the library's modification time changed")
    }

    /// Mount namespaces need root (CI and this machine run as root); elsewhere the test cannot hide the build.
    static let canHideBuild = (try? Subprocess.run(["unshare", "-m", "true"]).status) == 0

    @Test("a dubao copied elsewhere (the README's install) runs with its build directory gone: nothing is read from beside it",
          .enabled(if: canHideBuild))
    func installedRunsAlone() throws {
        let built = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-installed")
        let bin = dir.appendingPathComponent("dubao").path
        // copied by `cp`, not in this process: a test running alongside that forks while this process holds the
        // copy's write descriptor keeps it open in its child, and the copy cannot be run ("text file busy")
        let copy = try Subprocess.run(["cp", built, bin])
        #expect(copy.status == 0, "\(copy.output)")
        let lib = dir.appendingPathComponent("lib.sqlite").path
        // the build tree is hidden under an empty mount, in a namespace of this command only; the search imports the
        // seeds (every character folded and read as pinyin) and looks for a traditional form
        let build = Fixtures.root.appendingPathComponent(".build").path
        let script = "mount -t tmpfs none \(Tmux.quote(build)) && exec \(Tmux.quote(bin)) search 荊州 --library \(Tmux.quote(lib)) \(Tmux.quote(Fixtures.seeds.path))"
        // 126: "text file busy", should a process forked alongside still hold a descriptor of the copy; that passes
        var r = try Subprocess.run(["unshare", "-m", "sh", "-c", script])
        for _ in 0..<30 where r.status == 126 {
            usleep(100_000)
            r = try Subprocess.run(["unshare", "-m", "sh", "-c", script])
        }
        #expect(r.status == 0, "\(r.output.prefix(400))")
        #expect(r.output.contains("荆州") && !r.output.contains("no results"))
        // and the build really was out of sight
        let hidden = try Subprocess.run(["unshare", "-m", "sh", "-c", "mount -t tmpfs none \(Tmux.quote(build)) && ls -A \(Tmux.quote(build)) | wc -l"])
        #expect(hidden.output.trimmingCharacters(in: .whitespacesAndNewlines) == "0")
    }
}
