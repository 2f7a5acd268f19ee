/// Rule **ParagraphJoin**: turns lines into units. For each gap between two lines the model weighs the
/// gap's evidence (`JoinFeature`) and the lines are joined when the score is above zero: a hard wrap, a
/// column break in mid-sentence, a paragraph cut on a flowed page join; a blank line after a sentence end, a
/// headline line, a credit, the opening of a report do not. A letter's closing attribution printed at the
/// end of its last paragraph is split off (**TrailingSignature**). Two short heading-shaped lines are joined
/// only when the first fills its column or is letter-spaced (a headline wrapped): otherwise they stay two lines
/// and the headline roles decide whether they are one role printed over two lines (**HeadingLines**); heading
/// lines printed one under the other are measured against the widest of them; a heading line that stops a full
/// character short of the column does not run on to a heading line opening with a Han character, which would have
/// fitted (a scrap of three characters or fewer under it does), nor to one wider than it by that first character
/// (**WiderUnder**: the column is at least as wide as the line under it, its hanging marks aside). A jump mark on a
/// line of its own stays apart from a heading line above it (**MarkUnderHeading**), and so does a banner printed twice after a blank
/// line (`体育体育`), and, on a page with its geometry, a line after a blank set in type 1.15 times larger or smaller
/// (a caption standing in the text). A production line (`数据来源：…`, `制图：…`) wraps onto the next line but never
/// runs on across a blank one, nor does anything run on into one across a blank line (**ProductionEnds**), and a unit
/// that is one bracketed group closed at its last line's end (`（作者单位：…）`) never runs on at all
/// (**BracketCloses**); a line of the page's header or footer
/// (`东陵都市报 第3版`, a date line) joins nothing (**HeaderLine**). A paragraph's first line, set in by a character
/// or two and as wide as the column with its indent, runs on to a line set flush (**IndentedWrap**). A Latin sentence
/// running on to a line that starts in lower case is always joined (**LatinWrap**). In a dump that ends its paragraphs
/// with blank lines, running text cut by a blank line, in mid-word or on a comma, goes on in the running text after it
/// (**ProseCut**). A subtitle (`——…`) wrapped onto the heading line under it is one line (**DashWrap**); a line
/// opening with a particle no phrase begins with (`的`, `了`: `BoundParticles`) is the rest of the line right above it
/// (**ParticleWrap**). A line of closing quotes or brackets alone ends what the paragraph's text ends (**CloserLine**):
/// the line after a quotation's `”` set on its own is weighed as the line after a sentence's end. A report's opening
/// never runs on from heading lines or a sentence's end (**LeadUnder**). A headline's last character, or the words that
/// close a bracket it opened, set apart by a blank line and standing alone, is its rest (**HeadScrap**). Heading lines
/// without clause marks whose last is a scrap half as wide as the line above it have ended (**WrapEnded**). A printed
/// line cut in two between a closing and an opening quote, the two no wider than the column, is one (**QuoteSplit**).
/// A line led by `——` under heading lines opens a subtitle (**DashOpens**). A writer's line named by where they work,
/// under a title, stands alone (**WriterUnder**). A line opening with a clause mark goes on from the line above
/// it (**CommaWrap**). A writer's line alone before a blank line has ended (**BylineAlone**).
struct LineJoiner {
    var model: ParserModel
    /// The text may be a dump as given (false: chained back from an extraction's rows, or read from a PDF).
    var mayBeDump = true

