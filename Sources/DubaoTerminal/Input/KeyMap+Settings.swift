/// The settings file's `[keys]`: actions by name, each given its own keys.
extension KeyMap {
    /// The first key of the action called `name`, as the help writes it (`–` when it has none).
    public func label(of name: String) -> String {
        bindings.first { $0.name == name }?.keys.first?.label ?? "–"
    }

    /// One line of `[keys]`: an action's name and the names of its keys.
    public struct Setting: Sendable, Equatable {
        public var action: String
        public var keys: [String]
        public init(action: String, keys: [String]) {
            self.action = action
            self.keys = keys
        }
    }

    /// A line of `[keys]` that could not be used, and why.
    public struct Problem: Sendable, Equatable {
        public var action: String
        public var why: String
    }

    /// The keys with `settings` applied in order, as newsboat's `bind-key` does: each named action gets the keys
    /// given in place of its own, and a key given to one action is taken from whichever had it. A line with an
    /// unknown action or key name changes nothing and is a problem; so is an action left with no key.
    public func applying(_ settings: [Setting]) -> (map: KeyMap, problems: [Problem]) {
        var bindings = self.bindings
        var problems: [Problem] = []
        var given: [Key: String] = [:]
        for s in settings {
            guard let i = bindings.firstIndex(where: { $0.name == s.action }) else {
                problems.append(Problem(action: s.action, why: "no such action (\(bindings.map(\.name).joined(separator: ", ")))"))
                continue
            }
            let keys = s.keys.map { ($0, Key(name: $0)) }
            if let bad = keys.first(where: { $0.1 == nil }) {
                problems.append(Problem(action: s.action, why: "'\(bad.0)' is not a key (a character, Space, Enter, Esc, Tab, PgUp, PgDn, Home, End, arrows, Ctrl-x)"))
                continue
            }
            guard !keys.isEmpty else {
                problems.append(Problem(action: s.action, why: "no keys given"))
                continue
            }
            var mine: [Key] = []
            for case let (name, key?) in keys where !mine.contains(key) {
                if let other = given[key], other != s.action {
                    problems.append(Problem(action: s.action, why: "'\(name)' is also given to \(other); \(s.action) has it"))
                }
                given[key] = s.action
                mine.append(key)
            }
            for j in bindings.indices where j != i { bindings[j].keys.removeAll(where: mine.contains) }
            bindings[i].keys = mine
        }
        for b in bindings where b.keys.isEmpty && !self.bindings.first(where: { $0.name == b.name })!.keys.isEmpty {
            problems.append(Problem(action: b.name, why: "left with no key: its keys were given to other actions"))
        }
        return (KeyMap(bindings: bindings), problems)
    }
}
