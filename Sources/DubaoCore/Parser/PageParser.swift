/// Turns the text of one page into articles: evidence first, decisions late and in one place.
///
/// 1. Lines: passages printed twice are taken out (**DuplicatePassages**), letter-spacing is closed up, each
///    line's facts are worked out once, and the column width is estimated around every line (**ColumnWidth**).
/// 2. Units: each gap between two lines is scored from its features and the lines joined when the model says
///    so (**ParagraphJoin**).
/// 3. Labels: every unit's features are scored for every label, and a Viterbi decode over the page picks the
///    best consistent labelling (`ParserModel`, `Viterbi`); a page that decodes no banner is decoded once more
///    with the short heading likeliest to be its banner as the banner, when that costs little (**MissedBanner**).
/// 4. Stories: the labelled units are read into stories (**StoryAssembly**), captions placed, column labels,
///    the banner and the page's own header lines read, and the articles built.
public struct PageParser: Sendable {
    public var model: ParserModel
    /// When set, an account of every unit is written here: its features, the label chosen and the runner-up
    /// with their scores (`dubao parse --explain`).
    public var trace: (@Sendable (String) -> Void)?

    public init(model: ParserModel = .default, trace: (@Sendable (String) -> Void)? = nil) {
        self.model = model
        self.trace = trace
    }

    /// Parses `text`. `idPrefix` starts every article id (`000_a854029e7de6c335#3`). `typeSizes`, where the page
    /// came with its geometry (a PDF, `ReadingOrder.reading()`), gives each line's type size against the body's.
    /// A text that keeps the page's layout (columns side by side, `LaidOutText`) is read in its reading order; in
    /// any other text, columns that an extraction printed row by row are chained back first (`ColumnStreams`).
    /// Radicals and compatibility ideographs are read as the characters they stand for (`IdeographFolding`); a page
    /// set in traditional characters, or with ASCII full stops, straight quotes or dashes in other characters, is read
    /// as its twin and given back in its own characters (`PageTwin`).
    public func parse(text: String, source: String, idPrefix: String, typeSizes: [Double?]? = nil) -> Page {
        let text = IdeographFolding.fold(text)
        guard let twin = PageTwin.twin(text) else { return parseFolded(text, source: source, idPrefix: idPrefix, typeSizes: typeSizes) }
        var page = parseFolded(twin, source: source, idPrefix: idPrefix, typeSizes: typeSizes)
        PageTwin.restore(&page, original: text, folded: twin)
        return page
    }

    /// Parses a text already folded (`IdeographFolding`, and its twin where it has one: `PageTwin`).
    func parseFolded(_ text: String, source: String, idPrefix: String, typeSizes: [Double?]?) -> Page {
        let laidOut = typeSizes == nil && LaidOutText.isLaidOut(text)
        // a text whose columns were chained back (`ColumnStreams`) is an extraction's, not a dump's: its blank lines
        // part the pieces it was chained from, not paragraphs (**ProseCut** is a dump's)
        let reordered = laidOut || typeSizes != nil ? nil : ColumnStreams.reorder(text)
        let a = analyse(laidOut ? LaidOutText.reading(text) : reordered ?? text, typeSizes: typeSizes, dump: reordered == text)
        if let trace { explain(a, trace) }
        var page = build(a, source: source, idPrefix: idPrefix)
        page.orderRebuilt = laidOut || (reordered.map { $0 != text } ?? false)
        return page
    }

    /// Everything the parser found out about a page, before the articles are built.
    struct Analysis {
        var lines: [PageLine]
        var units: [Unit]
        var features: [[Float]]
        var decode: Viterbi.Result
        var topic: TopicContext
        var removed: [String]
        /// The text is a dump as given (not chained back from an extraction's rows, not laid out, no geometry).
        var dump = true
    }

    /// The page's kept lines (and the passages printed twice that were taken out).
    static func lines(of text: String, typeSizes: [Double?]? = nil) -> (lines: [PageLine], removed: [String]) {
        var source = SourceLine.split(text)
        // a headline set a character a line is one line, on the run's first (the others are skipped, not blanks)
        var absorbed = Set<Int>()
        for run in LetterSpacing.verticalRuns(source) {
            source[run.lowerBound] = source[run].map { $0.trimmingCharacters() }.joined()
            for i in run.dropFirst() { absorbed.insert(i); source[i] = "" }
        }
        let dupes = DuplicatePassages.find(in: source)
        var lines: [PageLine] = []
        lines.reserveCapacity(dupes.lines.count / 2)
        var gap = 0
        for (i, r) in dupes.lines.enumerated() {
            if absorbed.contains(i) { continue }
            if dupes.removedLines.contains(i) || SourceLine.isBlank(r) { gap += 1; continue }
            let raw = r.trimmingCharacters()
            if let (heading, byline) = TrailingByline.split(raw, above: gap == 0 ? lines.last?.raw : nil) {
                // a headline's last line and its writer's name, printed as one line: two lines of one source line
                lines.append(PageLine(number: i, raw: heading, gapBefore: gap, indent: PageLine.indent(of: r)))
                lines.append(PageLine(number: i, raw: byline, gapBefore: 0, indent: 0))
            } else {
                lines.append(PageLine(number: i, raw: raw, gapBefore: gap, indent: PageLine.indent(of: r)))
            }
            gap = 0
        }
        let widths = ColumnWidth.local(lines.map(\.rawWidth))
        for k in lines.indices { lines[k].columnWidth = widths[k] }
        FlowedBreaks.mark(&lines)
        for k in lines.indices { lines[k].gapAfter = k + 1 < lines.count ? lines[k + 1].gapBefore : gap }
        if let sizes = typeSizes {
            for k in lines.indices where sizes.indices.contains(lines[k].number) { lines[k].typeSize = sizes[lines[k].number] }
        }
        return (lines, dupes.removedTexts)
    }