    /// The units of `lines`. `decide` may override the model for a gap (the calibration's gold joins);
    /// `observe` hears every gap's features and the decision taken (and `dubao parse --explain` prints them).
    func units(_ lines: [PageLine], decide: ((Int) -> Bool?)? = nil, observe: ((Int, [Float], Bool) -> Void)? = nil) -> [Unit] {
        var units: [Unit] = []
        var current: Unit?
        // the current unit is heading lines only
        var unitAllHeading = false
        var open = 0
        // does the page set its paragraphs apart with blank lines?
        let blanks = lines.dropFirst().filter { $0.gapBefore > 0 }.count
        let pageBlanks = blanks * 5 > lines.count
        // does it end its paragraphs with a blank line (a dump), as text a PDF gives does not? Most of its lines that
        // end a sentence have one after them
        let paragraphBlanks = mayBeDump && Self.endsParagraphsWithBlanks(lines)
        let runWidth = Self.headingRunWidths(lines)
        // Han pairs printed within a line somewhere on the page: a break between two such characters is a word cut
        // (worked out the first time a gap asks, which most pages never do)
        var pairs: BigramTable?
        func cutsWord(_ p: PageLine, _ l: PageLine) -> Bool {
            if pairs == nil { pairs = Self.linePairs(lines) }
            return Self.cutsWord(p, l, pairs!)
        }
        for (k, l) in lines.enumerated() {
            if var u = current {
                // (taken out of `current`, so that appending to it copies nothing: a unit grows in place)
                current = nil
                var p = lines[u.lines.last!]
                // a line of closing quotes or brackets alone (a quotation's `”` the extraction set on a line of its own)
                // ends what the paragraph's text ends: a sentence, when the mark closes one (**CloserLine**)
                if p.han == 0, !p.endsSentence, !p.text.isEmpty, p.text.unicodeScalars.allSatisfy({ CharClass.isCloser($0) || CharClass.isSpace($0) }),
                   u.text.endsSentence {
                    p.endsSentence = true
                    p.endsCloser = false
                }
                // heading lines printed together are measured against the widest of them, others against the column
                let sameRun = l.gapBefore == 0 && p.headingLike && l.headingLike
                let f = JoinFeature.extract(p, l, unitLines: u.lines.count, unitHasClause: u.hasClause, unitOpen: open > 0,
                                            pageBlanks: pageBlanks, unitIsLead: lines[u.lines[0]].opensStory, runWidth: runWidth[k])
                let inRun = sameRun && runWidth[k] != nil && runWidth[k - 1] != nil
                let reference = inRun ? runWidth[k] : p.columnWidth
                // the unit so far is heading lines only
                let unitHeading = unitAllHeading
                let shortHeads = !u.hasClause && unitHeading && l.headingLike && !p.letterSpaced && !p.hasClause
                    && (reference.map { p.rawWidth < $0 - max(inRun ? 2 : 4, $0 / 5) } ?? true)
                // a heading line that opens a unit and stops a full character short of the column, before a heading
                // line that opens with a Han character (which would have fitted), was not wrapped there: two heading
                // lines (a scrap of a character or three under it is the end of a wrapped one, whatever the widths,
                // unless the line above is set in words with spaces between, as a page's header line is). Not where the
                // two characters either side of the break are a pair the page prints within a line (`开|展`): a word
                // cut, in a dump whose lines are ragged
                let stopsShort = u.lines.count == 1 && (p.gapBefore > 0 || u.lines[0] == 0)
                    && p.headingLike && l.headingLike && !p.letterSpaced && !p.hasClause && !l.hasClause && l.gapBefore == 0
                    && !inRun && (p.columnWidth.map { p.rawWidth <= $0 - 2 } ?? false)
                    && l.text.unicodeScalars.first.map(CharClass.isHan) == true && (l.han >= 4 || p.raw.contains(" "))
                    && !cutsWord(p, l)
                // a heading line under one narrower than it by at least its own first character (with the marks that
                // cannot open a line) shows the line above was not wrapped: that character would have fitted there
                // (`城市更新中的“微改造”` / `老小区里长出“幸福空间”`: two heading lines, whatever the column) (**WiderUnder**)
                let widerUnder = u.lines.count == 1 && l.gapBefore == 0 && l.rawWidth > p.rawWidth
                    && p.headingLike && l.headingLike && !p.letterSpaced && !l.letterSpaced && !p.hasClause && !l.hasClause
                    && p.rawWidth + Self.openingClusterWidth(l.raw) <= l.rawWidth - Self.hangingWidth(l, last: k + 1 == lines.count || lines[k + 1].gapBefore > 0)
                    && !cutsWord(p, l)
                // heading lines whose last is a scrap, half as wide as the line above it or less, have ended: the wrap
                // stopped there, and a heading line under it is another (`全 省 … 标 准 化` / `改造` / `乡村医生的…`) (**WrapEnded**)
                let wrapEnded = unitHeading && !u.hasClause && u.lines.count >= 2 && l.gapBefore == 0 && l.headingLike && !l.startsPunct && l.han >= 2
                    && p.rawWidth * 2 <= lines[u.lines[u.lines.count - 2]].rawWidth
                // a Latin sentence running on (`Monday and` / `brought together`) is one paragraph whatever the layout
                let latinWrap = f[JoinFeature.latinRun.rawValue] != 0 && !l.opensStory
                // a jump mark on a line of its own under a heading line (an intertitle at the foot of a column) is
                // the story's last line, not the end of that heading
                let headOverMark = p.headingLike && !p.hasClause && Markers.isStandaloneMark(l.text) != nil
                // a paragraph's first line, set in by a character or two and with its indent as wide as the column,
                // runs on to the next line when that one is set flush
                let indentedWrap = l.gapBefore == 0 && (2...4).contains(p.indent) && !p.endsSentence && !p.endsCloser
                    && l.indent == 0 && !l.standsAlone && !l.opensStory && !p.standsAlone
                    && (p.columnWidth.map { p.indent + p.rawWidth >= $0 - max(2, $0 / 10) } ?? false)
                // a banner the extraction printed twice (`体育体育`), after a blank line, stands alone
                let doubledBanner = l.gapBefore > 0 && l.han >= 2 && l.han <= 16 && !l.hasClause && BannerUndoubling.undouble(l.text) != nil
                // on a page with its geometry, two lines set in clearly different type are not one paragraph (a
                // caption under the text it stands in)
                let otherType = l.gapBefore > 0 && PageLine.otherType(p.typeSize, l.typeSize)
                // a report's opening that has not reached its first clause mark (`本报讯（记者…）10月`) goes on in the
                // next line, across a column break too, unless that line is a mark or a heading set apart (a byline
                // line, `本报记者 赵敏 通讯员 钱进`, is no opening)
                let leadGoesOn = lines[u.lines[0]].opensStory && !u.hasClause && !p.endsSentence && !l.letterSpaced && u.lines.count <= 2
                    && !(l.gapBefore > 0 && l.headingLike) && !doubledBanner && !otherType && Markers.isStandaloneMark(l.text) == nil && l.text.unicodeScalars.first.map { CharClass.isHan($0) || CharClass.isDigit($0) } == true
                    && Markers.bylineLine(lines[u.lines[0]].text) == nil
                // heading lines opened by a letter-spaced one are display type (a headline wrapped over two lines, its
                // first justified): they do not run on, across a blank line, into a line of running text
                let displayEnds = l.gapBefore > 0 && !l.letterSpaced && lines[u.lines[0]].letterSpaced && unitHeading
                // and a letter-spaced line after a blank one opens display type (a wrapped headline's later lines are
                // not justified): it does not go on from a heading line standing alone that is not
                let displayBegins = l.gapBefore > 0 && l.letterSpaced && !p.letterSpaced && l.headingLike && u.lines.count == 1 && p.headingLike
                // a production line (`数据来源：…`, `制图：…`) wraps onto the next line, never across a blank one; after a
                // blank line it opens a unit of its own (a headline printed above it does not run on into it)
                let productionEnds = l.gapBefore > 0 && (lines[u.lines[0]].production || l.production)
                // a unit that is one bracketed group, closed at the end of the line above (a signature, `（作者单位：…）`,
                // a contribution note, `（本报记者…参与采写）`), is whole: the next line is something else
                // (brackets, not quotes: a quotation standing on its lines goes on with the sentence around it)
                let bracketCloses = open == 0 && p.text.unicodeScalars.last.map { "）)】〕".unicodeScalars.contains($0) } == true
                    && u.text.unicodeScalars.first.map { "（(【〔".unicodeScalars.contains($0) } == true && Markers.bracketedWhole(u.text) != nil
                // a numbered heading of the story's parts (`一、健全党建引领机制`) standing alone on a line that stops
                // short of its column, or over a paragraph printed on one line (half as wide again as the column, or as
                // the heading where the column is not known), before a blank line, is a heading: the paragraph under it
                // is not its rest
                let enumeratedHead = l.gapBefore > 0 && u.lines.count == 1 && {
                    let column = p.columnWidth ?? p.rawWidth
                    return p.rawWidth < column - 2 || l.rawWidth * 2 > column * 3
                }() && Markers.enumeratedHeading(p.text)
                // a line of the page's header or footer (its date, its folio, the paper's name beside them) stands
                // alone: the line above and the line below are something else
                // an item of a numbered list opens after the one before it ended (`…身份证件；` / `2.节假日期间…`)
                let listItem = (p.endsSentence || p.text.unicodeScalars.last.map { $0 == "；" || $0 == "：" || $0 == ";" } == true)
                    && Markers.opensListItem(l.text)
                // a report's opening (`本报讯…`, a dateline) never runs on from heading lines or a sentence's end above it
                // (in text as extracted: a page chained back from its rows glues pieces that do) (**LeadUnder**)
                let leadUnder = mayBeDump && l.opensStory && (unitHeading || p.endsSentence || p.endsCloser)
                // a line led by `——` under heading lines opens a subtitle (**DashOpens**)
                let dashOpens = l.gapBefore == 0 && unitHeading && !u.hasClause && p.headingLike && l.han >= 2 && l.text.hasScalarPrefix("——") && !p.text.hasScalarPrefix("——")
                // a writer's line printed under a title, named by where they work (its space lost: `…协会会员罗姿娟`),
                // stands alone: the letter under it does not run on from it (**WriterUnder**)
                // (a writer's line wrapped, `…会员罗姿` / `娟`, runs on into its scrap first)
                func underTitle() -> Bool { units.last?.titleShaped == true }
                let scrap = l.han <= 2 && l.text.unicodeScalars.count <= 2
                let writerUnder = l.gapBefore == 0 && !u.hasClause && u.lines.count <= 2 && !scrap && Markers.gluedWriter(u.text) != nil && underTitle()
                let writerScrap = l.gapBefore == 0 && !u.hasClause && u.lines.count == 1 && scrap && Markers.gluedWriter(u.text + l.text) != nil
                    && underTitle()
                // a caption that says where its picture stands (`右图：…`), under a line closed by a credit or a mark
                // (the caption before it, `…（钱向东 摄）`), opens a caption of its own (**CaptionAfterCredit**)
                let captionAfterCredit = p.endsWithCreditOrMark && Markers.opensWithPhotoPosition(l.text)
                // a sentence closed, then a note in brackets (`…环线地铁。（相关报道见第2版）`), and a blank line: the
                // paragraph has ended (**NoteCloses**)
                let noteCloses = l.gapBefore > 0 && LineShape.noteAfterSentence(p.text)
                // two rows of a table, one under the other, are two; a table's first row runs on from no sentence's
                // end nor from the title over it; nor does that title from a sentence's end (**TableRows**)
                let rowsUnder = k + 1 < lines.count && lines[k + 1].tableRow && lines[k + 1].gapBefore == 0
                let tableRows = l.gapBefore == 0 && ((l.tableRow && (p.tableRow || p.endsSentence || (!p.hasClause && rowsUnder)))
                    || (p.endsSentence && !l.tableRow && !l.hasClause && !l.endsSentence && rowsUnder))
                // in a dump (a laid-out text sets its columns in), a line set in as a paragraph's first is (two ideographic
                // spaces, or up to eight plain ones) under a heading line set flush opens that paragraph: the heading
                // does not run on into it (**IndentUnderHeading**)
                let indentUnderHeading = mayBeDump && l.gapBefore == 0 && (2...8).contains(l.indent) && p.indent == 0 && unitHeading && p.headingLike
                    && !p.hasClause && !p.endsSentence
                // a caption closed by its credit (`…同场竞技。本报记者 严岚 摄`), or a text by its signature or a jump mark,
                // then a blank line: the paragraph has ended (**CreditCloses**)
                let creditCloses = l.gapBefore > 0 && p.endsWithCreditOrMark
                // a line opened by a bullet (`●全民健身环湖骑行活动 …`, `■…`) after a blank line, a sentence's end or a
                // heading line opens an item of its own (**BulletOpens**)
                let bulletOpens = l.text.unicodeScalars.first.map(CharClass.isBullet) == true
                    && (l.gapBefore > 0 || p.endsSentence || p.endsCloser || (p.headingLike && !p.hasClause))
                // a heading led by a word and a colon (`兴业：小茶叶做成大产业`), alone on a line that stops short of its
                // column, or before a blank line on a page of a paragraph a line that ends its paragraphs with blank lines,
                // has ended: the paragraph under it is not its rest (**LedHeading**; a speaker's words cut at the column's
                // edge, `记者：去年新丰县在推进城乡教育均`, go on)
                let ledHead = u.lines.count == 1 && (p.columnWidth.map { p.indent + p.rawWidth < $0 - 2 } ?? (l.gapBefore > 0 && paragraphBlanks))
                    && LineShape.ledHeading(p.text) != nil
                let apart = ledHead || indentUnderHeading || p.header || l.header || enumeratedHead || listItem || leadUnder || dashOpens || writerUnder || captionAfterCredit
                    || noteCloses || tableRows || creditCloses || bulletOpens
                // a headline's last character or two, set apart by a column break's blank line and standing alone (one
                // Han character, or the words that close a bracket the headline opened, `观察）`), is its rest (**HeadScrap**)
                let headScrap = l.gapBefore == 1 && l.gapAfter > 0 && unitHeading && p.headingLike && !p.endsSentence && !p.endsCloser
                    && !l.endsSentence && l.han >= 1 && ((l.han == 1 && l.text.unicodeScalars.count <= 2) || (open > 0 && l.closesFirst && l.han <= 3))
                // a printed line that the extraction cut in two between a closing and an opening quote (`工作群里“打卡”` /
                // `“接龙”不断，政务应`): the two together no wider than the column (**QuoteSplit**)
                let quoteSplit = l.gapBefore == 0 && p.endsCloser && l.startsOpener && !l.standsAlone && !l.header && !p.header
                    && (p.columnWidth.map { p.indent + p.rawWidth + l.rawWidth <= $0 + 2 } ?? false)
                    && p.text.unicodeScalars.last.map { $0 == "”" || $0 == "’" || $0 == "」" || $0 == "』" } == true
                    && l.text.unicodeScalars.first.map { $0 == "“" || $0 == "‘" || $0 == "「" || $0 == "『" } == true
                let dashWrap = Self.dashWrap(u, p, l)
                // a line opening with a particle no phrase begins with (`的就医经`) is the rest of the line right above it
                let particleWrap = l.gapBefore == 0 && !p.endsSentence && !p.endsClause && !p.standsAlone && !p.header
                    && BoundParticles.opens(l.text)
                // a line opening with a clause mark (`，汇志愿` under `“信·荆州”`, where pdftotext -raw cut a headline at its
                // quote) goes on from the line right above it: no line is set opening with one (**CommaWrap**)
                let commaWrap = l.gapBefore == 0 && !p.endsSentence && !p.endsClause && !p.header && l.han >= 1
                    && l.text.unicodeScalars.first.map({ "，、；：".unicodeScalars.contains($0) }) == true
                    && Markers.isStandaloneMark(p.text) == nil
                // running text cut by a blank line, in mid-word or on a comma, on a page that ends its paragraphs with
                // blank lines, goes on in the running text under it (**ProseCut**)
                let proseCut = paragraphBlanks && l.gapBefore == 1 && Self.proseCut(u, lines, at: k, cutsWord: { cutsWord(p, l) })
                // a writer's line alone (`□ 本报记者 韩冰 通讯员 钟敏`), as wide as the column, before a blank line: the
                // byline has ended, the text under it is not its rest (**BylineAlone**)
                let bylineAlone = l.gapBefore > 0 && u.lines.count == 1 && p.standsAlone && Markers.bylineLine(p.text) != nil
                let join = decide?(k) ?? (!apart && (latinWrap || indentedWrap || leadGoesOn || proseCut || dashWrap || particleWrap || headScrap || quoteSplit || writerScrap || commaWrap
                    || (!shortHeads && !bylineAlone && !stopsShort && !widerUnder && !wrapEnded && !headOverMark && !doubledBanner && !otherType && !displayEnds && !displayBegins
                        && !productionEnds && !bracketCloses && model.joinScore(f) > 0)))
                observe?(k, f, join)
                if join {
                    u.append(l, index: k)
                    unitAllHeading = unitAllHeading && l.headingLike
                    open += l.bracketBalance
                    current = u
                    continue
                }
                units.append(u)
            }
            current = Unit(line: l, index: k)
            unitAllHeading = l.headingLike
            open = l.bracketBalance
        }
        if let u = current { units.append(u) }
        return splittingTrailingSignatures(units)
    }

