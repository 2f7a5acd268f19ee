/// Rule **NotePackage**: an editor's note (`编者按：…`, `编者的话`, `编前`) that makes a story of its own, with
/// no report in it, introduces the pieces printed after it: profiles of the people it presents, each headed by a
/// line that names its subject and ends in a dash (`某区派出所民警王某——`) over the piece's own headline and byline.
/// The note and its pieces are one story (the package under the note's headline): each piece's heading lines
/// become intertitles of it, its byline one of the package's. Two such pieces at least make a package; the first
/// story after them that is not headed so (a report, a story without a dash line) is the next story.
///
/// Rule **NoteOverReport**: a note right over a story with no headline of its own (`老旧小区改造进行时` / `编者按：…` /
/// `本报讯（记者…）…`) introduces that story: the report goes under the note's headline.
enum NotePackage {
    /// A note runs to a few paragraphs at most.
    static let maximumNoteParagraphs = 4
    /// So many pieces at least.
    static let minimumPieces = 2

    static func merge(drafts: inout [Draft], units: inout [Unit]) {
        guard drafts.count > minimumPieces else { return }
        var order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        var i = 0
        while i < order.count {
            let n = order[i]
            guard isNote(drafts[n], units: units) else { i += 1; continue }
            var pieces: [Int] = []
            var j = i + 1
            while j < order.count, isPiece(drafts[order[j]], units: units) { pieces.append(order[j]); j += 1 }
            guard pieces.count >= minimumPieces else { i += 1; continue }
            for p in pieces {
                for h in drafts[p].headline { units[h].state = .intertitle; units[h].label = .intertitle }
                drafts[n].body += drafts[p].headline + drafts[p].body
                drafts[n].bylines += drafts[p].bylines
            }
            drafts[n].body.sort()
            drafts[n].bylines.sort()
            for p in pieces.sorted(by: >) { drafts.remove(at: p) }
            order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
            i += 1
        }
    }

    /// **NoteOverReport**: each note followed by a report with no headline (none before it, none after it) takes it in.
    static func mergeReports(drafts: inout [Draft], units: [Unit]) {
        var order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
        var i = 0
        while i + 1 < order.count {
            let n = order[i], r = order[i + 1]
            guard isNote(drafts[n], units: units), drafts[r].headline.isEmpty, !drafts[r].continuation, !drafts[r].photoOnly,
                let first = drafts[r].body.first(where: { units[$0].state == .storyStart || units[$0].state == .body }),
                Markers.newsLead(units[first].text).isLead else { i += 1; continue }
            drafts[n].body = (drafts[n].body + drafts[r].body).sorted()
            drafts[n].bylines = (drafts[n].bylines + drafts[r].bylines).sorted()
            if drafts[n].column == nil { drafts[n].column = drafts[r].column }
            drafts.remove(at: r)
            order = drafts.indices.sorted { drafts[$0].firstLine < drafts[$1].firstLine }
            i += 1
        }
    }

    /// A story that is an editor's note introducing what follows: it opens with the note (or its label on a line
    /// of its own over it) and holds a few paragraphs, none a report.
    static func isNote(_ d: Draft, units: [Unit]) -> Bool {
        guard !d.continuation, !d.photoOnly else { return false }
        let text = d.body.filter { units[$0].state == .storyStart || units[$0].state == .body || units[$0].state == .intertitle }
        guard !text.isEmpty, text.count <= maximumNoteParagraphs + 1 else { return false }
        guard text.prefix(2).contains(where: { introduces(units[$0].text) }) else { return false }
        return !text.contains { Markers.newsLead(units[$0].text).isLead }
    }

    /// An editor's lead-in to what follows (`编者按：`, `【编者按】`, `编者的话`, `编前：`, or the label alone),
    /// not an afterword (`编后`, `编辑手记`).
    static func introduces(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) && !CharClass.isOpener($0) }), f == "编" else { return false }
        let t = String(text.unicodeScalars.drop { CharClass.isSpace($0) || CharClass.isOpener($0) })
        guard ["编者按", "编者的话", "编前"].contains(where: { t.hasScalarPrefix($0) }) else { return false }
        return Markers.isColumnLeadIn(text) || LabelStories.maximumHan >= t.hanCount && !t.unicodeScalars.contains { CharClass.isTerminator($0) }
    }

    /// A piece of a package: a story of its own (no report opening, no 上接) whose headline group holds a line
    /// that presents its subject and ends in a dash.
    static func isPiece(_ d: Draft, units: [Unit]) -> Bool {
        guard !d.continuation, !d.photoOnly, !d.headline.isEmpty else { return false }
        if let first = d.body.first(where: { units[$0].state == .storyStart || units[$0].state == .body }),
            Markers.newsLead(units[first].text).isLead { return false }
        return d.headline.contains { presents(units[$0].text) }
    }

    /// A line that presents a piece's subject: words ending in a dash (`…民警王某——`), not a subtitle opening
    /// with one (`——记…`).
    static func presents(_ text: String) -> Bool {
        let s = text.unicodeScalars.filter { !CharClass.isSpace($0) }
        guard s.count >= 6, s.first != "—", s.suffix(2).elementsEqual(["—", "—"]) else { return false }
        return s.dropLast(2).filter(CharClass.isHan).count >= 4
    }
}
