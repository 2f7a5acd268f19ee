import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program with posix_spawn and waitpid (Foundation's Process can miss a child's exit when a
/// daemon it started keeps running, as tmux's server does).
public enum Subprocess {
    /// Runs `args` (looked up in PATH); returns the exit status and, when `capture`, standard output and
    /// error together. Without `capture` both go to /dev/null.
    public static func run(_ args: [String], capture: Bool = true) throws -> (status: Int32, output: String) {
        let r = try runMeasured(args, capture: capture)
        return (r.status, r.output)
    }

    /// Starts a program and returns at once with its pid (output to /dev/null). Pair with `wait`.
    public static func spawn(_ args: [String]) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        var pid: pid_t = 0
        let cargs = args.map { a in PathName.withCString(a) { strdup($0) } } + [nil]
        defer { for a in cargs { free(a) } }
        let rc = posix_spawnp(&pid, args[0], &actions, nil, cargs, environ)
        guard rc == 0 else { throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT) }
        return pid
    }

    /// Waits for a spawned child; returns its exit status (128+signal when killed).
    @discardableResult
    public static func wait(_ pid: pid_t) -> Int32 {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// As `run`, also giving the child's peak resident memory (bytes) and wall time (seconds).
    public static func runMeasured(_ args: [String], capture: Bool = true) throws -> (status: Int32, output: String, maxRSS: Int, seconds: Double) {
        let r = try runRaw(args, capture: capture)
        return (r.status, String(decoding: r.bytes, as: UTF8.self), r.maxRSS, r.seconds)
    }

    /// As `run`, with the output as the bytes written (standard output and error together), unaltered.
    public static func runRaw(_ args: [String], capture: Bool = true) throws -> (status: Int32, bytes: [UInt8], maxRSS: Int, seconds: Double) {
        let started = DispatchTime.now().uptimeNanoseconds
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { throw POSIXError(.EIO) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        if capture {
            posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
            posix_spawn_file_actions_adddup2(&actions, fds[1], 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
        // a clean signal mask and default handlers: the test runner blocks some signals, and children
        // (a terminal program waiting for SIGWINCH) must not inherit that
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attr, &empty)
        var all = sigset_t()
        sigfillset(&all)
        sigdelset(&all, SIGKILL)
        sigdelset(&all, SIGSTOP)
        posix_spawnattr_setsigdefault(&attr, &all)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
        var pid: pid_t = 0
        let cargs = args.map { a in PathName.withCString(a) { strdup($0) } } + [nil]
        defer { for a in cargs { free(a) } }
        let rc = posix_spawnp(&pid, args[0], &actions, &attr, cargs, environ)
        close(fds[1])
        guard rc == 0 else { close(fds[0]); throw POSIXError(POSIXErrorCode(rawValue: rc) ?? .ENOENT) }
        var data = [UInt8]()
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buf, buf.count)
            if n <= 0 { break }
            data.append(contentsOf: buf[0..<n])
        }
        close(fds[0])
        var status: Int32 = 0
        var usage = rusage()
        while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
        let exit = (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        return (exit, data, Int(usage.ru_maxrss) * 1024, seconds)
    }
}
