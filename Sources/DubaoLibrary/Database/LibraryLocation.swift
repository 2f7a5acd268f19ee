import Foundation

/// Where the library lives: `--library PATH`, else `$XDG_DATA_HOME/dubao/library.sqlite`, else
/// `~/.local/share/dubao/library.sqlite`.
public enum LibraryLocation {
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let x = environment["XDG_DATA_HOME"], !x.isEmpty, x.hasPrefix("/") { return x + "/dubao/library.sqlite" }
        let home = environment["HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? NSHomeDirectory()
        return home + "/.local/share/dubao/library.sqlite"
    }
}
