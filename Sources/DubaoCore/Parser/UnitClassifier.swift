/// Gives each unit its role. The order of the checks matters: marks and bracketed lines first, then story
/// openings, captions, question-and-answer paragraphs, and headline-like lines.
enum UnitClassifier {
    static func classify(_ units: inout [Unit]) {
        for k in units.indices {
            units[k].marks = Markers.continuationMarks(in: units[k].text)
            units[k].role = role(of: units[k])
        }
        // Rule **QAAnswer**: after an interviewer's question, a paragraph opened by a short name and a colon
        // is the answer.
        var inInterview = false
        for k in units.indices {
            switch units[k].role {
            case .qa: inInterview = true
            case .body:
                if inInterview && opensWithSpeaker(units[k].text) { units[k].role = .qa }
            case .heading: break
            default: inInterview = false
            }
        }
    }

    static func role(of u: Unit) -> Unit.Role {
        let t = u.text
        if let m = Markers.isStandaloneMark(t) { return .mark(m) }
        if let inner = Markers.bracketedWhole(t) {
            if let c = Markers.credit(inBracket: inner) { return .credit(c) }
            if let s = Markers.signature(t) { return .signature(s) }
        }
        if Markers.isPageFurniture(t) { return .furniture }
        if let b = Markers.bylineLine(t) { return .byline(b) }
        let lead = Markers.newsLead(t)
        if lead.isLead { return .lead(byline: lead.byline) }
        if Markers.isColumnLeadIn(t) { return .columnLead }
        if let c = Markers.trailingCredit(t), t.hanCount >= 8 { return .caption(credit: c.credit) }
        if isQuestion(t) { return .qa }
        if isHeading(u) { return .heading }
        return .body
    }

    /// Rule **HeadingShape**: a headline, intertitle, banner or label is short, does not end a sentence
    /// (a short question or exclamation may), and holds at most one clause mark.
    static func isHeading(_ u: Unit) -> Bool {
        let t = u.text
        guard t.utf8.count <= 240, u.lines.count <= 4 else { return false }
        var han = 0
        var letters = 0
        var clause = 0
        for s in t.unicodeScalars {
            if CharClass.isHan(s) { han += 1; letters += 1 } else if CharClass.isWordChar(s) { letters += 1 } else if CharClass.isClausePunct(s) { clause += 1 }
        }
        guard letters >= 2 else { return false }
        if u.endsSentence {
            guard let last = t.unicodeScalars.last(where: { !CharClass.isCloser($0) && !CharClass.isSpace($0) }),
                last == "？" || last == "！" || last == "?" || last == "!" else { return false }
            return han <= 24 && clause <= 1
        }
        switch clause {
        case 0: return letters <= 48
        case 1: return han <= 24
        default: return false
        }
    }

    /// Rule **QAQuestion**: `记者：…`, `问：…`, `Q：…` open the questions of an interview.
    static func isQuestion(_ t: String) -> Bool {
        guard let f = t.unicodeScalars.first, "记问答QA主".unicodeScalars.contains(f) else { return false }
        for p in ["记者", "问", "答", "Q", "A", "主持人"] where t.hasPrefix(p) {
            let rest = t.dropFirst(p.count)
            if let c = rest.unicodeScalars.first, c == "：" || c == ":" { return true }
        }
        return false
    }

    /// `谭小平：…`: up to four Han characters and a colon.
    static func opensWithSpeaker(_ t: String) -> Bool {
        var n = 0
        for s in t.unicodeScalars {
            if s == "：" || s == ":" { return n >= 2 }
            guard CharClass.isHan(s), n < 4 else { return false }
            n += 1
        }
        return false
    }
}
