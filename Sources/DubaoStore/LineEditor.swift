/// A line being typed, with a cursor, edited as a shell edits: the save prompt's and the search prompt's (which
/// keeps its history itself).
public struct LineEditor: Sendable, Equatable {
    public var text: String
    /// Characters before the cursor.
    public var cursor: Int
    /// Where Ctrl-W stops besides spaces (`/` in a path).
    public var wordStops: Set<Character> = []

    public init(_ text: String, cursor: Int? = nil, wordStops: Set<Character> = []) {
        self.text = text
        self.cursor = cursor ?? text.count
        self.wordStops = wordStops
    }

    public mutating func insert(_ t: String) {
        var chars = Array(text)
        let c = min(cursor, chars.count)
        chars.insert(contentsOf: Array(t), at: c)
        text = String(chars)
        cursor = c + t.count
    }

    public mutating func deleteBackward() {
        var chars = Array(text)
        guard cursor > 0, cursor <= chars.count else { return }
        chars.remove(at: cursor - 1)
        text = String(chars)
        cursor -= 1
    }

    public mutating func apply(_ e: PromptEdit) {
        var chars = Array(text)
        var c = min(cursor, chars.count)
        switch e {
        case .toStart: c = 0
        case .toEnd: c = chars.count
        case .left: c = max(0, c - 1)
        case .right: c = min(chars.count, c + 1)
        case .deleteToStart: chars.removeFirst(c); c = 0
        case .deleteWord:
            var k = c
            while k > 0 && chars[k - 1].isWhitespace { k -= 1 }
            while k > 0 && !chars[k - 1].isWhitespace && !wordStops.contains(chars[k - 1]) { k -= 1 }
            if k == c, k > 0 { k -= 1 }
            chars.removeSubrange(k..<c)
            c = k
        case .deleteForward: if c < chars.count { chars.remove(at: c) }
        case .older, .newer: break
        }
        text = String(chars)
        cursor = c
    }
}
