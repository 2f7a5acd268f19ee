/// The evidence about the gap between two lines: does the second continue the paragraph of the first? A hard
/// wrap (the first fills its column and the next follows directly), a column break (it fills the column and a
/// blank line follows, mid-sentence), a paragraph cut on a flowed page, or a new paragraph, a headline line, a
/// credit. Each feature is 0 or 1 (`fill` is a ratio); the model weighs them (`join.<name>`).
public enum JoinFeature: Int, CaseIterable, Sendable {
    case bias
    /// One blank line or more between the two; two or more.
    case blank, blanks2
    /// No column width around: a paragraph per line.
    case flowed
    /// The first line fills its column; it ends well short of it (under 60 %); its width over the column's.
    case prevFull, prevShort, prevFill
    /// Flowed: the first line is long (40 columns or more), or short (under 24).
    case prevLong, prevBrief
    case prevEndsSentence, prevEndsClause, prevEndsCloser, prevEndsWord
    case prevHeadingLike, prevStandsAlone, prevEndsCreditOrMark, prevLetterSpaced, prevProduction
    /// The second line begins with punctuation no paragraph begins with.
    case lineStartsPunct
    case lineIndented, lineOpensStory, lineStartsOpener, lineStandsAlone, lineHeadingLike, lineLetterSpaced, lineProduction
    case lineShort, lineFull, lineEndsSentence
    /// The paragraph so far reads as prose (holds clause marks); it already has two lines or more.
    case unitHasClause, unitLines2
    /// English words running on across the break.
    case latinRun
    case bothHeadingLike
    /// The two lines are about as wide.
    case widthsClose
    /// Blank line between and the first line fills its column while its sentence goes on: a column break.
    case columnBreak
    /// Flowed: the first line does not end its sentence and the paragraph so far reads as prose.
    case flowedCut
    /// Flowed: the first line ends in the middle of a word (no punctuation at all).
    case flowedEndsWord
    /// A quote or bracket opened in the paragraph so far is not closed yet.
    case unitOpenBracket
    /// The second line closes a quote or bracket before it opens one: it goes on from somewhere.
    case lineClosesFirst
    /// The second line ends a sentence within its first few characters: the rest of a sentence.
    case lineSentenceSoon
    /// A short last line after fuller ones, ending in the middle of a sentence: a paragraph cut at a break.
    case prevFragment
    /// The page separates its paragraphs with blank lines (a text dump); and this gap has none.
    case pageBlanks, pageBlanksNoGap
    /// A blank line after a line ending in a clause mark (，、；：): a paragraph cut at a column break.
    case blankAfterClause
    /// On a page that sets paragraphs apart with blank lines, a sentence ending at a line's end with no blank
    /// line after it: the paragraph goes on.
    case sentenceEndNoGapOnBlankPage
    /// Two short lines one under the other, the second no wider than the first and nearly as wide: a headline
    /// wrapped at its own width. The second wider than the first: two lines of a headline group.
    case headWrapShape, headLineWider
    /// The paragraph so far opens a report (本报讯…): prose that goes on until its sentence ends.
    case unitIsLead
    /// The second line has a clause mark within its first three characters (`动、热闹非凡`): the rest of a phrase.
    case lineClauseSoon
    /// Two heading lines one under the other, of the same width and the widest of their run: a headline
    /// wrapped at its own width (`全国首个区域性` over `数据交易中心上`).
    case headSameWidth
    /// The second line is a heading scrap of three Han characters at most, right under the widest line of a
    /// heading run that ends mid-word and holds no space: too short to stand as a headline (`线运行`).
    case lineHeadScrap
    /// The second line is the rest of a bracketed tag (`代画卷）`) or a tag alone (`（观察）`) under a heading line.
    case lineTagRest
    /// Two heading lines one under the other, one letter-spaced and the other not: two styles of type (a
    /// section banner spread over its width above a headline), where a wrapped headline keeps one.
    case spacingDiffers
    /// Two heading lines one under the other, neither with a clause mark nor letter-spaced, the break between them
    /// inside a dictionary word (`激|发`; `WordBreaks`): one headline wrapped; or at a word's edge (`个|青`): as
    /// likely two lines of a group (a kicker over its headline) as a headline wrapped between words (`惠及|十万家庭`).
    case headRunsOn, headWordEdge

