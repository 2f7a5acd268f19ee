import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTestSupport
import Testing
@testable import DubaoTerminal

@Suite("Keys")
struct KeyMapTests {
    static let corpus = CorpusLoader.load([Fixtures.seeds.path])

    /// A reader in the middle of things: second page, an article list with stories above and below the
    /// cursor, the long feature open and scrolled a little.
    func midway() -> ReaderSession {
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: Self.corpus)), services: InMemoryServices(corpus: Self.corpus),
                              themes: ThemeRegistry(folders: [Fixtures.root.appendingPathComponent("themes").path]))
        s.send(.resize(columns: 120, rows: 30))
        for _ in 0..<8 { s.send(.move(1)) }
        s.send(.open)
        s.send(.move(5))
        return s
    }

    struct Snapshot: Equatable {
        var focus: AppState.Pane, mode: AppState.Mode, section: Int, article: Int, scroll: Int, theme: Int, bookmarks: [String], quitting: Bool
        var searching: Bool
        var readingOnly: Bool
        var saving: Bool
        init(_ s: AppState) {
            readingOnly = s.readingOnly
            saving = s.prompt != nil
            focus = s.focus; mode = s.mode; section = s.sectionCursor; article = s.articleCursor; scroll = s.articleScroll
            theme = s.themeIndex; bookmarks = s.bookmarks; quitting = s.quitting; searching = s.search != nil
        }
    }

    @Test("the prompt keys the help lists edit both prompts: search and pipe")
    func promptKeys() {
        let s = midway()
        s.press(.char("|"))
        s.press("cat file".map { Key.char($0) })
        s.press(.ctrl("w"))
        #expect(s.state.prompt?.text == "cat ")
        s.press(.ctrl("a"))
        s.press(.char("x"))
        #expect(s.state.prompt?.text == "xcat ")
        s.press(.ctrl("g"))
        #expect(s.state.prompt == nil)
        s.press(.char("/"))
        s.press("jing zhou".map { Key.char($0) })
        s.press(.ctrl("w"))
        #expect(s.state.search?.input == "jing ")
        s.press(.ctrl("u"))
        #expect(s.state.search?.input == "")
        for b in KeyMap.promptBindings { #expect(b.keys.allSatisfy { KeyMap.promptCommand($0) == b.command }, "\(b.label)") }
    }

    @Test("every key the help lists does something from the middle of a reading session")
    func everyKeyActs() {
        for b in KeyMap.standard.bindings {
            for key in b.keys {
                let s = midway()
                // moving right and opening act from the list (in the article there is nothing further in)
                if b.action == .focusRight || b.action == .open { s.send(.back) }
                let before = Snapshot(s.state)
                let effects = s.performed.count
                s.press(key)
                #expect(Snapshot(s.state) != before || s.performed.count > effects || s.state.message != nil || s.redrawRequested,
                        "\(b.label) (\(key)) did nothing")
            }
        }
    }

    @Test("mouse: wheel scrolls the pane under the pointer, a click selects the row under it")
    func mouse() {
        let s = midway()
        let layout = s.state.layout
        let articleX = layout.frame(.article)!.x + 2
        #expect(KeyMap.standard.action(for: .mouse(MouseEvent(kind: .wheelDown, x: articleX, y: 5)), state: s.state) == .scroll(pane: .article, lines: 3))
        #expect(KeyMap.standard.action(for: .mouse(MouseEvent(kind: .wheelUp, x: 1, y: 5)), state: s.state) == .scroll(pane: .sections, lines: -3))
        let listX = layout.frame(.articles)!.x + 3
        #expect(KeyMap.standard.action(for: .mouse(MouseEvent(kind: .click, x: listX, y: layout.top + 1 + 4)), state: s.state) == .click(pane: .articles, row: 4))
        #expect(KeyMap.standard.action(for: .mouse(MouseEvent(kind: .click, x: listX, y: 0)), state: s.state) == nil)
        #expect(KeyMap.standard.action(for: .mouse(MouseEvent(kind: .click, x: listX, y: layout.top)), state: s.state) == nil)
        s.press(.mouse(MouseEvent(kind: .click, x: listX, y: layout.top + 1 + 2)))
        #expect(s.state.articleCursor == s.state.articleTop + 1 && s.state.focus == .articles)
    }

    @Test("no key is bound twice")
    func unique() {
        let keys = KeyMap.standard.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count)
    }

    @Test("keys that arrive together (a paste) are one edit of the query and one search; the keys after it still act")
    func pasteIsOneEdit() {
        let s = midway()
        s.press(.char("/"))
        let before = s.performed.count
        let text = String(repeating: "荆州 jingzhou ", count: 50)
        s.press(text.map { Key.char($0) } + [.escape, .char("q"), .char("q"), .char("q")])
        let searches = s.performed.dropFirst(before).filter { if case .search = $0 { return true } else { return false } }
        #expect(searches.count == 1, "one search for the paste, not \(searches.count)")
        #expect(s.state.quitting, "Esc and q after the paste still act")
        let t = midway()
        t.press(.char("/"))
        t.press(text.map { Key.char($0) })
        #expect(t.state.search?.input == text)
    }
}