    /// Units with their marks.
    static func units(_ lines: [PageLine], model: ParserModel, dump: Bool = true) -> [Unit] {
        var units = LineJoiner(model: model, mayBeDump: dump).units(lines)
        for k in units.indices { units[k].marks = Markers.continuationMarks(in: units[k].text) }
        return units
    }

    /// The scores of every label for every unit.
    static func emission(_ features: [[Float]], model: ParserModel) -> [[Double]] {
        var nonzero: [Int] = []
        return features.map { f in
            // most features of a unit are 0: find the others once, not once a label
            nonzero.removeAll(keepingCapacity: true)
            for i in 0..<f.count where f[i] != 0 { nonzero.append(i) }
            return UnitLabel.allCases.map { l in
                let w = model.emit[l.rawValue]
                var s = 0.0
                for i in nonzero { s += w[i] * Double(f[i]) }
                return s
            }
        }
    }

    /// A line (or two, wrapped) standing alone between blank lines, that neither ends a sentence nor goes on with one (the prose
    /// before it ended one) nor stops at a clause mark, right above a heading line: a headline's deck (副题,
    /// printed above or below its headline), never a paragraph of the story before it. A paragraph that stops
    /// without its sentence end goes on in the next unit, which a heading line is not.
    static func isDeck(_ k: Int, in units: [Unit]) -> Bool {
        guard k > 0, k + 1 < units.count else { return false }
        let u = units[k], next = units[k + 1]
        // (wrapped over two lines it holds no clause mark: two lines of a paragraph cut by a column break have one;
        // unless it is letter-spaced, as display type is and running text never: then up to three lines)
        guard u.lines.count == 1 || (u.lines.count == 2 && !u.hasClause) || (u.lines.count <= 3 && u.letterSpaced), u.gapBefore > 0, u.gapAfter > 0, !u.endsSentence, u.marks.isEmpty,
              let last = u.text.unicodeScalars.last, CharClass.isHan(last) || last.properties.isAlphabetic || ("0"..."9").contains(last),
              units[k - 1].endsSentence, !next.endsSentence, next.lines.count <= 2, UnitFeature.isHeadingShape(next) else { return false }
        let han = u.text.hanCount
        return han >= 8 && han <= 40
    }

