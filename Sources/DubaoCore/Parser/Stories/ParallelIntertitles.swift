/// Rule **ParallelIntertitles**: a feature's intertitles are often set in parallel (`假日经济` … `社区经济` …
/// `周末经济`). The first of them, printed right under the headline, reads as the headline's subtitle (or, being
/// four characters, as a writer's name); when it is parallel to an intertitle of the same story (as many
/// characters, the first two or the last two alike; or the same brackets round a short word, `【现场】` …
/// `【声音】`), it is the story's first intertitle. So is the story's first unit when it is such a label (it opens
/// the story's text, so it was read as its first paragraph).
enum ParallelIntertitles {
    static func mend(drafts: inout [Draft], units: inout [Unit]) {
        for d in drafts.indices {
            // **LedIntertitles**: two headings or more of a story led by words of one length and a colon (`修路：…` …
            // `兴业：…`), each over a paragraph of its own (not a list of fields, `时间：…` / `地点：…`), are its intertitles
            let led = drafts[d].body.compactMap { k -> (unit: Int, lead: Int)? in
                guard units[k].lines.count == 1, [.body, .storyStart, .intertitle].contains(units[k].state), k + 1 < units.count,
                      units[k + 1].endsSentence, drafts[d].body.contains(k + 1), LineShape.ledHeading(units[k + 1].text) == nil,
                      let lead = LineShape.ledHeading(units[k].text) else { return nil }
                return (k, lead)
            }
            if led.count >= 2, Set(led.map(\.lead)).count == 1 {
                for (k, _) in led {
                    units[k].label = .intertitle
                    units[k].state = .intertitle
                }
            }
            // the story's first unit, a label parallel to one of its intertitles
            if let first = drafts[d].body.min(), units[first].label != .intertitle, !units[first].endsSentence,
               units[first].lines.count == 1, units[first].text.unicodeScalars.count <= 14 {
                let line = units[first].text
                if drafts[d].body.contains(where: { $0 != first && units[$0].label == .intertitle && parallel(line, units[$0].text) }) {
                    units[first].label = .intertitle
                    units[first].state = .intertitle
                }
            }
            let draft = drafts[d]
            // the line right above the story's first paragraph: its headline group's last, or a byline's place
            guard !draft.headline.isEmpty, let first = draft.body.min(), first > 0 else { continue }
            let last = first - 1
            let inHead = draft.headline.count >= 2 && draft.headline.contains(last)
            guard inHead || draft.bylines.contains(last) else { continue }
            let line = units[last].text
            let intertitles = draft.body.filter { units[$0].label == .intertitle }.map { units[$0].text }
            guard intertitles.contains(where: { parallel(line, $0) }) else { continue }
            drafts[d].headline.removeAll { $0 == last }
            drafts[d].bylines.removeAll { $0 == last }
            drafts[d].body.insert(last, at: 0)
            units[last].label = .intertitle
            units[last].state = .intertitle
        }
    }

    /// Two headings of the same build: as many characters (two to twelve, Han only), the first two or the last two
    /// alike; or the same brackets round two to eight Han characters each (`【现场】`, `【声音】`).
    static func parallel(_ a: String, _ b: String) -> Bool {
        let x = Array(a.unicodeScalars.filter { !CharClass.isSpace($0) }), y = Array(b.unicodeScalars.filter { !CharClass.isSpace($0) })
        if let f = x.first, CharClass.isOpener(f), x.count >= 4, x.count <= 10, y.count >= 4, y.count <= 10, x != y,
           y.first == f, x.last == y.last, let l = x.last, CharClass.isCloser(l),
           x.dropFirst().dropLast().allSatisfy(CharClass.isHan), y.dropFirst().dropLast().allSatisfy(CharClass.isHan) {
            return true
        }
        guard x != y, x.count == y.count, (2...12).contains(x.count), x.allSatisfy(CharClass.isHan), y.allSatisfy(CharClass.isHan) else { return false }
        return x.prefix(2) == y.prefix(2) || x.suffix(2) == y.suffix(2)
    }
}