    /// Whether at least half the lines that end a sentence (the last aside) have a blank line after them: a dump
    /// that sets its paragraphs apart (in a column, a sentence ends at a line's end inside a paragraph now and then;
    /// text extracted from a PDF has blank lines between blocks, if at all).
    static func endsParagraphsWithBlanks(_ lines: [PageLine]) -> Bool {
        var ends = 0, blank = 0
        for k in lines.indices.dropLast() where lines[k].endsSentence {
            ends += 1
            if lines[k + 1].gapBefore > 0 { blank += 1 }
        }
        return ends > 0 && blank * 2 >= ends
    }

    /// Rule **ProseCut**: a dump prints a column break as a blank line wherever it fell, in the middle of a line
    /// too (`…一批自助借` / blank / `阅柜陆续启用，…`). A paragraph whose last line stops after a character of a
    /// word (no punctuation) goes on in the paragraph after the blank line when it holds a sentence (it is running
    /// text, not a headline), or a clause mark where the two characters either side of the break are a pair the page
    /// prints within a line (`余|所`); one whose last line stops on a comma (`三年来，`) always does, no paragraph
    /// ending on one, and so does any before a paragraph opening with a particle no phrase begins with (`了`, `的`:
    /// `BoundParticles`). Always provided the paragraph after is running text too (a clause mark or a sentence end, eight
    /// Han characters or more) and opens as no report, byline, mark or header line does.
    static func proseCut(_ u: Unit, _ lines: [PageLine], at k: Int, cutsWord: () -> Bool = { false }) -> Bool {
        let p = lines[u.lines.last!], l = lines[k]
        guard !p.endsSentence, !p.endsCloser, let last = p.text.unicodeScalars.last else { return false }
        // a paragraph never ends on a comma (a colon may open a quotation or a list, a semicolon close an item)
        let comma = last == "，" || last == "、" || last == ","
        guard comma || (!p.endsClause && (CharClass.isHan(last) || CharClass.isDigit(last))) else { return false }
        guard !p.standsAlone, !p.production, !l.opensStory, !l.standsAlone, !l.production, !l.header else { return false }
        // (the cheap questions first: most gaps asked are a headline's, before a blank line and the text it heads)
        var han = 0, prose = false, j = k
        repeat {
            han += lines[j].han
            prose = prose || lines[j].hasClause || lines[j].endsSentence
            j += 1
        } while j < lines.count && lines[j].gapBefore == 0
        guard prose && han >= 8 else { return false }
        guard comma || u.lines.dropLast().contains(where: { lines[$0].endsSentence })
            || u.text.unicodeScalars.contains(where: CharClass.isTerminator) || (u.hasClause && cutsWord())
            || BoundParticles.opens(l.text) else { return false }
        return Markers.isStandaloneMark(l.text) == nil
    }

