/// Builds `Article` values from drafts: blocks in reading order, headline roles, byline, kind and marks.
struct ArticleBuilder {
    let units: [Unit]
    var model: ParserModel = .default
    /// The units that are a writer's name alone among a story's paragraphs (`loneNames`).
    let loneNames: Set<Int>

    init(units: [Unit], model: ParserModel = .default) {
        self.units = units
        self.model = model
        loneNames = Self.loneNames(units)
    }

    /// Short and without a clause or sentence mark: the shape of a poem's line (`VerseRuns.maximumCharacters`).
    static func verseShaped(_ t: String) -> Bool {
        t.unicodeScalars.count <= VerseRuns.maximumCharacters
            && !t.unicodeScalars.contains { CharClass.isClausePunct($0) || CharClass.isTerminator($0) }
    }

    /// A line's text without its jump marks (their spaces closed up), and each mark with its text.
    static func withoutMarks(_ text: String, _ marks: [Markers.ContinuationMark]) -> (String, [(Markers.ContinuationMark, String)]) {
        let s = Array(text.unicodeScalars)
        var keep = [Bool](repeating: true, count: s.count)
        var out: [(Markers.ContinuationMark, String)] = []
        for m in marks where m.range.lowerBound >= 0 && m.range.upperBound <= s.count {
            out.append((m, String(scalars: s[m.range])))
            for k in m.range { keep[k] = false }
        }
        var rest = s.indices.filter { keep[$0] }.map { s[$0] }
        while let f = rest.first, CharClass.isSpace(f) { rest.removeFirst() }
        while let l = rest.last, CharClass.isSpace(l) { rest.removeLast() }
        return (SpaceTidy.tidy(String(scalars: rest)), out)
    }

    func kind(_ d: Draft) -> Article.Kind {
        if d.continuation { return .continuation }
        if d.photoOnly { return .photo }
        let bodyUnits = d.body.filter { units[$0].state == .storyStart || units[$0].state == .body }
        guard let first = bodyUnits.first else { return .other }
        let t = units[first].text
        if Markers.newsLead(t).isLead { return .news }
        // an editor's note over a report (NoteOverReport) heads news
        if Markers.isColumnLeadIn(t) { return bodyUnits.dropFirst().first.map { Markers.newsLead(units[$0].text).isLead } == true ? .news : .column }
        if !d.bylines.isEmpty { return .feature }
        // (signed by a reporter, `（记者 苏琳）`, it is a brief of news)
        if let last = d.body.last, units[last].state == .signature, Markers.signature(units[last].text) != nil {
            return Self.signedByReporter(units[last].text) ? .news : .letter
        }
        if bodyUnits.contains(where: { UnitFacts.isQuestion(units[$0].text) }) { return .feature }
        if let last = d.body.last, units[last].state == .captionOpen || units[last].state == .captionClosed,
            bodyUnits.count <= 2 { return .photo }
        return .other
    }

