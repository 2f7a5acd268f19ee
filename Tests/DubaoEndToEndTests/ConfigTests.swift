import DubaoApp
import DubaoCore
import DubaoTestSupport
import Foundation
import Testing

@Suite("Settings file", .serialized)
struct ConfigTests {
    @Test("settings are read; each problem names the file, the line and the key, and only that setting keeps its default")
    func parse() {
        let good = Config.parse("theme = \"light\"\nambiguous_wide = true\nmouse = false\nreading_width = 60\n", file: "c.toml")
        #expect(good.theme == "light" && good.ambiguousWide == true && good.mouse == false && good.readingWidth == 60 && good.problems.isEmpty)
        let bad = Config.parse("theme = \"light\"\nreading_width = 7\nmouse = \"yes\"\ncolour = 1\n", file: "c.toml")
        #expect(bad.theme == "light" && bad.readingWidth == nil && bad.mouse == nil)
        #expect(bad.problems.contains { $0.hasPrefix("c.toml:2: key 'reading_width'") })
        #expect(bad.problems.contains { $0.hasPrefix("c.toml:3: key 'mouse'") })
        #expect(bad.problems.contains { $0.hasPrefix("c.toml:4: key 'colour': unknown setting") })
        let broken = Config.parse("theme = \"light\nmouse = true\n", file: "c.toml")
        #expect(broken.theme == nil && broken.problems.count == 1 && broken.problems[0].hasPrefix("c.toml:"))
        // [keys]: lines applied in order; a bad line is named with its line and leaves the others applied
        let keys = Config.parse("mouse = true\n[keys]\nnext_article = \"J\"\ndown = [\"j\", 7]\nquit = \"Hyper-q\"\n", file: "c.toml")
        #expect(keys.problems.count == 2, "\(keys.problems)")
        #expect(keys.problems.contains { $0.hasPrefix("c.toml:4: [keys] 'down'") })
        #expect(keys.problems.contains { $0.hasPrefix("c.toml:5: [keys] 'quit'") && $0.contains("'Hyper-q' is not a key") })
        #expect(keys.keys.label(of: "next_article") == "J" && keys.keys.label(of: "quit") == "q" && keys.mouse == true)
        #expect(Config.parse("keys = 3\n", file: "c.toml").problems.first?.hasPrefix("c.toml:1: key 'keys': expected a table") == true)
        #expect(Config.path(environment: ["XDG_CONFIG_HOME": "/x"]) == "/x/dubao/config.toml")
        #expect(Config.path(environment: ["HOME": "/h"]) == "/h/.config/dubao/config.toml")
    }

    @Test("the reader takes its theme and reading width from the settings; a broken setting is said in the status line")
    func inTheReader() throws {
        #expect(Tmux.available)
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-config")
        defer { try? FileManager.default.removeItem(at: dir) }
        let conf = dir.appendingPathComponent("dubao")
        try FileManager.default.createDirectory(at: conf, withIntermediateDirectories: true)
        try "theme = \"light\"\nreading_width = 40\nmouse = maybe\n".write(to: conf.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        let lib = Tmux.quote(dir.appendingPathComponent("l.sqlite").path)
        let cmd = "env XDG_CONFIG_HOME=\(Tmux.quote(dir.path)) \(Tmux.quote(bin)) --library \(lib) \(Tmux.quote(Fixtures.seeds.path))"
        var t = try Tmux(command: cmd, columns: 120, rows: 30)
        _ = try t.waitFor(text: "文章 Articles")
        // (once, under the full suite's load, a first frame came before the warning was on the status line: wait for it)
        var screen = try t.waitFor("the broken setting said") { $0.last?.contains("settings:") == true }
        #expect(screen.last?.contains("settings:") == true, "a broken file is said: \(screen.last ?? "")")
        try t.keys("q")
        try t.waitFor(text: "EXITED")
        try "theme = \"light\"\nreading_width = 40\n[keys]\nopen = \"o\"\nquit = \"Q\"\n".write(to: conf.appendingPathComponent("config.toml"), atomically: true, encoding: .utf8)
        t = try Tmux(command: cmd, columns: 120, rows: 30)
        screen = try t.waitFor(text: "文章 Articles")
        #expect(screen[0].hasSuffix("light") || screen[0].hasSuffix("NO_COLOR"), "\(screen[0])")
        // the keys of [keys]: o opens (Enter no longer does), Q quits
        try t.keys("Enter")
        screen = try t.waitForSettled("Enter doing nothing") { _ in true }
        #expect(screen.last?.contains("Space/b 翻页") == false, "Enter still opened the article")
        try t.keys("o")
        screen = try t.waitForSettled("the article") { $0.last?.contains("Space/b 翻页") == true }
        // no article line longer than the reading width (40 columns, two per Han character)
        let pane = screen.dropFirst(2).dropLast().compactMap { l in l.lastIndex(of: "│").map { String(l[l.index(after: $0)...]) } }
        #expect(!pane.isEmpty && pane.allSatisfy { DisplayWidth.of($0.trimmingCharacters(in: .whitespaces)) <= 40 }, "\(pane)")
        try t.keys("q", "q")
        screen = try t.waitForSettled("q doing nothing") { _ in true }
        #expect(!screen.joined().contains("EXITED"), "q is no longer quit")
        try t.keys("Q", "Q")
        try t.waitFor(text: "EXITED")
    }
}