    /// Rule **DashWrap**: a subtitle (`——…`) is one phrase: a heading line right under it, no wider, that opens with
    /// no dash or bracket of its own, is its rest (`——某区某街历史街` / `区保护更新见闻`).
    static func dashWrap(_ u: Unit, _ p: PageLine, _ l: PageLine) -> Bool {
        guard u.lines.count == 1, l.gapBefore == 0, p.headingLike, l.headingLike, !p.letterSpaced, !l.letterSpaced,
              !p.endsCloser, !p.endsClause, !l.opensStory, !l.standsAlone, l.rawWidth <= p.rawWidth else { return false }
        let t = p.text.unicodeScalars
        guard t.count >= 6, t.first == "—", t.dropFirst().first == "—", let last = t.last, CharClass.isHan(last),
              let f = l.text.unicodeScalars.first, CharClass.isHan(f), !l.production else { return false }
        // (not a byline set under it: `本报记者 某某`, `本报记者某某某某某`)
        return Markers.bylineLine(l.text) == nil && !TrailingByline.roles.contains(where: { l.text.hasScalarPrefix($0) })
    }

    /// The printed width of what a line breaker must keep together at the start of `line`: its first character with
    /// the opening marks before it and the closing and clause marks after it (none of them may end or open a line).
    static func openingClusterWidth(_ line: String) -> Int {
        var width = 0, seenBase = false, word = false
        for c in line.unicodeScalars {
            if CharClass.isSpace(c) { break }
            let mark = CharClass.isCloser(c) || clauseOrStop(c)
            let alnum = c.isASCII && c.properties.isAlphabetic || CharClass.isDigit(c)
            // (a Latin word or a number is not broken either)
            if seenBase && !mark && !(word && alnum) { break }
            width += DisplayWidth.of(c, ambiguousWide: true)
            if !CharClass.isOpener(c) && !mark { if !seenBase { word = alnum }; seenBase = true }
        }
        return width
    }

