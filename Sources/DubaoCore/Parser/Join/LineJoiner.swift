/// Rule **ParagraphJoin**: turns lines into units. For each gap between two lines the model weighs the
/// gap's evidence (`JoinFeature`) and the lines are joined when the score is above zero: a hard wrap, a
/// column break in mid-sentence, a paragraph cut on a flowed page join; a blank line after a sentence end, a
/// headline line, a credit, the opening of a report do not. A letter's closing attribution printed at the
/// end of its last paragraph is split off (**TrailingSignature**).
struct LineJoiner {
    var model: ParserModel

    /// The units of `lines`. `decide` may override the model for a gap (the calibration's gold joins);
    /// `observe` hears every gap's features and the decision taken (and `dubao parse --explain` prints them).
    func units(_ lines: [PageLine], decide: ((Int) -> Bool?)? = nil, observe: ((Int, [Float], Bool) -> Void)? = nil) -> [Unit] {
        var units: [Unit] = []
        var current: Unit?
        var open = 0
        // does the page set its paragraphs apart with blank lines?
        let blanks = lines.dropFirst().filter { $0.gapBefore > 0 }.count
        let pageBlanks = blanks * 5 > lines.count
        for (k, l) in lines.enumerated() {
            if var u = current {
                let f = JoinFeature.extract(lines[u.lines.last!], l, unitLines: u.lines.count, unitHasClause: u.hasClause, unitOpen: open > 0,
                                            pageBlanks: pageBlanks, unitIsLead: lines[u.lines[0]].opensStory)
                let join = decide?(k) ?? (model.joinScore(f) > 0)
                observe?(k, f, join)
                if join {
                    u.append(l, index: k)
                    open += l.bracketBalance
                    current = u
                    continue
                }
                units.append(u)
            }
            current = Unit(line: l, index: k)
            open = l.bracketBalance
        }
        if let u = current { units.append(u) }
        return splittingTrailingSignatures(units)
    }

    /// A letter's closing attribution printed at the end of its last paragraph
    /// (`…安全感。（荆州市公安局新闻中心民警 刘园园）`) becomes a unit of its own.
    func splittingTrailingSignatures(_ units: [Unit]) -> [Unit] {
        var out: [Unit] = []
        for u in units {
            guard let open = Markers.trailingSignature(u.text) else { out.append(u); continue }
            var body = u
            body.text = String(u.text[..<open]).trimmingCharacters()
            body.endsSentence = true
            body.gapAfter = 0
            var sig = u
            sig.text = String(u.text[open...])
            sig.gapBefore = 0
            sig.lines = [u.lines.last!]
            sig.hasClause = false
            out.append(body)
            out.append(sig)
        }
        return out
    }
}

/// Shapes of single lines that the joining and classifying rules share.
enum LineShape {
    /// Marks, wholly bracketed lines and byline lines are never part of a paragraph.
    static func standsAlone(_ text: String) -> Bool {
        if Markers.isStandaloneMark(text) != nil { return true }
        if let inner = Markers.bracketedWhole(text), inner.unicodeScalars.count <= 48 { return true }
        return Markers.bylineLine(text) != nil
    }

    /// The first line of a report or of a column's lead-in.
    static func opensStory(_ text: String) -> Bool {
        Markers.newsLead(text).isLead || Markers.isColumnLeadIn(text)
    }
}
