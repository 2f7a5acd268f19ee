import Foundation
import GRDB

/// Long text as the library keeps it: a blob of UTF-16 (little-endian), two bytes a Han character where UTF-8
/// takes three, so an article's body takes a third less room. Read back from either form: libraries written
/// before it hold the same text as SQLite text (UTF-8).
struct StoredText: DatabaseValueConvertible, Equatable {
    var string: String

    init(_ string: String) { self.string = string }

    var databaseValue: DatabaseValue {
        var units = Array(string.utf16)
        #if _endian(big)
        for k in units.indices { units[k] = units[k].byteSwapped }
        #endif
        return units.withUnsafeBytes { Data($0) }.databaseValue
    }

    static func fromDatabaseValue(_ value: DatabaseValue) -> StoredText? {
        switch value.storage {
        case .string(let s): return StoredText(s)
        case .blob(let data): return StoredText(utf16LE: data)
        default: return nil
        }
    }

    /// Transcoded straight into UTF-8 (the standard library's generic UTF-16 path went scalar by scalar, a
    /// millisecond of each search's fifty snippets). Unpaired surrogates become U+FFFD.
    init(utf16LE data: Data) {
        self = data.withUnsafeBytes { StoredText(utf16LE: $0) }
    }

    init(utf16LE raw: UnsafeRawBufferPointer) {
        let count = raw.count / 2
        string = {
            String(unsafeUninitializedCapacity: count * 3) { out in
                var n = 0
                var k = 0
                @inline(__always) func unit(_ i: Int) -> UInt32 { UInt32(raw[2 * i]) | UInt32(raw[2 * i + 1]) << 8 }
                while k < count {
                    var v = unit(k)
                    k += 1
                    if v < 0x80 {
                        out[n] = UInt8(v)
                        n += 1
                        continue
                    }
                    if v < 0x800 {
                        out[n] = UInt8(0xC0 | v >> 6)
                        out[n + 1] = UInt8(0x80 | v & 0x3F)
                        n += 2
                        continue
                    }
                    if v >= 0xD800 && v < 0xE000 {
                        if v < 0xDC00, k < count, case let low = unit(k), low >= 0xDC00 && low < 0xE000 {
                            k += 1
                            v = 0x10000 + ((v - 0xD800) << 10) + (low - 0xDC00)
                            out[n] = UInt8(0xF0 | v >> 18)
                            out[n + 1] = UInt8(0x80 | (v >> 12) & 0x3F)
                            out[n + 2] = UInt8(0x80 | (v >> 6) & 0x3F)
                            out[n + 3] = UInt8(0x80 | v & 0x3F)
                            n += 4
                            continue
                        }
                        v = 0xFFFD
                    }
                    out[n] = UInt8(0xE0 | v >> 12)
                    out[n + 1] = UInt8(0x80 | (v >> 6) & 0x3F)
                    out[n + 2] = UInt8(0x80 | v & 0x3F)
                    n += 3
                }
                return n
            }
        }()
    }
}
