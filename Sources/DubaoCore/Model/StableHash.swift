/// FNV-1a: a hash that is the same in every run and on every machine (Swift's `Hasher` is seeded per run).
public enum StableHash {
    public static func fnv1a(_ bytes: some Sequence<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for b in bytes { h = (h ^ UInt64(b)) &* 0x100_0000_01b3 }
        return h
    }

    public static func hex(_ s: String, digits: Int = 16) -> String {
        let h = String(fnv1a(s.utf8), radix: 16)
        let padded = String(repeating: "0", count: max(0, 16 - h.count)) + h
        return String(padded.prefix(digits))
    }
}