    func build(_ d: Draft, kind: Article.Kind, id: String) -> Article {
        var blocks: [Block] = []
        var byline: String?
        var signature: String?
        var credit: String?
        var from: Int?
        var to: Int?
        var interview = false
        // a reader's question and its answer, each named (`读者问：…` / `律师答：…`): the story is a Q&A
        let turns = d.body.compactMap { k in UnitFacts.namedTurn(units[k].text).map { (unit: k, turn: $0) } }
        let namedTurns = turns.contains { $0.turn == "问" } && turns.contains { $0.turn == "答" } ? Set(turns.map(\.unit)) : []
        // a line led by a dash that the decode read as a byline is the headline's subtitle (pdftotext's default order
        // prints a headline group's lines apart, a byline among them)
        let headed = d.bylines.filter { units[$0].text.hasScalarPrefix("——") && Markers.bylineLine(units[$0].text) == nil }
        for b in d.bylines where !headed.contains(b) {
            let t = Markers.bylineLine(units[b].text) ?? units[b].text
            byline = byline.map { $0 + " " + t } ?? t
        }
        for k in d.body {
            let u = units[k]
            for m in u.marks {
                if m.direction == .from, from == nil { from = m.page }
                if m.direction == .to { to = m.page }
            }
            let t = u.text
            // a writer's name standing alone among the story's paragraphs (a commentary's, printed apart from its
            // headline where the page's order was scrambled) signs the story
            if loneNames.contains(k) {
                signature = signature ?? t
                blocks.append(Block(.signature, t))
                continue
            }
            switch u.state {
            case .intertitle:
                blocks.append(Block(.intertitle, t))
            case .captionOpen, .captionClosed:
                if let c = Self.credit(of: t) { credit = credit ?? c }
                let alone = Markers.bracketedWhole(t).flatMap(Markers.credit(inBracket:)) != nil || Markers.plainCredit(t) != nil
                blocks.append(Block(kind == .photo ? (alone ? .signature : .paragraph) : .caption, t))
            case .signature:
                if let s = Markers.signature(t) ?? Markers.bylineLine(t) ?? (Signoff.isLetterWriter(t) ? SpaceTidy.tidy(t) : nil), !Self.namesNoWriter(s) {
                    signature = s
                }
                blocks.append(Block(.signature, t))
            case .body where kind != .photo && isPlacedCaption(t):
                blocks.append(Block(.caption, t))
            default:
                if byline == nil, Markers.newsLead(t).isLead { byline = Markers.newsLead(t).byline }
                if UnitFacts.isQuestion(t) { interview = true }
                let qa = UnitFacts.isQuestion(t) || (interview && UnitFacts.opensWithSpeaker(t)) || namedTurns.contains(k)
                // a paragraph cut in mid-word, its rest read as the next paragraph (a column break the join did not
                // see, another column's text run on by **ColumnRunOn**), is one paragraph (**WordRunsOn**); two
                // short lines without a mark are a poem's (`VerseRuns`), broken where the poet broke them
                if !qa, let last = blocks.last, last.type == .paragraph, u.marks.isEmpty,
                   WordBreaks.runsOn(Substring(last.text), Substring(t)), !Markers.newsLead(t).isLead,
                   !(Self.verseShaped(last.text) && Self.verseShaped(t)) {
                    blocks[blocks.count - 1].text = LineJoin.join(last.text, t)
                    continue
                }
                blocks.append(Block(qa ? .qa : .paragraph, t))
            }
        }
        // a line of the headline group that the story's closing bracket repeats (`罗姿娟` under the headline,
        // `（…会员 罗姿娟）` at the end) is its author's line, not a headline
        let closing = Set(d.body.suffix(3).compactMap { Markers.bracketedWhole(units[$0].text).map(Self.bare) })
        var headline = (d.headline + headed).sorted()
        if byline == nil, headline.count >= 2, let a = headline.first(where: { closing.contains(Self.bare(units[$0].text)) }) {
            byline = SpaceTidy.tidy(units[a].text.withoutLeadingMarks)
            headline.removeAll { $0 == a }
        }
        var lines: [(text: String, apart: Bool)] = headline.enumerated().map { i, u in
            (units[u].text, i == 0 || units[u].gapBefore > 0 || units[u].indent > 0 || headline[i - 1] != u - 1)
        }
        // a jump mark printed among the headline's lines (a repeated headline set beside another, as pdftotext's
        // default order reads a row: `守护群众“舌尖上` / `（上接第1版）的安全”`) is the story's jump: it leaves the
        // headline for the text, 上接 before the story's first block, 下转 after its last
        for (i, u) in headline.enumerated() where !units[u].marks.isEmpty {
            let (rest, marks) = Self.withoutMarks(lines[i].text, units[u].marks)
            lines[i].text = rest
            for (m, t) in marks {
                if m.direction == .from {
                    from = from ?? m.page
                    blocks.insert(Block(.paragraph, t), at: 0)
                } else {
                    to = to ?? m.page
                    blocks.append(Block(.paragraph, t))
                }
            }
        }
        lines.removeAll { $0.text.unicodeScalars.allSatisfy(CharClass.isSpace) }
        // a headline the extraction wrapped in mid-word: where the two characters either side of the break are a
        // word the story itself uses (数据交|易中心, with 交易 in the text), the two lines are one
        var storyText: String?
        var k = 1
        while k < lines.count {
            if storyText == nil { storyText = d.body.map { units[$0].text }.joined() }
            if Self.wrappedInWord(lines[k - 1].text, lines[k].text, storyText!) {
                lines[k - 1].text = LineJoin.join(lines[k - 1].text, lines[k].text)
                lines.remove(at: k)
            } else {
                k += 1
            }
        }
        // on a page that came with its geometry, the headline line set in the largest type, when another is set
        // clearly smaller
        let sized = headline.compactMap { u in units[u].typeSize.map { (u, $0) } }
        var largest: String?
        if let top = sized.max(by: { $0.1 < $1.1 }), sized.contains(where: { PageLine.otherType($0.1, top.1) }) {
            largest = units[top.0].text
        }
        var roles = HeadlineRoles.assign(lines, model: model, largest: largest)
        // **RunInHeadline**: an item of a column of briefs printed with no headline above it, its headline run in at
        // the head of its paragraph after a bullet (`●市图书馆延长开放时间 从本周起，…`): that phrase heads it
        // (a label over the first item, `简讯` or `■文化快讯`, names the column as printed: the item's own phrase heads it)
        var column = d.column
        let label = roles.headline.flatMap { h -> String? in
            let t = String(String.UnicodeScalarView(h.unicodeScalars.drop { CharClass.isBullet($0) || CharClass.isSpace($0) }))
            return column == nil && t.hanCount <= 4 && t.hanCount == t.unicodeScalars.count ? h : nil
        }
        if roles.headline == nil || label != nil, roles.kicker == nil, roles.subheadline == nil, let first = blocks.first, first.type == .paragraph,
           let (head, rest) = Self.runInHeadline(first.text) {
            column = label ?? column
            roles.headline = head
            blocks[0].text = rest
        }
        // **LabelFirst**: a story with no headline whose first paragraph is a label in square brackets alone (`【短评】`,
        // `【链接】`): the label names the story's column
        if roles.headline == nil, roles.kicker == nil, roles.subheadline == nil, column == nil, blocks.count >= 2,
           blocks[0].type == .paragraph, Self.isSquareLabel(blocks[0].text) {
            column = blocks.removeFirst().text
        }
        // **LabelHead**: a story with no headline whose first paragraph is a few Han characters alone (`网友热议`, or
        // quoting a word, `什么是“链长制”`), over prose of its own (a sentence ended: not a poem's next line): those words head it
        if roles.headline == nil, roles.kicker == nil, roles.subheadline == nil, blocks.count >= 2, blocks[0].type == .paragraph,
           blocks[1].type == .paragraph, blocks[1].text.endsSentence, Self.isLabelHead(blocks[0].text) {
            roles.headline = blocks.removeFirst().text
        }
        NumberedHeadings.mend(&blocks)
        if byline == nil {
            switch kind {
            case .photo: byline = credit.map(Self.stripBrackets)
            case .letter, .column, .other, .feature: byline = signature
            // a brief signed by its reporter (`（记者 苏琳）`)
            case .news where signature.map(Self.signedByReporter) == true: byline = signature
            default: break
            }
        }
        // picture news headed by nothing but a label (`图片新闻`: `LabelledPicture`) has no headline: the label names its column
        if kind == .photo, column == nil, roles.kicker == nil, roles.subheadline == nil, let h = roles.headline, LabelledTitle.isLabelText(h) {
            column = h
            roles.headline = nil
        }
        return Article(
            id: id, kind: kind, kicker: roles.kicker, headline: roles.headline, subheadline: roles.subheadline,
            column: column, byline: byline, continuedFromPage: from, continuesOnPage: to, blocks: blocks)
    }

