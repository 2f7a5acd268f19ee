import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// Whether a Chinese word runs on from one piece of text into the next: ICU's dictionary of Chinese and Japanese
/// words (`cjdict`, inside the ICU that Foundation carries) segments the few characters either side of the join.
/// Two lines cut from one paragraph join inside a word 44 % of the time on the calibration corpus's pages; the
/// end of one column's line and the start of another's, 3 %. Without ICU (a Foundation that does not carry it)
/// nothing runs on.
public enum WordBreaks {
    /// Characters taken from either side of the join.
    static let reach = 4

    /// Whether the join of `before`'s end and `after`'s start falls inside a dictionary word.
    public static func runsOn(_ before: Substring, _ after: Substring) -> Bool {
        // (most joins asked have a mark or a letter on one side: they go before any array is built)
        guard let l = before.utf16.last, let r = after.utf16.first, isHan(l), isHan(r) else { return false }
        let left = Array(before.utf16.suffix(reach)), right = Array(after.utf16.prefix(reach))
        return inWord(left + right, at: left.count)
    }

    static func isHan(_ u: UInt16) -> Bool { u >= 0x3400 && u <= 0x9FFF }

    #if canImport(_FoundationICU)
    /// One break iterator per thread (opening one loads the dictionary rules: tens of microseconds).
    private static let iterators = ThreadIterators()

    static func inWord(_ text: [UInt16], at join: Int) -> Bool {
        guard let bi = iterators.current else { return false }
        var status = U_ZERO_ERROR
        return text.withUnsafeBufferPointer { p -> Bool in
            swift_ubrk_setText(bi, p.baseAddress, Int32(p.count), &status)
            guard status.rawValue <= 0 else { return false }
            return swift_ubrk_isBoundary(bi, Int32(join)) == 0
        }
    }
    #else
    static func inWord(_ text: [UInt16], at join: Int) -> Bool { false }
    #endif
}

#if canImport(_FoundationICU)
/// A word-break iterator for each thread that asks (ICU's iterators are not to be shared between threads).
final class ThreadIterators: @unchecked Sendable {
    private var key = pthread_key_t()

    init() {
        pthread_key_create(&key) { p in
            swift_ubrk_close(OpaquePointer(p))
        }
    }

    var current: OpaquePointer? {
        if let p = pthread_getspecific(key) { return OpaquePointer(p) }
        var status = U_ZERO_ERROR
        guard let bi = swift_ubrk_open(UBRK_WORD, "zh", nil, 0, &status), status.rawValue <= 0 else { return nil }
        pthread_setspecific(key, UnsafeRawPointer(bi))
        return bi
    }
}
#endif