    /// The printed width of the marks a line breaker lets hang past the column at the end of `line` (closing marks,
    /// clause and sentence marks): the column is at least as wide as the line without them. None on the last line of
    /// a heading (no clause or sentence mark in it): its closing quote ends the heading, where a line breaker hangs one
    /// only when the text goes on.
    static func hangingWidth(_ line: PageLine, last: Bool) -> Int {
        if last && !line.text.unicodeScalars.contains(where: clauseOrStop) { return 0 }
        return hangingWidth(line.raw)
    }

    static func hangingWidth(_ line: String) -> Int {
        var width = 0
        for c in line.unicodeScalars.reversed() {
            guard CharClass.isCloser(c) || Self.clauseOrStop(c) else { break }
            width += DisplayWidth.of(c, ambiguousWide: true)
        }
        return width
    }

    /// A clause or sentence mark (CharClass's, the ASCII full stop too): none may open a line.
    static func clauseOrStop(_ c: Unicode.Scalar) -> Bool { CharClass.isClausePunct(c) || CharClass.isTerminator(c) || c == "." }

    /// The pairs of Han characters printed next to each other within the page's lines.
    static func linePairs(_ lines: [PageLine]) -> BigramTable {
        // (a table only: nothing walks the pairs, so no list of them is kept as a Profile keeps one)
        var out = BigramTable(capacity: lines.reduce(0) { $0 + $1.han })
        for l in lines {
            var prev: UInt32 = 0
            ByteScan.bytes(l.text) { b in
                var i = 0
                while let (v, next) = ByteScan.scalar(at: i, in: b) {
                    i = next
                    if CharClass.isHan(value: v) {
                        if prev != 0 { out.add(UInt64(prev) << 32 | UInt64(v), 1) }
                        prev = v
                    } else {
                        prev = 0
                    }
                }
            }
        }
        return out
    }

