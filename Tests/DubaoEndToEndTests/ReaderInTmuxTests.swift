import DubaoCore
import DubaoTestSupport
import Foundation
import Testing

/// The real program in a real terminal (tmux): first screen, open an article, scroll, resize, quit.
@Suite("Reader in tmux", .serialized)
struct ReaderInTmuxTests {
    /// The reader on the seed pages (or other pages) with a library of its own.
    func reader(_ extra: String = "", pages: String = Fixtures.seeds.path) throws -> String {
        let bin = try #require(BuiltProgram.dubao, "the dubao program was not built")
        let lib = Fixtures.temporaryFolder("dubao-e2e").appendingPathComponent("library.sqlite").path
        return "\(extra)\(Tmux.quote(bin)) --library \(Tmux.quote(lib)) \(Tmux.quote(pages))"
    }

    @Test("quit from the article list and start again: the same page, the same story selected, the keys on the list, the same theme")
    func resumeView() throws {
        #expect(Tmux.available)
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-resume")
        defer { try? FileManager.default.removeItem(at: dir) }
        let lib = Tmux.quote(dir.appendingPathComponent("library.sqlite").path)
        var t = try Tmux(command: "\(Tmux.quote(bin)) --library \(lib) \(Tmux.quote(Fixtures.seeds.path))", columns: 100, rows: 30)
        try t.waitFor(text: "文章 1/")
        // the second page, its third story, another theme; an article opened and left on the way
        try t.keys("h", "j", "Tab", "j", "Enter", "j", "q", "j")
        var screen = try t.waitFor(text: "文章 3/")
        try t.keys("t")
        screen = try t.waitForSettled("the theme to change") { !$0.isEmpty }
        let header = screen[0]
        let status = try #require(screen.last(where: { $0.contains("文章 3/") }))
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
        t = try Tmux(command: "\(Tmux.quote(bin)) --library \(lib)", columns: 100, rows: 30)
        screen = try t.waitFor(text: "文章 3/")
        #expect(screen[0] == header, "same page and theme in the header")
        func position(_ line: String?) -> String? { line?.split(separator: " ").first(where: { $0.contains("/") }).map(String.init) }
        #expect(position(screen.last(where: { $0.contains("文章 3/") })) == position(status), "the same story of the same list")
        try t.keys("j")
        _ = try t.waitFor(text: "文章 4/")
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("earlier queries are kept in the library: ↑ in the prompt of the next run brings them back")
    func historyKept() throws {
        #expect(Tmux.available)
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-history")
        defer { try? FileManager.default.removeItem(at: dir) }
        let cmd = "\(Tmux.quote(bin)) --library \(Tmux.quote(dir.appendingPathComponent("l.sqlite").path)) \(Tmux.quote(Fixtures.seeds.path))"
        var t = try Tmux(command: cmd, columns: 100, rows: 30)
        try t.waitFor(text: "文章 Articles")
        try t.keys("/")
        try t.type("漆器")
        try t.keys("Enter")
        _ = try t.waitFor(text: "处")
        try t.keys("q", "q", "q", "q")
        try t.waitFor(text: "EXITED 0")
        t = try Tmux(command: cmd, columns: 100, rows: 30)
        try t.waitFor(text: "文章 Articles")
        try t.keys("/")
        try t.waitFor(text: "搜索 /")
        try t.keys("Up")
        let screen = try t.waitFor(text: "搜索 / 漆器")
        #expect(screen.last?.contains("搜索 / 漆器") == true)
        try t.keys("Escape", "q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("r imports the library's folders again in the background: a page added meanwhile appears, the reader stays where it was")
    func reload() throws {
        #expect(Tmux.available)
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-reload")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages")
        try FileManager.default.createDirectory(at: pages, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Fixtures.seedFiles[0], to: pages.appendingPathComponent("a.txt"))
        let cmd = "\(Tmux.quote(bin)) --library \(Tmux.quote(dir.appendingPathComponent("l.sqlite").path)) \(Tmux.quote(pages.path))"
        let t = try Tmux(command: cmd, columns: 120, rows: 40)
        try t.waitFor(text: "文章 Articles")
        try t.keys("j", "j")
        var screen = try t.waitFor(text: "文章 3/")
        let shown = screen.last ?? ""
        #expect(!screen.joined().contains("刘勇走访慰问"))
        try "本报讯（记者甲）新的一页：刘勇走访慰问一线职工，送上新春祝福。\n".write(to: pages.appendingPathComponent("b.txt"), atomically: true, encoding: .utf8)
        try t.keys("r")
        screen = try t.waitFor(text: "已重新导入")
        #expect(screen.last?.contains("1 new") == true, "\(screen.last ?? "")")
        #expect(screen.filter { $0.contains("▾") }.count == 2, "the new page is in the tree, an issue of its own")
        #expect(screen.last?.hasPrefix(String(shown.prefix(10))) == true, "still on the same story: \(screen.last ?? "")")
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("| runs a shell command with the story on its input, then Enter comes back to the reader where it was")
    func pipeToShell() throws {
        #expect(Tmux.available)
        let dir = Fixtures.temporaryFolder("dubao-pipe")
        defer { try? FileManager.default.removeItem(at: dir) }
        let out = dir.appendingPathComponent("story.txt").path
        let t = try Tmux(command: try reader(), columns: 100, rows: 30)
        try t.waitFor(text: "文章 Articles")
        try t.keys("Enter")
        _ = try t.waitFor(text: "正文 Article")
        try t.keys("|")
        _ = try t.waitFor(text: "管道 pipe to |")
        try t.type("cat > \(Tmux.quote(out)); echo PIPED-OK")
        try t.keys("Enter")
        _ = try t.waitFor(text: "press Enter to return")
        let saved = try String(contentsOfFile: out, encoding: .utf8)
        #expect(saved.count > 200 && saved.contains("\n"))
        try t.keys("Enter")
        let back = try t.waitFor(text: "已运行 · ran:")
        #expect(back.joined().contains("正文 Article"))
        try t.keys("q", "q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("Ctrl-L draws the whole screen again after something else wrote over it")
    func redraw() throws {
        #expect(Tmux.available)
        let t = try Tmux(command: try reader(), columns: 100, rows: 30)
        try t.waitFor(text: "文章 Articles")
        // another program writes into the reader's terminal (a wall message, a background job)
        let tty = try t.tmux(["display-message", "-p", "-t", t.session, "#{pane_tty}"]).trimmingCharacters(in: .whitespacesAndNewlines)
        try "\u{1B}[5;5HSCRIBBLE-SCRIBBLE".write(toFile: tty, atomically: false, encoding: .utf8)
        _ = try t.waitFor(text: "SCRIBBLE-SCRIBBLE")
        try t.keys("C-l")
        // (the clear comes before the frame: wait for both)
        let screen = try t.waitFor("the screen drawn again") { !$0.joined().contains("SCRIBBLE") && $0.joined().contains("文章 Articles") }
        #expect(screen.joined().contains("文章 Articles") && !screen.joined().contains("SCRIBBLE"))
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("a story that jumps pages reads as one; c goes to its other page")
    func continued() throws {
        #expect(Tmux.available)
        let t = try Tmux(command: try reader(pages: Fixtures.root.appendingPathComponent("Tests/Fixtures/jumps").path), columns: 120, rows: 40)
        var screen = try t.waitFor(text: "→2")
        checkScreen(screen, columns: 120)
        try t.keys("Enter", "G")
        screen = try t.waitFor(text: "── 第2版 ──")
        checkScreen(screen, columns: 120)
        try t.keys("c")
        try t.waitFor(text: "› 第2版")
        try t.keys("q", "q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("a long paste into the search prompt never freezes the reader: Esc and q answer at once")
    func longPaste() throws {
        #expect(Tmux.available)
        let t = try Tmux(command: try reader(), columns: 100, rows: 30)
        try t.waitFor(text: "文章 Articles")
        try t.keys("/")
        try t.waitFor(text: "搜索 /")
        let paste = (0..<150).map { ["荆州 ", "jingzhou ", "漆器 ", "-xyz ", "\"文 物\" "][$0 % 5] }.joined()
        try t.type(paste)
        try t.keys("Escape", "q", "q", "q")
        let screen = try t.waitFor("the reader to quit", timeout: 20) { $0.joined().contains("EXITED") }
        #expect(screen.joined().contains("EXITED 0"))
    }

    /// No line wider than the window, and the pane borders in one column on every pane row.
    func checkScreen(_ screen: [String], columns: Int) {
        for l in screen { #expect(DisplayWidth.of(l) <= columns, "\(DisplayWidth.of(l)) columns: \(l)") }
        let rows = screen.dropFirst().dropLast().filter { $0.contains("│") }
        let borderColumns = Set(rows.map { l -> Int in
            let prefix = l[..<l.firstIndex(of: "│")!]
            return DisplayWidth.of(prefix)
        })
        #expect(borderColumns.count <= 1, "borders at columns \(borderColumns.sorted())")
    }

    @Test("first screen, open, scroll, resize, quit")
    func session() throws {
        #expect(Tmux.available, "tmux is needed for this test (.ci/run installs it)")
        let t = try Tmux(command: try reader(), columns: 120, rows: 40)
        var screen = try t.waitFor(text: "文章 Articles")
        #expect(screen[0].contains("读报 Dubao"))
        checkScreen(screen, columns: 120)

        // each undated page is an issue of its own: } to the second one
        try t.keys("}", "j", "j", "Enter")
        screen = try t.waitFor(text: "文章 3/11")
        #expect(screen.joined().contains("荆州高新区开展节前禁鞭宣传"))
        checkScreen(screen, columns: 120)

        // a long story: the feature with intertitles; Space pages down
        try t.keys("]", "]", "]", "]", "]", "]")
        screen = try t.waitFor(text: "文章 9/11")
        #expect(screen.joined().contains("还迁小区幸福蝶变记"))
        try t.keys("Space")
        screen = try t.waitFor("the article to scroll") { s in !s.joined().contains("曾经管理混乱") }
        #expect(screen.last?.contains("%") == true)
        checkScreen(screen, columns: 120)

        try t.resize(columns: 70, rows: 20)
        screen = try t.waitFor("a two-pane screen") { s in s.count == 20 && s[1].contains("正文") && !s[1].contains("版面") }
        checkScreen(screen, columns: 70)

        try t.resize(columns: 50, rows: 16)
        screen = try t.waitFor("a one-pane screen") { s in s.count == 16 && !s[1].contains("│") }
        checkScreen(screen, columns: 50)

        try t.resize(columns: 20, rows: 6)
        screen = try t.waitFor(text: "终端太小")

        try t.resize(columns: 120, rows: 40)
        try t.keys("q", "q")
        screen = try t.waitFor(text: "EXITED 0")
        #expect(!screen.joined().contains("读报 Dubao"), "the reader's screen is gone after quitting")
    }

    @Test("Chinese typed into the terminal arrives whole and does not upset the reader")
    func typedChinese() throws {
        #expect(Tmux.available)
        let t = try Tmux(command: try reader(), columns: 100, rows: 30)
        try t.waitFor(text: "文章 Articles")
        try t.type("荆州")
        try t.keys("j")
        let screen = try t.waitFor(text: "版次不详")
        checkScreen(screen, columns: 100)
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("type /, 客运站, Enter: the article opens with the hit highlighted")
    func search() throws {
        #expect(Tmux.available)
        let t = try Tmux(command: try reader(), columns: 120, rows: 40)
        try t.waitFor(text: "文章 Articles")
        try t.keys("/")
        try t.type("客运站")
        try t.waitFor(text: "搜索 Search: 客运站 (1)")
        try t.keys("Enter")
        let screen = try t.waitFor(text: "第 1/")
        #expect(screen.joined().contains("红门路客运站今起终止经营"))
        // with attributes: the hit is drawn on the search-hit background
        let styled = try t.tmux(["capture-pane", "-p", "-e", "-t", t.session])
        #expect(styled.contains("\u{1B}[48;5;221m客运站") || styled.contains("\u{1B}[43m客运站") || styled.range(of: "\u{1B}\\[[0-9;]*m客运站", options: .regularExpression) != nil)
        try t.keys("n")
        try t.waitFor(text: "第 2/")
        try t.keys("Escape", "Escape")
        try t.waitFor(text: "文章 Articles (12)")
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
    }

    @Test("without LANG the reader still draws Chinese (falls back to C.UTF-8)")
    func noLocale() throws {
        #expect(Tmux.available)
        let t = try Tmux(command: try reader("env -u LANG -u LC_ALL -u LC_CTYPE "), columns: 100, rows: 30, environment: [:])
        let screen = try t.waitFor(text: "文章 Articles")
        #expect(screen.joined().contains("红门路客运站"))
        try t.keys("q")
        try t.waitFor(text: "EXITED 0")
    }
}
