/// Rule **LabelledTitle**: a column's item printed under its column label (`读者来信` over a letter's title and
/// text, no lead, no byline) reads, inside a long story, like a pair of intertitles: a short heading, a longer
/// one, then paragraphs. When such a pair is the story's last intertitles and the only such pair in it, comes
/// after a paragraph that ended its sentence or after a picture's caption, its first is a label (two to four Han
/// characters and nothing else, on one line, not a name) and its second a title at least twice as long (eight Han
/// characters or more, no sentence end, on one line or wrapped onto a second as `pdftotext -raw` may leave it),
/// the story ends there: the label names the next story's column (**ColumnLabel**), the title is its headline.
/// Intertitles set in parallel repeat (`以旧换新` / `添新彩` … `年货市场` / `人气旺`), a second heading no longer than
/// the first (`小病不出村` / `健康有人管`) and two short phrases under a label (`房子新了` / `设备全了`) are a
/// feature's, so none is taken. Keyed to shapes, not to words.
enum LabelledTitle {
    static let labelHan = 2...4
    static let minimumTitleHan = 8
    /// Intertitles set in pairs are phrases of up to this many Han characters each.
    static let pairedPhraseHan = 5

    static func split(drafts: inout [Draft], units: inout [Unit], furniture: inout [Int]) {
        var d = 0
        while d < drafts.count {
            defer { d += 1 }
            let draft = drafts[d]
            guard !draft.photoOnly else { continue }
            let body = draft.body.sorted()
            let intertitles = body.filter { units[$0].label == .intertitle }
            // the story's last intertitles: a label and its title (on a line, or wrapped onto a second), and no other
            // label over a title in the story
            guard let last = intertitles.last, case let run = Self.run(ending: last, in: intertitles), run.count >= 2, run.count <= 3,
                  let l = run.first, isLabel(units[l]), isTitle(run.dropFirst().map { units[$0] }, over: units[l]),
                  !intertitles.contains(where: { $0 < l && $0 + 1 < units.count && isLabel(units[$0]) && isTitle([units[$0 + 1]], over: units[$0]) }),
                  let at = body.firstIndex(of: l), at > 0, body[at - 1] == l - 1, at + run.count < body.count, body[at + run.count] == last + 1,
                  units[last + 1].label == .body else { continue }
            // after a paragraph that ended, or a picture's caption
            let before = units[l - 1]
            guard (before.label == .body || before.label == .storyStart) && before.endsSentence || before.label == .caption else { continue }
            let title = Array(run.dropFirst())
            var rest = Draft(firstLine: units[title[0]].firstLine)
            // a title wrapped onto a second unit is one line again (the two were read as one heading)
            if title.count == 2 {
                units[title[0]].text = LineJoin.join(units[title[0]].text, units[title[1]].text)
                units[title[1]].text = ""
            }
            rest.headline = [title[0]]
            // (a picture's caption printed between stories was placed with the story before by its subject: it stays)
            let after = body[(at + run.count)...]
            rest.body = after.filter { units[$0].state != .captionClosed }
            drafts[d].body = body[..<at] + after.filter { units[$0].state == .captionClosed }
            units[l].label = .furniture
            units[l].state = .furnitureClosed
            for t in title {
                units[t].label = .headlineNext
                units[t].state = .headNext
            }
            units[last + 1].label = .storyStart
            units[last + 1].state = .storyStart
            furniture.append(l)
            furniture.sort()
            drafts.insert(rest, at: d + 1)
        }
    }

    /// A line the decode read as a story's byline that is a column's label (`读者来信`: `isLabel`, no name of two
    /// or three opening with any surname) is the page's furniture: it names no writer.
    static func bylineLabels(drafts: inout [Draft], units: inout [Unit], furniture: inout [Int]) {
        for d in drafts.indices {
            // (a name of two or three characters opening with any surname, `宁海波`, is a writer's, not a label; so is
            // one of a common surname with a bullet glued before it, `□李远`, as a poem or an essay is signed)
            for b in drafts[d].bylines where isLabel(units[b]) && !((2...3).contains(units[b].text.unicodeScalars.count) && Surnames.opens(units[b].text))
                && !bulletedName(units[b].text) {
                drafts[d].bylines.removeAll { $0 == b }
                units[b].label = .furniture
                units[b].state = .furnitureClosed
                furniture.append(b)
            }
        }
        furniture.sort()
    }