    /// The break between `p` and `l` falls between two characters the page prints together elsewhere.
    static func cutsWord(_ p: PageLine, _ l: PageLine, _ pairs: BigramTable) -> Bool {
        guard let a = p.text.unicodeScalars.last, let b = l.text.unicodeScalars.first else { return false }
        return pairs.value(UInt64(a.value) << 32 | UInt64(b.value)) > 0
    }

    /// For each line of a run of heading lines printed one under the other (no blank line between), the widest
    /// of the run; nil for other lines. A heading line here is heading-like, holds no clause mark and does not
    /// fill the column around it (a prose line wrapped at the column's width is not one).
    static func headingRunWidths(_ lines: [PageLine]) -> [Int?] {
        func heading(_ l: PageLine) -> Bool {
            l.headingLike && !l.hasClause && (l.columnWidth.map { l.rawWidth < $0 - max(4, $0 / 5) } ?? true)
        }
        var out = [Int?](repeating: nil, count: lines.count)
        var k = 0
        while k < lines.count {
            guard heading(lines[k]) else { k += 1; continue }
            var e = k + 1
            while e < lines.count && heading(lines[e]) && lines[e].gapBefore == 0 { e += 1 }
            if e - k >= 2 {
                let w = lines[k..<e].map(\.rawWidth).max()!
                for i in k..<e { out[i] = w }
            }
            k = e
        }
        return out
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
    /// A table's row (**TableRows**): three fields or more, set apart by spaces, of two characters or more on average,
    /// one with a figure in it, and no clause mark or sentence's end (`城区 晴 12℃～22℃ 东南风2级`, `早稻 2.60 2.65`).
    /// A figure standing apart from the word it counts (`将 900.982 万元冬春救助`, as an extraction spaces figures in
    /// running text) is no table's.
    static func isTableRow(_ text: String) -> Bool {
        // quick look, one pass over the bytes: a figure, and two spaces at least between characters
        guard text.utf8.count <= 120 else { return false }
        var digit = false, gaps = 0, inGap = false
        for b in text.utf8 {
            if b == 0x20 || b == 0x80 { if !inGap { gaps += 1; inGap = true } } else { inGap = false; if b >= 0x30 && b <= 0x39 { digit = true } }
        }
        guard digit, gaps >= 2 else { return false }
        let fields = text.unicodeScalars.split(whereSeparator: CharClass.isSpace)
        guard fields.count >= 3, fields.reduce(0, { $0 + $1.count }) >= 2 * fields.count else { return false }
        for (a, b) in zip(fields, fields.dropFirst()) where a.allSatisfy({ CharClass.isDigit($0) || $0 == "." || $0 == "%" }) {
            if let f = b.first, CharClass.isHan(f) { return false }
        }
        return !text.unicodeScalars.contains { CharClass.isTerminator($0) || CharClass.isClausePunct($0) }
    }

    /// A heading led by a word and a colon (`修路：打通致富“最后一公里”`, `兴业：小茶叶做成大产业`): two to four Han
    /// characters, the colon, then four characters or more with no other clause mark and no sentence's end, thirty
    /// characters at most in all. The length of its lead word; nil for any other line.
    static func ledHeading(_ text: String) -> Int? {
        // two to four Han characters, then the colon (every single line is asked: this first)
        guard let lead = UnitFacts.hanLead(text, atMost: 4), lead.count >= 2 else { return nil }
        let colon = lead.count
        let s = Array(text.unicodeScalars.prefix(31))
        guard s.count <= 30, s.count - colon - 1 >= 4 else { return nil }
        let rest = s[(colon + 1)...]
        guard rest.filter(CharClass.isHan).count >= 3,
              !rest.contains(where: { CharClass.isClausePunct($0) || CharClass.isTerminator($0) }) else { return nil }
        // not a speaker's turn (`记者：…`, `陶秀英：…`: a name may be its lead), a picture's place (`左图：…`), a
        // production line (`数据来源：…`) or an editor's lead-in (`编前：…`)
        if Surnames.mayOpenName(s[0], length: colon) || UnitFacts.isQuestion(text) || Markers.opensWithPhotoPosition(text)
            || Markers.productionLine(text) || Markers.isColumnLeadIn(text) { return nil }
        return colon
    }

    /// The text ends with a note in round brackets right after a sentence's end (`…地铁。（相关报道见第2版）`).
    static func noteAfterSentence(_ text: String) -> Bool {
        let s = text.unicodeScalars
        guard let last = s.last(where: { !CharClass.isSpace($0) }), last == "）" || last == ")" else { return false }
        var depth = 0
        var i = s.endIndex
        while i > s.startIndex {
            i = s.index(before: i)
            let c = s[i]
            if c == "）" || c == ")" { depth += 1 } else if c == "（" || c == "(" {
                depth -= 1
                if depth == 0 {
                    let before = s[..<i].last(where: { !CharClass.isSpace($0) })
                    return before.map(CharClass.isTerminator) ?? false
                }
            }
        }
        return false
    }

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