/// `dubao show` and the reader's article pane give the same story: both are made from one list of typed lines.
@Suite("One story text")
struct OneStoryTextTests {
    @Test("every story of the seeds: the reader's lines and show's text hold the same words in the same order")
    func sameText() {
        let corpus = KeyMapTests.corpus
        let renderer = ArticleRenderer()
        for page in corpus.pages {
            for a in page.articles {
                let shown = StoryText.render(parts: [a], pageNumbers: [page.page])
                let pane = renderer.render(parts: [a], pages: [PageLabel.of(page.page)], width: 200).lines.map(\.text).joined(separator: "\n")
                func words(_ s: String) -> String {
                    String(s.unicodeScalars.filter { $0.properties.isAlphabetic || $0.properties.numericType != nil }.map(Character.init))
                }
                #expect(words(shown) == words(pane), "\(a.id)")
                #expect(!words(shown).isEmpty)
            }
        }
    }
}

@Suite("Keys by name and the settings' [keys]")
struct KeySettingsTests {
    @Test("every shipped key reads back from the name the help gives it; names in any case, Ctrl forms, one character")
    func names() {
        for b in KeyMap.standard.bindings {
            for k in b.keys { #expect(Key(name: k.label) == k, "\(b.name): \(k.label)") }
        }
        #expect(Key(name: "pgdn") == .pageDown && Key(name: "ESC") == .escape && Key(name: "C-n") == .ctrl("n") && Key(name: "^W") == .ctrl("w"))
        #expect(Key(name: "J") == .char("J") && Key(name: "。") == .char("。"))
        for bad in ["", "Ctrl-", "Ctrl-ab", "Hyper-x", "\u{1B}", "jj", "Ctrl-1"] { #expect(Key(name: bad) == nil, "\(bad)") }
    }

    @Test("an action's keys replace its own and are taken from the action that had them; problems leave the rest applied")
    func applying() {
        let (map, problems) = KeyMap.standard.applying([
            .init(action: "next_article", keys: ["J"]),
            .init(action: "down", keys: ["j", "n"]),
            .init(action: "no_such_thing", keys: ["x"]),
            .init(action: "quit", keys: ["Hyper-q"]),
        ])
        let s = AppState(nav: Navigation(issues: []))
        #expect(map.action(for: .char("J"), state: s) == .nextArticle)
        #expect(map.action(for: .char("]"), state: s) == nil, "] was next_article's and is no longer")
        #expect(map.action(for: .char("n"), state: s) == .move(1))
        #expect(map.action(for: .char("q"), state: s) == .quit, "a bad line changes nothing")
        #expect(map.helpRows.contains { $0.label == "J" && $0.help.contains("next article") })
        #expect(map.label(of: "next_hit") == "–")
        #expect(problems.map(\.action) == ["no_such_thing", "quit", "next_hit"], "\(problems)")
        #expect(problems[2].why.contains("no key"))
        let keys = map.bindings.flatMap(\.keys)
        #expect(Set(keys).count == keys.count, "still no key bound twice")
    }

    @Test("the README names every action the settings may bind, and no other")
    func readmeNamesActions() throws {
        let readme = Fixtures.text(Fixtures.root.appendingPathComponent("README.md"))
        let start = try #require(readme.range(of: "Actions: `"))
        let end = try #require(readme[start.upperBound...].firstIndex(of: "`"))
        let listed = readme[start.upperBound..<end].split(whereSeparator: { $0 == " " || $0 == "\n" }).map(String.init)
        #expect(listed == KeyMap.standard.bindings.map(\.name))
    }

    @Test("rebound keys drive the reader, its help and its status line")
    func inTheReader() {
        let corpus = CorpusLoader.load([Fixtures.seeds.path])
        let keys = KeyMap.standard.applying([.init(action: "next_article", keys: ["J"]), .init(action: "previous_article", keys: ["K"])]).map
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus), columns: 120, rows: 40), services: InMemoryServices(corpus: corpus),
                              themes: ThemeRegistry(folders: [Fixtures.root.appendingPathComponent("themes").path]), keys: keys)
        s.press(.enter)
        #expect(s.screen.contains("J/K 上下篇"))
        let first = s.state.shownStory
        s.press(.char("]"))
        #expect(s.state.shownStory == first)
        s.press(.char("J"))
        #expect(s.state.shownStory != first)
        s.press(.char("?"))
        #expect(s.screen.contains("J ") && s.screen.contains("下一篇 · next article"))
    }
}
