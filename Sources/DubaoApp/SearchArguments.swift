/// `dubao search`'s arguments read without the argument parser, for the forms people and scripts use: the
/// parser's start-up (its table of every option, built by reflection, and its check for a completion-script
/// request) was a fifth of a whole search's time.
public struct SearchArguments: Equatable, Sendable {
    public static let defaultLimit = 50

    public var library: String?
    public var json = false
    public var limit = SearchArguments.defaultLimit
    public var query: String
    public var paths: [String] = []

    public init(library: String? = nil, json: Bool = false, limit: Int = SearchArguments.defaultLimit, query: String, paths: [String] = []) {
        self.library = library
        self.json = json
        self.limit = limit
        self.query = query
        self.paths = paths
    }

    /// The arguments after `search` (with a query term that starts with `-` already behind a `--`): `--json`,
    /// `--library PATH`, `--limit N` (also `--name=value`), then the query and page paths. Nil for anything else
    /// — help, an unknown option, an option given twice, a malformed value, no query — which the argument
    /// parser reads, and whose mistakes it names.
    public static func quick(_ args: [String]) -> SearchArguments? {
        var library: String?
        var json = false
        var limit: Int?
        var positional: [String] = []
        var i = 0
        var optionsEnded = false
        while i < args.count {
            let a = args[i]
            i += 1
            if optionsEnded || !a.hasPrefix("-") {
                positional.append(a)
                continue
            }
            if a == "--" { optionsEnded = true; continue }
            let parts = a.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = String(parts[0])
            var value: String? = parts.count == 2 ? String(parts[1]) : nil
            switch name {
            case "--json":
                guard value == nil, !json else { return nil }
                json = true
            case "--library", "--limit":
                if value == nil {
                    guard i < args.count, !args[i].hasPrefix("-") else { return nil }
                    value = args[i]
                    i += 1
                }
                guard let v = value, !v.isEmpty else { return nil }
                if name == "--library" {
                    guard library == nil else { return nil }
                    library = v
                } else {
                    guard limit == nil, let n = Int(v), n >= 0 else { return nil }
                    limit = n
                }
            default:
                return nil
            }
        }
        guard let query = positional.first else { return nil }
        return SearchArguments(library: library, json: json, limit: limit ?? defaultLimit, query: query, paths: Array(positional.dropFirst()))
    }
}
