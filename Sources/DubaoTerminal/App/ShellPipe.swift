import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// `|` in the reader, as in less and mutt: a shell command run with the story on its standard input and the
/// terminal for its output; then the user presses Enter to come back.
enum ShellPipe {
    /// Runs `/bin/sh -c command` with `text` on its standard input; returns its exit status (−1: it could not
    /// start). The reader ignores Ctrl-C and Ctrl-\ meanwhile (they are the command's), as `system()` does.
    static func run(_ command: String, input text: String) -> Int32 {
        var fds: [Int32] = [0, 0]
        guard pipe(&fds) == 0 else { return -1 }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_adddup2(&actions, fds[0], 0)
        posix_spawn_file_actions_addclose(&actions, fds[1])
        posix_spawn_file_actions_addclose(&actions, fds[0])
        // the child starts with the signals a shell expects
        var attr = posix_spawnattr_t()
        posix_spawnattr_init(&attr)
        defer { posix_spawnattr_destroy(&attr) }
        var defaults = sigset_t()
        sigemptyset(&defaults)
        for sig in [SIGINT, SIGQUIT, SIGPIPE, SIGTSTP, SIGCONT, SIGWINCH] { sigaddset(&defaults, sig) }
        posix_spawnattr_setsigdefault(&attr, &defaults)
        var none = sigset_t()
        sigemptyset(&none)
        posix_spawnattr_setsigmask(&attr, &none)
        posix_spawnattr_setflags(&attr, Int16(POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))
        let oldInt = signal(SIGINT, SIG_IGN)
        let oldQuit = signal(SIGQUIT, SIG_IGN)
        let oldPipe = signal(SIGPIPE, SIG_IGN)
        defer { signal(SIGINT, oldInt); signal(SIGQUIT, oldQuit); signal(SIGPIPE, oldPipe) }
        var pid: pid_t = 0
        let words: [String] = ["/bin/sh", "-c", command]
        let args: [UnsafeMutablePointer<CChar>?] = words.map { strdup($0) } + [nil]
        defer { for a in args { free(a) } }
        let rc = posix_spawn(&pid, "/bin/sh", &actions, &attr, args, environ)
        close(fds[0])
        guard rc == 0 else { close(fds[1]); return -1 }
        // the story in; a command that stops reading (head, q in less) ends the writing (EPIPE)
        let bytes = Array(text.utf8)
        var sent = 0
        while sent < bytes.count {
            let n = bytes.withUnsafeBufferPointer { write(fds[1], $0.baseAddress! + sent, bytes.count - sent) }
            if n < 0 { if errno == EINTR { continue }; break }
            sent += n
        }
        close(fds[1])
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        return (status & 0x7F) == 0 ? (status >> 8) & 0xFF : 128 + (status & 0x7F)
    }

    /// Says how to come back and waits for Enter (the terminal is in its cooked mode).
    static func waitForEnter() {
        let prompt = Array("\n（按回车键返回读报 · press Enter to return to the reader）".utf8)
        prompt.withUnsafeBufferPointer { _ = write(1, $0.baseAddress, $0.count) }
        var b: UInt8 = 0
        while true {
            let n = read(0, &b, 1)
            if n < 0 && errno == EINTR { continue }
            if n <= 0 || b == 0x0A || b == 0x0D { break }
        }
    }
}
