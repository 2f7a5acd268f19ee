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
    /// The paragraph so far opens a report (本报讯…): prose that goes on until its sentence ends.
    case unitIsLead
    /// The second line has a clause mark within its first three characters (`动、热闹非凡`): the rest of a phrase.
    case lineClauseSoon

    public var name: String { "\(self)" }

    /// The features of the gap before `l`, where `p` is the line before it and the paragraph so far has
    /// `unitLines` lines, one of them with clause marks when `unitHasClause`.
    static func extract(_ p: PageLine, _ l: PageLine, unitLines: Int, unitHasClause: Bool, unitOpen: Bool = false,
                        pageBlanks: Bool = false, unitIsLead: Bool = false) -> [Float] {
        var f = [Float](repeating: 0, count: allCases.count)
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
        if let w {
            set(.columnBreak, l.gapBefore >= 1 && p.rawWidth >= w - max(4, w / 5) && !p.endsSentence)
            set(.prevFragment, unitLines >= 2 && unitHasClause && Double(p.rawWidth) < 0.7 * Double(w) && !p.endsSentence && !p.endsCloser)
        } else {
            set(.flowedCut, !p.endsSentence && !p.endsCloser && (unitHasClause || p.hasClause) && !l.opensStory)
            set(.flowedEndsWord, !p.endsSentence && !p.endsClause && !p.endsCloser)
        }
        set(.unitOpenBracket, unitOpen)
        set(.pageBlanks, pageBlanks)
        set(.unitIsLead, unitIsLead && !p.endsSentence)
        set(.lineClauseSoon, l.clauseSoon)
        set(.pageBlanksNoGap, pageBlanks && l.gapBefore == 0)
        set(.lineClosesFirst, l.closesFirst)
        set(.lineSentenceSoon, !l.opensStory && l.sentenceSoon)
        return f
    }
}
