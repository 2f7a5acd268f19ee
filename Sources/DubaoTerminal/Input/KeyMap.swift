import DubaoStore

/// The reader's keys as one table: it drives dispatch, the help overlay and the settings' `[keys]`, so the three
/// cannot disagree.
public struct KeyBinding: Sendable {
    /// What the settings file calls it (`next_article = "J"`).
    public var name: String
    public var keys: [Key]
    public var action: Action
    public var help: String

    public init(_ name: String, keys: [Key], action: Action, help: String) {
        self.name = name
        self.keys = keys
        self.action = action
        self.help = help
    }

    /// How the keys are written in the help (`j ↓`).
    public var label: String { keys.map(\.label).joined(separator: " ") }
}

public struct KeyMap: Sendable {
    public private(set) var bindings: [KeyBinding]
    private var table: [Key: Action] = [:]

    public init(bindings: [KeyBinding]) {
        self.bindings = bindings
        for b in bindings { for k in b.keys where table[k] == nil { table[k] = b.action } }
    }

    /// The keys as shipped.
    public static let standard = KeyMap(bindings: standardBindings)

    static let standardBindings: [KeyBinding] = [
        KeyBinding("down", keys: [.char("j"), .down], action: .move(1), help: "下移 · down / scroll"),
        KeyBinding("up", keys: [.char("k"), .up], action: .move(-1), help: "上移 · up / scroll"),
        KeyBinding("page_down", keys: [.char(" "), .pageDown], action: .page(1), help: "下一屏 · page down"),
        KeyBinding("page_up", keys: [.char("b"), .pageUp], action: .page(-1), help: "上一屏 · page up"),
        KeyBinding("half_page_down", keys: [.ctrl("d")], action: .halfPage(1), help: "下半屏 · half page down"),
        KeyBinding("half_page_up", keys: [.ctrl("u")], action: .halfPage(-1), help: "上半屏 · half page up"),
        KeyBinding("top", keys: [.char("g"), .home], action: .top, help: "到顶 · top"),
        KeyBinding("bottom", keys: [.char("G"), .end], action: .bottom, help: "到底 · bottom"),
        KeyBinding("next_pane", keys: [.tab], action: .focusNext, help: "下一栏 · next pane"),
        KeyBinding("previous_pane", keys: [.backTab], action: .focusPrevious, help: "上一栏 · previous pane"),
        KeyBinding("pane_left", keys: [.char("h"), .left], action: .focusLeft, help: "左栏 · pane to the left"),
        KeyBinding("pane_right", keys: [.char("l"), .right], action: .focusRight, help: "右栏 · pane to the right"),
        KeyBinding("open", keys: [.enter], action: .open, help: "打开 · open"),
        KeyBinding("back", keys: [.escape], action: .back, help: "返回 · back"),
        KeyBinding("quit", keys: [.char("q")], action: .quit, help: "返回/退出 · back, then quit"),
        KeyBinding("next_article", keys: [.char("]")], action: .nextArticle, help: "下一篇 · next article"),
        KeyBinding("previous_article", keys: [.char("[")], action: .previousArticle, help: "上一篇 · previous article"),
        KeyBinding("next_page", keys: [.char("}")], action: .nextPage, help: "下一版 · next page"),
        KeyBinding("previous_page", keys: [.char("{")], action: .previousPage, help: "上一版 · previous page"),
        KeyBinding("follow_continuation", keys: [.char("c")], action: .followContinuation, help: "转版 · go to the story's other page"),
        KeyBinding("search", keys: [.char("/")], action: .startSearch(.library), help: "搜索全部 · search the library"),
        KeyBinding("find", keys: [.char("f")], action: .startSearch(.article), help: "本文查找 · find in this article"),
        KeyBinding("next_hit", keys: [.char("n")], action: .nextHit, help: "下一处 · next hit"),
        KeyBinding("previous_hit", keys: [.char("N")], action: .previousHit, help: "上一处 · previous hit"),
        KeyBinding("bookmark", keys: [.char("m")], action: .toggleBookmark, help: "书签 · bookmark"),
        KeyBinding("toggle_read", keys: [.char("u")], action: .toggleRead, help: "已读/未读 · mark read or unread"),
        KeyBinding("reading_view", keys: [.char("z")], action: .toggleReadingView, help: "全屏阅读 · the article alone, full width"),
        KeyBinding("show_id", keys: [.char("i")], action: .showID, help: "文章编号 · the article's id (for dubao show)"),
        KeyBinding("reload", keys: [.char("r")], action: .reload, help: "重新导入 · reload changed pages"),
        KeyBinding("save", keys: [.char("s")], action: .startSave, help: "保存 · save the article (.txt, or .md)"),
        KeyBinding("pipe", keys: [.char("|")], action: .startPipe, help: "管道 · pipe the article to a shell command"),
        KeyBinding("copy", keys: [.char("y")], action: .copyStory, help: "复制全文 · copy the article (OSC 52)"),
        KeyBinding("mark_section_read", keys: [.char("A")], action: .markSectionRead, help: "本栏全部已读 · mark the page read"),
        KeyBinding("next_unread", keys: [.char(".")], action: .nextUnread, help: "下一篇未读 · next unread"),
        KeyBinding("bookmarks", keys: [.char("B")], action: .showBookmarks, help: "书签列表 · bookmarks"),
        KeyBinding("next_theme", keys: [.char("t")], action: .nextTheme, help: "换主题 · next theme"),
        KeyBinding("help", keys: [.char("?")], action: .toggleHelp, help: "帮助 · this help"),
        KeyBinding("redraw", keys: [.ctrl("l")], action: .redraw, help: "重绘 · redraw the screen"),
    ]

