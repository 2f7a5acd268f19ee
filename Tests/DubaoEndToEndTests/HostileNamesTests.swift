import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// File names and paper names that carry escape sequences, newlines and bytes that are not UTF-8, through
/// every command and the reader: nothing but the program's own drawing may reach the terminal.
@Suite("Hostile names", .serialized)
struct HostileNamesTests {
    /// Names of page files (as bytes): OSC 52 (clipboard), OSC 0 (window title), a newline, BEL, C1 CSI
    /// (U+009B), a bidi override, bytes that are not UTF-8, and a paper name made of escapes.
    static let names: [[UInt8]] = [
        Array("\u{1B}]52;c;SGVsbG8=\u{07}_20250110_01.txt".utf8),
        Array("\u{1B}]0;PWNED\u{07}_20250110_02.txt".utf8),
        Array("two\nlines_20250110_03.txt".utf8),
        Array("c1\u{9B}31mred_20250110_04.txt".utf8),
        Array("bidi\u{202E}txt.exe_20250110_05.txt".utf8),
        [0xB1, 0xA8, 0xFF, 0x5F] + Array("20250110_06.txt".utf8),
        Array("rb\u{1B}[2J\u{1B}[Hx_20250111_01.txt".utf8),
    ]

    /// Bytes a terminal could obey that the program did not mean as drawing: C0 controls other than newline
    /// (escape included: the commands draw nothing), DEL, C1 controls encoded in UTF-8.
    static func forbidden(in bytes: [UInt8], allowEscape: Bool = false) -> [String] {
        var found: [String] = []
        for (i, b) in bytes.enumerated() {
            if b == 0x0A { continue }
            if b == 0x1B && allowEscape { continue }
            if b < 0x20 || b == 0x7F { found.append(String(format: "0x%02X at %d", b, i)) }
            if b == 0xC2, i + 1 < bytes.count, bytes[i + 1] >= 0x80, bytes[i + 1] <= 0x9F { found.append(String(format: "C1 0x%02X at %d", bytes[i + 1], i)) }
            if b == 0xE2, i + 2 < bytes.count, bytes[i + 1] == 0x80, bytes[i + 2] == 0xAE { found.append("U+202E at \(i)") }
        }
        return found
    }

    static func makeCorpus() throws -> URL {
        let dir = Fixtures.temporaryFolder("dubao-hostile")
        let page = Array(Fixtures.text(Fixtures.seedFiles[1]).utf8)
        for name in names {
            let path = PathName.decode(bytes: Array(dir.path.utf8) + [0x2F] + name)
            let fd = PathName.withCString(path) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
            try #require(fd >= 0)
            _ = page.withUnsafeBytes { write(fd, $0.baseAddress!, $0.count) }
            close(fd)
        }
        // an empty file with a hostile name: its warning names it
        let empty = PathName.decode(bytes: Array(dir.path.utf8) + Array("/\u{1B}]52;c;ZW1wdHk=\u{07}.txt".utf8))
        let fd = PathName.withCString(empty) { open($0, O_WRONLY | O_CREAT | O_TRUNC, 0o644) }
        close(fd)
        return dir
    }

