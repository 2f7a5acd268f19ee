/// Builds a string from scalars through a UTF-8 byte buffer (appending to a String scalar by scalar is slow).
struct ScalarBuffer {
    private var bytes: [UInt8]
    private(set) var lastScalar: Unicode.Scalar?

    init(capacity: Int) {
        bytes = []
        bytes.reserveCapacity(capacity)
    }

    @inline(__always)
    mutating func append(_ s: Unicode.Scalar) {
        let v = s.value
        if v < 0x80 {
            bytes.append(UInt8(v))
        } else if v < 0x800 {
            bytes.append(UInt8(0xC0 | (v >> 6)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else if v < 0x10000 {
            bytes.append(UInt8(0xE0 | (v >> 12)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        } else {
            bytes.append(UInt8(0xF0 | (v >> 18)))
            bytes.append(UInt8(0x80 | ((v >> 12) & 0x3F)))
            bytes.append(UInt8(0x80 | ((v >> 6) & 0x3F)))
            bytes.append(UInt8(0x80 | (v & 0x3F)))
        }
        lastScalar = s
    }

    mutating func append<S: Sequence>(contentsOf s: S) where S.Element == Unicode.Scalar {
        for x in s { append(x) }
    }

    /// Appends a string's bytes as they are.
    mutating func append(utf8 s: String) {
        bytes.append(contentsOf: s.utf8)
        lastScalar = s.unicodeScalars.last ?? lastScalar
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}

extension String {
    /// The string of `scalars`, made through a UTF-8 buffer (`String.UnicodeScalarView`'s append, scalar by scalar,
    /// was a twentieth of the parser's time).
    init<S: Sequence>(scalars: S) where S.Element == Unicode.Scalar {
        var b = ScalarBuffer(capacity: scalars.underestimatedCount * 3)
        b.append(contentsOf: scalars)
        self = b.string
    }
}
