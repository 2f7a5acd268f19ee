import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// The terminal is given back in order however the reader ends: q, Ctrl-C, SIGTERM, a crash, and across
/// Ctrl-Z and fg; extreme sizes and a storm of resizes are drawn right; escape sequences in a page never
/// reach the terminal.
@Suite("Terminal restore", .serialized)
struct TerminalRestoreTests {
    let library = Fixtures.temporaryFolder("dubao-restore").appendingPathComponent("l.sqlite").path

    func reader(_ extra: String = "", pages: String = Fixtures.seeds.path) throws -> String {
        let bin = try #require(BuiltProgram.dubao)
        return "\(Tmux.quote(bin)) --library \(Tmux.quote(library)) \(extra) \(Tmux.quote(pages))"
    }

    /// Runs the reader, then reports its exit status and whether the terminal is back in canonical mode
    /// with echo (what curses turns off).
    func session(_ extra: String = "", columns: Int = 100, rows: Int = 30, waitFor: String = "文章 Articles") throws -> Tmux {
        let cmd = try reader(extra) + "; echo STATUS $?; stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo"
        let t = try Tmux(command: cmd, columns: columns, rows: rows)
        try t.waitFor(text: waitFor)
        return t
    }

    func expectRestored(_ t: Tmux, status: String) throws {
        let screen = try t.waitFor(text: "EXITED").joined(separator: "\n")
        #expect(screen.contains("STATUS \(status)"), "\(screen)")
        #expect(screen.contains("icanon echo"), "terminal modes after exit: \(screen)")
        #expect(!screen.contains("读报 Dubao"))
    }

    @Test("q")
    func quit() throws {
        let t = try session()
        try t.keys("q")
        try expectRestored(t, status: "0")
    }

    @Test("Ctrl-C")
    func interrupt() throws {
        let t = try session()
        try t.keys("C-c")
        try expectRestored(t, status: "130")
    }

    @Test("SIGTERM")
    func terminate() throws {
        let t = try session()
        let bin = try #require(BuiltProgram.dubao)
        // the reader itself, not the shell or the tmux server whose command lines also name the library
        _ = try Subprocess.run(["pkill", "-TERM", "-f", "^\(bin) --library \(library)"])
        try expectRestored(t, status: "143")
    }

    /// The article pane (right of the last border) and the status line: what a restored place must repeat.
    func readingView(_ screen: [String]) -> [String] {
        screen.dropFirst().dropLast().map { l in l.lastIndex(of: "│").map { String(l[l.index(after: $0)...]) } ?? l } + [screen.last ?? ""]
    }

    @Test("the reading place (story and scroll) survives q, a hang-up (closed ssh session) and Ctrl-C")
    func placeRemembered() throws {
        let bin = try #require(BuiltProgram.dubao)
        // each round opens a different story and scrolls into it, then ends the reader its own way; the next
        // round starts where it ended (in the article pane) and steps on with ] to a story long enough to scroll
        // a short window, so that every story scrolls
        var t = try session(rows: 14)
        try t.keys("j", "j", "j", "Enter")
        var at = 4
        for (end, status, next) in [("q", "0", 4), ("HUP", "129", 6), ("C-c", "130", 9)] {
            for _ in at..<next { try t.keys("]") }
            at = next
            let story = "文章 \(next)/"
            let top = readingView(try t.waitForSettled("story \(story)") { s in s.last?.contains(story) == true })
            try t.keys("j", "j", "j")
            // one line per j: the pane's first text line is the one three below the top's (row 0 is its header)
            let before = readingView(try t.waitForSettled("three lines down") { s in
                let v = readingView(s)
                return v.count > 1 && top.count > 4 && v[1] == top[4]
            })
            switch end {
            case "HUP": _ = try Subprocess.run(["pkill", "-HUP", "-f", "^\(bin) --library \(library)"])
            case "q": try t.keys("q", "q")
            default: try t.keys(end)
            }
            try expectRestored(t, status: status)
            t = try session(rows: 14)
            let after = readingView(try t.waitForSettled("the same place") { s in s.last?.contains(story) == true })
            // the same text in the article pane; q left the keys on the list (the status line says so), the
            // other ends left them in the article
            #expect(after.dropLast() == before.dropLast(), "after \(end): \(after.joined(separator: "\n"))")
            #expect(after.last?.contains(end == "q" ? "Enter 阅读" : "Space/b 翻页") == true, "after \(end): \(after.last ?? "")")
            if end == "q" { try t.keys("Tab") }
        }
        try t.keys("q", "q")
        try expectRestored(t, status: "0")
    }

    @Test("a crash inside the reader")
    func crash() throws {
        let t = try session("--debug-crash-key '!'")
        try t.keys("!")
        let screen = try t.waitFor(text: "EXITED").joined(separator: "\n")
        #expect(!screen.contains("STATUS 0"))
        #expect(screen.contains("icanon echo"), "\(screen)")
    }