    public var name: String { "\(self)" }

    /// The core features whose pairs are features too (`join.prevFull&blank`): the model weighs each
    /// combination of two of them on its own, so that a blank line can count one way after a full line and
    /// the other way after a short one.
    static let core: [JoinFeature] = [.blank, .flowed, .prevFull, .prevShort, .prevEndsSentence, .prevEndsClause, .prevEndsWord,
                                      .prevHeadingLike, .lineHeadingLike, .unitHasClause, .unitLines2, .pageBlanks, .lineOpensStory,
                                      .prevLetterSpaced, .lineFull, .lineShort]
    static let pairs: [(JoinFeature, JoinFeature)] = {
        var out: [(JoinFeature, JoinFeature)] = []
        for i in core.indices { for j in core.indices where j > i { out.append((core[i], core[j])) } }
        return out
    }()

    /// How many weights the joining has: one per feature, one per pair of core features.
    public static var count: Int { allCases.count + pairs.count }

    /// The name of weight `i` (`prevFull`, `prevFull&blank`).
    public static func name(of i: Int) -> String {
        i < allCases.count ? allCases[i].name : "\(pairs[i - allCases.count].0.name)&\(pairs[i - allCases.count].1.name)"
    }

    /// The features of the gap before `l`, where `p` is the line before it and the paragraph so far has
    /// `unitLines` lines, one of them with clause marks when `unitHasClause`.
    static func extract(_ p: PageLine, _ l: PageLine, unitLines: Int, unitHasClause: Bool, unitOpen: Bool = false,
                        pageBlanks: Bool = false, unitIsLead: Bool = false, runWidth: Int? = nil) -> [Float] {
        var f = [Float](repeating: 0, count: count)
        func set(_ x: JoinFeature, _ on: Bool) { if on { f[x.rawValue] = 1 } }
        f[bias.rawValue] = 1
        set(.blank, l.gapBefore >= 1)
        set(.blanks2, l.gapBefore >= 2)
        let w = p.columnWidth
        set(.flowed, w == nil)
        if let w {
            let tol = max(4, w / 5)
            set(.prevFull, p.rawWidth >= w - tol)
            set(.prevShort, Double(p.rawWidth) < 0.6 * Double(w))
            f[prevFill.rawValue] = Float(min(1.5, Double(p.rawWidth) / Double(max(1, w))))
            set(.lineShort, Double(l.rawWidth) < 0.6 * Double(w))
            set(.lineFull, l.rawWidth >= w - tol)
            set(.widthsClose, abs(p.rawWidth - l.rawWidth) <= max(2, w / 10))
        } else {
            set(.prevLong, p.rawWidth >= 40)
            set(.prevBrief, p.rawWidth < 24)
            set(.lineShort, l.rawWidth < 24)
            set(.widthsClose, abs(p.rawWidth - l.rawWidth) <= 4)
        }
        set(.prevEndsSentence, p.endsSentence)
        set(.prevEndsClause, p.endsClause)
        set(.prevEndsCloser, p.endsCloser)
        set(.prevEndsWord, !p.endsSentence && !p.endsClause && !p.endsCloser)
        set(.prevHeadingLike, p.headingLike)
        set(.prevStandsAlone, p.standsAlone)
        set(.prevEndsCreditOrMark, p.endsWithCreditOrMark)
        set(.prevLetterSpaced, p.letterSpaced)
        set(.prevProduction, p.production)
        set(.lineStartsPunct, l.startsPunct)
        set(.lineIndented, l.indent > 0)
        set(.lineOpensStory, l.opensStory)
        set(.lineStartsOpener, l.startsOpener)
        set(.lineStandsAlone, l.standsAlone)
        set(.lineHeadingLike, l.headingLike)
        set(.lineLetterSpaced, l.letterSpaced)
        set(.lineProduction, l.production)
        set(.lineEndsSentence, l.endsSentence)
        set(.unitHasClause, unitHasClause)
        set(.unitLines2, unitLines >= 2)
        set(.latinRun, p.endsInLatinLetter && l.startsLowercaseLatin && l.gapBefore == 0)
        set(.bothHeadingLike, p.headingLike && l.headingLike)
        if p.headingLike && l.headingLike && l.gapBefore == 0 && !p.hasClause && !l.hasClause && !p.letterSpaced && !l.letterSpaced {
            // (asked of heading lines without clause marks only: most lines of a narrow column are heading-shaped,
            // and an ICU call per gap of running text costs a tenth of the parse)
            let runs = WordBreaks.runsOn(Substring(p.text), Substring(l.text))
            set(.headRunsOn, runs)
            set(.headWordEdge, !runs)
        }
        if let w {
            set(.columnBreak, l.gapBefore >= 1 && p.rawWidth >= w - max(4, w / 5) && !p.endsSentence)
            set(.prevFragment, unitLines >= 2 && unitHasClause && Double(p.rawWidth) < 0.7 * Double(w) && !p.endsSentence && !p.endsCloser)
        } else {
            set(.flowedCut, !p.endsSentence && !p.endsCloser && (unitHasClause || p.hasClause) && !l.opensStory)
            set(.flowedEndsWord, !p.endsSentence && !p.endsClause && !p.endsCloser)
        }
        set(.unitOpenBracket, unitOpen)
        let both = p.headingLike && l.headingLike && l.gapBefore == 0
        set(.headWrapShape, both && !p.letterSpaced && p.rawWidth >= l.rawWidth && p.rawWidth - l.rawWidth <= 6)
        set(.headLineWider, both && !p.letterSpaced && l.rawWidth > p.rawWidth + 2)
        set(.blankAfterClause, l.gapBefore >= 1 && p.endsClause)
        set(.sentenceEndNoGapOnBlankPage, pageBlanks && l.gapBefore == 0 && p.endsSentence)
        set(.pageBlanks, pageBlanks)
        set(.unitIsLead, unitIsLead && !p.endsSentence)
        set(.lineClauseSoon, l.clauseSoon)
        if both && !p.letterSpaced && !l.letterSpaced {
            // measured against the widest of a run of heading lines (none: not a run)
            let widest = runWidth.map { p.rawWidth >= $0 - 1 } ?? false
            set(.headSameWidth, abs(p.rawWidth - l.rawWidth) <= 1 && widest)
            set(.lineHeadScrap, l.han <= 3 && !l.text.utf8.contains(0x20) && !p.text.utf8.contains(0x20) && p.han >= 4
                && widest && !p.endsCloser && !p.endsClause)
        }
        if p.headingLike && l.gapBefore == 0 {
            let t = l.text.unicodeScalars
            let tagAlone = t.count <= 12 && (t.first.map(CharClass.isOpener) ?? false) && (t.last.map(CharClass.isCloser) ?? false)
            set(.lineTagRest, tagAlone || (l.closesFirst && t.count <= 12 && !l.hasClause))
        }
        set(.spacingDiffers, p.headingLike && l.headingLike && p.letterSpaced != l.letterSpaced)
        set(.pageBlanksNoGap, pageBlanks && l.gapBefore == 0)
        set(.lineClosesFirst, l.closesFirst)
        set(.lineSentenceSoon, !l.opensStory && l.sentenceSoon)
        // the pairs of core features both on (a few of the hundred and twenty), each at its place in `pairs`
        var on: UInt32 = 0
        for (i, c) in core.enumerated() where f[c.rawValue] != 0 { on |= 1 << UInt32(i) }
        let base = allCases.count
        while on != 0 {
            let i = on.trailingZeroBitCount
            on &= on - 1
            var rest = on
            while rest != 0 {
                let j = rest.trailingZeroBitCount
                rest &= rest - 1
                f[base + pairStart[i] + j - i - 1] = 1
            }
        }
        return f
    }

    /// Where the pairs of core feature `i` with those after it begin in `pairs`.
    static let pairStart: [Int] = {
        var out: [Int] = []
        var at = 0
        for i in core.indices { out.append(at); at += core.count - 1 - i }
        return out
    }()
}
