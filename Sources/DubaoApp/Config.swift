import Foundation
import TOMLKit

/// The reader's settings file, `$XDG_CONFIG_HOME/dubao/config.toml` (else `~/.config/dubao/config.toml`):
///
///     theme = "light"          # a theme's name or a .toml file
///     ambiguous_wide = false   # “ ” — … · as two columns
///     mouse = true
///     reading_width = 80       # the longest line of an article, in columns (40–200)
///
/// The command line wins over it. A problem names the file, the line and the key, and that setting keeps
/// its default; the others still apply.
public struct Config: Sendable, Equatable {
    public var theme: String?
    public var ambiguousWide: Bool?
    public var mouse: Bool?
    public var readingWidth: Int?
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
        func line(_ key: String) -> String {
            let lines = text.components(separatedBy: "\n")
            guard let k = lines.firstIndex(where: { $0.trimmingCharacters(in: .whitespaces).hasPrefix(key) }) else { return "" }
            return ":\(k + 1)"
        }
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
            default:
                problem(key, "unknown setting (theme, ambiguous_wide, mouse, reading_width)")
            }
        }
        return c
    }
}