    @Test("Ctrl-Z suspends and fg resumes, the screen drawn again; the terminal is sane in between and after")
    func suspend() throws {
        let t = try Tmux(command: "bash --norc --noprofile -i", columns: 100, rows: 30, environment: ["LANG": "C.UTF-8", "PS1": "$ "], raw: true)
        try t.waitFor(text: "$")
        try t.type(try reader())
        try t.keys("Enter")
        try t.waitFor(text: "文章 Articles")
        try t.keys("C-z")
        try t.waitFor(text: "Stopped")
        // (the marker is typed split, so that only the command's output shows it whole)
        try t.type("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo MO''DES")
        try t.keys("Enter")
        var screen = try t.waitFor(text: "echo MODES").joined(separator: "\n")
        #expect(screen.contains("icanon echo MODES"))
        try t.type("fg")
        try t.keys("Enter")
        screen = try t.waitFor(text: "文章 Articles").joined(separator: "\n")
        #expect(screen.contains("读报 Dubao"))
        // the keypad is back on: an arrow key is one key, not ESC [ B (Esc, [, and B for bookmarks)
        try t.keys("Down")
        screen = try t.waitForSettled("the arrow key after fg") { $0.joined().contains("文章 2/") }.joined(separator: "\n")
        #expect(!screen.contains("书签 Bookmarks") && !screen.contains("还没有书签"), "\(screen)")
        try t.keys("j", "q")
        try t.waitFor(text: "$ ")
        try t.type("stty -a | tr ' ' '\\n' | grep -E '^-?(icanon|echo)$' | tr '\\n' ' '; echo AFTER")
        try t.keys("Enter")
        screen = try t.waitFor(text: "icanon echo AFTER").joined(separator: "\n")
        #expect(!screen.contains("-icanon"))
    }

    @Test("20×6 and 300×100, and a storm of resizes ending in a correct frame")
    func sizes() throws {
        let t = try session(columns: 20, rows: 6, waitFor: "终端太小")
        try t.resize(columns: 300, rows: 100)
        var screen = try t.waitFor("a 300-column frame") { $0.count == 100 && $0[0].contains("读报") && ($0[0].hasSuffix("dark") || $0[0].hasSuffix("NO_COLOR")) }
        for l in screen { #expect(DisplayWidth.of(l) <= 300) }
        let sizes = [(40, 10), (200, 50), (61, 20), (99, 30), (25, 7), (150, 45), (80, 24), (59, 19), (100, 30)]
        for k in 0..<36 {
            let (c, r) = sizes[k % sizes.count]
            try t.resize(columns: c, rows: r)
        }
        screen = try t.waitFor("the last size drawn") { s in s.count == 30 && s[0].contains("读报") && s.last?.contains("文章") == true }
        for l in screen { #expect(DisplayWidth.of(l) <= 100, "\(l)") }
        let borders = Set(screen.dropFirst().dropLast().compactMap { l in l.firstIndex(of: "│").map { DisplayWidth.of(l[..<$0]) } })
        #expect(borders.count == 1)
        try t.keys("q")
        try expectRestored(t, status: "0")
    }

    @Test("escape sequences, OSC 52 and bidi overrides in a page never reach the terminal")
    func escapes() throws {
        let dir = Fixtures.temporaryFolder("dubao-esc")
        let page = dir.appendingPathComponent("esc_20250101_01.txt")
        let text = "危险的标题\n\n本报讯（记者甲）剪贴板\u{1B}]52;c;SEFDS0VE\u{07}被改？清屏\u{1B}[2J\u{1B}[H了吗？反向\u{202E}文字\u{202C}。标题\u{1B}]0;PWNED\u{07}呢。\n"
        try text.write(to: page, atomically: true, encoding: .utf8)
        let t = try Tmux(command: try reader(pages: dir.path), columns: 100, rows: 30)
        var screen = try t.waitFor(text: "文章 Articles")
        try t.keys("Tab", "Enter")
        screen = try t.waitFor(text: "剪贴板")
        let joined = screen.joined(separator: "\n")
        #expect(joined.contains("␛]52;c;SEFDS0VE␇"))
        #expect(joined.contains("读报 Dubao"), "the screen was not cleared by the page")
        // OSC 52 would have set a tmux paste buffer; OSC 0 the window title
        let buffers = try t.tmux(["list-buffers"])
        #expect(!buffers.contains("HACKED") && buffers.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
        let title = try t.tmux(["display-message", "-p", "#{pane_title}"])
        #expect(!title.contains("PWNED"))
        try t.keys("q", "q")
        try t.waitFor(text: "EXITED 0")
    }
}