    @Test("every command, over page files with hostile names: no control byte, no C1, no bidi override is printed")
    func commands() throws {
        let bin = try #require(BuiltProgram.dubao)
        let dir = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.path + "/lib.sqlite"
        let parse = try Subprocess.runRaw([bin, "parse", dir.path])
        #expect(parse.status == 0)
        let outline = String(decoding: parse.bytes, as: UTF8.self)
        // every page is read, including the one whose name is not UTF-8 (shown with its bytes)
        #expect(outline.components(separatedBy: "第1版").count - 1 + outline.components(separatedBy: "第2版").count - 1 >= 2)
        #expect(outline.contains("\\xB1\\xA8\\xFF_20250110_06.txt"), "\(outline.prefix(400))")
        var runs: [(String, [UInt8])] = [("parse", parse.bytes)]
        let json = try Subprocess.runRaw([bin, "parse", "--json", dir.path])
        runs.append(("parse --json", json.bytes))
        let doc = try #require(try JSONSerialization.jsonObject(with: Data(json.bytes.split(separator: 0x0A).prefix { $0.first != UInt8(ascii: "w") }.joined(separator: [0x0A]))) as? [String: Any])
        let pages = try #require(doc["pages"] as? [[String: Any]])
        #expect(pages.count == Self.names.count)
        let ids = pages.flatMap { ($0["articles"] as? [[String: Any]] ?? []).compactMap { $0["id"] as? String } }
        let imp = try Subprocess.runRaw([bin, "import", "--library", library, dir.path])
        #expect(imp.status == 0)
        #expect(String(decoding: imp.bytes, as: UTF8.self).contains("7 new"))
        runs.append(("import", imp.bytes))
        runs.append(("library", try Subprocess.runRaw([bin, "library", "--check", "--library", library]).bytes))
        for q in ["荆州", "jingzhou", "\u{1B}]0;x\u{07}"] {
            runs.append(("search \(q)", try Subprocess.runRaw([bin, "search", "--library", library, q]).bytes))
            runs.append(("search --json \(q)", try Subprocess.runRaw([bin, "search", "--json", "--library", library, q]).bytes))
        }
        for id in ids.prefix(3) + ids.suffix(3) {
            let show = try Subprocess.runRaw([bin, "show", "--library", library, id])
            #expect(show.status == 0, "show \(id.debugDescription)")
            runs.append(("show", show.bytes))
            runs.append(("show --json", try Subprocess.runRaw([bin, "show", "--json", "--library", library, id]).bytes))
        }
        runs.append(("unknown option", try Subprocess.runRaw([bin, "--\u{1B}]52;c;eA==\u{07}"]).bytes))
        runs.append(("theme", try Subprocess.runRaw([bin, "--theme", "\u{1B}]0;t\u{07}", "--library", library]).bytes))
        for (what, bytes) in runs {
            #expect(Self.forbidden(in: bytes).isEmpty, "\(what): \(Self.forbidden(in: bytes).prefix(5))")
        }
    }

    @Test("the reader over hostile names, and its messages at exit: no OSC, BEL or C1 reaches the terminal")
    func reader() throws {
        guard Tmux.available else { return }
        let bin = try #require(BuiltProgram.dubao)
        let dir = try Self.makeCorpus()
        defer { try? FileManager.default.removeItem(at: dir) }
        let raw = dir.path + "/raw-output"
        let t = try Tmux(command: [bin, "--library", dir.path + "/lib.sqlite", dir.path].map(Tmux.quote).joined(separator: " "), columns: 100, rows: 30)
        try t.tmux(["pipe-pane", "-o", "-t", t.session, "cat >> " + Tmux.quote(raw)])
        _ = try t.waitFor("the reader") { $0.joined().contains("文章") || $0.joined().contains("EXITED") }
        for k in ["h", "j", "j", "Tab", "}", "Enter", "j", "/"] { try t.keys(k) }
        try t.type("荆州")
        try t.keys("Enter")
        _ = try t.waitForSettled("a search") { $0.joined().contains("处") || $0.joined().contains("荆州") }
        try t.keys("q", "q", "q", "q")
        _ = try t.waitFor(text: "EXITED")
        usleep(300_000)
        let bytes = Array(try Data(contentsOf: URL(fileURLWithPath: raw)))
        #expect(bytes.count > 1000)
        var problems = Self.forbidden(in: bytes, allowEscape: true).filter { !$0.hasPrefix("0x0D") && !$0.hasPrefix("0x09") && !$0.hasPrefix("0x08") && !$0.hasPrefix("0x0F") && !$0.hasPrefix("0x0E") }
        // escape sequences: only the drawing ones (CSI, charset and keypad modes), never OSC, DCS, APC, PM
        for i in bytes.indices where bytes[i] == 0x1B && i + 1 < bytes.count {
            if [UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "_"), UInt8(ascii: "^"), UInt8(ascii: "X")].contains(bytes[i + 1]) {
                problems.append("ESC \(Character(Unicode.Scalar(bytes[i + 1]))) at \(i)")
            }
        }
        #expect(problems.isEmpty, "\(problems.prefix(8))")
        #expect(!String(decoding: bytes, as: UTF8.self).contains("PWNED\u{07}"))
    }
}
