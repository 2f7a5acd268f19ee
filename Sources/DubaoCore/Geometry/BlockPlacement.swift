/// Where on the printed page each block of an article stands: the box around the page lines its text came from,
/// found by walking the text the parser read (`ReadingOrder.rendered()`) character by character, spaces aside.
/// A block whose text the parser changed beyond spacing (an undoubled banner, a credit moved out) may not be
/// found: its box is nil.
public enum BlockPlacement {
    public struct Box: Sendable, Equatable, Codable {
        public var x0: Double
        public var y0: Double
        public var x1: Double
        public var y1: Double
        public init(x0: Double, y0: Double, x1: Double, y1: Double) {
            self.x0 = x0
            self.y0 = y0
            self.x1 = x1
            self.y1 = y1
        }
    }

    public static func boxes(of blocks: [String], on page: PlacedPage) -> [Box?] {
        // the page's characters in reading order, each with the page line it stands on
        var chars: [Unicode.Scalar] = []
        var owner: [[Int]] = []
        for (text, lines) in ReadingOrder(page).rendered() where !lines.isEmpty {
            for c in LetterSpacing.remove(text).unicodeScalars where !CharClass.isSpace(c) {
                chars.append(c)
                owner.append(lines)
            }
        }
        var cursor = 0
        return blocks.map { block in
            let want = Array(block.unicodeScalars.filter { !CharClass.isSpace($0) })
            guard !want.isEmpty else { return nil }
            guard let at = find(want, in: chars, from: cursor) ?? find(want, in: chars, from: 0) else { return nil }
            cursor = at + want.count
            var ids = Set<Int>()
            for k in at..<(at + want.count) { ids.formUnion(owner[k]) }
            let ls = ids.map { page.lines[$0] }
            return Box(x0: ls.map(\.x0).min()!, y0: ls.map(\.y0).min()!, x1: ls.map(\.x1).max()!, y1: ls.map(\.y1).max()!)
        }
    }

    static func find(_ needle: [Unicode.Scalar], in hay: [Unicode.Scalar], from: Int) -> Int? {
        guard needle.count <= hay.count, from <= hay.count - needle.count else { return nil }
        let first = needle[0]
        var i = from
        while i <= hay.count - needle.count {
            if hay[i] == first {
                var k = 1
                while k < needle.count && hay[i + k] == needle[k] { k += 1 }
                if k == needle.count { return i }
            }
            i += 1
        }
        return nil
    }
}