    /// Only a mark can be a mark, a mark standing alone is one, and its direction says which; a report's opening only opens a story; a
    /// sentence is never furniture; a paragraph ending in a photo credit is never a heading, and a credit standing alone is a
    /// caption's; a page number or a page's date line standing alone is furniture.
    static func permitted(_ units: [Unit], features: [[Float]]? = nil) -> (Int, DecodeState) -> Bool {
        let dirs = units.map { $0.standaloneMark?.direction }
        // a report's opening (本报讯…, a dateline), and a letter's greeting on its own line (**Salutation**), open a
        // story: nothing else
        let leads = units.map { (Markers.newsLead($0.text).isLead && Markers.bylineLine($0.text) == nil) || ($0.lines.count == 1 && Markers.isSalutation($0.text)) }
        // a sentence of eight Han characters or more is something to read, not furniture or a banner
        let sentences = units.map { $0.endsSentence && ByteScan.hanCount($0.text, upTo: 8) >= 8 }
        // a banner names a section in a few words: a long line is never one, whatever its script
        let long = units.map { !$0.text.unicodeScalars.dropFirst(40).isEmpty }
        // a paragraph that ends in a photo credit is a caption or a picture story's text, not a heading nor a signature
        let credited = units.map { ByteScan.hanCount($0.text, upTo: 8) >= 8 && Markers.bracketedWhole($0.text) == nil && Markers.trailingCredit($0.text) != nil }
        // **StandingCaption**: such a paragraph standing apart, blank lines either side (or a label right above it, `图片新闻`,
        // the blank line above that), is a picture's caption
        func labelled(_ k: Int) -> Bool {
            k > 0 && units[k - 1].lines.count == 1 && (k == 1 || units[k - 1].gapBefore > 0) && LabelledTitle.isLabel(units[k - 1])
        }
        let standing = units.indices.map { k in
            // (under a label, its credit may stand on the line under it, `本报记者 严岚 摄`, as a hard-wrapped dump sets it)
            if units[k].endsSentence, k + 1 < units.count, units[k + 1].gapBefore == 0, units[k + 1].lines.count == 1,
               units[k + 1].gapAfter > 0 || k + 2 == units.count, labelled(k), Markers.plainCredit(units[k + 1].text) != nil {
                return ByteScan.hanCount(units[k].text, upTo: 121) <= 120
            }
            guard credited[k], units[k].gapAfter > 0 || k == units.count - 1 else { return false }
            return (units[k].gapBefore > 0 || labelled(k)) && ByteScan.hanCount(units[k].text, upTo: 121) <= 120
        }
        // Rule **JumpEnds**: a paragraph that ends in 下转第N版 ends its story on this page: what follows it is no more of
        // that story's text, nor a label or a caption that would keep it open (a sidebar after it, `相关链接`, is
        // something of its own)
        let jumpedAbove = units.indices.map { k in
            // (the unit's marks, found once when the units were made)
            guard k > 0, dirs[k - 1] == nil, let m = units[k - 1].marks.last, m.direction == .to else { return false }
            return m.range.upperBound >= units[k - 1].text.unicodeScalars.count - 1
        }
        // a photo credit standing alone (`（张伟 摄）`, `新华社记者 周立新摄`) belongs to a picture
        let credits = units.map { Markers.bracketedWhole($0.text).flatMap(Markers.credit(inBracket:)) != nil || Markers.plainCredit($0.text) != nil }
        // a heading right above 下转第N版 heads the part of its story printed on that page: it does not open a
        // story of its own that would be nothing but the heading
        let headsJump = units.indices.map { k in
            k + 1 < units.count && units[k + 1].standaloneMark?.direction == .to && !units[k].endsSentence
                && dirs[k] == nil && UnitFeature.isHeadingShape(units[k])
        }
        // a headline never ends in a full stop (a `——…。` item of a list is a paragraph's heading, not a subtitle)
        let fullStop = units.map { $0.text.unicodeScalars.last == "。" }
        let decks = units.indices.map { isDeck($0, in: units) }
        // a short line standing alone that the extraction printed twice over (`新农村新农村`, `法治 法治`) is
        // display type of the page, a banner or a label: never a story's headline, whatever words it shares
        // with the stories around it
        let doubled = units.indices.map { k in
            let u = units[k]
            return u.lines.count == 1 && (k == 0 || u.gapBefore > 0) && (k == units.count - 1 || u.gapAfter > 0) && !u.hasClause
                && (2...16).contains(ByteScan.hanCount(u.text, upTo: 17)) && BannerUndoubling.undouble(u.text) != nil
        }
        // Rule **Folio**: a page's number standing alone (`第3版`), and its date line (`2025年1月10日 星期五`), are the
        // page's furniture wherever the extraction set them (pdftotext's default order can put the header's lines in
        // the middle of the page's text), never a story's text. (Left out of the decode instead, so that the units
        // on either side would be neighbours, it lost the section banners that a folio had kept apart from the
        // headline above: page furniture −0.006 to −0.015 on three corpora's default-order rows.) So is a line asking
        // the reader to scan a code (**CodePrompt**).
        let folio = units.map { $0.lines.count == 1 && (Markers.isHeaderLine($0.text) || Markers.isCodePrompt($0.text)) }
        // a paper's name (`云岭日报`) is its masthead, never the section's banner, however large it is set
        // (tidying keeps every character but spaces: a unit with no 报 in it is no paper's name)
        let masthead = units.map { $0.lines.count == 1 && ByteScan.holdsAny($0.text, ["报"]) && Markers.isMasthead(SpaceTidy.tidy($0.text)) }
        // a writer's name alone in round brackets right after a sentence's end (`…借阅。（李华）`, `…便利。（记者 严明）`)
        // signs what came before: it is no heading of any kind
        let signs = units.indices.map { k in
            k > 0 && units[k].lines.count == 1 && units[k - 1].endsSentence
                && units[k].text.unicodeScalars.first.map { $0 == "（" || $0 == "(" } == true
                && (Self.isBracketedName(units[k].text) || (Markers.bracketedWhole(units[k].text) != nil && Markers.signature(units[k].text) != nil))
        }
        // Rule **InterviewAnswer**: a speaker's words (`陶秀英：…`) right after an interviewer's question (`记者：…？`)
        // answer it: they never open a story nor head one
        let answers = units.indices.map { k in
            k > 0 && UnitFacts.opensWithSpeaker(units[k].text) && UnitFacts.isQuestion(units[k - 1].text)
                && units[k - 1].text.unicodeScalars.last.map { $0 == "？" || $0 == "?" } == true
        }
        // Rule **VerseRuns**: a poem's lines are its text; only its first may open a story
        let verse = VerseRuns.find(units)
        // and the line over its poet's name is the poem's title, not the page's banner or furniture (`文苑` / `夜读` /
        // `□ 周一禾` / the poem)
        let poemTitle = units.indices.map { k in
            k + 2 < units.count && verse[k + 2] == 1 && Signoff.isWriterLine(units[k + 1]) && verse[k] == 0 && UnitFeature.isHeadingShape(units[k])
        }
        // Rule **Signoff**: a notice's issuer, over the day it was issued, and a letter's writer sign what they close
        let signers = Signoff.signers(units)
        // a banner names its section in Han characters: a line of Latin letters alone is the masthead's own (`JIANGCHENG DAILY`)
        let latinOnly = units.map { $0.text.utf8.count <= 60 && ByteScan.hanCount($0.text, upTo: 1) == 0 }
        // a row of ornaments alone (`★ ★ ★`, `＊＊＊`, `◆◆◆`) sets stories apart or goes on with the text it stands
        // in: it heads, signs and opens nothing
        let marksOnly = units.map { u in
            u.text.utf8.count <= 120
                && u.text.unicodeScalars.allSatisfy { CharClass.isSpace($0) || CharClass.isBullet($0) || "*＊✱✦❖".unicodeScalars.contains($0) }
                && u.text.unicodeScalars.filter { !CharClass.isSpace($0) }.count >= 2
        }
        // Rule **HeadingRuns**: five heading lines or more one after another, nothing between them to read, are
        // headline groups (a story's printed after it, the next one's before it), not a story's intertitles
        let inHeadingRun = Self.headingRuns(units, atLeast: 5)
        // Rule **OverfullHeading**: a line alone, wider than its column, ending no sentence, is no paragraph (a poem's
        // line is as wide as its poet made it: the column measured among its short lines says nothing of it)
        let overfull = units.indices.map { verse[$0] == 0 && OverfullHeadings.isOverfull($0, in: units) }
        // Rule **EchoHeading** (where the features are given): a heading that echoes the text before it, not the text
        // after, is no intertitle
        let echoes = features.map { f in units.indices.map { EchoHeadings.echoesBefore(f[$0]) } } ?? Array(repeating: false, count: units.count)
        // Rule **TaggedHead**: a heading that carries a web column tag (`…托起民生幸福（评论员观察）`), or is one alone
        // (`（评论员观察）`), belongs to a headline: a story's intertitle carries none
        let tagged = units.map { u in
            // (the tag first: it looks at the last character, the heading's shape counts the whole text)
            u.lines.count <= 3 && !u.endsSentence && (Markers.endsWithColumnTag(u.text) || HeadlineRoles.isTagOnly(u.text))
                && UnitFeature.isHeadingShape(u)
        }
        // Rule **RunInBrief**: an item of a column of briefs, its headline run in after a bullet
        // (`■市图书馆推出阅读打卡活动　即日起，…。`) and its reporter signing it in brackets, opens a story of its own
        // a bullet, then a run-in headline before the item's text (`●全民健身环湖骑行活动 6月28日…`)
        let runIn = units.map { u in
            guard let f = u.text.unicodeScalars.first, CharClass.isBullet(f) else { return false }
            return ArticleBuilder.runInHeadline(u.text) != nil
        }
        func brief(_ k: Int) -> Bool {
            guard runIn[k] else { return false }
            if Markers.trailingSignature(units[k].text) != nil { return true }
            return k + 1 < units.count && units[k + 1].lines.count == 1 && Markers.bracketedWhole(units[k + 1].text) != nil
                && (Markers.signature(units[k + 1].text) != nil || Self.isBracketedName(units[k + 1].text))
        }
        // Rule **TableRows**: two lines or more in a row, each of three fields or more set apart by spaces with a
        // figure among them (`城区 晴 12℃～22℃ 东南风2级`, `早稻 2.60 2.65`), are a table's rows: text, never headings
        // (only the first may open a story); and a heading-shaped line right over a table's first row heads the table
        let rowShape = units.map(\.tableRow)
        let rows = units.indices.map { k in rowShape[k] && ((k > 0 && rowShape[k - 1]) || (k + 1 < units.count && rowShape[k + 1])) }
        // Rule **DashSubtitle**: a line opening with a dash (`——访市燃气公司总经理孙立`) under a heading line, the text before
        // them ended, is a headline's subtitle under its headline, though no blank line sets them apart: no text, no intertitle
        func subtitled(_ k: Int) -> Bool {
            guard k > 0, k + 1 < units.count, units[k + 1].lines.count == 1, units[k].lines.count == 1 else { return false }
            let d = units[k + 1], h = units[k]
            guard d.text.hasScalarPrefix("——"), !d.endsSentence, (4...30).contains(d.text.hanCount), !h.hasClause, !h.endsSentence,
                  !h.text.hasScalarPrefix("——"), units[k - 1].endsSentence, UnitFeature.isHeadingShape(h) else { return false }
            return (4...30).contains(h.text.hanCount)
        }
        let subtitleBelow = units.indices.map(subtitled)
        // headings numbered as intertitles are (`一、…`, `（一）…`, `1.…`), one line each
        let numbers = units.map { u in u.lines.count == 1 ? NumberedHeadings.heading(u.text) : nil }
        // Rule **OverFirstNumbered**: a heading right over the first of a run of numbered headings is no intertitle: a
        // story's intertitles are one run of numbers, and what stands over its first heads the story (or ends the one above)
        let overFirstNumbered = units.indices.map { k in
            k + 1 < units.count && numbers[k + 1]?.value == 1 && numbers[k] == nil && units[k].lines.count == 1
                && !units[k].endsSentence && UnitFeature.isHeadingShape(units[k])
        }
        // Rule **NumberedRun**: a heading numbered in a run (`一、…` with `二、…` a few units on, or after `一、…`) is a story's
        // intertitle or its text: no headline, banner, byline or furniture
        let inNumberedRun = units.indices.map { k in
            guard let n = numbers[k] else { return false }
            return (max(0, k - 16)...min(units.count - 1, k + 16)).contains { j in
                j != k && numbers[j].map { $0.style == n.style && $0.value - n.value == (j > k ? 1 : -1) } == true
            }
        }
        // **LabelledBriefs**: items run in after their bullets under a label of their own set apart above them (`赛事预告` /
        // `●全民健身环湖骑行活动 6月28日…` / `●市中学生篮球联赛 7月1日…`), signed or not, are briefs of that column, one after
        // another: not the text of the story above the label
        var briefs = units.indices.map(brief)
        for k in units.indices.dropFirst() where !briefs[k] && runIn[k] {
            let l = units[k - 1]
            if briefs[k - 1] || (l.gapBefore > 0 && l.lines.count == 1 && LabelledTitle.isLabel(l)) { briefs[k] = true }
        }
        // the rules below, one per unit at most (the first that holds), kept in one array that the decode asks once per state
        let ruled: [Ruled] = units.indices.map { k in
            let u = units[k]
            if subtitleBelow[k] || (k > 0 && subtitleBelow[k - 1]) { return .heading }
            if k + 1 < units.count && rows[k + 1] && !rowShape[k] && u.lines.count == 1 && !u.endsSentence && UnitFeature.isHeadingShape(u) { return .tableTitle }
            if rows[k] { return k > 0 && rowShape[k - 1] ? .laterRow : .firstRow }
            // Rule **NoticeHeading**: a notice's heading standing alone (`遗失声明`) heads a notice: no intertitle, banner or byline
            if u.lines.count == 1 && Markers.isNoticeHeading(u.text) { return .notice }
            if briefs[k] { return .brief }
            // a production line (`本期统筹：王林`, `制图：张峰`, `本文图片均由县供销社提供`) heads and opens nothing
            if u.lines.count <= 2 && (features.map { $0[k][UnitFeature.production.rawValue] != 0 } ?? Markers.productionLine(u.text)) { return .production }
            // Rule **InterviewTurn**: a turn of an interview led by its tag (`问：…`, `记者：…`, `答：…`) is its text: no
            // headline, banner or byline
            if UnitFacts.isQuestion(u.text) { return .turn }
            // **OverBriefs**: the line right over an item of a column of briefs (`简讯`) is the column's label or the end of
            // what stands above: no byline (a brief signs itself, in brackets after its text)
            if k + 1 < units.count && briefs[k + 1] { return .overBrief }
            if overFirstNumbered[k] { return .overNumbered }
            if inNumberedRun[k] { return .numbered }
            return .none
        }
        return { k, s in
            switch ruled[k] {
            case .none: break
            case .tableTitle: return s == .headNext
            case .firstRow: return s == .body || s == .storyStart
            case .laterRow: return s == .body
            case .notice: return s == .headNext || s == .headPrev
            case .brief: return s == .storyStart
            case .production: if s == .headNext || s == .headPrev || s == .intertitle || s == .storyStart { return false }
            case .heading: if s == .body || s == .storyStart || s == .intertitle { return false }
            case .turn: if s == .headNext || s == .headPrev || s == .bannerOpen || s == .bannerClosed || s == .byline { return false }
            case .overBrief: if s == .byline { return false }
            case .overNumbered: if s == .intertitle { return false }
            case .numbered: if [.headNext, .headPrev, .bannerOpen, .bannerClosed, .byline, .furnitureOpen, .furnitureClosed].contains(s) { return false }
            }
            if marksOnly[k] { return s == .furnitureOpen || s == .furnitureClosed || s == .body }
            if inHeadingRun[k] && s == .intertitle { return false }
            if overfull[k] && (s == .storyStart || s == .body) { return false }
            if tagged[k] && s == .intertitle { return false }
            if echoes[k] && s == .intertitle { return false }
            if signers[k] { return s == .signature }
            if latinOnly[k] && (s == .bannerOpen || s == .bannerClosed) { return false }
            if folio[k] { return s == .furnitureOpen || s == .furnitureClosed }
            if verse[k] > 0 { return s == .body || (verse[k] == 1 && s == .storyStart) }
            if poemTitle[k] && [.bannerOpen, .bannerClosed, .furnitureOpen, .furnitureClosed].contains(s) { return false }
            if signs[k] && [.intertitle, .headNext, .headPrev, .bannerOpen, .bannerClosed].contains(s) { return false }
            if masthead[k] && (s == .bannerOpen || s == .bannerClosed) { return false }
            if doubled[k] { return [.bannerOpen, .bannerClosed, .furnitureOpen, .furnitureClosed].contains(s) }
            if leads[k] { return s == .storyStart }
            if fullStop[k] && (s == .headNext || s == .headPrev) { return false }
            if headsJump[k] && s == .storyStart { return false }
            if decks[k] && s == .body { return false }
            // and a mark standing alone is a mark
            if let d = dirs[k] { return s == (d == .from ? .markFrom : .markTo) }
            if sentences[k] && [.furnitureOpen, .furnitureClosed, .bannerOpen, .bannerClosed].contains(s) { return false }
            if long[k] && (s == .bannerOpen || s == .bannerClosed) { return false }
            if credits[k] || standing[k] { return s == .captionOpen || s == .captionClosed }
            if credited[k] && [.intertitle, .headNext, .headPrev, .byline, .signature, .furnitureOpen, .furnitureClosed, .bannerOpen, .bannerClosed].contains(s) {
                return false
            }
            if answers[k] && (s == .storyStart || s == .headNext || s == .headPrev) { return false }
            // (a label after the jump opens nothing of that story; the page's own lines stand anywhere: its editor's name
            // under the jump at the page's foot, a chart's source)
            if jumpedAbove[k] && ([.body, .intertitle, .bannerOpen, .captionOpen].contains(s) || (s == .furnitureOpen && LabelledTitle.isLabel(units[k]))) { return false }
            switch s {
            case .markFrom: return dirs[k] == .from
            case .markTo: return dirs[k] == .to
            default: return true
            }
        }
    }

