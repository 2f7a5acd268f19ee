import DubaoCore

/// Wraps text to a width in terminal columns, with the line-breaking rules of Chinese (禁则):
/// no line starts with closing punctuation (`，。、；：？！）》”」』…`) and none ends with an opening one
/// (`（《“「『`); Latin words are not broken unless longer than a line; a character or grapheme cluster is
/// never split. Widths are display widths (a Han character is two columns).
public struct LineBreaker: Sendable {
    public var ambiguousWide: Bool

    public init(ambiguousWide: Bool = false) {
        self.ambiguousWide = ambiguousWide
    }

    /// Characters that may not begin a line.
    static let noStart: Set<Character> = Set("，。、；：？！）》”」』…’】〕〉｝,.;:?!)]}%·—～")
    /// Characters that may not end a line.
    static let noEnd: Set<Character> = Set("（《“「『‘【〔〈｛([{")

    /// An unbreakable piece: one CJK character, a Latin word, or a run of spaces.
    struct Atom {
        var text: String
        var width: Int
        var isSpace: Bool
        var first: Character
        var last: Character
    }

    func width(_ c: Character) -> Int { DisplayWidth.of(c, ambiguousWide: ambiguousWide) }

    func atoms(_ text: String) -> [Atom] {
        var out: [Atom] = []
        var word = ""
        var wordWidth = 0
        func flush() {
            if !word.isEmpty { out.append(Atom(text: word, width: wordWidth, isSpace: false, first: word.first!, last: word.last!)) }
            word = ""
            wordWidth = 0
        }
        for ch in text {
            let w = width(ch)
            if ch == " " || ch == "\t" {
                flush()
                out.append(Atom(text: " ", width: 1, isSpace: true, first: " ", last: " "))
            } else if ch.unicodeScalars.allSatisfy({ $0.value < 0x2E80 }) && (ch.isLetter || ch.isNumber || "-_'’.@/#&+".contains(ch)) && w == 1 {
                word.append(ch)
                wordWidth += w
            } else {
                flush()
                out.append(Atom(text: String(ch), width: w, isSpace: false, first: ch, last: ch))
            }
        }
        flush()
        return out
    }

    /// Lines of at most `width` columns. `firstIndent`/`indent` are prefixes (e.g. two ideographic spaces).
    public func wrap(_ text: String, width: Int, firstIndent: String = "", indent: String = "") -> [String] {
        let width = max(2, width)
        var lines: [String] = []
        var line = firstIndent
        var lineWidth = DisplayWidth.of(firstIndent, ambiguousWide: ambiguousWide)
        var lineAtoms: [Atom] = []
        let indentWidth = DisplayWidth.of(indent, ambiguousWide: ambiguousWide)

        func newLine() {
            // drop trailing spaces
            while let l = lineAtoms.last, l.isSpace { lineAtoms.removeLast() }
            lines.append(line.trimmingTrailingSpaces())
            line = indent
            lineWidth = indentWidth
            lineAtoms = []
        }
        func add(_ a: Atom) {
            line += a.text
            lineWidth += a.width
            lineAtoms.append(a)
        }

        var queue = atoms(text)[...]
        while let a = queue.first {
            queue = queue.dropFirst()
            if a.isSpace && lineAtoms.isEmpty { continue }  // no leading space on a wrapped line
            if lineWidth + a.width <= width {
                add(a)
                continue
            }
            if a.isSpace { newLine(); continue }
            // a word longer than a whole line is cut by characters
            if a.width > width - indentWidth {
                var rest = a.text[...]
                while let ch = rest.first {
                    let w = self.width(ch)
                    if lineWidth + w > width { newLine() }
                    line.append(ch)
                    lineWidth += w
                    rest = rest.dropFirst()
                }
                lineAtoms.append(Atom(text: "", width: 0, isSpace: false, first: a.last, last: a.last))
                continue
            }
            // 禁则: a closing mark may not start the next line; take the last atom of this line with it
            var carry: [Atom] = []
            var head = a
            while Self.noStart.contains(head.first), let last = lineAtoms.last, !last.isSpace, lineAtoms.count > 1 {
                carry.insert(lineAtoms.removeLast(), at: 0)
                line = String(line.dropLast(last.text.count))
                lineWidth -= last.width
                head = last
            }
            // an opening mark may not end this line
            while let last = lineAtoms.last, Self.noEnd.contains(last.last), lineAtoms.count > 1 {
                carry.insert(lineAtoms.removeLast(), at: 0)
                line = String(line.dropLast(last.text.count))
                lineWidth -= last.width
            }
            newLine()
            for c in carry { add(c) }
            add(a)
        }
        if !lineAtoms.isEmpty || lines.isEmpty { lines.append(line.trimmingTrailingSpaces()) }
        return lines
    }
}

extension String {
    func trimmingTrailingSpaces() -> String {
        var s = self
        while s.last == " " { s.removeLast() }
        return s
    }
}
