import DubaoCore
import Foundation

/// Everything the commands print goes through here: text lines are made terminal-safe (`TerminalSafe.plain`:
/// no control character, escape sequence, bidi override or raw byte of a file name reaches the terminal),
/// JSON is written with the same value and those characters escaped (`TerminalSafe.json`).
enum Console {
    /// A line on standard output.
    static func out(_ line: String) { write(1, TerminalSafe.plain(line) + "\n") }

    /// A line on standard error.
    static func err(_ line: String) { write(2, TerminalSafe.plain(line) + "\n") }

    /// Text already laid out in lines (an outline, a story): each line made safe, newlines kept.
    static func outLines(_ text: String) { write(1, safeLines(text)) }

    /// Text in lines on standard error (a usage message): each line made safe, newlines kept.
    static func errLines(_ text: String) { write(2, safeLines(text)) }

    static func safeLines(_ text: String) -> String {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines.map(TerminalSafe.plain).joined(separator: "\n") + "\n"
    }

    /// Progress that rewrites its own line on standard error.
    static func progress(_ line: String) { write(2, "\r" + TerminalSafe.plain(line)) }
    static func endProgress() { write(2, "\n") }

    static func json(_ value: JSONWriter) {
        write(1, TerminalSafe.json(value.bytes) + [0x0A])
    }

    static func json<T: Encodable>(_ value: T) throws {
        let data = try CorpusJSON.encode(value)
        write(1, TerminalSafe.json(Array(data)) + [0x0A])
    }

    static func write(_ fd: Int32, _ s: String) { write(fd, Array(s.utf8)) }

    static func write(_ fd: Int32, _ bytes: [UInt8]) {
        var off = 0
        while off < bytes.count {
            let n = bytes[off...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress!, $0.count) }
            if n < 0 { if errno == EINTR { continue }; return }
            off += n
        }
    }
}