    /// What a rule of `permitted` fixed about a unit.
    enum Ruled: UInt8 { case none, tableTitle, firstRow, laterRow, notice, brief, production, heading, turn, overBrief, overNumbered, numbered }

    /// Units in a run of `atLeast` heading-shaped units or more (one or two lines each, no sentence end, no mark).
    static func headingRuns(_ units: [Unit], atLeast n: Int) -> [Bool] {
        let heading = units.map { u in
            u.lines.count <= 2 && !u.endsSentence && u.marks.isEmpty && UnitFeature.isHeadingShape(u) && !Markers.newsLead(u.text).isLead
        }
        var out = [Bool](repeating: false, count: units.count)
        var k = 0
        while k < units.count {
            guard heading[k] else { k += 1; continue }
            var j = k
            while j < units.count && heading[j] { j += 1 }
            if j - k >= n { for i in k..<j { out[i] = true } }
            k = j
        }
        return out
    }

    /// The best labelling the rules permit; where together they permit none (a page garbled past what they foresee),
    /// the best where a mark standing alone is a mark and only a mark is one.
    static func decode(_ emission: [[Double]], units: [Unit], model: ParserModel, permitted: (Int, DecodeState) -> Bool) -> Viterbi.Result {
        let decode = Viterbi.decode(emission: emission, model: model, permitted: permitted)
        guard decode.total == -.infinity, !units.isEmpty else { return decode }
        let dirs = units.map { $0.standaloneMark?.direction }
        return Viterbi.decode(emission: emission, model: model, permitted: { k, s in
            if let d = dirs[k] { return s == (d == .from ? .markFrom : .markTo) }
            return s != .markFrom && s != .markTo
        })
    }

