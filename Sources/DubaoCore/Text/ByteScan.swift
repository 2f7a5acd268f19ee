#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Fast scans over a string's UTF-8 bytes for the questions the parser asks of every line.
public enum ByteScan {
    /// Calls `body` with the string's contiguous UTF-8 bytes (making them contiguous if needed).
    @inline(__always)
    static func bytes<R>(_ s: String, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        if let r = s.utf8.withContiguousStorageIfAvailable(body) { return r }
        var copy = s
        copy.makeContiguousUTF8()
        return copy.utf8.withContiguousStorageIfAvailable(body)!
    }

    /// How many lines of the text hold something besides spaces and tabs, lines ended as `SourceLine` ends
    /// them (LF, CR, VT, FF; a CRLF's empty line between is no line of text; U+2028/9 not counted apart, so a
    /// little under on a text that uses them).
    public static func textLineCount(_ s: String) -> Int {
        bytes(s) { b in
            var count = 0
            var holding = false
            for c in b {
                if c == 0x0A || c == 0x0D || c == 0x0B || c == 0x0C {
                    if holding { count += 1 }
                    holding = false
                } else if c != 0x20 && c != 0x09 {
                    holding = true
                }
            }
            return holding ? count + 1 : count
        }
    }

    /// Any whitespace that `CharClass.isSpace` knows: ASCII space, tab, VT and FF, U+00A0, U+2002…U+200A, U+202F,
    /// U+205F, U+3000.
    public static func hasSpaces(_ s: String) -> Bool {
        bytes(s) { b in
            let n = b.count
            var i = 0
            // a character at a time, by its lead byte (the lead bytes asked about start no other character)
            while i < n {
                let c = b[i]
                if c == 0x20 || c == 0x09 || c == 0x0B || c == 0x0C { return true }
                if c == 0xC2 && i + 1 < n && b[i + 1] == 0xA0 { return true }
                if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x80 { return true }
                if c == 0xE2 && i + 2 < n {
                    let c1 = b[i + 1]
                    let c2 = b[i + 2]
                    if c1 == 0x80 && ((c2 >= 0x82 && c2 <= 0x8A) || c2 == 0xAF) { return true }
                    if c1 == 0x81 && c2 == 0x9F { return true }
                }
                i += sequenceLength(c)
            }
            return false
        }
    }

    /// The string's first `limit` scalars (all of them when it has fewer, or no limit is given), decoded straight
    /// from its UTF-8 bytes: `Array(s.unicodeScalars.prefix(limit))` without walking them twice.
    public static func scalars(_ s: String, upTo limit: Int = .max) -> [Unicode.Scalar] {
        bytes(s) { b in
            var out: [Unicode.Scalar] = []
            out.reserveCapacity(min(limit, b.count))
            var i = 0
            while out.count < limit, let (v, next) = scalar(at: i, in: b) {
                out.append(Unicode.Scalar(v)!)
                i = next
            }
            return out
        }
    }

