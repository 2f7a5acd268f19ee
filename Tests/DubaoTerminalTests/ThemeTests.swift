import DubaoLibrary
import DubaoStore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoTerminal

@Suite("Themes")
struct ThemeTests {
    let folder = Fixtures.root.appendingPathComponent("themes").path

    @Test("the shipped themes load without problems and give every role a style")
    func shipped() throws {
        let r = ThemeRegistry(folders: [folder])
        #expect(r.problems.isEmpty, "\(r.problems)")
        #expect(Set(r.names).isSuperset(of: ["dark", "light", "high-contrast", "mono"]))
        for t in r.themes { for role in Role.allCases { #expect(t.styles[role] != nil, "\(t.name) lacks \(role)") } }
        #expect(r.theme(named: "mono").styles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
    }

    @Test("the built-in themes are the files of themes/, the default dark, and work with no theme folder at all")
    func builtinIsShipped() throws {
        let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".toml") }.sorted()
        #expect(files == BuiltinTheme.files.map(\.name).sorted())
        for (name, text) in BuiltinTheme.files {
            #expect(try String(contentsOfFile: folder + "/" + name, encoding: .utf8) == text, "\(name) differs from its built-in copy")
        }
        #expect(BuiltinTheme.files[0].name == "dark.toml")
        let anywhere = ThemeRegistry(folders: ["/nonexistent"], preferred: "light")
        #expect(anywhere.problems.isEmpty && anywhere.names.first == "light")
        #expect(Set(anywhere.names) == ["dark", "light", "high-contrast", "mono"])
    }

    @Test("colours: names, indices, #rrggbb, and their nearest terminal colours")
    func colours() {
        #expect(ColorSpec.parse("red") == .indexed(1))
        #expect(ColorSpec.parse("Bright_Blue") == .indexed(12))
        #expect(ColorSpec.parse("208") == .indexed(208))
        #expect(ColorSpec.parse("#ff8700") == .rgb(255, 135, 0))
        #expect(ColorSpec.parse("#ff87") == nil && ColorSpec.parse("bluish") == nil && ColorSpec.parse("256") == nil)
        #expect(ColorSpec.nearest256(255, 135, 0) == 208)
        #expect(ColorSpec.nearest256(128, 128, 128) == 244)
        #expect(ColorSpec.nearest8(250, 10, 10) == 1)
    }

    @Test("a broken theme names the file, the line and the key; the default is used instead")
    func broken() throws {
        let dir = Fixtures.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: dir) }
        let bad = dir.appendingPathComponent("bad.toml").path
        try "name = \"bad\"\n\n[headline]\nfg = \"bluish\"\nbold = true\n".write(toFile: bad, atomically: true, encoding: .utf8)
        let (t, p) = ThemeLoader.load(path: bad, fallback: ThemeRegistry.builtin)
        #expect(t == ThemeRegistry.builtin)
        #expect(p?.description == "\(bad):4: key 'headline.fg': not a colour (a name like \"red\", an index 0–255, or \"#rrggbb\")")
        let syntax = dir.appendingPathComponent("syntax.toml").path
        try "[text]\nfg = \"red\"\nbold = tru\n".write(toFile: syntax, atomically: true, encoding: .utf8)
        let (_, p2) = ThemeLoader.load(path: syntax, fallback: ThemeRegistry.builtin)
        #expect(p2?.line == 3)
        let role = dir.appendingPathComponent("role.toml").path
        try "[text]\nfg = \"red\"\n\n[headlines]\nfg = \"red\"\n".write(toFile: role, atomically: true, encoding: .utf8)
        let (_, p3) = ThemeLoader.load(path: role, fallback: ThemeRegistry.builtin)
        #expect(p3?.line == 4 && p3?.key == "headlines")
        let r = ThemeRegistry(folders: [], preferred: bad)
        #expect(r.themes.first?.name == "dark" && r.problems.count == 1)
    }

    @Test("--theme by name puts that theme first; an unknown name is reported")
    func preferred() {
        #expect(ThemeRegistry(folders: [folder], preferred: "light").themes.first?.name == "light")
        let r = ThemeRegistry(folders: [folder], preferred: "solarized")
        #expect(r.themes.first?.name == "dark" && r.problems.first?.reason.contains("no such theme") == true)
    }

    @Test("NO_COLOR themes keep emphasis and lose colour")
    func monochrome() {
        let m = ThemeRegistry.builtin.monochrome
        #expect(m.styles.values.allSatisfy { $0.fg == .default && $0.bg == .default })
        #expect(m[.selection].reverse && m[.headline].bold)
    }

    @Test("the light theme paints its background under every cell of the screen, whatever the role")
    func lightPaintsBackground() throws {
        let corpus = KeyMapTests.corpus
        let themes = ThemeRegistry(folders: [folder], preferred: "light")
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus), themes: themes)
        s.send(.resize(columns: 100, rows: 30))
        s.send(.open)
        let bg = themes.theme(named: "light")[.text].bg
        #expect(bg != .default, "light names its background")
        let g = s.render()
        for y in 0..<g.height {
            for x in 0..<g.width {
                let st = g[x, y].style
                #expect(st.reverse || st.bg != .default, "cell \(x),\(y) '\(g[x, y].text)' shows the terminal's own background")
            }
        }
    }

    @Test("under NO_COLOR the header does not name a colour theme")
    func noColourHeader() {
        let corpus = KeyMapTests.corpus
        let themes = ThemeRegistry(folders: [folder]).withoutColour()
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus), themes: themes)
        s.send(.resize(columns: 100, rows: 30))
        let header = String(s.screen.split(separator: "\n")[0])
        #expect(header.hasSuffix(" NO_COLOR") && !header.contains("dark"), "\(header)")
    }
}