    /// A name of two or three Han characters that opens with a common surname, alone in round brackets: `（李华）`.
    static func isBracketedName(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first, f == "（" || f == "(", let inner = Markers.bracketedWhole(text) else { return false }
        // (a name of two set as wide as one of three, `王 丽`, is one name)
        let name = String(scalars: inner.unicodeScalars.filter { !CharClass.isSpace($0) })
        let han = name.hanCount
        return (2...3).contains(han) && han == name.unicodeScalars.count && Surnames.opens(Substring(name))
    }

    func analyse(_ text: String, typeSizes: [Double?]? = nil, dump: Bool = true) -> Analysis {
        let (lines, removed) = Self.lines(of: text, typeSizes: typeSizes)
        // a page read with its geometry is no dump
        let dump = dump && typeSizes == nil
        var units = Self.units(lines, model: model, dump: dump)
        let topic = TopicContext(units: units)
        let features = UnitFeature.extract(units: units, lines: lines, topic: topic)
        let emission = Self.emission(features, model: model)
        let permitted = Self.permitted(units, features: features)
        var decode = Self.decode(emission, units: units, model: model, permitted: permitted)
        // **MissedBanner**: every page of a paper names its section; a page decoded with none, where a short heading
        // reads as the banner nearly as well, is decoded again with that unit the banner, unless a story is then left
        // with no heading (the unit was a story's only headline)
        if let b = Self.missedBanner(units, decode) {
            let again = Self.decode(emission, units: units, model: model, permitted: { k, s in
                permitted(k, s) && (k != b || s.label == .banner)
            })
            if again.total > -.infinity && Self.headlessStories(again.states) <= Self.headlessStories(decode.states) { decode = again }
        }
        for k in units.indices {
            units[k].state = decode.states[k]
            units[k].label = decode.states[k].label
        }
        return Analysis(lines: lines, units: units, features: features, decode: decode, topic: topic, removed: removed, dump: dump)
    }

