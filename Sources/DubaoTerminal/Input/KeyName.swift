/// Keys by name: how the help writes them, and how the settings file may (`J`, `Space`, `Ctrl-n`, `PgDn`).
extension Key {
    /// The key as the help shows it.
    public var label: String {
        switch self {
        case .char(" "): return "Space"
        case .char(let c): return String(c)
        case .ctrl(let c): return "Ctrl-\(c)"
        case .up: return "↑"
        case .down: return "↓"
        case .left: return "←"
        case .right: return "→"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Del"
        case .resize, .mouse, .unknown: return ""
        }
    }

    static let named: [String: Key] = [
        "space": .char(" "), "up": .up, "↑": .up, "down": .down, "↓": .down, "left": .left, "←": .left, "right": .right, "→": .right,
        "pgup": .pageUp, "pageup": .pageUp, "pgdn": .pageDown, "pagedown": .pageDown, "home": .home, "end": .end,
        "enter": .enter, "return": .enter, "esc": .escape, "escape": .escape, "tab": .tab, "s-tab": .backTab, "backtab": .backTab,
        "backspace": .backspace, "del": .delete, "delete": .delete,
    ]

    /// A key from its name: one printable character as itself (`J`, `。`), a named key in any case (`Space`, `PgDn`,
    /// `Enter`), or Control with a letter (`Ctrl-n`, `C-n`, `^n`). Nil for anything else.
    public init?(name: String) {
        if let k = Self.named[name.lowercased()] { self = k; return }
        if name.count == 1, let c = name.first {
            guard !c.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F || ($0.value >= 0x80 && $0.value < 0xA0) }) else { return nil }
            self = .char(c)
            return
        }
        let lower = name.lowercased()
        for prefix in ["ctrl-", "ctrl+", "c-", "^"] where lower.hasPrefix(prefix) {
            let rest = lower.dropFirst(prefix.count)
            guard rest.count == 1, let c = rest.first, c.isASCII, c.isLetter else { return nil }
            self = .ctrl(c)
            return
        }
        return nil
    }
}
