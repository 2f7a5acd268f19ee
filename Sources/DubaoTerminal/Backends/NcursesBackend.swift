import CNcursesw
import CTerminalWidth
import DubaoCore
#if canImport(Glibc)
import Glibc
#endif

/// The real terminal, through ncursesw's wide-character API. Every curses call of the program is in this
/// file. Sets a UTF-8 locale first (falling back to C.UTF-8), draws whole changed lines with `setcchar`/
/// `add_wch`, reads keys with `get_wch` (so typed Chinese arrives whole), and restores the terminal on
/// exit, on SIGINT/SIGTERM/SIGHUP (after the reader has ended in order), and on a crash.
public final class NcursesBackend {
    private var previous: Grid?
    private var pairs: [PairKey: Int16] = [:]
    private var colors = 8
    private var errors = 0
    public private(set) var active = false

    struct PairKey: Hashable { var fg: Int16; var bg: Int16 }

    /// `ambiguousWide`: the terminal draws `“ ” — … ·` two columns wide, and ncursesw must count them so
    /// (`AmbiguousWidth`).
    public init(mouse: Bool = true, ambiguousWide: Bool = false) {
        Self.setUTF8Locale()
        AmbiguousWidth.countWide(ambiguousWide)
        _ = initscr()
        active = true
        Self.installSignalHandlers()
        cbreak()
        noecho()
        nonl()
        keypad(dubao_stdscr(), true)
        // keys are read without waiting; the wait is a poll on the terminal and the wake-up pipe
        nodelay(dubao_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        if has_colors() {
            start_color()
            use_default_colors()
            colors = Int(dubao_COLORS())
        }
        mouseOn = mouse
        if mouse { mousemask(dubao_all_mouse_events(), nil); mouseinterval(0) }
    }

    private var mouseOn = false

    /// `setlocale(LC_ALL, "")`, and C.UTF-8 when that is not UTF-8 (wide characters need it).
    public static func setUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = String(cString: dubao_codeset())
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_ALL, "C.UTF-8")
        }
    }

    public var size: (columns: Int, rows: Int) { (Int(dubao_COLS()), Int(dubao_LINES())) }

    /// Copies a grid to the screen, line by line where lines changed.
    public func draw(_ grid: Grid) {
        let full = previous.map { $0.width != grid.width || $0.height != grid.height } ?? true
        if full { erase() }
        var wcs = [wchar_t](repeating: 0, count: 8)
        for y in 0..<grid.height {
            if !full, let p = previous, (0..<grid.width).allSatisfy({ p[$0, y] == grid[$0, y] }) { continue }
            var x = 0
            while x < grid.width {
                let c = grid[x, y]
                if c.isContinuation { x += 1; continue }
                var n = 0
                for s in c.text.unicodeScalars where n < 5 {
                    wcs[n] = wchar_t(bitPattern: s.value)
                    n += 1
                }
                wcs[n] = 0
                let (attr, pair) = attributes(c.style)
                var cc = cchar_t()
                setcchar(&cc, wcs, attr, pair, nil)
                // the last cell of the screen must not scroll it
                if !(y == grid.height - 1 && x + Int(c.width) >= grid.width && c.width == 2) {
                    mvadd_wch(Int32(y), Int32(x), &cc)
                }
                x += max(1, Int(c.width))
            }
        }
        refresh()
        previous = grid
    }

    /// Forgets what is on screen (after a resize or a resume), so the next draw repaints everything.
    public func invalidate() {
        previous = nil
        clearok(dubao_stdscr(), true)
    }

    func attributes(_ s: Style) -> (attr_t, Int16) {
        var a = dubao_A_NORMAL()
        if s.bold { a |= dubao_A_BOLD() }
        if s.dim { a |= dubao_A_DIM() }
        if s.italic { a |= dubao_A_ITALIC() }
        if s.underline { a |= dubao_A_UNDERLINE() }
        if s.reverse { a |= dubao_A_REVERSE() }
        guard colors >= 8 else { return (a, 0) }
        let key = PairKey(fg: color(s.fg), bg: color(s.bg))
        if key.fg == -1 && key.bg == -1 { return (a, 0) }
        if let p = pairs[key] { return (a, p) }
        let n = Int16(pairs.count + 1)
        guard Int32(n) < dubao_COLOR_PAIRS() else { return (a, 0) }
        init_pair(n, key.fg, key.bg)
        pairs[key] = n
        return (a, n)
    }

    /// A theme colour as one the terminal has.
    func color(_ c: Color) -> Int16 {
        switch c {
        case .default: return -1
        case .indexed(let i):
            if Int(i) < colors { return Int16(i) }
            let (r, g, b) = ColorSpec.rgb(of: i)
            return Int16(ColorSpec.nearest8(r, g, b))
        case .rgb(let r, let g, let b):
            return colors >= 256 ? Int16(ColorSpec.nearest256(r, g, b)) : Int16(ColorSpec.nearest8(r, g, b))
        }
    }

    /// The stop signal received (SIGINT, SIGTERM, SIGHUP), if any: the reader should end and exit with
    /// 128 + its number.
    public static var stopSignal: Int32? {
        let s = dubao_stop_signal()
        return s == 0 ? nil : s
    }

    /// What the input loop wakes up for.
    public enum Event: Equatable {
        case key(Key)
        /// Background work finished (a byte arrived on the wake-up pipe).
        case wake
        /// The process was continued after a stop (Ctrl-Z, fg): the screen must be drawn again.
        case resumed
    }

    /// Waits for a key, a byte on `wakeFD`, or a continue after a stop, without spinning: keys ncurses has
    /// already read are taken first, then the terminal and the pipe are polled together. Nil when a stop
    /// signal came or the terminal is gone.
    public func nextEvent(wakeFD: Int32) -> Event? {
        while true {
            if Self.stopSignal != nil { return nil }
            if dubao_take_resumed() != 0 {
                dubao_keypad_transmit()
                invalidate()
                return .resumed
            }
            var wc: wint_t = 0
            let rc = get_wch(&wc)
            if rc != ERR {
                errors = 0
                return .key(decode(rc, wc))
            }
            var fds = [pollfd(fd: 0, events: Int16(POLLIN), revents: 0), pollfd(fd: wakeFD, events: Int16(POLLIN), revents: 0)]
            let n = poll(&fds, wakeFD >= 0 ? 2 : 1, -1)
            if n < 0 {
                if errno == EINTR { continue }
                errors += 1
                if errors > 50 { return nil }
                continue
            }
            if wakeFD >= 0 && fds[1].revents & Int16(POLLIN) != 0 {
                var buf = [UInt8](repeating: 0, count: 64)
                _ = read(wakeFD, &buf, buf.count)
                return .wake
            }
            if fds[0].revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 && fds[0].revents & Int16(POLLIN) == 0 { return nil }
        }
    }

    /// Whether more input is waiting on the terminal (the rest of a paste, a held key).
    public var inputPending: Bool {
        var fd = pollfd(fd: 0, events: Int16(POLLIN), revents: 0)
        return poll(&fd, 1, 0) > 0 && fd.revents & Int16(POLLIN) != 0
    }

    /// The next key (for callers without background work); nil when the reader must end.
    public func readKey() -> Key? {
        while let e = nextEvent(wakeFD: -1) {
            if case .key(let k) = e { return k }
            return .resize
        }
        return nil
    }

    func decode(_ rc: Int32, _ wc: wint_t) -> Key {
        if rc == KEY_CODE_YES { return special(Int32(wc)) }
        let v = Int(wc)
        switch v {
        case 27: return .escape
        case 9: return .tab
        case 10, 13: return .enter
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(UInt8(v + 96))))
        default:
            guard let s = Unicode.Scalar(UInt32(v)) else { return .unknown(v) }
            return .char(Character(s))
        }
    }

    func special(_ k: Int32) -> Key {
        switch k {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_NPAGE: return .pageDown
        case KEY_PPAGE: return .pageUp
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_BTAB: return .backTab
        case KEY_RESIZE: return .resize
        case dubao_KEY_MOUSE():
            var ev = MEVENT()
            guard getmouse(&ev) == OK else { return .unknown(Int(k)) }
            let b = ev.bstate
            if b & dubao_BUTTON4_PRESSED() != 0 { return .mouse(MouseEvent(kind: .wheelUp, x: Int(ev.x), y: Int(ev.y))) }
            if b & dubao_BUTTON5_PRESSED() != 0 { return .mouse(MouseEvent(kind: .wheelDown, x: Int(ev.x), y: Int(ev.y))) }
            if b & dubao_BUTTON1_CLICKED() != 0 { return .mouse(MouseEvent(kind: .click, x: Int(ev.x), y: Int(ev.y))) }
            return .unknown(Int(k))
        default: return .unknown(Int(k))
        }
    }

    /// Gives the terminal to another program for a while (`|`): the screen as the shell had it, cooked input.
    public func suspend() {
        guard active else { return }
        endwin()
    }

    /// Takes the terminal back after `suspend` and draws everything again at the next frame.
    public func resume() {
        guard active else { return }
        dubao_keypad_transmit()
        if mouseOn { mousemask(dubao_all_mouse_events(), nil) }
        invalidate()
        refresh()
    }

    /// Gives the terminal back.
    public func end() {
        guard active else { return }
        active = false
        endwin()
    }

    deinit { end() }

    // MARK: signals

    static func installSignalHandlers() {
        // a parent may have blocked signals we depend on (resize, suspend, interrupt)
        var unblock = sigset_t()
        sigemptyset(&unblock)
        for sig in [SIGWINCH, SIGINT, SIGTERM, SIGHUP, SIGTSTP, SIGCONT] { sigaddset(&unblock, sig) }
        pthread_sigmask(SIG_UNBLOCK, &unblock, nil)
        // SIGINT, SIGTERM, SIGHUP (a closed ssh session): noted; `readKey` returns nil and the reader ends in
        // order, its reading place saved. A second one ends the process at once.
        dubao_install_stop_signals()
        dubao_install_continue_signal()
        for sig in [SIGSEGV, SIGBUS, SIGILL, SIGTRAP, SIGABRT, SIGFPE] {
            signal(sig) { s in
                endwin()
                signal(s, SIG_DFL)
                raise(s)
            }
        }
    }
}
