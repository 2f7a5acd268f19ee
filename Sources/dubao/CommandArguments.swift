import DubaoLibrary
import Foundation

/// The command line before it is parsed.
enum CommandArguments {
    /// argv without the program name, each argument decoded as a file name is (`PathName`), so a name that is
    /// not UTF-8 still opens.
    static func raw() -> [String] {
        (1..<Int(CommandLine.argc)).compactMap { i in CommandLine.unsafeArgv[i].map { PathName.decode(cString: $0) } }
    }

    /// Options of `dubao search` and whether each takes a value.
    static let searchOptions: [String: Bool] = ["--library": true, "--limit": true, "--json": false, "-h": false, "--help": false]

    /// `dubao search -漆器 …`: a query term may begin with `-` (it excludes). Arguments of `search` that are not
    /// its options are moved after a `--`, so the parser takes them as the query and paths.
    static func prepared(_ args: [String]) -> [String] {
        guard let s = args.firstIndex(of: "search"), !args[..<s].contains("--") else { return args }
        var options: [String] = []
        var rest: [String] = []
        var i = s + 1
        var needsSeparator = false
        while i < args.count {
            let a = args[i]
            if a == "--" { rest += args[(i + 1)...]; break }
            let name = a.split(separator: "=", maxSplits: 1).first.map(String.init) ?? a
            if let takesValue = searchOptions[name] {
                options.append(a)
                if takesValue && !a.contains("="), i + 1 < args.count { options.append(args[i + 1]); i += 1 }
            } else {
                if a.hasPrefix("-") { needsSeparator = true }
                rest.append(a)
            }
            i += 1
        }
        guard needsSeparator else { return args }
        return Array(args[...s]) + options + ["--"] + rest
    }

    /// The subcommand a mistyped word probably meant (`serach` → `search`), by edit distance.
    static func closestCommand(to word: String) -> String? {
        let names = ["parse", "search", "show", "import", "library", "read"]
        let w = word.lowercased()
        let best = names.map { ($0, editDistance(w, $0)) }.min { $0.1 < $1.1 }
        guard let (name, d) = best, d <= 2, d < name.count / 2 + 1 else { return nil }
        return name
    }

    /// Edit distance with adjacent transpositions (`serach` is one step from `search`).
    static func editDistance(_ a: String, _ b: String) -> Int {
        let x = Array(a)
        let y = Array(b)
        if x.isEmpty || y.isEmpty { return max(x.count, y.count) }
        var d = [[Int]](repeating: [Int](repeating: 0, count: y.count + 1), count: x.count + 1)
        for i in 0...x.count { d[i][0] = i }
        for j in 0...y.count { d[0][j] = j }
        for i in 1...x.count {
            for j in 1...y.count {
                d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
                if i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
            }
        }
        return d[x.count][y.count]
    }
}
