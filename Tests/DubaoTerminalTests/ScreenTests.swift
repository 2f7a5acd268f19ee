import DubaoCore
import DubaoLibrary
import DubaoStore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoTerminal

/// Whole screens of the reader on the seed pages, through the virtual terminal.
@Suite("Screens")
struct ScreenTests {
    static let corpus = CorpusLoader.load([Fixtures.seeds.path])

    func session(_ c: Int, _ r: Int) -> ReaderSession {
        let themes = ThemeRegistry(folders: [Fixtures.root.appendingPathComponent("themes").path])
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: Self.corpus)), services: InMemoryServices(corpus: Self.corpus), themes: themes)
        s.send(.resize(columns: c, rows: r))
        return s
    }

    static let sizes = [(120, 40), (80, 24), (50, 20)]

    @Test("first screen", arguments: sizes)
    func firstScreen(c: Int, r: Int) {
        let s = session(c, r)
        let screen = s.screen
        assertFits(screen, width: c)
        assertSnapshot(screen, named: "first-\(c)x\(r)")
    }

    @Test("open the third story and page down", arguments: sizes)
    func reading(c: Int, r: Int) {
        let s = session(c, r)
        for k: Key in [.char("j"), .char("j"), .enter, .char(" ")] { s.press(k) }
        #expect(s.state.focus == .article)
        let screen = s.screen
        assertFits(screen, width: c)
        assertSnapshot(screen, named: "reading-\(c)x\(r)")
    }

    @Test("a story read from a PDF: the article pane names the file and its page")
    func pdfPage() throws {
        let corpus = CorpusLoader.load([Fixtures.root.appendingPathComponent("Tests/Fixtures/pdf/jcrb_20250110.pdf").path])
        try #require(corpus.pages.count == 2)
        let themes = ThemeRegistry(folders: [Fixtures.root.appendingPathComponent("themes").path])
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus), themes: themes)
        s.send(.resize(columns: 120, rows: 30))
        s.press(.enter)
        let screen = s.screen
        assertFits(screen, width: 120)
        #expect(screen.contains("（jcrb_20250110.pdf 第1页）") && screen.contains("出土木漆器保护研讨会在荆举行"))
        s.press(.char("}"))
        s.press(.enter)
        #expect(s.screen.contains("（jcrb_20250110.pdf 第2页）") && s.screen.contains("木漆器保护成果丰硕"))
    }

    @Test("the title bar says when the page's date and number were read from its header, not its file name")
    func metadataOrigin() throws {
        let dir = Fixtures.temporaryFolder("dubao-origin-screen")
        defer { try? FileManager.default.removeItem(at: dir) }
        let text = "第4版　城市新闻\n2025年1月10日　星期五\n\n本报讯（记者甲）昨日，市里新开了一家图书馆，藏书三万册。\n"
        try text.write(to: dir.appendingPathComponent("notes.txt"), atomically: true, encoding: .utf8)
        try text.write(to: dir.appendingPathComponent("jzrb_20250110_04.txt"), atomically: true, encoding: .utf8)
        let themes = ThemeRegistry(folders: [Fixtures.root.appendingPathComponent("themes").path])
        for (file, note) in [("notes.txt", true), ("jzrb_20250110_04.txt", false)] {
            let corpus = CorpusLoader.load([dir.appendingPathComponent(file).path])
            let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus), columns: 120, rows: 20), services: InMemoryServices(corpus: corpus),
                                  themes: themes)
            let title = s.screen.components(separatedBy: "\n")[0]
            #expect(title.contains("第4版") && title.contains("日期、版次据版面文字") == note, "\(file): \(title)")
        }
    }

    @Test("the sections pane counts the unread stories of issues not read in yet, as the library counted them")
    func unreadBeforeLoad() {
        func page(_ n: Int, _ unread: Int) -> Navigation.PageRef {
            var p = Navigation.PageRef(issueTitle: "报 2025-01-1\(n)", number: 1, section: "要闻", source: "p\(n).txt", articles: [], key: Int64(n))
            p.unreadCount = unread
            return p
        }
        let nav = Navigation(pagesOf: [("报 2025-01-11", [page(1, 7)], [[]]), ("报 2025-01-12", [page(2, 4)], [[]])])
        let themes = ThemeRegistry(folders: [Fixtures.root.appendingPathComponent("themes").path])
        let s = ReaderSession(state: AppState(nav: nav, columns: 120, rows: 20), services: InMemoryServices(corpus: Corpus()), themes: themes)
        let rows = s.screen.components(separatedBy: "\n")
        #expect(rows.contains { $0.contains("报 2025-01-12") && $0.contains(" 4 ") }, "\(rows.joined(separator: "\n"))")
        // the first issue was read in at start (here from a library with no stories): its stories count, none
        #expect(!rows.contains { $0.contains("▾ 报 2025-01-11") && $0.contains(" 7 ") })
    }

    @Test("help overlay lists every key binding", arguments: [(120, 60)])
    func help(c: Int, r: Int) {
        let s = session(c, r)
        s.press(.char("?"))
        let screen = s.screen
        for row in KeyMap.standard.helpRows where row.help.count < 40 { #expect(screen.contains(row.help), "\(row.help)") }
        // the prompts' editing keys are listed too
        #expect(screen.contains("Ctrl-w") && screen.contains("删一词"))
        assertSnapshot(screen, named: "help-\(c)x\(r)")
    }

    @Test("on a short screen the help scrolls (j, Space, G, k) until every key has been shown, and says so", arguments: [(80, 24), (40, 12)])
    func helpScrolls(c: Int, r: Int) {
        let s = session(c, r)
        s.press(.char("?"))
        let first = s.screen
        assertFits(first, width: c)
        #expect(first.contains("j/k 滚动"), "the help says it scrolls")
        assertSnapshot(first, named: "help-\(c)x\(r)")
        // every binding's label is seen while scrolling line by line
        var seen = Set<String>()
        var last = ""
        let labels = Set(KeyMap.standard.helpRows.map(\.label))
        for _ in 0..<KeyMap.standard.helpRows.count {
            let screen = s.screen
            for l in labels where screen.contains(l + " ") { seen.insert(l) }
            last = screen
            s.press(.char("j"))
        }
        #expect(seen == labels, "never shown: \(labels.subtracting(seen).sorted())")
        #expect(s.screen == last, "j at the end stays at the end")
        s.press(.char("g"))
        #expect(s.screen == first)
        s.press(.char(" "))
        #expect(s.screen != first, "Space pages down")
        s.press(.char("G"))
        s.press(.char("k"))
        #expect(s.screen != last, "k scrolls back")
        s.press(.escape)
        #expect(s.state.mode != .help)
    }

    @Test("at start the keys go where the status line says: j moves to the second article of the page")
    func startAgrees() {
        let s = session(80, 24)
        #expect(s.screen.split(separator: "\n").last?.hasPrefix(" 文章 1/12") == true)
        s.press(.char("j"))
        #expect(s.state.focus == .articles && s.state.articleCursor == 1)
        #expect(s.screen.split(separator: "\n").last?.hasPrefix(" 文章 2/12") == true)
        #expect(s.state.sectionCursor == 1, "the page did not change")
    }

    @Test("a letter-spaced headline never shows its spaces; a story without headline shows a derived title")
    func titles() {
        let s = session(120, 40)
        let screen = s.screen
        #expect(screen.contains("第三届出土木漆器保护"))
        #expect(!screen.contains("第 三 届"))
        #expect(screen.contains("〔截至目前，全市共计为符合条件的406家企…〕"))
    }

    @Test("z shows the article alone across the screen and z brings the lists back; i says the id; y copies the story")
    func readingViewIdCopy() {
        let s = session(80, 24)
        s.press(.char("z"))
        #expect(s.state.focus == .article && s.state.layout.frames.map(\.pane) == [.article])
        let screen = s.screen
        #expect(!screen.contains("文章 Articles") && !screen.contains("│"), "no lists, no borders")
        s.press(.char("z"))
        #expect(s.state.layout.frames.count == 2)
        s.press(.char("i"))
        let id = s.state.shownArticles.first!.id
        #expect(s.state.message == .storyID(id))
        #expect(s.screen.contains("dubao show \(id)"))
        var copied: String?
        s.onCopy = { copied = $0 }
        s.press(.char("y"))
        #expect(copied == StoryText.render(parts: s.state.shownArticles, pageNumbers: [nil]))
        #expect(s.screen.contains("已复制"))
    }

    @Test("s saves the article: a prompt with a default path, edited; text, or Markdown for .md; a failure is said")
    func save() throws {
        let dir = Fixtures.temporaryFolder("dubao-save")
        defer { try? FileManager.default.removeItem(at: dir) }
        let s = session(100, 30)
        s.press(.enter)
        s.press(.char("s"))
        let id = s.state.shownArticles.first!.id
        #expect(s.state.prompt?.text.hasPrefix("~/dubao-") == true)
        #expect(s.screen.split(separator: "\n").last?.contains("保存到 save to ~/dubao-") == true)
        s.press(.ctrl("u"))
        let path = dir.appendingPathComponent("sub/story.md").path
        s.press(path.map { Key.char($0) })
        s.press(.enter)
        #expect(s.state.prompt == nil)
        let md = try String(contentsOfFile: path, encoding: .utf8)
        #expect(md.hasPrefix("# ") && md.contains(s.state.shownArticles[0].blocks.last!.text.prefix(10)))
        #expect(s.state.message == .said("已保存 · saved to \(path)"))
        // as text, and over a path that cannot be written
        s.press(.char("s"))
        s.press(.ctrl("u"))
        s.press("/proc/no/such/place.txt".map { Key.char($0) })
        s.press(.enter)
        #expect(s.state.message?.text().hasPrefix("保存失败 · could not save to /proc/no/such/place.txt") == true)
        s.press(.char("s"))
        s.press(.escape)
        #expect(s.state.prompt == nil && s.state.focus == .article, "Esc leaves the prompt, not the article")
        _ = id
    }

    @Test("| pipes the story shown to a shell command: the text as show prints it, the command as typed; Esc cancels")
    func pipe() throws {
        let s = session(100, 30)
        s.press(.enter)
        var ran: [(String, String)] = []
        s.onPipe = { command, text in ran.append((command, text)); return "ran \(command)" }
        s.press(.char("|"))
        #expect(s.state.prompt?.purpose == .pipe && s.state.prompt?.text == "")
        #expect(s.screen.split(separator: "\n").last?.contains("管道 pipe to |") == true)
        s.press("wc -c".map { Key.char($0) })
        s.press(.enter)
        let shown = s.state.shownArticles
        let pages = shown.map { a in s.state.nav.articleIndex[a.id].flatMap { s.state.nav.pages[$0.page].number } }
        #expect(ran.count == 1 && ran.first?.0 == "wc -c" && ran.first?.1 == StoryText.render(parts: shown, pageNumbers: pages))
        #expect(s.state.message == .said("ran wc -c") && s.state.prompt == nil)
        s.press(.char("|"))
        s.press(.escape)
        s.press(.char("|"))
        s.press(.enter)
        #expect(ran.count == 1, "an empty command or Esc runs nothing")
        // the tests' session has no terminal to give away
        s.onPipe = nil
        s.press(.char("|"))
        s.press(.char("x"))
        s.press(.enter)
        #expect(s.state.message == .said("这里不能运行命令 · no shell here"))
    }

    @Test("the terminal is too small below 30×8, and says so")
    func tooSmall() {
        let s = session(25, 6)
        #expect(s.screen.contains("终端太小"))
    }

    @Test("CJK text lines up: the pane borders sit in the same column on every row")
    func alignment() {
        let s = session(120, 40)
        s.press(.enter)
        let g = s.render()
        let layout = s.state.layout
        for f in layout.frames.dropFirst() {
            for y in layout.top..<(layout.top + layout.height) {
                #expect(g[f.x - 1, y].text == "│", "row \(y) column \(f.x - 1)")
            }
        }
    }
}

