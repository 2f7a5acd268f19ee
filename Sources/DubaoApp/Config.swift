import DubaoTerminal
import Foundation
import TOMLKit

/// The reader's settings file, `$XDG_CONFIG_HOME/dubao/config.toml` (else `~/.config/dubao/config.toml`):
///
///     theme = "light"          # a theme's name or a .toml file
///     ambiguous_wide = false   # “ ” — … · as two columns
///     mouse = true
///     reading_width = 80       # the longest line of an article, in columns (40–200)
///
///     [keys]                   # an action's keys, in place of its own (the names are in the help, `?`)
///     next_article = "J"
///     down = ["j", "Down", "Ctrl-n"]
///
/// The command line wins over it. A problem names the file, the line and the key, and that setting keeps
/// its default; the others still apply.
public struct Config: Sendable {
    public var theme: String?
    public var ambiguousWide: Bool?
    public var mouse: Bool?
    public var readingWidth: Int?
    /// The keys: the shipped ones with `[keys]` applied.
    public var keys = KeyMap.standard
    public var problems: [String] = []
    /// The file read, if there was one.
    public var file: String?

    public init() {}

    public static func path(environment: [String: String]) -> String? {
        if let x = environment["XDG_CONFIG_HOME"], !x.isEmpty { return x + "/dubao/config.toml" }
        if let h = environment["HOME"], !h.isEmpty { return h + "/.config/dubao/config.toml" }
        return nil
    }

    public static func load(environment: [String: String]) -> Config {
        guard let p = path(environment: environment), FileManager.default.fileExists(atPath: p) else { return Config() }
        guard let data = FileManager.default.contents(atPath: p), let text = String(data: data, encoding: .utf8) else {
            var c = Config()
            c.problems = ["\(p): cannot be read as UTF-8 text; the defaults are used"]
            return c
        }
        return parse(text, file: p)
    }

    public static func parse(_ text: String, file: String) -> Config {
        var c = Config()
        c.file = file
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            c.problems = ["\(file):\(e.source.begin.line): \(e.description); the defaults are used"]
            return c
        } catch {
            c.problems = ["\(file): \(error); the defaults are used"]
            return c
        }
        let lines = text.components(separatedBy: "\n")
        // the line that sets `key` (`key = …`, or `[key]` for a table)
        func lineNumber(_ key: String) -> Int? {
            lines.firstIndex { l in
                let t = l.trimmingCharacters(in: .whitespaces)
                if t.hasPrefix("[") { return t.hasPrefix("[\(key)]") }
                return t.split(separator: "=", maxSplits: 1).first.map { $0.trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "\"'")) } == key
            }.map { $0 + 1 }
        }
        func line(_ key: String) -> String { lineNumber(key).map { ":\($0)" } ?? "" }
        func problem(_ key: String, _ why: String) { c.problems.append("\(file)\(line(key)): key '\(key)': \(why); its default is used") }
        for key in table.keys.sorted() {
            let v = table[key]
            switch key {
            case "theme":
                if let s = v?.string { c.theme = s } else { problem(key, "expected a theme's name in quotes") }
            case "ambiguous_wide":
                if let b = v?.bool { c.ambiguousWide = b } else { problem(key, "expected true or false") }
            case "mouse":
                if let b = v?.bool { c.mouse = b } else { problem(key, "expected true or false") }
            case "reading_width":
                if let n = v?.int, (40...200).contains(n) { c.readingWidth = n } else { problem(key, "expected a number of columns from 40 to 200") }
            case "keys":
                guard let t = v?.table else { problem(key, "expected a table: [keys] with lines like next_article = \"J\""); break }
                var settings: [KeyMap.Setting] = []
                for action in t.keys.sorted(by: { (lineNumber($0) ?? 0) < (lineNumber($1) ?? 0) }) {
                    if let one = t[action]?.string {
                        settings.append(KeyMap.Setting(action: action, keys: [one]))
                    } else if let many = t[action]?.array, case let names = many.compactMap(\.string), names.count == many.count {
                        settings.append(KeyMap.Setting(action: action, keys: names))
                    } else {
                        c.problems.append("\(file)\(line(action)): [keys] '\(action)': expected a key in quotes or a list of them; its keys are unchanged")
                    }
                }
                let (map, problems) = KeyMap.standard.applying(settings)
                c.keys = map
                for p in problems { c.problems.append("\(file)\(line(p.action)): [keys] '\(p.action)': \(p.why)") }
            default:
                problem(key, "unknown setting (theme, ambiguous_wide, mouse, reading_width, [keys])")
            }
        }
        return c
    }
}
