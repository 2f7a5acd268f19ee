import CTerminalWidth
import DubaoCore

/// How wide ncursesw counts East Asian ambiguous characters. It asks `wcwidth`, which the C library answers
/// with one column for them in every locale; `CTerminalWidth` defines the program's own `wcwidth`, and with
/// `--ambiguous-wide` it answers two for the characters Dubao's layout counts as two, so the cursor ncursesw
/// keeps and the one the terminal keeps agree and nothing is padded or pushed past the line's end.
public enum AmbiguousWidth {
    public static func countWide(_ on: Bool) {
        dubao_set_width_hook(on ? { c in
            guard let s = Unicode.Scalar(c) else { return -2 }
            return DisplayWidth.of(s, ambiguousWide: true) != DisplayWidth.of(s, ambiguousWide: false) ? 2 : -2
        } : nil)
    }

    /// The width the program's `wcwidth` gives a character, as ncursesw will count it.
    public static func cursesWidth(_ s: Unicode.Scalar) -> Int { Int(dubao_wcwidth(s.value)) }
}
