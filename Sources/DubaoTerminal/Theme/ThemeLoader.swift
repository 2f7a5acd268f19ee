import Foundation
import TOMLKit

/// Reads themes from TOML files: a table per role with `fg`, `bg` and the flags `bold`, `dim`, `italic`,
/// `underline`, `reverse`. Roles a file leaves out take the default theme's style. Problems are reported
/// with the file, line and key.
public enum ThemeLoader {
    public struct Problem: Error, Equatable, CustomStringConvertible {
        public var file: String
        public var line: Int?
        public var key: String?
        public var reason: String
        public var description: String {
            "\(file)\(line.map { ":\($0)" } ?? "")\(key.map { ": key '\($0)'" } ?? ""): \(reason)"
        }
    }

    static let flags = ["bold", "dim", "italic", "underline", "reverse"]

    /// Parses a theme's TOML text. `file` names it in messages.
    public static func parse(_ text: String, file: String, base: Theme? = nil) -> Result<Theme, Problem> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let e as TOMLParseError {
            return .failure(Problem(file: file, line: e.source.begin.line, key: nil, reason: e.description))
        } catch {
            return .failure(Problem(file: file, line: nil, key: nil, reason: "\(error)"))
        }
        let stem = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
        var theme = base ?? Theme(name: stem, styles: [:])
        theme.name = table["name"]?.string ?? stem
        for key in table.keys {
            if key == "name" || key == "description" { continue }
            guard let role = Role(rawValue: key) else {
                return .failure(Problem(file: file, line: line(of: key, table: nil, in: text), key: key,
                                        reason: "unknown role (roles: \(Role.allCases.map(\.rawValue).joined(separator: ", ")))"))
            }
            guard let t = table[key]?.table else {
                return .failure(Problem(file: file, line: line(of: key, table: nil, in: text), key: key, reason: "expected a table like [\(key)] with fg = …"))
            }
            var style = Style()
            for k in t.keys {
                let full = "\(key).\(k)"
                // the line is looked for only to say where a problem is
                func where_() -> Int? { line(of: k, table: key, in: text) }
                switch k {
                case "fg", "bg":
                    guard let s = t[k]?.string ?? t[k]?.int.map(String.init), let c = ColorSpec.parse(s) else {
                        return .failure(Problem(file: file, line: where_(), key: full,
                                                reason: "not a colour (a name like \"red\", an index 0–255, or \"#rrggbb\")"))
                    }
                    if k == "fg" { style.fg = c } else { style.bg = c }
                case _ where flags.contains(k):
                    guard let b = t[k]?.bool else {
                        return .failure(Problem(file: file, line: where_(), key: full, reason: "expected true or false"))
                    }
                    switch k {
                    case "bold": style.bold = b
                    case "dim": style.dim = b
                    case "italic": style.italic = b
                    case "underline": style.underline = b
                    default: style.reverse = b
                    }
                default:
                    return .failure(Problem(file: file, line: where_(), key: full, reason: "unknown setting (fg, bg, \(flags.joined(separator: ", ")))"))
                }
            }
            theme.styles[role] = style
        }
        return .success(theme)
    }

    /// The line (1-based) where `key` is set, inside `[table]` when given.
    static func line(of key: String, table: String?, in text: String) -> Int? {
        var inTable = table == nil
        for (i, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let l = raw.trimmingCharacters(in: .whitespaces)
            if l.hasPrefix("[") {
                let name = l.trimmingCharacters(in: CharacterSet(charactersIn: "[] "))
                if table == nil && name == key { return i + 1 }
                inTable = table == nil || name == table
                continue
            }
            if inTable, l.hasPrefix(key), l.dropFirst(key.count).trimmingCharacters(in: .whitespaces).hasPrefix("=") { return i + 1 }
        }
        return nil
    }

    /// Loads a theme file; on any problem, the message and `fallback`.
    public static func load(path: String, fallback: Theme) -> (Theme, Problem?) {
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            return (fallback, Problem(file: path, line: nil, key: nil, reason: "cannot read the file"))
        }
        switch parse(text, file: path, base: fallback) {
        case .success(let t): return (t, nil)
        case .failure(let p): return (fallback, p)
        }
    }
}