    /// On a page decoded with no banner, no section named beside its folio and no furniture read nearly as well as
    /// the banner, the short heading (two to six Han characters on one line, no clause or sentence mark) whose best
    /// labelling as the banner is highest, if that is within `bannerRunnerUpMargin` of the page's best labelling.
    static func missedBanner(_ units: [Unit], _ decode: Viterbi.Result) -> Int? {
        let banner = UnitLabel.banner.rawValue
        guard !decode.states.contains(where: { $0.label == .banner }) else { return nil }
        var best: Int?
        var bestScore = -Double.infinity
        for k in units.indices {
            let u = units[k]
            let label = decode.states[k].label
            if label == .furniture {
                // (furniture that names the section beside the folio, or reads nearly as well as the banner, names it)
                if Markers.folioSection(u.text) != nil || decode.total - decode.labelScores[k][banner] <= bannerRunnerUpMargin { return nil }
                continue
            }
            guard u.lines.count == 1, !u.hasClause, !u.endsSentence, u.text.unicodeScalars.count <= 12 else { continue }
            let han = u.text.hanCount
            guard (2...6).contains(han), decode.labelScores[k][banner] > bestScore else { continue }
            bestScore = decode.labelScores[k][banner]
            best = k
        }
        guard let k = best, decode.total - bestScore <= bannerRunnerUpMargin else { return nil }
        return k
    }