    /// A story's headline group that opens with a column's label over its title (`读者来信` / a letter's title): the
    /// label is the story's column, not its kicker (a kicker is a phrase, not a label of two to four characters).
    static func labelsToColumns(drafts: inout [Draft], units: inout [Unit], furniture: inout [Int]) {
        for d in drafts.indices where drafts[d].column == nil && drafts[d].headline.count >= 2 {
            let heads = drafts[d].headline.sorted()
            guard let l = heads.first, heads[1] == l + 1, isLabel(units[l]),
                  isTitle(heads.dropFirst().prefix(2).map { units[$0] }, over: units[l]) else { continue }
            drafts[d].headline = Array(heads.dropFirst())
            units[l].label = .furniture
            units[l].state = .furnitureClosed
            furniture.append(l)
            furniture.sort()
        }
    }

    /// Two to four Han characters alone on a line: a column's label; not a name (two or three characters opening
    /// with a common surname, `钱志刚`: a commentary's writer over its title).
    /// (A bullet before it is the label's mark: `■文化快讯`.)
    static func isLabel(_ u: Unit) -> Bool {
        let unbulleted = u.text.unicodeScalars.drop { CharClass.isBullet($0) }
        // (a bullet and a space after it dress a label, `■ 短评`, or a writer's name, `□ 周一禾`)
        let s = unbulleted.drop { CharClass.isSpace($0) }
        guard u.lines.count == 1, u.marks.isEmpty, labelHan.contains(s.count), s.allSatisfy(CharClass.isHan) else { return false }
        if s.count == u.text.unicodeScalars.count { return !isBareName(u.text) }
        return s.count == unbulleted.count || !isBareName(String(scalars: s))
    }

    /// Two to four Han characters and nothing else, not a writer's name: a label's words (`图片新闻`).
    static func isLabelText(_ t: String) -> Bool {
        labelHan.contains(t.unicodeScalars.count) && t.unicodeScalars.allSatisfy(CharClass.isHan) && !isBareName(t)
    }

    /// A bullet, then a writer's name (`isBareName`) with no space between them: `□李远`, `◎周敏`.
    static func bulletedName(_ t: String) -> Bool {
        guard let f = t.unicodeScalars.first, CharClass.isBullet(f) else { return false }
        return isBareName(String(String.UnicodeScalarView(t.unicodeScalars.drop { CharClass.isBullet($0) })))
    }

    /// Two or three Han characters alone, the first a common surname (`钱志刚`, `吴敏`): a writer's name, not a label.
    static func isBareName(_ t: String) -> Bool {
        let s = t.unicodeScalars
        return (2...3).contains(s.count) && s.allSatisfy(CharClass.isHan) && (s.first.map { Surnames.mayOpenName($0, length: s.count) } ?? false)
    }

    /// The units of `intertitles` printed one right after another that end with `last`.
    static func run(ending last: Int, in intertitles: [Int]) -> [Int] {
        var first = last
        while intertitles.contains(first - 1) { first -= 1 }
        return Array(first...last)
    }

    /// A title on one line (or wrapped onto a second, in one unit or in two as pdftotext's `-raw` may leave it), eight
    /// Han characters or more and twice the label's, no sentence end, its quotes and brackets closed where they open
    /// (not a piece of a line, `高菲）2月4日下午，市劳`).
    static func isTitle(_ lines: [Unit], over label: Unit) -> Bool {
        // (a line led by a dash is a subtitle: the heading over it is the headline, `古镇新生` / `——记…`)
        guard !lines.isEmpty, lines.reduce(0, { $0 + $1.lines.count }) <= 2, lines.allSatisfy({ $0.marks.isEmpty }),
              !(lines.last?.endsSentence ?? true), !lines[0].text.hasScalarPrefix("—") else { return false }
        // (two short phrases, `房子新了` / `设备全了`, are a feature's pair of intertitles, not a title wrapped: unless
        // the first is cut before its noun, `一次难忘的` / `就医经历`, or in a word)
        if lines.count == 2 && lines.allSatisfy({ $0.text.hanCount <= pairedPhraseHan }) {
            let a = lines[0].text, b = lines[1].text
            guard a.unicodeScalars.last == "的" || BoundParticles.opens(b) || WordBreaks.runsOn(a[...], b[...]) else { return false }
        }
        let text = lines.map(\.text).joined()
        let han = text.hanCount
        guard han >= minimumTitleHan, han >= 2 * label.text.hanCount else { return false }
        var open = 0
        for c in text.unicodeScalars {
            if PageLine.opensPair(c) { open += 1 } else if PageLine.closesPair(c) { open -= 1; if open < 0 { return false } }
        }
        return open == 0
    }
}
