import DubaoLibrary
import Foundation

/// Drives a program in a tmux session as a person would: keys in, screens out. Each instance has its own
/// tmux server (a socket in a temporary folder), so tests do not disturb each other or the user's tmux.
public final class Tmux {
    public let socket: String
    public let session = "t"

    public static var available: Bool { (try? run(["tmux", "-V"]))?.status == 0 }

    /// Starts `command` in a new tmux server. With `raw`, the command is run as given (an interactive
    /// shell, say); otherwise "EXITED <status>" is printed when it ends and the pane stays.
    /// `server`: the environment of the tmux server itself (an `LD_PRELOAD` that changes how it measures
    /// characters, say), kept from the command.
    public init(command: String, columns: Int = 120, rows: Int = 40, environment: [String: String] = ["LANG": "C.UTF-8"], raw: Bool = false,
                server: [String: String] = [:]) throws {
        socket = Fixtures.temporaryFolder("dubao-tmux").appendingPathComponent("s").path
        let env = (server.keys.sorted().map { "-u \($0)" } + environment.map { "\($0.key)=\(Self.quote($0.value))" }).joined(separator: " ")
        // the pane stays after the program ends, so its exit can be seen
        let wrapped = raw ? "env \(env) \(command)" : "env \(env) \(command); echo EXITED $?; sleep 600"
        // the server this starts keeps its standard output: give it /dev/null, not a pipe we wait on
        let serverEnv = server.isEmpty ? [] : ["env"] + server.keys.sorted().map { "\($0)=\(server[$0]!)" }
        let status = try Self.run(serverEnv + ["tmux", "-S", socket, "-f", "/dev/null", "new-session", "-d", "-x", "\(columns)", "-y", "\(rows)",
                                   "-s", session, wrapped], capture: false).status
        if status != 0 { throw TmuxError.failed("tmux new-session failed (\(status))") }
    }

    deinit { _ = try? tmux(["kill-server"]) }

    public static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    @discardableResult
    public func tmux(_ args: [String]) throws -> String {
        try Self.run(["tmux", "-S", socket] + args).output
    }

    /// Sends tmux key names (`Enter`, `Escape`, `j`, `C-d`).
    public func keys(_ names: String...) throws { try tmux(["send-keys", "-t", session] + names) }

    /// Sends literal text (Chinese arrives whole).
    public func type(_ text: String) throws { try tmux(["send-keys", "-t", session, "-l", text]) }

    public func resize(columns: Int, rows: Int) throws {
        try tmux(["resize-window", "-t", session, "-x", "\(columns)", "-y", "\(rows)"])
    }

    /// The screen as text lines.
    public func capture() throws -> [String] {
        var lines = try tmux(["capture-pane", "-p", "-t", session]).components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }  // the newline after the last row
        return lines
    }

    /// Polls the screen until `condition` holds (no fixed sleeps); returns the screen, or throws with the
    /// last screen after `timeout` seconds.
    @discardableResult
    public func waitFor(_ what: String, timeout: Double = 15, _ condition: ([String]) -> Bool) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        repeat {
            screen = try capture()
            if condition(screen) { return screen }
            usleep(50_000)
        } while Date() < deadline
        throw TmuxError.timeout(what: what, screen: screen.joined(separator: "\n"))
    }

    /// Polls until the screen satisfies `condition` and then stays the same for `quiet` seconds: the program
    /// has drawn a whole frame and is idle (a capture can catch a frame half drawn).
    @discardableResult
    public func waitForSettled(_ what: String, quiet: Double = 0.3, timeout: Double = 15,
                               _ condition: ([String]) -> Bool = { _ in true }) throws -> [String] {
        let deadline = Date().addingTimeInterval(timeout)
        var screen: [String] = []
        var since = Date()
        repeat {
            let now = try capture()
            if now != screen { screen = now; since = Date() }
            if condition(screen) && Date().timeIntervalSince(since) >= quiet { return screen }
            usleep(50_000)
        } while Date() < deadline
        throw TmuxError.timeout(what: what, screen: screen.joined(separator: "\n"))
    }

    /// Waits until the screen shows `text`; the screen then, which a test that only waits may leave unread.
    @discardableResult
    public func waitFor(text: String, timeout: Double = 15) throws -> [String] {
        try waitFor("'\(text)'", timeout: timeout) { $0.joined(separator: "\n").contains(text) }
    }

    public enum TmuxError: Error, CustomStringConvertible {
        case timeout(what: String, screen: String)
        case failed(String)
        public var description: String {
            switch self {
            case .timeout(let w, let s): return "timed out waiting for \(w); the screen was:\n\(s)"
            case .failed(let s): return s
            }
        }
    }

    public static func run(_ args: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        try Subprocess.run(args, capture: capture)
    }
}

/// The built `dubao` program (next to the test bundle, or in .build/debug).
public enum BuiltProgram {
    public static var dubao: String? {
        var candidates: [URL] = []
        if let arg0 = CommandLine.arguments.first {
            var u = URL(fileURLWithPath: arg0)
            for _ in 0..<5 {
                u.deleteLastPathComponent()
                candidates.append(u.appendingPathComponent("dubao"))
            }
        }
        candidates.append(Fixtures.root.appendingPathComponent(".build/debug/dubao"))
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) && !$0.hasDirectoryPath }?.path
    }
}