    /// The stories of a labelling with no heading: no headline before their opening (bylines between) and none
    /// printed after their text, before the next story opens.
    static func headlessStories(_ states: [DecodeState]) -> Int {
        var count = 0
        for (k, s) in states.enumerated() where s.label == .storyStart {
            var j = k - 1
            while j >= 0 && states[j].label == .byline { j -= 1 }
            if j >= 0 && states[j].label == .headlineNext { continue }
            j = k + 1
            while j < states.count && states[j].label != .storyStart && states[j].label != .headlinePrevious && states[j].label != .headlineNext { j += 1 }
            if j < states.count && states[j].label == .headlinePrevious { continue }
            count += 1
        }
        return count
    }

    /// How far below the chosen labelling a furniture unit's best labelling as the banner may be for it to
    /// name the section of a page that decoded no banner.
    static let bannerRunnerUpMargin = 3.0

    /// Of the page furniture (column labels aside), the unit whose best labelling as the banner scores highest,
    /// if that is within `bannerRunnerUpMargin` of the page's best labelling.
    static func likeliestBanner(_ a: Analysis, furniture: [Int], labels: Set<Int>) -> Int? {
        var best: Int?
        var bestScore = -Double.infinity
        for k in furniture where !labels.contains(k) && a.units[k].text.hanCount >= 2 && a.units[k].text.unicodeScalars.count <= 12 {
            let s = a.decode.labelScores[k][UnitLabel.banner.rawValue]
            if s > bestScore { bestScore = s; best = k }
        }
        guard let k = best, a.decode.total - bestScore <= bannerRunnerUpMargin else { return nil }
        return k
    }

    /// How much further above its next best reading a later unit's banner reading must stand than an earlier
    /// one's to name the section instead (a banner stands near the head of the page).
    static let bannerMarginLead = 0.5

    /// Of the units decoded as the banner, the one whose banner reading is furthest above its next best reading
    /// (the first, unless a later one's stands `bannerMarginLead` further).
    static func surestBanner(_ labelScores: [[Double]], _ banners: [Int]) -> Int? {
        func margin(_ k: Int) -> Double {
            let s = labelScores[k]
            let other = UnitLabel.allCases.filter { $0 != .banner }.map { s[$0.rawValue] }.max() ?? -.infinity
            return s[UnitLabel.banner.rawValue] - other
        }
        var best: Int?
        for k in banners.sorted() where best.map({ margin(k) > margin($0) + bannerMarginLead }) ?? true { best = k }
        return best
    }

