import DubaoStore
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
        let term = NcursesBackend(mouse: mouse)
        defer { term.end() }
        let (c, r) = term.size
        session.send(.resize(columns: c, rows: r))
        term.draw(session.render())
        onFirstFrame?()
        while !session.state.quitting {
            guard let event = term.nextEvent(wakeFD: piped ? readFD : -1) else { break }
            switch event {
            case .key(.resize):
                let (c, r) = term.size
                term.invalidate()
                session.send(.resize(columns: c, rows: r))
            case .key(let key):
                session.press(key)
            case .wake:
                guard session.takeFinished() else { continue }
            case .resumed:
                let (c, r) = term.size
                session.send(.resize(columns: c, rows: r))
            }
            if session.state.quitting { break }
            term.draw(session.render())
        }
    }
}
