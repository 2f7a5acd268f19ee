/// Rule **LabelledTitle**: a column's item printed under its column label (`读者来信` over a letter's title and
/// text, no lead, no byline) reads, inside a long story, like a pair of intertitles: a short heading, a longer
/// one, then paragraphs. When such a pair is the story's last intertitles and the only such pair in it, it comes
/// after a paragraph that ended its sentence or after a picture's caption, the first is a label (two to four Han characters and nothing else, on one line) and the second
/// is a title at least twice as long (eight Han characters or more, no sentence end, one line), the story ends
/// there: the label names the next story's column (**ColumnLabel**), the title is its headline. Intertitles set
/// in parallel repeat (`以旧换新` / `添新彩` … `年货市场` / `人气旺`), and a second heading no longer than the first
/// (`小病不出村` / `健康有人管`) is a pair of a feature's, so neither is taken. Keyed to shapes, not to words.
enum LabelledTitle {
    static let labelHan = 2...4
    static let minimumTitleHan = 8

    static func split(drafts: inout [Draft], units: inout [Unit], furniture: inout [Int]) {
        var d = 0
        while d < drafts.count {
            defer { d += 1 }
            let draft = drafts[d]
            guard !draft.photoOnly else { continue }
            let body = draft.body.sorted()
            let intertitles = body.filter { units[$0].label == .intertitle }
            // the story's last two intertitles, a pair, and no other pair of a label and its title in it
            guard intertitles.count >= 2, let t = intertitles.last, let l = intertitles.dropLast().last, t == l + 1,
                  !intertitles.contains(l - 1), isLabel(units[l]), isTitle(units[t], over: units[l]),
                  !intertitles.dropLast(2).contains(where: { $0 + 1 < units.count && isLabel(units[$0]) && isTitle(units[$0 + 1], over: units[$0]) }),
                  let at = body.firstIndex(of: l), at > 0, body[at - 1] == l - 1, at + 2 < body.count, body[at + 2] == t + 1,
                  units[t + 1].label == .body else { continue }
            // after a paragraph that ended, or a picture's caption
            let before = units[l - 1]
            guard (before.label == .body || before.label == .storyStart) && before.endsSentence || before.label == .caption else { continue }
            var rest = Draft(firstLine: units[t].firstLine)
            rest.headline = [t]
            // (a picture's caption printed between stories was placed with the story before by its subject: it stays)
            rest.body = body[(at + 2)...].filter { units[$0].state != .captionClosed }
            drafts[d].body = body[..<at] + body[(at + 2)...].filter { units[$0].state == .captionClosed }
            units[l].label = .furniture
            units[l].state = .furnitureClosed
            units[t].label = .headlineNext
            units[t].state = .headNext
            units[t + 1].label = .storyStart
            units[t + 1].state = .storyStart
            furniture.append(l)
            furniture.sort()
            drafts.insert(rest, at: d + 1)
        }
    }

    /// Two to four Han characters alone on a line: a column's label; not a name (two or three characters opening
    /// with a common surname, `钱志刚`: a commentary's writer over its title).
    static func isLabel(_ u: Unit) -> Bool {
        let s = u.text.unicodeScalars
        guard u.lines.count == 1, u.marks.isEmpty, labelHan.contains(s.count), s.allSatisfy(CharClass.isHan) else { return false }
        return s.count == 4 || !(s.first.map(Surnames.common.contains) ?? false)
    }

    /// A title on one line, eight Han characters or more and twice the label's, no sentence end, its quotes and
    /// brackets closed where they open (not a piece of a line, `高菲）2月4日下午，市劳`).
    static func isTitle(_ u: Unit, over label: Unit) -> Bool {
        let han = u.text.hanCount
        guard u.lines.count == 1, u.marks.isEmpty, !u.endsSentence, han >= minimumTitleHan, han >= 2 * label.text.hanCount else { return false }
        var open = 0
        for c in u.text.unicodeScalars {
            if PageLine.opensPair(c) { open += 1 } else if PageLine.closesPair(c) { open -= 1; if open < 0 { return false } }
        }
        return open == 0
    }
}
