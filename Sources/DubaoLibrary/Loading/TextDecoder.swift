import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Decodes the bytes of a page file. UTF-8 (with or without BOM) and UTF-16 (with a BOM, or recognised by
/// its zero bytes) are read directly; text that is not UTF-8 but decodes cleanly as GB18030 (which covers
/// GBK and GB2312) or as Big5 (traditional-character papers) is read as that, the two told apart by their
/// byte pairs. Anything else is read as UTF-8 with U+FFFD for the bad bytes, and the warning names the
/// byte offset of the first ones.
public enum TextDecoder {
    public enum Encoding: String, Sendable { case utf8 = "UTF-8", utf16LE = "UTF-16LE", utf16BE = "UTF-16BE", gb18030 = "GB18030", big5 = "Big5" }

    public struct Decoded: Sendable {
        public var text: String
        public var encoding: Encoding
        public var problems: [String]
    }

    public enum Failure: Error, Equatable, CustomStringConvertible {
        case empty
        case binary(offset: Int)
        /// Bytes behind a UTF-16 byte-order mark that do not read as text: `percent` of the characters sampled
        /// are line breaks, printable ASCII, CJK or the punctuation set among them.
        case notText(encoding: Encoding, percent: Int)
        public var description: String {
            switch self {
            case .empty: return "empty file"
            case .binary(let o): return "binary data (NUL byte at offset \(o)), not a text page"
            case .notText(let e, let p):
                return "binary data, not a text page: it begins with a \(e.rawValue) byte-order mark, but only \(p) % of what follows reads as text"
            }
        }
    }

    /// Share of the characters sampled after a UTF-16 byte-order mark that must read as text. Chinese text is
    /// all but 100 %; random bytes make about 60 % (Han, Hangul and kana fill much of the 16-bit range).
    static let markedUTF16Share = 85

    public static func decode(_ data: [UInt8]) -> Result<Decoded, Failure> {
        if data.isEmpty { return .failure(.empty) }
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return .success(utf8(Array(data.dropFirst(3)))) }
        for (mark, le) in [([UInt8(0xFF), 0xFE], true), ([0xFE, 0xFF], false)] where data.starts(with: mark) {
            let body = Array(data.dropFirst(2))
            let share = utf16TextPercent(body, count: min(body.count, 8192) & ~1, littleEndian: le)
            guard share >= markedUTF16Share else { return .failure(.notText(encoding: le ? .utf16LE : .utf16BE, percent: share)) }
            return .success(utf16(body, littleEndian: le))
        }
        let hasNUL = data.contains(0)
        if !hasNUL, let text = String(validating: data, as: UTF8.self) {
            return .success(Decoded(text: text, encoding: .utf8, problems: []))
        }
        let bad = invalidUTF8(data, limit: 1)
        if let le = guessUTF16(data) { return .success(utf16(data, littleEndian: le)) }
        if hasNUL, let nul = data.firstIndex(of: 0) { return .failure(.binary(offset: nul)) }
        if looksLikeBig5(data), let b5 = convert(data, from: "BIG5-HKSCS") ?? convert(data, from: "BIG5") {
            return .success(Decoded(text: b5, encoding: .big5, problems: []))
        }
        if let gb = convert(data, from: "GB18030") { return .success(Decoded(text: gb, encoding: .gb18030, problems: [])) }
        if looksBinary(data) { return .failure(.binary(offset: bad.first ?? 0)) }
        return .success(utf8(data))
    }

    static func utf8(_ data: [UInt8]) -> Decoded {
        let bad = invalidUTF8(data, limit: 1_000_000)
        var problems: [String] = []
        if let first = bad.first {
            let shown = bad.prefix(5).map(String.init).joined(separator: ", ")
            problems.append("\(bad.count) invalid UTF-8 byte\(bad.count == 1 ? "" : "s") at offset \(shown)\(bad.count > 5 ? " …" : "") (replaced with U+FFFD); first at byte \(first)")
        }
        return Decoded(text: String(decoding: data, as: UTF8.self), encoding: .utf8, problems: problems)
    }

    static func utf16(_ data: [UInt8], littleEndian: Bool) -> Decoded {
        var units: [UInt16] = []
        units.reserveCapacity(data.count / 2)
        var i = 0
        while i + 1 < data.count {
            let a = UInt16(data[i])
            let b = UInt16(data[i + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            i += 2
        }
        var problems: [String] = []
        if data.count % 2 == 1 { problems.append("odd number of bytes for UTF-16; last byte ignored") }
        var lone = 0
        var k = 0
        while k < units.count {
            let u = units[k]
            if u >= 0xD800 && u <= 0xDBFF {
                if k + 1 < units.count, units[k + 1] >= 0xDC00 && units[k + 1] <= 0xDFFF { k += 2; continue }
                lone += 1
            } else if u >= 0xDC00 && u <= 0xDFFF { lone += 1 }
            k += 1
        }
        if lone > 0 { problems.append("\(lone) unpaired UTF-16 surrogate\(lone == 1 ? "" : "s") (replaced with U+FFFD)") }
        return Decoded(text: String(decoding: units, as: UTF16.self), encoding: littleEndian ? .utf16LE : .utf16BE, problems: problems)
    }

    /// UTF-16 without a BOM: decoding a sample gives almost only Han, kana, CJK punctuation, printable ASCII
    /// and line breaks in one byte order. Returns whether it is little-endian, or nil.
    static func guessUTF16(_ data: [UInt8]) -> Bool? {
        let n = min(data.count, 8192) & ~1
        guard n >= 4, data.count % 2 == 0 else { return nil }
        for le in [true, false] where plausibleUTF16(data, count: n, littleEndian: le) { return le }
        return nil
    }

    static func plausibleUTF16(_ data: [UInt8], count n: Int, littleEndian: Bool) -> Bool {
        n > 0 && utf16TextPercent(data, count: n, littleEndian: littleEndian) >= 98
    }

    /// Of the first `n` bytes read as UTF-16, the percentage of characters that are line breaks, printable
    /// ASCII, CJK or the punctuation set among them (100 when there are none).
    static func utf16TextPercent(_ data: [UInt8], count n: Int, littleEndian: Bool) -> Int {
        var good = 0
        var total = 0
        for i in stride(from: 0, to: n, by: 2) {
            let u = littleEndian ? (UInt16(data[i + 1]) << 8 | UInt16(data[i])) : (UInt16(data[i]) << 8 | UInt16(data[i + 1]))
            total += 1
            if u == 0x0A || u == 0x0D || u == 0x09 || (u >= 0x20 && u < 0x7F) { good += 1; continue }
            if u >= 0xD800 && u <= 0xDFFF { continue }
            if let s = Unicode.Scalar(UInt32(u)), CharClass.isCJK(s) { good += 1 }
        }
        return total > 0 ? good * 100 / total : 100
    }

    /// Offsets of bytes that are not part of a well-formed UTF-8 sequence.
    public static func invalidUTF8(_ d: [UInt8], limit: Int) -> [Int] {
        var bad: [Int] = []
        var i = 0
        let n = d.count
        while i < n {
            let b = d[i]
            if b < 0x80 { i += 1; continue }
            var len = 0
            var lo: UInt8 = 0x80
            var hi: UInt8 = 0xBF
            switch b {
            case 0xC2...0xDF: len = 2
            case 0xE0: len = 3; lo = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: len = 3
            case 0xED: len = 3; hi = 0x9F
            case 0xF0: len = 4; lo = 0x90
            case 0xF1...0xF3: len = 4
            case 0xF4: len = 4; hi = 0x8F
            default: len = 0
            }
            var ok = len > 0 && i + len <= n
            if ok {
                for k in 1..<len {
                    let c = d[i + k]
                    let l: UInt8 = k == 1 ? lo : 0x80
                    let h: UInt8 = k == 1 ? hi : 0xBF
                    if c < l || c > h { ok = false; break }
                }
            }
            if ok { i += len } else {
                bad.append(i)
                if bad.count >= limit { return bad }
                i += 1
            }
        }
        return bad
    }

    /// Many control bytes: not text in any encoding we read.
    static func looksBinary(_ d: [UInt8]) -> Bool {
        let sample = d.prefix(8192)
        let controls = sample.filter { $0 < 0x20 && $0 != 0x0A && $0 != 0x0D && $0 != 0x09 && $0 != 0x0C && $0 != 0x1B }.count
        return controls * 20 > sample.count
    }

    /// Big5 and GB18030 both write a Han character as a lead byte 0x81–0xFE and a second byte. GB2312 text
    /// (and most GBK text) takes its second bytes from 0xA1–0xFE; Big5 takes about a third of its characters,
    /// and its common punctuation (`，` A1 41, `。` A1 43), from 0x40–0x7E.
    static func looksLikeBig5(_ d: [UInt8]) -> Bool {
        var low = 0
        var pairs = 0
        var i = 0
        let n = min(d.count, 65536)
        while i + 1 < n {
            let b = d[i]
            guard b >= 0x81 && b <= 0xFE else { i += 1; continue }
            let t = d[i + 1]
            if t >= 0x30 && t <= 0x39 { i += 4; continue }  // a GB18030 four-byte sequence: not Big5
            pairs += 1
            if t >= 0x40 && t <= 0x7E { low += 1 }
            i += 2
        }
        return pairs >= 4 && low * 100 >= pairs * 12
    }

    /// The text in encoding `from` (an iconv name), or nil when some bytes are not valid in it.
    static func convert(_ data: [UInt8], from: String) -> String? {
        let cd = iconv_open("UTF-8", from)
        guard cd != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(cd) }
        var input = data
        var out = [UInt8](repeating: 0, count: data.count * 2 + 16)
        var written = -1
        input.withUnsafeMutableBufferPointer { inBuf in
            out.withUnsafeMutableBufferPointer { outBuf in
                var inPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(inBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var inLeft = inBuf.count
                var outPtr: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuf.baseAddress!).assumingMemoryBound(to: CChar.self)
                var outLeft = outBuf.count
                let rc = iconv(cd, &inPtr, &inLeft, &outPtr, &outLeft)
                if rc != -1 && inLeft == 0 { written = outBuf.count - outLeft }
            }
        }
        guard written >= 0 else { return nil }
        let end = written
        let bytes = Array(out[..<end])
        guard invalidUTF8(bytes, limit: 1).isEmpty else { return nil }
        // GB18030 accepts almost any byte pairs; insist on mostly Han or ASCII text
        let text = String(decoding: bytes, as: UTF8.self)
        var han = 0
        var other = 0
        for s in text.unicodeScalars where s.value >= 0x80 {
            if CharClass.isCJK(s) { han += 1 } else { other += 1 }
        }
        return han >= other * 4 ? text : nil
    }
}

import DubaoCore