    /// A signature that names a reporter (`（记者 苏琳）`): it closes a brief of news, not a letter.
    static func signedByReporter(_ signature: String) -> Bool { ByteScan.contains(signature, "记者") }

    /// A signature that says where its writer works or what the writer does, naming no one (`作者单位：江城大学`,
    /// `作者系市社科院研究员`, `作者为…工程师`): no byline; the line stays the story's last block.
    static func namesNoWriter(_ signature: String) -> Bool {
        let t = stripBrackets(signature)
        return ["作者单位", "作者系", "作者为", "作者是"].contains { t.hasScalarPrefix($0) }
    }

    /// Two to six Han characters in square brackets alone (`【短评】`, `［链接］`), spaces around them or not.
    static func isSquareLabel(_ t: String) -> Bool {
        let s = Array(SpaceTidy.tidy(t).unicodeScalars)
        guard s.count >= 4, s.count <= 8, let f = s.first, let l = s.last, (f == "【" && l == "】") || (f == "［" && l == "］") || (f == "[" && l == "]")
        else { return false }
        return s.dropFirst().dropLast().allSatisfy(CharClass.isHan)
    }

    /// Two to eight Han characters alone, or with a word in quotes among them (`什么是“链长制”`, twelve characters at most).
    static func isLabelHead(_ t: String) -> Bool {
        let s = t.unicodeScalars
        let han = s.filter(CharClass.isHan).count
        return (2...8).contains(han) && s.count <= 12 && s.allSatisfy { CharClass.isHan($0) || quotes.contains($0) }
            && s.filter { quotes.contains($0) }.count % 2 == 0
    }

