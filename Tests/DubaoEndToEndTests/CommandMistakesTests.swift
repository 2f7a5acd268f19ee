import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// What a user gets wrong on the command line, and what the program does about it.
@Suite("Command-line mistakes")
struct CommandMistakesTests {
    /// Runs with a time limit (coreutils `timeout`): 124 means it hung.
    func dubao(_ args: [String], seconds: Int = 60) throws -> (status: Int32, output: String) {
        let bin = try #require(BuiltProgram.dubao)
        return try Subprocess.run(["timeout", "\(seconds)", bin] + args)
    }

    @Test("a FIFO named on the command line or lying in a folder is skipped with a warning, never waited on")
    func fifo() throws {
        let dir = Fixtures.temporaryFolder("dubao-fifo")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedFiles[0], to: pages.appendingPathComponent("a.txt"))
        let named = dir.appendingPathComponent("named-fifo").path
        let inside = pages.appendingPathComponent("inside.txt").path
        #expect(mkfifo(named, 0o644) == 0 && mkfifo(inside, 0o644) == 0)
        let parse = try dubao(["parse", named, pages.path], seconds: 30)
        #expect(parse.status == 0, "\(parse.output)")
        #expect(parse.output.contains("named-fifo: a FIFO (named pipe), not a page file; skipped"))
        #expect(parse.output.contains("inside.txt: a FIFO (named pipe), not a page file; skipped"))
        #expect(parse.output.contains("[news] 第三届出土木漆器保护国际学术研讨会在荆举行"))
        let imp = try dubao(["import", "--library", dir.appendingPathComponent("l.sqlite").path, named, pages.path], seconds: 30)
        #expect(imp.status == 0 && imp.output.contains("1 new") && imp.output.contains("named-fifo"), "\(imp.output)")
    }

    @Test("import of a path that does not exist says so and fails; with no paths it imports the folders it knows")
    func importPaths() throws {
        let dir = Fixtures.temporaryFolder("dubao-imp")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = dir.appendingPathComponent("l.sqlite").path
        let none = try dubao(["import", "--library", lib])
        #expect(none.status == 2 && none.output.contains("give the page files or folders"))
        let missing = try dubao(["import", "--library", lib, "/nonexistent/pages", Fixtures.seeds.path])
        #expect(missing.status == 1 && missing.output.contains("not found: /nonexistent/pages") && missing.output.contains("2 new"))
        let again = try dubao(["import", "--library", lib])
        #expect(again.status == 0 && again.output.contains("2 unchanged"), "\(again.output)")
    }

    @Test("a mistyped command is said, not opened as the reader on a missing folder")
    func typo() throws {
        let r = try dubao(["serach", "荆州"], seconds: 10)
        #expect(r.status == 2 && r.output.contains("unknown command 'serach'") && r.output.contains("dubao search"))
        let r2 = try dubao(["nosuchfolder"], seconds: 10)
        #expect(r2.status == 1 && r2.output.contains("no such file or folder: nosuchfolder"))
    }

    @Test("a query may begin with - (an exclusion) without --, as one argument or as words after the query")
    func dashQuery() throws {
        let dir = Fixtures.temporaryFolder("dubao-dash")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = dir.appendingPathComponent("l.sqlite").path
        #expect(try dubao(["import", "--library", lib, Fixtures.seeds.path]).status == 0)
        let all = try dubao(["search", "--json", "--library", lib, "荆州"])
        #expect(all.output.contains("000_a854029e7de6c335#3"))
        for args in [["search", "--json", "--library", lib, "-漆器 荆州"], ["search", "--library", lib, "--json", "荆州", "-漆器"],
                     ["search", "荆州", "-漆器", "--json", "--library", lib]] {
            let r = try dubao(args)
            #expect(r.status == 0, "\(args): \(r.output)")
            #expect(r.output.contains("\"results\"") && !r.output.contains("000_a854029e7de6c335#3") && r.output.contains("#"), "\(args)")
        }
    }

    @Test("a long query is cut to its bounds with a message, and answers at once")
    func longQuery() throws {
        let dir = Fixtures.temporaryFolder("dubao-long")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = dir.appendingPathComponent("l.sqlite").path
        #expect(try dubao(["import", "--library", lib, Fixtures.seeds.path]).status == 0)
        let terms = (0..<800).map { ["荆州", "jingzhou", "漆器", "\"文 物\"", "-xyz"][$0 % 5] }.joined(separator: " ")
        let r = try dubao(["search", "--library", lib, terms], seconds: 20)
        #expect(r.status == 0 && r.output.contains("searching for its beginning"), "\(r.output.prefix(300))")
        let huge = String(repeating: "荆州日报", count: 8_500)  // 100 KB, about the most one argument may hold
        let h = try dubao(["search", "--library", lib, huge], seconds: 20)
        #expect(h.status == 0 && h.output.contains("searching for its beginning"))
    }

    @Test("a theme that is not there, or a broken theme file, is said before the screen opens")
    func themes() throws {
        let r = try dubao(["--theme", "neon", Fixtures.seeds.path], seconds: 10)
        #expect(r.status == 2 && r.output.contains("neon") && r.output.contains("no such theme") && r.output.contains("light"))
        let dir = Fixtures.temporaryFolder("dubao-theme")
        defer { try? FileManager.default.removeItem(at: dir) }
        let file = dir.appendingPathComponent("bad.toml").path
        try Data("[text]\nfg = \"bluish\"\n".utf8).write(to: URL(fileURLWithPath: file))
        let b = try dubao(["--theme", file, Fixtures.seeds.path], seconds: 10)
        #expect(b.status == 2 && b.output.contains("bad.toml:2") && b.output.contains("text.fg"), "\(b.output)")
    }

    @Test("a usage error prints its lines as lines: newlines kept, nothing shown as a control picture")
    func usageInLines() throws {
        let r = try dubao(["read", "--no-such-option"])
        #expect(r.status != 0)
        #expect(r.output.contains("Unknown option '--no-such-option'"))
        #expect(!r.output.contains("␊"), "\(r.output)")
        #expect(r.output.split(separator: "\n").count >= 2)
    }
}
