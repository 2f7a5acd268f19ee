import CDubaoSQLite
import DubaoCore
import Foundation
import GRDB

/// Which characters follow which in the library's text (`charPairs`: for each character with a pinyin reading,
/// the characters that come right after it in the tokens of some headline group or body), so that a pinyin phrase asks only
/// for the sequences of characters that can occur (`PinyinPhrasePlan`). Recorded with the articles, in the same
/// transaction; pairs of articles later removed stay (a wider plan, never a missed match).
enum CharacterPairs {
    /// The pair of `first` and the character after it, as one number.
    static func pair(_ first: UInt32, _ next: UInt32) -> UInt64 { UInt64(first) << 32 | UInt64(next) }

    /// The pairs of readable characters that are neighbouring tokens in an index column (`SearchIndex.Columns`:
    /// tokens separated by spaces); `readable` says which characters have a pinyin reading.
    static func pairs(inColumn text: String, into out: inout Set<UInt64>, readable: (UInt32) -> Bool) {
        var previous: UInt32 = 0
        var first: UInt32 = 0
        var length = 0
        func finish() {
            defer { length = 0 }
            guard length == 1, readable(first) else { previous = 0; return }
            if previous != 0 { out.insert(pair(previous, first)) }
            previous = first
        }
        for s in text.unicodeScalars {
            if s == " " { finish(); continue }
            if length == 0 { first = s.value }
            length += 1
        }
        if length > 0 { finish() }
    }

    /// A sorted list of characters as the table keeps it: each the difference from the one before, in LEB128.
    static func encode(_ sorted: [UInt32]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(sorted.count * 2)
        var last: UInt32 = 0
        for v in sorted {
            var d = v - last
            last = v
            while d >= 0x80 {
                out.append(UInt8(d & 0x7F) | 0x80)
                d >>= 7
            }
            out.append(UInt8(d))
        }
        return out
    }

    static func decode<C: Collection>(_ bytes: C) -> [UInt32] where C.Element == UInt8 {
        var out: [UInt32] = []
        var last: UInt32 = 0
        var d: UInt32 = 0
        var shift: UInt32 = 0
        for b in bytes {
            d |= UInt32(b & 0x7F) << shift
            if b & 0x80 != 0 { shift += 7; continue }
            last &+= d
            out.append(last)
            d = 0
            shift = 0
        }
        return out
    }

    /// Adds pairs to the table (inside the transaction that stores their articles).
    static func record(_ pairs: Set<UInt64>, db: Database) throws {
        guard !pairs.isEmpty else { return }
        var byFirst: [UInt32: [UInt32]] = [:]
        for p in pairs { byFirst[UInt32(p >> 32), default: []].append(UInt32(p & 0xFFFF_FFFF)) }
        let read = try db.cachedStatement(sql: "SELECT next FROM charPairs WHERE first = ?")
        let write = try db.cachedStatement(sql: "INSERT OR REPLACE INTO charPairs (first, next) VALUES (?, ?)")
        for (first, added) in byFirst.sorted(by: { $0.key < $1.key }) {
            let known = try Data.fetchOne(read, arguments: [Int64(first)]).map { decode(Array($0)) } ?? []
            let merged = Array(Set(known).union(added)).sorted()
            guard merged.count > known.count else { continue }
            try write.execute(arguments: [Int64(first), Data(encode(merged))])
        }
    }

    /// The characters that follow each of `firsts` somewhere in the library; nil when the library does not
    /// keep pairs (a read-only library of an earlier version). Nothing is read when `firsts` is empty.
    static func successors(of firsts: Set<UInt32>, on h: SQLiteHandle) throws -> [UInt32: Set<UInt32>]? {
        guard !firsts.isEmpty else { return [:] }
        guard try h.hasTable("charPairs") else { return nil }
        let list = firsts.sorted().map(String.init).joined(separator: ",")
        var out: [UInt32: Set<UInt32>] = [:]
        try h.eachRow("SELECT first, next FROM charPairs WHERE first IN (\(list))") { st in
            out[UInt32(sqlite3_column_int64(st, 0))] = Set(decode(SQLiteHandle.blob(st, 1)))
        }
        return out
    }
}
