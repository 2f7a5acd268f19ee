/// Text made safe to write to a terminal: control characters, escape sequences, bidi overrides and other
/// invisible format characters never pass through raw. Every line the commands print goes through `plain`;
/// JSON goes through `json`, which keeps the document's value exact.
public enum TerminalSafe {
    /// A byte of a file name that is not UTF-8 is carried as the scalar U+F0000 + byte (see `PathName`).
    public static let escapedByteBase: UInt32 = 0xF0000

    /// The raw byte an escaped scalar stands for.
    @inline(__always)
    public static func escapedByte(_ s: Unicode.Scalar) -> UInt8? {
        s.value >= escapedByteBase + 0x80 && s.value <= escapedByteBase + 0xFF ? UInt8(s.value - escapedByteBase) : nil
    }

    /// Replaces each control or format character with a visible stand-in (`␛` for ESC, `␊` for a newline
    /// inside a name, `�` for C1 controls and bidi overrides), a byte of a non-UTF-8 name with `\xNN`; tabs
    /// become a space.
    public static func plain(_ s: String) -> String {
        guard s.unicodeScalars.contains(where: { CharClass.isControl($0) || escapedByte($0) != nil }) else { return s }
        var out = String.UnicodeScalarView()
        for c in s.unicodeScalars {
            if c == "\t" {
                out.append(" ")
            } else if CharClass.isControl(c) {
                out.append(standIn(c))
            } else if let b = escapedByte(c) {
                out.append(contentsOf: "\\x\(String(b, radix: 16, uppercase: true))".unicodeScalars)
            } else {
                out.append(c)
            }
        }
        return String(out)
    }

    /// The visible stand-in of a control or format character: a Unicode control picture for C0 and DEL
    /// (`␛` for ESC), `�` for C1 controls, bidi overrides and the other invisible format characters.
    @inline(__always)
    public static func standIn(_ c: Unicode.Scalar) -> Unicode.Scalar {
        c.value < 0x20 ? Unicode.Scalar(0x2400 + c.value)! : c.value == 0x7F ? "\u{2421}" : "\u{FFFD}"
    }

    /// Several lines, each made plain (a newline inside a line's content is shown, not obeyed).
    public static func lines(_ ls: [String]) -> String { ls.map(plain).joined(separator: "\n") }

    /// A JSON document (UTF-8) with the characters a terminal could obey written as `\uXXXX` escapes: DEL,
    /// C1 controls, bidi overrides and line separators (JSON encoders already escape C0). Escaped bytes of
    /// non-UTF-8 names stay as they are (they are private-use characters, inert on a terminal). The value
    /// the document holds does not change.
    public static func json(_ data: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(data.count)
        var i = 0
        let hex = Array("0123456789abcdef".utf8)
        func escape(_ v: UInt32) {
            out += Array("\\u".utf8)
            for shift in stride(from: 12, through: 0, by: -4) { out.append(hex[Int((v >> UInt32(shift)) & 0xF)]) }
        }
        while i < data.count {
            let b = data[i]
            if b == 0x7F { escape(0x7F); i += 1; continue }
            if b == 0xC2, i + 1 < data.count, data[i + 1] >= 0x80, data[i + 1] <= 0x9F {
                escape(UInt32(data[i + 1])); i += 2; continue
            }
            if b == 0xE2, i + 2 < data.count {
                let v = (UInt32(b & 0x0F) << 12) | (UInt32(data[i + 1] & 0x3F) << 6) | UInt32(data[i + 2] & 0x3F)
                if let s = Unicode.Scalar(v), CharClass.isControl(s) { escape(v); i += 3; continue }
            }
            if b == 0xD8, i + 1 < data.count, data[i + 1] == 0x9C { escape(0x061C); i += 2; continue }
            if b == 0xEF, i + 2 < data.count, data[i + 1] == 0xBB, data[i + 2] == 0xBF { escape(0xFEFF); i += 3; continue }
            out.append(b)
            i += 1
        }
        return out
    }
}