    static let quotes: Set<Unicode.Scalar> = ["“", "”", "‘", "’", "《", "》", "「", "」"]

    /// A paragraph opened by a bullet and a phrase of four to twenty-four characters with no punctuation, then a
    /// space and a text of its own that ends a sentence: the phrase (the bullet kept) and the text.
    static func runInHeadline(_ t: String) -> (String, String)? {
        let s = Array(t.unicodeScalars)
        guard s.count >= 16, let gap = runInGap(s) else { return nil }
        var r = gap
        while r < s.count && (s[r] == " " || s[r] == "\u{3000}") { r += 1 }
        let rest = String(scalars: s[r...])
        guard rest.unicodeScalars.count >= 10, rest.unicodeScalars.contains(where: CharClass.isTerminator),
              let g = rest.unicodeScalars.first, CharClass.isHan(g) || CharClass.isOpener(g) || CharClass.isDigit(g) else { return nil }
        return (String(scalars: s[..<gap]), rest)
    }

    /// Where the space after a run-in headline stands in a line opened by a bullet: the first space (plain or
    /// ideographic), five to twenty-five characters in, after the headline's words (Han characters, figures, Latin
    /// letters, quotes and brackets, no clause mark); nil where there is none.
    static func runInGap(_ s: [Unicode.Scalar]) -> Int? {
        guard let f = s.first, CharClass.isBullet(f),
              let gap = s.firstIndex(where: { $0 == " " || $0 == "\u{3000}" }), gap >= 5, gap <= 25 else { return nil }
        return isRunInPhrase(s[1..<gap]) ? gap : nil
    }

    /// A run-in headline's words: Han characters (one at least), figures, Latin letters, quotes and brackets, no clause mark.
    static func isRunInPhrase<C: Collection<Unicode.Scalar>>(_ phrase: C) -> Bool {
        phrase.contains(where: CharClass.isHan) && phrase.allSatisfy {
            CharClass.isHan($0) || CharClass.isDigit($0) || CharClass.isOpener($0) || CharClass.isCloser($0) || ($0.isASCII && $0.properties.isAlphabetic)
        }
    }

