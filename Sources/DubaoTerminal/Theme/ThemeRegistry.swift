import Foundation

/// The themes the reader can cycle through: the shipped ones built in (dark, light, high-contrast, mono, so
/// they work wherever the program runs), and every `*.toml` in the theme folders (`./themes`,
/// `$XDG_CONFIG_HOME/dubao/themes`, and `share/dubao/themes` next to the program), which may replace them.
public struct ThemeRegistry: Sendable {
    public private(set) var themes: [Theme]
    public private(set) var problems: [ThemeLoader.Problem] = []

    /// The default theme, the same as `themes/dark.toml` (a test keeps the two equal).
    public static let builtin: Theme = shipped[0]

    /// The shipped themes, built in.
    public static let shipped: [Theme] = {
        var out: [Theme] = []
        for (file, text) in BuiltinTheme.files {
            guard case .success(let t) = ThemeLoader.parse(text, file: file, base: out.first) else { fatalError("built-in theme \(file)") }
            out.append(t)
        }
        return out
    }()

    public static func folders() -> [String] {
        var out = ["themes"]
        let env = ProcessInfo.processInfo.environment
        if let x = env["XDG_CONFIG_HOME"], !x.isEmpty { out.append(x + "/dubao/themes") } else if let h = env["HOME"] {
            out.append(h + "/.config/dubao/themes")
        }
        let exe = URL(fileURLWithPath: CommandLine.arguments.first ?? "").deletingLastPathComponent()
        out.append(exe.appendingPathComponent("../share/dubao/themes").standardized.path)
        return out
    }

    /// Loads the themes of the folders; `preferred` (a name or a path) goes first.
    public init(folders: [String] = ThemeRegistry.folders(), preferred: String? = nil) {
        var list = Self.shipped
        var seen = Set(Self.shipped.map(\.name))
        var problems: [ThemeLoader.Problem] = []
        var files: [String] = []
        for f in folders {
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: f) else { continue }
            for n in names.sorted() where n.hasSuffix(".toml") { files.append((f as NSString).appendingPathComponent(n)) }
        }
        if let p = preferred, p.hasSuffix(".toml") || p.contains("/") { files.insert(p, at: 0) }
        var nameOfFile: [String: String] = [:]
        for path in files {
            let (t, problem) = ThemeLoader.load(path: path, fallback: Self.builtin)
            if let problem { problems.append(problem); continue }
            nameOfFile[path] = t.name
            if seen.insert(t.name).inserted { list.append(t) } else if let i = list.firstIndex(where: { $0.name == t.name }) {
                list[i] = t  // a folder's theme of the same name replaces the built-in copy
            }
        }
        if let p = preferred {
            let name = nameOfFile[p] ?? p
            if let i = list.firstIndex(where: { $0.name == name }) {
                list.insert(list.remove(at: i), at: 0)
            } else if !problems.contains(where: { $0.file == p }) {
                problems.append(ThemeLoader.Problem(file: p, line: nil, key: nil,
                                                    reason: "no such theme (have: \(list.map(\.name).joined(separator: ", ")))"))
            }
        }
        themes = list
        self.problems = problems
    }

    public var names: [String] { themes.map(\.name) }

    /// The same themes without colours (NO_COLOR).
    public func withoutColour() -> ThemeRegistry {
        var r = self
        r.themes = themes.map(\.monochrome)
        return r
    }

    public func theme(named n: String) -> Theme { themes.first { $0.name == n } ?? Self.builtin }
}
