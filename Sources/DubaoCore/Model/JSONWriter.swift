/// A JSON value written straight to bytes, in exactly the form `CorpusJSON` (Foundation's JSONEncoder: pretty,
/// keys sorted, slashes unescaped) gives. For the commands that print small documents many times a day
/// (`dubao search --json`), where the encoder's generic machinery cost more than the search.
public indirect enum JSONWriter: Equatable, Sendable {
    case string(String)
    case int(Int)
    case null
    case array([JSONWriter])
    /// Keys are written sorted as Swift orders strings: for the ASCII keys the commands write, the encoder's order
    /// (its order for other keys was not checked).
    case object([String: JSONWriter])

    public static func string(_ s: String?) -> JSONWriter { s.map { .string($0) } ?? .null }
    public static func int(_ n: Int?) -> JSONWriter { n.map { .int($0) } ?? .null }

    /// The value's bytes (no final line break).
    public var bytes: [UInt8] {
        var out: [UInt8] = []
        write(into: &out, indent: 0)
        return out
    }

    func write(into out: inout [UInt8], indent: Int) {
        switch self {
        case .string(let s): Self.quote(s, into: &out)
        case .int(let n): out += Array(String(n).utf8)
        case .null: out += Array("null".utf8)
        case .array(let items):
            out += [UInt8(ascii: "["), 0x0A]
            for (k, v) in items.enumerated() {
                if k > 0 { out += [UInt8(ascii: ","), 0x0A] }
                Self.pad(indent + 2, &out)
                v.write(into: &out, indent: indent + 2)
            }
            out.append(0x0A)
            Self.pad(indent, &out)
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out += [UInt8(ascii: "{"), 0x0A]
            for (k, key) in fields.keys.sorted().enumerated() {
                if k > 0 { out += [UInt8(ascii: ","), 0x0A] }
                Self.pad(indent + 2, &out)
                Self.quote(key, into: &out)
                out += Array(" : ".utf8)
                fields[key]!.write(into: &out, indent: indent + 2)
            }
            out.append(0x0A)
            Self.pad(indent, &out)
            out.append(UInt8(ascii: "}"))
        }
    }

    static func pad(_ n: Int, _ out: inout [UInt8]) { out += repeatElement(UInt8(ascii: " "), count: n) }

    /// A string in quotes: `"` and `\` escaped, the control characters below U+0020 as the encoder writes them.
    static func quote(_ s: String, into out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        let hex = Array("0123456789abcdef".utf8)
        for b in s.utf8 {
            switch b {
            case UInt8(ascii: "\""): out += [UInt8(ascii: "\\"), UInt8(ascii: "\"")]
            case UInt8(ascii: "\\"): out += [UInt8(ascii: "\\"), UInt8(ascii: "\\")]
            case 0x0A: out += [UInt8(ascii: "\\"), UInt8(ascii: "n")]
            case 0x09: out += [UInt8(ascii: "\\"), UInt8(ascii: "t")]
            case 0x0D: out += [UInt8(ascii: "\\"), UInt8(ascii: "r")]
            case 0x08: out += [UInt8(ascii: "\\"), UInt8(ascii: "b")]
            case 0x0C: out += [UInt8(ascii: "\\"), UInt8(ascii: "f")]
            case 0..<0x20: out += Array("\\u00".utf8) + [hex[Int(b >> 4)], hex[Int(b & 0xF)]]
            default: out.append(b)
            }
        }
        out.append(UInt8(ascii: "\""))
    }
}