    /// How many Han characters (`CharClass.isHan`) the string holds, decoded straight from its UTF-8 bytes; counted
    /// no further than `limit` (a rule asking whether a paragraph has eight need not count its five hundred).
    public static func hanCount(_ s: String, upTo limit: Int = .max) -> Int {
        bytes(s) { b in
            var i = 0
            var count = 0
            let n = b.count
            // by the lead byte: E5…E9 lead U+5000…U+9FFF (all Han), F0 then A0 or more U+20000…U+3FFFF (all Han);
            // E3, E4 and EF lead blocks that are Han in part, decoded; anything else is not Han
            while i < n {
                let c = b[i]
                if c < 0x80 { i += 1; continue }
                if c < 0xE0 { i += 2; continue }
                if c < 0xF0 {
                    var han = c >= 0xE5 && c <= 0xE9
                    if !han && (c == 0xE3 || c == 0xE4 || c == 0xEF), i + 2 < n {
                        han = CharClass.isHan(value: UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F))
                    }
                    if han { count += 1; if count >= limit { return count } }
                    i += 3
                    continue
                }
                if c == 0xF0 && i + 1 < n && b[i + 1] >= 0xA0 { count += 1; if count >= limit { return count } }
                i += 4
            }
            return count
        }
    }

    /// How many bytes the character led by byte `c` takes (a scan that steps so only ever looks at lead bytes).
    @inline(__always)
    static func sequenceLength(_ c: UInt8) -> Int { c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4 }

    /// The character whose UTF-8 starts at byte `i` of `b`, and where the next one starts; nil at the end (or where
    /// the bytes end inside a character).
    @inline(__always)
    static func scalar(at i: Int, in b: UnsafeBufferPointer<UInt8>) -> (value: UInt32, next: Int)? {
        let n = b.count
        guard i < n else { return nil }
        let c = b[i]
        if c < 0x80 { return (UInt32(c), i + 1) }
        if c < 0xE0 {
            guard i + 1 < n else { return nil }
            return (UInt32(c & 0x1F) << 6 | UInt32(b[i + 1] & 0x3F), i + 2)
        }
        if c < 0xF0 {
            guard i + 2 < n else { return nil }
            return (UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F), i + 3)
        }
        guard i + 3 < n else { return nil }
        return (UInt32(c & 0x07) << 18 | UInt32(b[i + 1] & 0x3F) << 12 | UInt32(b[i + 2] & 0x3F) << 6 | UInt32(b[i + 3] & 0x3F), i + 4)
    }

    /// Clause punctuation (`CharClass.isClausePunct`): ， 、 ； ： and ASCII , ; :
    public static func hasClausePunct(_ s: String) -> Bool {
        bytes(s) { b in
            let n = b.count
            var i = 0
            // a character at a time, by its lead byte
            while i < n {
                let c = b[i]
                if c == 0x2C || c == 0x3B || c == 0x3A { return true }
                // ， EF BC 8C  ； EF BC 9B  ： EF BC 9A  、 E3 80 81
                if c == 0xEF && i + 2 < n && b[i + 1] == 0xBC && (b[i + 2] == 0x8C || b[i + 2] == 0x9B || b[i + 2] == 0x9A) { return true }
                if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x81 { return true }
                i += sequenceLength(c)
            }
            return false
        }
    }

    /// A full-width comma or full stop (EF BC 8C, E3 80 82), or an ASCII comma: not a byline.
    public static func hasSentencePunct(_ s: String) -> Bool {
        bytes(s) { b in
            let n = b.count
            var i = 0
            // a character at a time, by its lead byte
            while i < n {
                let c = b[i]
                if c == 0x2C { return true }
                if c == 0xEF && i + 2 < n && b[i + 1] == 0xBC && b[i + 2] == 0x8C { return true }
                if c == 0xE3 && i + 2 < n && b[i + 1] == 0x80 && b[i + 2] == 0x82 { return true }
                i += sequenceLength(c)
            }
            return false
        }
    }

    /// Whether the string holds 版 (E7 89 88) or 页 (E9 A1 B5): a continuation mark is possible.
    /// Horspool's scan: the byte under the window's last position says how far the window can move (three
    /// bytes, unless it is one of the patterns' first two bytes), so most of a Chinese line is skipped.
    public static func mayHoldPageMark(_ s: String) -> Bool {
        bytes(s) { b in
            let n = b.count
            var j = 2  // the window's last byte
            while j < n {
                let c = b[j]
                switch c {
                case 0x88, 0xB5:
                    let a = b[j - 2], m = b[j - 1]
                    if (c == 0x88 && a == 0xE7 && m == 0x89) || (c == 0xB5 && a == 0xE9 && m == 0xA1) { return true }
                    j += 3
                case 0x89, 0xA1: j += 1
                case 0xE7, 0xE9: j += 2
                default: j += 3
                }
            }
            return false
        }
    }

    /// Whether the string holds any of `scalars` (a quick test before a rule reads a line closely): one pass over
    /// its bytes, each character decoded once and compared with the few asked for.
    public static func holdsAny(_ s: String, _ scalars: [Unicode.Scalar]) -> Bool {
        // (a scalar whose low six bits match none of those asked is none of them: most are passed on one test)
        var sieve: UInt64 = 0
        for x in scalars { sieve |= 1 << UInt64(x.value & 63) }
        return bytes(s) { b in
            var i = 0
            while let (v, next) = scalar(at: i, in: b) {
                if sieve & (1 << UInt64(v & 63)) != 0 { for x in scalars where x.value == v { return true } }
                i = next
            }
            return false
        }
    }

    /// The character that ends just before byte `end` of `b`, and the byte it starts at.
    @inline(__always)
    static func scalar(before end: Int, in b: UnsafeBufferPointer<UInt8>) -> (value: UInt32, start: Int)? {
        guard end > 0 else { return nil }
        var k = end - 1
        while k > 0, k > end - 4, b[k] & 0xC0 == 0x80 { k -= 1 }
        let c = b[k]
        var v = c < 0x80 ? UInt32(c) : c < 0xE0 ? UInt32(c & 0x1F) : c < 0xF0 ? UInt32(c & 0x0F) : UInt32(c & 0x07)
        for j in (k + 1)..<end { v = v << 6 | UInt32(b[j] & 0x3F) }
        return (v, k)
    }

    /// Whether the string holds the byte `byte` (an ASCII character: no other character's UTF-8 holds it).
    public static func holdsByte(_ s: String, _ byte: UInt8) -> Bool {
        bytes(s) { b in
            guard let base = b.baseAddress, !b.isEmpty else { return false }
            return memchr(base, Int32(byte), b.count) != nil
        }
    }

    /// Whether `text` holds `part`, byte for byte (no Unicode equivalence: the parser compares the page's own
    /// characters).
    public static func contains(_ text: String, _ part: String) -> Bool {
        bytes(text) { b in bytes(part) { find($0, in: b) } }
    }

    @inline(__always)
    static func find(_ needle: UnsafeBufferPointer<UInt8>, in b: UnsafeBufferPointer<UInt8>) -> Bool {
        let m = needle.count
        let n = b.count
        guard m > 0 else { return true }
        guard n >= m else { return false }
        let first = needle[0]
        var i = 0
        while i <= n - m {
            if b[i] == first {
                var k = 1
                while k < m && b[i + k] == needle[k] { k += 1 }
                if k == m { return true }
            }
            i += 1
        }
        return false
    }
}