    func build(_ a: Analysis, source: String, idPrefix: String) -> Page {
        var units = a.units
        var removed = a.removed
        // the banner, undoubled (`时政要闻时政要闻`)
        var doubled = Set<Int>()
        for k in units.indices where units[k].label == .banner || (units[k].label == .furniture && units[k].text.hanCount <= 24) {
            if let r = BannerUndoubling.undouble(units[k].text) {
                units[k].text = r.text
                removed.append(contentsOf: r.removed)
                doubled.insert(k)
            }
        }
        var assembly = StoryAssembly(units: units, topic: a.topic)
        NotePackage.merge(drafts: &assembly.drafts, units: &units)
        HeadlineAttachment.attach(drafts: &assembly.drafts, units: units, topic: a.topic, furniture: &assembly.furniture)
        NotePackage.mergeReports(drafts: &assembly.drafts, units: units)
        StoryMerging.merge(drafts: &assembly.drafts, units: &units, topic: a.topic)
        ColumnRunOn.merge(drafts: &assembly.drafts, units: &units, topic: a.topic)
        LabelStories.merge(drafts: &assembly.drafts, units: &units)
        ParallelIntertitles.mend(drafts: &assembly.drafts, units: &units)
        LabelledTitle.split(drafts: &assembly.drafts, units: &units, furniture: &assembly.furniture)
        LabelledTitle.labelsToColumns(drafts: &assembly.drafts, units: &units, furniture: &assembly.furniture)
        LabelledTitle.bylineLabels(drafts: &assembly.drafts, units: &units, furniture: &assembly.furniture)
        Signoff.mend(drafts: &assembly.drafts, units: &units, furniture: &assembly.furniture)
        HeaderByline.mend(drafts: &assembly.drafts, units: units, furniture: &assembly.furniture, banners: &assembly.banners)
        let builder = ArticleBuilder(units: units, model: model)
        NameSplit.split(drafts: &assembly.drafts, units: units, names: builder.loneNames, topic: a.topic)
        var kinds = assembly.drafts.map(builder.kind)
        // of the units decoded as the banner, the one decoded so by the widest margin (a later one by a clear
        // lead) names the section; the others (a column's label, `图片故事`, read as a banner) may name a story's column
        // (a section named beside the folio in the page's head, `第04版：要闻`, is the section: then a line decoded as
        // a banner is free to name a story's column, **FolioSection**)
        let pageLines = Set(assembly.banners + assembly.furniture)
        let headFolio = HeadFolio.read(units.indices.prefix(HeadFolio.maxHead).prefix(while: pageLines.contains).map { units[$0].text })
        let folioNamed = (assembly.banners + assembly.furniture).sorted().lazy.compactMap { Markers.folioSection(units[$0].text) }.first
            ?? headFolio?.section
        // (one printed twice is the banner: display type that the extraction doubled, **DoubledBanner**)
        let doubledBanners = assembly.banners.filter(doubled.contains)
        let banner = folioNamed == nil ? Self.surestBanner(a.decode.labelScores, doubledBanners.isEmpty ? assembly.banners : doubledBanners) : nil
        var labels = PageFurniture.assignColumns(units: units, furniture: Set((assembly.furniture + assembly.banners).filter { $0 != banner }),
                                                 drafts: &assembly.drafts, kinds: kinds)
        kinds = assembly.drafts.map(builder.kind)

        var page = Page(source: source)
        // the section: that unit; where none was, the page furniture the model scores highest as a banner (its
        // runner-up reading), when that score is close to the labelling chosen
        var sectionUnit = banner ?? Self.likeliestBanner(a, furniture: assembly.furniture, labels: labels)
        // **LabelAsSection**: a page with no banner at all: the label read as a story's column that the model scores
        // likeliest as the banner names the page's section instead (a banner printed in the middle of the page, over a
        // story, reads as that story's label)
        if folioNamed == nil && sectionUnit == nil, let k = Self.likeliestBanner(a, furniture: assembly.furniture, labels: []),
           labels.contains(k) {
            sectionUnit = k
            labels.remove(k)
            for d in assembly.drafts.indices where assembly.drafts[d].column == units[k].text { assembly.drafts[d].column = nil }
        }
        page.section = folioNamed ?? sectionUnit.map { SectionName.of(units[$0].text) }
            ?? (assembly.banners + assembly.furniture).sorted().lazy.compactMap { SectionName.besideDate(units[$0].text) }.first
        var furniture: [String] = []
        var unassigned: [String] = []
        var seen = Set<String>()
        for k in (assembly.banners + assembly.furniture).sorted() where !labels.contains(k) {
            let t = units[k].text
            if assembly.banners.contains(k) || t.hanCount <= PageFurniture.maxFurnitureHan {
                if seen.insert(t).inserted { furniture.append(t) } else { removed.append(t) }
            } else {
                unassigned.append(t)
            }
        }
        for d in assembly.drafts { if let c = d.column, seen.insert(c).inserted { furniture.append(c) } }
        for k in assembly.loose.sorted() { unassigned.append(units[k].text) }
        page.furniture = furniture
        page.unassigned = unassigned
        page.duplicatesRemoved = removed
        let header = PageHeader.read((assembly.banners + assembly.furniture).sorted().map { units[$0].text })
        page.paper = header.paper
        page.date = header.date
        page.page = header.page ?? headFolio?.page

        let order = assembly.drafts.indices.sorted { assembly.drafts[$0].firstLine < assembly.drafts[$1].firstLine }
        page.articles = order.enumerated().map { n, d in
            builder.build(assembly.drafts[d], kind: kinds[d], id: "\(idPrefix)#\(n + 1)")
        }
        return page
    }

    /// Per gap between lines: the join score and the features that are on; then per unit: where it is, its
    /// text, the label chosen and the runner-up with their scores, and the features that are on.
    func explain(_ a: Analysis, _ out: @escaping (String) -> Void) {
        _ = LineJoiner(model: model, mayBeDump: a.dump).units(a.lines, observe: { k, f, joined in
            let on = (1..<JoinFeature.count).filter { f[$0] != 0 }.map { i -> String in
                f[i] == 1 ? JoinFeature.name(of: i) : "\(JoinFeature.name(of: i))=\(String(format: "%.2f", f[i]))"
            }
            out(String(format: "gap L%d %@ %+.2f  ", a.lines[k].number + 1, joined ? "join " : "apart", model.joinScore(f))
                + TerminalSafe.plain("«\(a.lines[k - 1].raw.suffix(10))|\(a.lines[k].raw.prefix(10))» ") + on.joined(separator: " "))
        })
        out("lines: \(a.lines.count), units: \(a.units.count), headline orientation \(String(format: "%+.2f", a.topic.orientation))")
        for (k, u) in a.units.enumerated() {
            let scores = a.decode.labelScores[k]
            let chosen = u.label
            let runner = UnitLabel.allCases.filter { $0 != chosen }.max { scores[$0.rawValue] < scores[$1.rawValue] }
            var line = "unit \(k) L\(u.firstLine + 1) \(chosen.name) [\(u.state)] \(String(format: "%.2f", scores[chosen.rawValue]))"
            if let r = runner, scores[r.rawValue] > -Double.infinity {
                line += String(format: "  runner-up %@ %.2f (margin %.2f)", r.name, scores[r.rawValue], scores[chosen.rawValue] - scores[r.rawValue])
            }
            out(line + "  " + TerminalSafe.plain(String(u.text.prefix(40))))
            let on = UnitFeature.allCases.filter { a.features[k][$0.rawValue] != 0 }.map { f -> String in
                let v = a.features[k][f.rawValue]
                return v == 1 ? f.name : "\(f.name)=\(String(format: "%.2f", v))"
            }
            out("    " + on.joined(separator: " "))
        }
    }
}
