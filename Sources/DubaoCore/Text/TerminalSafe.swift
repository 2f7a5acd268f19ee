/// Text made safe to write to a terminal: control characters, escape sequences, bidi overrides and other
/// invisible format characters never pass through raw.
public enum TerminalSafe {
    /// Replaces each control or format character with a visible stand-in (`␛` for ESC, `�` otherwise);
    /// tabs become a space.
    public static func plain(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: CharClass.isControl) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == "\t" { out.append(" ") } else if c == "\u{1B}" { out.append("\u{241B}") } else if CharClass.isControl(c) {
                out.append(c.value < 0x20 ? Unicode.Scalar(0x2400 + c.value)! : "\u{FFFD}")
            } else { out.append(c) }
        }
        return String(out)
    }
}
