import DubaoStore
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The full-screen reader: a session drawn on the real terminal, keys in, frames out. Searches run in the
/// background; when one finishes, a byte on a pipe wakes the input loop, which takes its results and draws.
public enum ReaderApp {
    /// Runs until the reader quits, a stop signal comes (`NcursesBackend.stopSignal`) or the terminal goes
    /// away. `onFirstFrame` hears of the first frame.
    public static func run(_ session: ReaderSession, mouse: Bool = true, onFirstFrame: (() -> Void)? = nil) {
        var pipeFDs: [Int32] = [-1, -1]
        let piped = pipe(&pipeFDs) == 0
        if piped { for fd in pipeFDs { _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK); _ = fcntl(fd, F_SETFD, FD_CLOEXEC) } }
        let (readFD, writeFD) = (pipeFDs[0], pipeFDs[1])
        defer { if piped { close(readFD); close(writeFD) } }
        if piped {
            session.onWake = {
                var b: UInt8 = 1
                _ = write(writeFD, &b, 1)
            }
        }
        defer { session.onWake = nil }
        // the clipboard through the terminal: OSC 52 with the text in base64 (nothing of the text itself
        // reaches the terminal as characters)
        session.onCopy = { text in
            let b64 = Data(text.utf8).base64EncodedString()
            let seq = Array("\u{1B}]52;c;\(b64)\u{07}".utf8)
            seq.withUnsafeBufferPointer { p in _ = write(1, p.baseAddress, p.count) }
        }
        defer { session.onCopy = nil }
        let term = NcursesBackend(mouse: mouse, ambiguousWide: session.ambiguousWide)
        defer { term.end() }
        session.onPipe = { command, text in
            term.suspend()
            let status = ShellPipe.run(command, input: text)
            ShellPipe.waitForEnter()
            term.resume()
            switch status {
            case 0: return "已运行 · ran: \(command)"
            case -1: return "无法运行 · could not run /bin/sh"
            default: return "命令结束于 \(status) · \(command): exit \(status)"
            }
        }
        defer { session.onPipe = nil }
        let (c, r) = term.size
        session.send(.resize(columns: c, rows: r))
        term.draw(session.render())
        onFirstFrame?()
        func clock() -> Int {
            var ts = timespec()
            clock_gettime(CLOCK_MONOTONIC, &ts)
            return ts.tv_sec * 1_000_000 + ts.tv_nsec / 1000
        }
        var lastDraw = clock()
        var carried: NcursesBackend.Event?
        while !session.state.quitting {
            guard let event = carried ?? term.nextEvent(wakeFD: piped ? readFD : -1) else { break }
            carried = nil
            switch event {
            case .key(.resize):
                let (c, r) = term.size
                term.invalidate()
                session.send(.resize(columns: c, rows: r))
            case .key(let key):
                // the keys already waiting (a paste) are taken together: typed text becomes one edit of the query
                var keys = [key]
                while keys.count < 4096, term.inputPending, let next = term.nextEvent(wakeFD: -1) {
                    guard case .key(let k) = next, k != .resize else { carried = next; break }
                    keys.append(k)
                }
                session.press(keys)
            case .wake:
                guard session.takeFinished() else { continue }
            case .resumed:
                let (c, r) = term.size
                session.send(.resize(columns: c, rows: r))
            }
            if session.state.quitting { break }
            // a paste or a held key: take every key already typed before drawing (at least every 100 ms)
            if term.inputPending, clock() - lastDraw < 100_000 { continue }
            if session.redrawRequested {
                session.redrawRequested = false
                term.invalidate()
            }
            term.draw(session.render())
            lastDraw = clock()
        }
    }
}