@Suite("Search screens")
struct SearchScreenTests {
    @Test("the prompt shows typed Chinese whole, with the cursor after its last column; results list with hits marked")
    func prompt() throws {
        let corpus = ScreenTests.corpus
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus),
                              themes: ThemeRegistry(folders: []))
        s.send(.resize(columns: 120, rows: 40))
        s.press(.char("/"))
        for c in "客运站" { s.press(.char(c)) }
        s.press(.backspace)
        s.press(.char("站"))
        let g = s.render()
        let status = g.lines()[39]
        #expect(status.hasPrefix(" 搜索 / 客运站"))
        let cursorX = DisplayWidth.of(" 搜索 / 客运站")
        #expect(g[cursorX, 39].style.reverse)
        #expect(g.text.contains("搜索 Search: 客运站 (1)"))
        s.press(.enter)
        #expect(s.state.focus == .article)
        let g2 = s.render()
        // the hit is drawn in the search-hit style
        var found = false
        for y in 0..<g2.height { for x in 0..<g2.width where g2[x, y].text == "客" && g2[x, y].style == s.theme[.searchHit] { found = true } }
        #expect(found)
        assertSnapshot(s.screen, named: "search-120x40")
    }
}

@Suite("Search across articles")
struct SearchSequenceTests {
    func searching(_ query: String) -> ReaderSession {
        let corpus = ScreenTests.corpus
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus),
                              themes: ThemeRegistry(folders: []))
        s.send(.resize(columns: 100, rows: 30))
        s.press(.char("/"))
        s.press(query.map { Key.char($0) })
        s.press(.enter)
        _ = s.screen
        return s
    }

    /// The `第 k/n 处` of the status line.
    func hit(_ s: ReaderSession) -> (k: Int, n: Int)? {
        guard let m = s.state.message?.text(), let r = m.range(of: #"第 (\d+)/(\d+) 处"#, options: .regularExpression) else { return nil }
        let nums = m[r].split(whereSeparator: { !$0.isNumber }).compactMap { Int($0) }
        return nums.count == 2 ? (nums[0], nums[1]) : nil
    }

    @Test("a result's snippet shows its punctuation as the article pane does: fullwidth among Han (the page printed ASCII)")
    func snippetPunctuation() {
        let s = searching("陈雪玲")
        let text = s.render().text
        #expect(text.contains("陈雪玲"))
        // the seed page prints `(记者陈雪玲 陈理君)2月4日下午,市人大…`: neither pane shows an ASCII comma or bracket among Han
        #expect(!text.contains(",") && !text.contains("(记者"), "\(text)")
    }

    @Test("n through every hit of a result, ] to the next result, n starts at its first hit; N back into a result lands on its last")
    func acrossArticles() throws {
        let s = searching("荆州")
        let results = s.state.search!.results
        #expect(results.count >= 3)
        // the list's count and the article's agree
        var first = try #require(hit(s))
        #expect(first.k == 1 && first.n == results[0].hits, "the list says ×\(results[0].hits), the article \(first.n)")
        var seen = [first.k]
        for _ in 1..<first.n {
            s.press(.char("n"))
            _ = s.screen
            seen.append(try #require(hit(s)).k)
        }
        #expect(seen == Array(1...first.n), "every hit once, in order")
        s.press(.char("]"))
        _ = s.screen
        s.press(.char("n"))
        _ = s.screen
        first = try #require(hit(s))
        #expect(s.state.articleCursor == 1 && first.k == 1 && first.n == results[1].hits, "second result, its first hit: \(first)")
        // back: N from the first hit goes to the previous result's last hit
        s.press(.char("N"))
        _ = s.screen
        let back = try #require(hit(s))
        #expect(s.state.articleCursor == 0 && back.k == results[0].hits && back.n == results[0].hits, "\(back)")
    }

    @Test("the current hit looks different from the others, and n moves it even when the story fits on the screen")
    func currentHitStandsOut() throws {
        let s = searching("荆州")
        func marked(_ g: Grid) -> [Int] {
            // cells of a hit drawn as the current one (the hit style turned over)
            var out: [Int] = []
            for y in 0..<g.height { for x in 0..<g.width where g[x, y].style.underline && g[x, y].text == "荆" { out.append(y * 1000 + x) } }
            return out
        }
        let before = marked(s.render())
        #expect(before.count == 1, "one current hit")
        s.press(.char("n"))
        let after = marked(s.render())
        #expect(after.count == 1 && after != before)
    }

    @Test("a result opened from the list with Enter opens at its first hit")
    func openFromList() throws {
        let s = searching("荆州")
        s.press(.escape)
        #expect(s.state.focus == .articles && s.state.search != nil)
        s.press(.char("j"))
        s.press(.enter)
        _ = s.screen
        #expect(s.state.focus == .article)
        #expect(hit(s)?.k == 1 && s.state.search?.currentHit == 0)
    }
}

@Suite("Search prompt editing")
struct PromptEditingTests {
    @Test("Ctrl-W, Ctrl-A, Ctrl-E, ←, →, Backspace over a wide character, Ctrl-U, and ↑/↓ through earlier queries")
    func editing() {
        let corpus = ScreenTests.corpus
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: corpus)), services: InMemoryServices(corpus: corpus),
                              themes: ThemeRegistry(folders: []))
        s.send(.resize(columns: 100, rows: 30))
        func input() -> String { s.state.search?.input ?? "<none>" }
        s.press(.char("/"))
        s.press("荆州 文物".map { Key.char($0) })
        s.press(.ctrl("w"))
        #expect(input() == "荆州 ")
        s.press(.ctrl("a"))
        s.press(.char("x"))
        #expect(input() == "x荆州 ")
        s.press(.ctrl("e"))
        s.press(.left)
        s.press(.backspace)
        #expect(input() == "x荆 ", "Backspace takes the whole wide character before the cursor")
        s.press(.right)
        s.press(.char("y"))
        #expect(input() == "x荆 y")
        // the cursor is drawn on the character after it: after ←, on the y
        s.press(.left)
        let status = s.render()
        let y = status.height - 1
        let cursorCells = (0..<status.width).filter { status[$0, y].style.reverse && status[$0, y].text != "" }
        #expect(cursorCells.count == 1 && status[cursorCells[0], y].text == "y")
        s.press(.ctrl("u"))
        #expect(input() == "y")
        s.press(.ctrl("u"))
        s.press(.backspace)
        #expect(input() == "y", "nothing before the cursor to take")
        s.press(.ctrl("e"))
        s.press(.backspace)
        // history: two searches, then ↑ ↑ ↓ ↓ in a new prompt
        s.press("荆州".map { Key.char($0) })
        s.press(.enter)
        s.press(.char("/"))
        s.press(.ctrl("u"))
        s.press("文物".map { Key.char($0) })
        s.press(.enter)
        s.press(.char("/"))
        s.press(.ctrl("u"))
        s.press(.char("z"))
        s.press(.up)
        #expect(input() == "文物")
        s.press(.up)
        #expect(input() == "荆州")
        s.press(.up)
        #expect(input() == "荆州", "the oldest stays")
        s.press(.down)
        #expect(input() == "文物")
        s.press(.down)
        #expect(input() == "z", "back to what was being typed")
        #expect((s.services as? InMemoryServices)?.searchHistory == ["荆州", "文物"])
    }
}

