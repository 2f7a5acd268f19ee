import DubaoStore

/// The full-screen reader: a session drawn on the real terminal, keys in, frames out.
public enum ReaderApp {
    /// Runs until the reader quits, a stop signal comes (`NcursesBackend.stopSignal`) or the terminal goes
    /// away. `onFirstFrame` hears of the first frame.
    public static func run(_ session: ReaderSession, mouse: Bool = true, onFirstFrame: (() -> Void)? = nil) {
        let term = NcursesBackend(mouse: mouse)
        defer { term.end() }
        let (c, r) = term.size
        session.send(.resize(columns: c, rows: r))
        term.draw(session.render())
        onFirstFrame?()
        while !session.state.quitting {
            guard let key = term.readKey() else { break }
            if key == .resize {
                let (c, r) = term.size
                term.invalidate()
                session.send(.resize(columns: c, rows: r))
            } else {
                session.press(key)
            }
            if session.state.quitting { break }
            term.draw(session.render())
        }
    }
}