    /// What a key does in a prompt (search, save, pipe): one table for both prompts and the help.
    public enum PromptCommand: Equatable, Sendable {
        case edit(PromptEdit)
        case deleteBackward
        case submit
        case cancel
    }

    public struct PromptBinding: Sendable {
        public let keys: [Key]
        public let label: String
        public let command: PromptCommand
        public let help: String
    }

    public static let promptBindings: [PromptBinding] = [
        PromptBinding(keys: [.enter], label: "Enter", command: .submit, help: "提示行：确定 · prompt: run it"),
        PromptBinding(keys: [.escape, .ctrl("g")], label: "Esc", command: .cancel, help: "提示行：取消 · prompt: cancel"),
        PromptBinding(keys: [.left, .ctrl("b")], label: "← Ctrl-b", command: .edit(.left), help: "提示行：左移 · prompt: left"),
        PromptBinding(keys: [.right, .ctrl("f")], label: "→ Ctrl-f", command: .edit(.right), help: "提示行：右移 · prompt: right"),
        PromptBinding(keys: [.home, .ctrl("a")], label: "Ctrl-a", command: .edit(.toStart), help: "提示行：行首 · prompt: start of line"),
        PromptBinding(keys: [.end, .ctrl("e")], label: "Ctrl-e", command: .edit(.toEnd), help: "提示行：行尾 · prompt: end of line"),
        PromptBinding(keys: [.backspace], label: "Backspace", command: .deleteBackward, help: "提示行：删前一字 · prompt: delete back"),
        PromptBinding(keys: [.delete, .ctrl("d")], label: "Del Ctrl-d", command: .edit(.deleteForward), help: "提示行：删后一字 · prompt: delete"),
        PromptBinding(keys: [.ctrl("u")], label: "Ctrl-u", command: .edit(.deleteToStart), help: "提示行：删到行首 · prompt: delete to start"),
        PromptBinding(keys: [.ctrl("w")], label: "Ctrl-w", command: .edit(.deleteWord), help: "提示行：删一词 · prompt: delete a word"),
        PromptBinding(keys: [.up, .ctrl("p")], label: "↑ Ctrl-p", command: .edit(.older), help: "搜索：上一条 · search: older query"),
        PromptBinding(keys: [.down, .ctrl("n")], label: "↓ Ctrl-n", command: .edit(.newer), help: "搜索：下一条 · search: newer query"),
    ]

    static func promptCommand(_ key: Key) -> PromptCommand? { promptBindings.first { $0.keys.contains(key) }?.command }

    /// The help's rows: the reader's keys, then the prompts'.
    public var helpRows: [(label: String, help: String)] {
        bindings.map { ($0.label, $0.help) } + Self.promptBindings.map { ($0.label, $0.help) }
    }

    /// The action of a key in the reader, if any. Mouse events need the layout.
    public func action(for key: Key, state: AppState) -> Action? {
        if state.prompt != nil {
            switch key {
            case .char(let c): return .promptInput(String(c))
            case .ctrl("c"): return .promptCancel
            default:
                switch Self.promptCommand(key) {
                case .edit(let e)?: return .promptEdit(e)
                case .deleteBackward?: return .promptDeleteBackward
                case .submit?: return .promptSubmit
                case .cancel?: return .promptCancel
                case nil: return nil
                }
            }
        }
        if let search = state.search, search.editing {
            // the search prompt takes the keys
            switch key {
            case .char(let c): return .searchInput(String(c))
            case .resize, .mouse: break
            default:
                switch Self.promptCommand(key) {
                case .edit(let e)?: return .searchEdit(e)
                case .deleteBackward?: return .searchDeleteBackward
                case .submit?: return .searchSubmit
                case .cancel?: return .back
                case nil: return nil
                }
            }
        }
        switch key {
        case .resize: return nil
        case .mouse(let m):
            let layout = state.layout
            guard m.y >= layout.top, m.y < layout.top + layout.height, let pane = layout.pane(atColumn: m.x) else { return nil }
            switch m.kind {
            case .wheelUp: return .scroll(pane: pane, lines: -3)
            case .wheelDown: return .scroll(pane: pane, lines: 3)
            case .click:
                let row = m.y - layout.top - 1
                guard row >= 0 || pane == .article else { return nil }
                return .click(pane: pane, row: max(0, row))
            }
        default:
            return table[key]
        }
    }
}
