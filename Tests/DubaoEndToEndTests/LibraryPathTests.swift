import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// What `--library PATH` may and may not do to what is at PATH.
@Suite("Library paths")
struct LibraryPathTests {
    func dubao(_ args: [String], user: [String] = []) throws -> (status: Int32, output: String) {
        let bin = try #require(BuiltProgram.dubao)
        return try Subprocess.run(user + [bin] + args)
    }

    /// Runs as an unprivileged user when the tests run as root (root may write anything, read-only or not).
    var unprivileged: [String] { getuid() == 0 ? ["setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : [] }

    func listing(_ dir: URL) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: dir.path)) ?? []).sorted()
    }

    @Test("a folder, a text file, a device and another program's database named as the library are refused and left untouched")
    func refused() throws {
        let dir = Fixtures.temporaryFolder("dubao-libpath")
        defer { try? FileManager.default.removeItem(at: dir) }
        let folder = dir.appendingPathComponent("Documents")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("mine".utf8).write(to: folder.appendingPathComponent("keep.txt"))
        let text = dir.appendingPathComponent("notes.txt")
        try Data("my notes\n".utf8).write(to: text)
        let other = dir.appendingPathComponent("other.db")
        let py = try Subprocess.run(["python3", "-c", "import sqlite3,sys; c=sqlite3.connect(sys.argv[1]); c.execute('create table t(x)'); c.execute('insert into t values (1)'); c.commit()", other.path])
        try #require(py.status == 0, "python3 made no database: \(py.output)")
        let before = listing(dir)
        let otherBytes = try Data(contentsOf: other)
        for (path, words) in [(folder.path, "is a folder"), (text.path, "not a Dubao library"), ("/dev/null", "character device"),
                              (other.path, "another program")] {
            for cmd in [["library"], ["library", "--check"], ["library", "--repair"], ["search", "荆州"], ["import", Fixtures.seeds.path],
                        ["show", "x#1"]] {
                let r = try dubao(cmd + ["--library", path])
                #expect(r.status != 0, "\(cmd) --library \(path) succeeded")
                #expect(r.output.contains(words), "\(cmd) --library \(path): \(r.output)")
            }
        }
        #expect(listing(dir) == before)
        #expect(listing(folder) == ["keep.txt"])
        #expect(try String(contentsOf: text, encoding: .utf8) == "my notes\n")
        #expect(try Data(contentsOf: other) == otherBytes)
    }

    @Test("a read-only library serves search, show and library; an import says it is read-only and changes nothing")
    func readOnly() throws {
        let dir = Fixtures.temporaryFolder("dubao-ro")
        defer {
            _ = try? Subprocess.run(["chmod", "-R", "u+w", dir.path])
            try? FileManager.default.removeItem(at: dir)
        }
        let sub = dir.appendingPathComponent("lib")
        let library = sub.appendingPathComponent("library.sqlite").path
        #expect(try dubao(["import", "--library", library, Fixtures.seeds.path]).status == 0)
        _ = try Subprocess.run(["chmod", "555", sub.path])
        _ = try Subprocess.run(["chmod", "444", library])
        let before = listing(sub)
        let s = try dubao(["search", "--library", library, "--json", "漆器"], user: unprivileged)
        #expect(s.status == 0 && s.output.contains("000_a854029e7de6c335#3"), "\(s.output)")
        let show = try dubao(["show", "--library", library, "000_a854029e7de6c335#3"], user: unprivileged)
        #expect(show.status == 0 && show.output.hasPrefix("第三届出土木漆器保护国际学术研讨会在荆举行"))
        let info = try dubao(["library", "--check", "--library", library], user: unprivileged)
        #expect(info.status == 0 && info.output.contains("articles: 23") && info.output.contains("check: ok"), "\(info.output)")
        let imp = try dubao(["import", "--library", library, Fixtures.seeds.path], user: unprivileged)
        #expect(imp.status != 0 && imp.output.contains("read-only"))
        #expect(listing(sub) == before)
        guard Tmux.available else { return }
        let bin = try #require(BuiltProgram.dubao)
        let t = try Tmux(command: (unprivileged + [bin, "--library", library]).map(Tmux.quote).joined(separator: " "), columns: 120, rows: 40)
        // (the notice is on the status line, drawn after the panes: a screen caught mid-frame has the panes only)
        let screen = try t.waitFor("the reader on a read-only library, with its notice") {
            ($0.joined().contains("文章 Articles") && $0.joined().contains("read-only")) || $0.joined().contains("EXITED")
        }
        #expect(screen.joined(separator: "\n").contains("read-only") && !screen.joined().contains("EXITED"), "\(screen.joined(separator: "\n"))")
        try t.keys("q", "q", "q")
        _ = try t.waitFor(text: "EXITED 0")
    }

    @Test("a library named by a bare file name is made in the current folder")
    func bareName() throws {
        let dir = Fixtures.temporaryFolder("dubao-bare")
        defer { try? FileManager.default.removeItem(at: dir) }
        let bin = try #require(BuiltProgram.dubao)
        let r = try Subprocess.run(["sh", "-c", "cd \(Tmux.quote(dir.path)) && \(Tmux.quote(bin)) import --library lib.sqlite \(Tmux.quote(Fixtures.seeds.path))"])
        #expect(r.status == 0, "\(r.output)")
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("lib.sqlite").path))
    }

    @Test("a damaged library: search and library say so in words, --check finds it, --repair rebuilds it from its folders")
    func damaged() throws {
        let dir = Fixtures.temporaryFolder("dubao-damaged")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library.sqlite").path
        #expect(try dubao(["import", "--library", library, Fixtures.seeds.path]).status == 0)
        #expect(try dubao(["search", "--library", library, "漆器"]).output.contains("000_a854029e7de6c335#3"))
        // garbage over the middle of the file, where the articles and the index are
        let h = try FileHandle(forUpdating: URL(fileURLWithPath: library))
        let size = try h.seekToEnd()
        try h.seek(toOffset: size / 3)
        try h.write(contentsOf: Data((0..<Int(size / 3)).map { UInt8(truncatingIfNeeded: $0 &* 131 &+ 7) }))
        try h.close()
        let search = try dubao(["search", "--library", library, "漆器"])
        #expect(search.status != 0 && search.output.contains("damaged") && search.output.contains("--repair"), "\(search.output)")
        for r in [search, try dubao(["show", "--library", library, "000_a854029e7de6c335#3"]), try dubao(["library", "--check", "--library", library])] {
            #expect(!r.output.contains("SELECT") && !r.output.contains("SQLite error"), "\(r.output)")
        }
        let check = try dubao(["library", "--check", "--library", library])
        #expect(check.status != 0 && check.output.contains("damaged"), "\(check.output)")
        let repair = try dubao(["library", "--repair", "--library", library])
        #expect(repair.status == 0 && repair.output.contains("check: ok"), "\(repair.output)")
        #expect(listing(dir).contains { $0.hasPrefix("library.sqlite.damaged-") })
        #expect(try dubao(["search", "--library", library, "漆器"]).output.contains("000_a854029e7de6c335#3"))
        // the next import rebuilds as well, with no paths given: the library knows its folders
        let again = try FileHandle(forUpdating: URL(fileURLWithPath: library))
        try again.truncate(atOffset: 8192)
        try again.close()
        let imp = try dubao(["import", "--library", library])
        #expect(imp.status == 0 && imp.output.contains("2 new"), "\(imp.output)")
        #expect(try dubao(["library", "--check", "--library", library]).output.contains("check: ok"))
    }
}