    /// A paragraph that says where its picture stands (`下图：…`, `图为…`: `Markers.opensWithPhotoPosition`), of
    /// one sentence: a caption whose credit the page printed elsewhere (the decode, finding no credit after it, read
    /// it as text). In a picture story its words are the story's own.
    func isPlacedCaption(_ t: String) -> Bool {
        guard Markers.opensWithPhotoPosition(t) else { return false }
        return t.unicodeScalars.lazy.filter(CharClass.isTerminator).prefix(2).count <= 1
    }

    /// The units read as an intertitle or a paragraph that are a bare name (`LabelledTitle.isBareName`) on one line
    /// that no other unit of the page holds: no scrap of a headline or of a name the text speaks of (`江豚频` of
    /// `江豚频现身`, `李德` of `李德胜`). One pass over the page's characters, looking up each run of two or three.
    static func loneNames(_ units: [Unit]) -> Set<Int> {
        let candidates = units.indices.filter { k in
            (units[k].state == .intertitle || units[k].state == .body) && units[k].lines.count == 1 && LabelledTitle.isBareName(units[k].text)
        }
        guard !candidates.isEmpty else { return [] }
        let names = Set(candidates.map { units[$0].text })
        // for each name, the units that hold it (two are enough to know); a run is asked only where it opens with a
        // surname a name of its length may open with, as every name here does (`Surnames.mayOpenName`)
        var holders: [String: Set<Int>] = [:]
        for (k, u) in units.enumerated() {
            let s = Array(u.text.unicodeScalars)
            for n in 2...3 where s.count >= n {
                for i in 0...(s.count - n) where Surnames.mayOpenName(s[i], length: n) {
                    let w = String(String.UnicodeScalarView(s[i..<(i + n)]))
                    if names.contains(w), holders[w, default: []].count < 2 { holders[w, default: []].insert(k) }
                }
            }
        }
        return Set(candidates.filter { holders[units[$0].text] == [$0] })
    }

    /// The photo credit a caption carries (bracketed at its end, or a credit line of its own).
    static func credit(of t: String) -> String? {
        if let inner = Markers.bracketedWhole(t), let c = Markers.credit(inBracket: inner) { return c }
        if let c = Markers.trailingCredit(t) { return c.credit }
        return Markers.plainCredit(t)
    }

    /// Whether a headline line and the next are one line broken inside a word: both Han at the break, the
    /// first not ending a phrase, and the two characters at the break a pair the story's text holds.
    static func wrappedInWord(_ a: String, _ b: String, _ text: String) -> Bool {
        guard let x = a.unicodeScalars.last(where: { !CharClass.isSpace($0) }), let y = b.unicodeScalars.first(where: { !CharClass.isSpace($0) }),
            CharClass.isHan(x), CharClass.isHan(y), a.hanCount >= 2, b.hanCount >= 2 else { return false }
        var pair = String.UnicodeScalarView()
        pair.append(x)
        pair.append(y)
        return ByteScan.contains(text, String(pair))
    }

    /// The text without spaces and leading marks, for comparing two printings of one line.
    static func bare(_ s: String) -> String {
        String(scalars: s.withoutLeadingMarks.unicodeScalars.filter { !CharClass.isSpace($0) })
    }

    /// `s` without the brackets around it (`（记者 潘路 摄）` → `记者 潘路 摄`); a bracket closing one opened inside
    /// stays (`范文静摄（图片网）`).
    static func stripBrackets(_ s: String) -> String {
        var t = Substring(s)
        while let f = t.unicodeScalars.first, CharClass.isOpener(f), let l = t.unicodeScalars.last, CharClass.isCloser(l) {
            t = t.dropFirst().dropLast()
        }
        while let f = t.unicodeScalars.first, CharClass.isOpener(f), !t.dropFirst().unicodeScalars.contains(where: CharClass.isCloser) {
            t = t.dropFirst()
        }
        return String(t)
    }
}