@Suite("Continued stories on screen")
struct ContinuedScreenTests {
    static let corpus = CorpusLoader.load([Fixtures.root.appendingPathComponent("Tests/Fixtures/jumps").path])

    func session() -> ReaderSession {
        let s = ReaderSession(state: AppState(nav: Navigation(corpus: Self.corpus)), services: InMemoryServices(corpus: Self.corpus),
                              themes: ThemeRegistry(folders: []))
        s.send(.resize(columns: 120, rows: 40))
        return s
    }

    @Test("a jumping story is one entry: marked →2 on its first page and ← on the page it continues on")
    func entries() {
        let s = session()
        let first = s.screen
        #expect(first.contains("新城大桥今日合龙") && first.contains("→2"))
        #expect(first.contains("→3"), "a story whose other half is missing still says where it goes")
        s.press(.char("}"))
        let second = s.screen
        #expect(second.contains("全市春耕生产全面展开") && second.contains(" ←"))
        #expect(s.state.listedStories.count == 3)
    }

    @Test("it opens as one text with a quiet marker where the page changes; c goes to the other page and back")
    func reading() {
        let s = session()
        s.press(.enter)
        s.press(.char("G"))
        let screen = s.screen
        #expect(screen.contains("── 第2版 ──"))
        #expect(screen.contains("精确控制钢箱梁"))
        s.press(.char("c"))
        #expect(s.screen.contains("› 第2版"))
        s.press(.char("c"))
        #expect(s.screen.contains("› 第1版"))
    }

    @Test("a part whose other half is not in the corpus says so")
    func missingHalf() {
        let s = session()
        for _ in 0..<3 { s.press(.char("j")) }
        s.press(.enter)
        #expect(s.screen.contains("（下转第3版 · 第3版不在本库中）"))
        s.press(.char("c"))
        #expect(s.state.message?.text().contains("第3版不在本库中") == true)
    }
}
