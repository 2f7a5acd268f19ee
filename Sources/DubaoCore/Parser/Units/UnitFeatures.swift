
/// The evidence about a unit that its label is scored from: its size and shape, what its text says it is
/// (a report's opening, a byline, a credit, a production line, a mark …), its neighbours, what it shares
/// with the prose before and after it (**TopicContinuity**), and which way this page's headlines face.
/// Features are 0 or 1, or a ratio in 0…1. The model weighs each for each label (`emit.<label>.<name>`).
public enum UnitFeature: Int, CaseIterable, Sendable {
    case bias
    // size
    case han0to4, han5to8, han9to16, han17to32, han33to64, han65to128, han129plus
    case lines1, lines2, lines3plus
    // how it ends and begins
    case endsSentence, endsClause, endsQuestion, endsCloser, endsColumnTag, endsDash
    case clause0, clause1, clause2plus, sentences2plus
    case startsOpener, startsQuote, startsDash, startsPunct
    case wholeBracketed, letterSpaced, innerSpace, doubled, digitHeavy
    case fillLow, fillFull, flowedPage
    case indented, gapBefore0, gapBefore2plus, gapAfter0, gapAfter2plus
    case firstUnit, nearTop, nearBottom, lastUnit
    // what the text says it is
    case lead, columnLeadIn, bylineLine, creditBracket, creditTrailing, creditPlain, signatureBracket, contributionNote
    case production, pageFurniture, markFrom, markTo, inlineMarkTo, inlineMarkFrom, question, speaker, photoPosition
    // neighbours
    case prevHeadingLike, nextHeadingLike, inCluster2, inCluster3plus, clusterFirst, clusterLast
    case nextIsLead, nextProseIsLead, prevProseEndsSentence, prevIsMarkTo, nextIsMarkFrom, prevIsCaption
    /// The unit after it (or the one after that) is a photo credit standing alone: captions come before credits.
    case nextIsCredit, credit2After
    // what it shares with the prose before and after (the unit; the run of short units it is in)
    case affPrev, affNext, affPrevOverNext, affNextOverPrev, affNone
    case runAffPrevOverNext, runAffNextOverPrev, runAffNone
    case contAcross, contAcrossLow, contPrev, contPrevLow, contLong, contLongLow
    // the same, in bins, for a short unit (across the run it is in) and for a paragraph (with what precedes)
    case shortCont0, shortCont1, shortCont2, shortCont3, shortCont4
    case shortLong0, shortLong1, shortLong2, shortLong3, shortLong4
    case proseCont0, proseCont1, proseCont2, proseCont3, proseCont4
    case shortAffDiffM2, shortAffDiffM1, shortAffDiff0, shortAffDiffP1, shortAffDiffP2
    // continuity against what is usual between two paragraphs on this page (writers differ in how much a
    // story's paragraphs share words): under 0.3, 0.3–0.6, 0.6–1, above
    case shortRel0, shortRel1, shortRel2, shortRel3
    case proseRel0, proseRel1, proseRel2, proseRel3
    // which way the page's headlines face
    case orientAfter, orientBefore
    // a short unit weighed with its context
    case shortXaffPrevOverNext, shortXaffNextOverPrev, shortXorientAfter, shortXorientBefore, shortXcontAcrossLow
    case shortXnextIsLead, shortXprevEndsSentence
    // a paragraph weighed with its context
    case proseXcontPrevLow, proseXafterHeading, proseXlead, proseXstartsMidSentence
    /// On a page of a paragraph per line, a unit that ends in no sentence mark: a paragraph there ends its
    /// sentence, a headline or label does not (whatever clause marks it holds).
    case flowedXopenEnd
    // geometry, where the page came with it (a PDF; all 0 on a text dump): the unit's type size against the
    // body's, and against its neighbours'
    case typeKnown, typeSmall, typeBody, typeLarge, typeHuge, typeLargerThanPrev, typeLargerThanNext

    public var name: String { "\(self)" }
}

/// What the topic features need: each unit's Han bigrams, weighed by how rare they are on the page, and the
/// paragraphs of prose nearest before and after each unit.
struct TopicContext {
    let profiles: [Profile]
    let index: TopicIndex
    let prose: [Bool]
    /// Up to three prose units before and after each unit (nearest first); up to twelve before.
    let before: [[Int]]
    let after: [[Int]]
    let beforeLong: [[Int]]
    /// The page's headline orientation: +1 when headlines follow their stories, −1 when they precede them.
    let orientation: Double
    /// For each unit in a run of short units, what the whole run shares with the prose before and after it.
    let runBefore: [Double]
    let runAfter: [Double]

    /// What a unit says about its subject: a report's opening words and its reporters' names
    /// (`本报讯（记者甲 通讯员乙）`) are the same in every story and say nothing about it.
    static func subject(of text: String) -> String {
        guard Markers.newsLead(text).isLead else { return text }
        let s = text.unicodeScalars
        var seenOpen = false
        for (i, c) in s.prefix(60).enumerated() {
            if CharClass.isOpener(c) { seenOpen = true }
            if seenOpen && (c == "）" || c == ")") { return String(scalars: s.dropFirst(i + 1)) }
        }
        return text
    }

    static let reach = 3
    static let longReach = 12

    /// Each unit's bigrams as the index numbers them (what the features below ask about).
    let numbered: [[Int32]]
    private let marks: BigramMarks

    init(units: [Unit]) {
        let profiles = units.map { TopicIndex.profile(Self.subject(of: $0.text)) }
        self.profiles = profiles
        index = TopicIndex(profiles: profiles)
        let numbered = profiles.map(index.numbered)
        self.numbered = numbered
        let marks = BigramMarks(vocabulary: index.vocabulary)
        self.marks = marks
        let prose = units.map { ByteScan.hanCount($0.text, upTo: 16) >= 16 && ($0.hasClause || $0.endsSentence) }
        self.prose = prose
        var before = [[Int]](repeating: [], count: units.count)
        var beforeLong = [[Int]](repeating: [], count: units.count)
        var recent: [Int] = []
        for k in units.indices {
            before[k] = Array(recent.prefix(Self.reach))
            beforeLong[k] = recent
            if prose[k] { recent.insert(k, at: 0); if recent.count > Self.longReach { recent.removeLast() } }
        }
        self.beforeLong = beforeLong
        var after = [[Int]](repeating: [], count: units.count)
        recent = []
        for k in units.indices.reversed() {
            after[k] = recent
            if prose[k] { recent.insert(k, at: 0); if recent.count > Self.reach { recent.removeLast() } }
        }
        self.before = before
        self.after = after
        // runs of short units: what each run shares with the prose on either side; where the prose on the two
        // sides belongs to different stories (a story boundary), which side the run goes with says which way
        // this page's headlines face
        let heading = units.map(UnitFeature.isHeadingShape)
        var runBefore = [Double](repeating: 0, count: units.count)
        var runAfter = [Double](repeating: 0, count: units.count)
        var sum = 0.0
        var n = 0.0
        var k = 0
        let index = self.index
        while k < units.count {
            guard heading[k] else { k += 1; continue }
            var e = k
            while e + 1 < units.count && heading[e + 1] { e += 1 }
            let run = Array(Set((k...e).flatMap { numbered[$0] }))
            let p = before[k].isEmpty ? 0 : index.overlap(numbered: run, marked: marks.mark(before[k], of: numbered))
            let q = after[e].isEmpty ? 0 : index.overlap(numbered: run, marked: marks.mark(after[e], of: numbered))
            for j in k...e { runBefore[j] = p; runAfter[j] = q }
            // only runs followed by a report's opening sit surely between two stories
            if !before[k].isEmpty, let next = after[e].first, abs(p - q) > 0.08, Markers.newsLead(units[next].text).isLead {
                sum += p > q ? 1 : -1
                n += 1
            }
            k = e + 1
        }
        self.runBefore = runBefore
        self.runAfter = runAfter
        orientation = n > 0 ? sum / n : 0
    }

    func affinityBefore(_ k: Int) -> Double {
        before[k].isEmpty ? 0 : index.overlap(numbered: numbered[k], marked: marks.mark(before[k], of: numbered))
    }
    func affinityAfter(_ k: Int) -> Double {
        after[k].isEmpty ? 0 : index.overlap(numbered: numbered[k], marked: marks.mark(after[k], of: numbered))
    }

    /// How much of the prose after `k` continues the vocabulary of the prose before it.
    func continuityAcross(_ k: Int) -> Double {
        guard let next = after[k].first, !before[k].isEmpty else { return 0 }
        return index.continuity(marked: marks.mark(before[k], of: numbered), numbered: numbered[next])
    }

    /// How much of the prose after a run of short units continues the prose before it.
    func continuityAcrossRun(_ start: Int, _ end: Int) -> Double {
        guard let next = after[end].first, !before[start].isEmpty else { return 0 }
        return index.continuity(marked: marks.mark(before[start], of: numbered), numbered: numbered[next])
    }

    /// As `continuityAcross`, against the twelve prose units before (a long story's earlier sections).
    func continuityAcrossLong(_ k: Int, end: Int) -> Double {
        guard let next = after[end].first, !beforeLong[k].isEmpty else { return 0 }
        return index.continuity(marked: marks.mark(beforeLong[k], of: numbered), numbered: numbered[next])
    }

    /// How much of unit `k` continues the prose before it.
    func continuityWithBefore(_ k: Int) -> Double {
        guard !before[k].isEmpty else { return 0 }
        return index.continuity(marked: marks.mark(before[k], of: numbered), numbered: numbered[k])
    }
}

extension UnitFeature {
    /// The features of every unit of a page.
    static func extract(units: [Unit], lines: [PageLine], topic: TopicContext) -> [[Float]] {
        let n = units.count
        let D = allCases.count
        let heading = units.map { isHeadingShape($0) }
        let flowed = lines.filter { $0.columnWidth == nil }.count * 2 > lines.count
        var leads = [Bool](repeating: false, count: n)
        for k in 0..<n { leads[k] = Markers.newsLead(units[k].text).isLead }
        let plainCredit = units.map { Markers.plainCredit($0.text) != nil }
        let bracketed = units.map { Markers.bracketedWhole($0.text) }
        let bracketCredit = bracketed.map { $0.flatMap(Markers.credit(inBracket:)) != nil }
        let credits = units.indices.map { plainCredit[$0] || bracketCredit[$0] }
        let trailingCredit = units.map { Markers.trailingCredit($0.text) != nil }
        // runs of heading-shaped units
        var runStart = [Int](repeating: 0, count: n)
        var runEnd = [Int](repeating: 0, count: n)
        var k = 0
        while k < n {
            guard heading[k] else { runStart[k] = k; runEnd[k] = k; k += 1; continue }
            var e = k
            while e + 1 < n && heading[e + 1] { e += 1 }
            for j in k...e { runStart[j] = k; runEnd[j] = e }
            k = e + 1
        }
        // how much one paragraph usually continues the ones before it on this page
        var usual: [Double] = []
        for k in 0..<n where topic.prose[k] && !topic.before[k].isEmpty && !(k > 0 && heading[k - 1]) { usual.append(topic.continuityWithBefore(k)) }
        usual.sort()
        let baseline = max(0.05, usual.isEmpty ? 0.2 : usual[usual.count / 2])
        func relBin(_ v: Double) -> Int { relativeBin(v, baseline: baseline) }
        var out = [[Float]](repeating: [Float](repeating: 0, count: D), count: n)
        for k in 0..<n {
            let u = units[k]
            var f = [Float](repeating: 0, count: D)
            func set(_ x: UnitFeature, _ on: Bool) { if on { f[x.rawValue] = 1 } }
            func val(_ x: UnitFeature, _ v: Double) { f[x.rawValue] = Float(min(1, max(0, v))) }
            let t = u.text
            let s = t.unicodeScalars
            var han = 0, clause = 0, sentences = 0, digits = 0, count = 0
            var hasSpace = false
            for c in s {
                count += 1
                if CharClass.isHan(c) { han += 1 } else if CharClass.isClausePunct(c) { clause += 1 } else if CharClass.isTerminator(c) {
                    sentences += 1
                } else if CharClass.isDigit(c) { digits += 1 } else if c == " " { hasSpace = true }
            }
            let lastScalar = s.last
            let mark = u.standaloneMark
            f[bias.rawValue] = 1
            set(.han0to4, han <= 4)
            set(.han5to8, han >= 5 && han <= 8)
            set(.han9to16, han >= 9 && han <= 16)
            set(.han17to32, han >= 17 && han <= 32)
            set(.han33to64, han >= 33 && han <= 64)
            set(.han65to128, han >= 65 && han <= 128)
            set(.han129plus, han >= 129)
            set(.lines1, u.lines.count == 1)
            set(.lines2, u.lines.count == 2)
            set(.lines3plus, u.lines.count >= 3)
            let last = s.last(where: { !CharClass.isSpace($0) })
            set(.endsSentence, u.endsSentence)
            set(.endsClause, last.map(CharClass.isClausePunct) ?? false)
            set(.endsQuestion, u.endsSentence && lastScalar.map { "？！?!".unicodeScalars.contains($0) } == true)
            set(.endsCloser, !u.endsSentence && (last.map(CharClass.isCloser) ?? false))
            set(.endsColumnTag, Markers.endsWithColumnTag(t))
            set(.endsDash, lastScalar == "—")
            set(.clause0, clause == 0)
            set(.clause1, clause == 1)
            set(.clause2plus, clause >= 2)
            set(.sentences2plus, sentences >= 2)
            let first = s.first(where: { !CharClass.isSpace($0) })
            set(.startsOpener, first.map { CharClass.isOpener($0) && $0 != "“" && $0 != "‘" } ?? false)
            set(.startsQuote, first == "“" || first == "「")
            set(.startsDash, s.first == "—" || s.first == "-")
            set(.startsPunct, first.map(CharClass.isTrailingPunct) ?? false)
            set(.wholeBracketed, bracketed[k] != nil)
            set(.letterSpaced, u.letterSpaced)
            set(.innerSpace, han >= 4 && hasSpace && !u.letterSpaced)
            set(.doubled, han >= 2 && han <= 16 && BannerUndoubling.undouble(t) != nil)
            set(.digitHeavy, count > 0 && digits * 10 >= count * 3)
            if let w = u.columnWidth {
                set(.fillLow, Double(u.maxRawWidth) < 0.5 * Double(w))
                set(.fillFull, u.maxRawWidth >= w - max(4, w / 5))
            }
            set(.flowedPage, flowed)
            set(.flowedXopenEnd, flowed && !u.endsSentence && mark == nil && u.marks.isEmpty && !trailingCredit[k] && !credits[k])
            set(.indented, u.indent > 0)
            set(.gapBefore0, u.gapBefore == 0)
            set(.gapBefore2plus, u.gapBefore >= 2)
            set(.gapAfter0, u.gapAfter == 0)
            set(.gapAfter2plus, u.gapAfter >= 2)
            set(.firstUnit, k == 0)
            set(.nearTop, k < 4)
            set(.nearBottom, k >= n - 3)
            set(.lastUnit, k == n - 1)
            // evidence from the text
            set(.lead, leads[k])
            set(.columnLeadIn, Markers.isColumnLeadIn(t))
            // (a writer named by where they work, the space before the name lost, under a title: **GluedWriter**)
            set(.bylineLine, Markers.bylineLine(t) != nil || (u.lines.count <= 2 && k > 0 && Markers.gluedWriter(t) != nil && units[k - 1].titleShaped))
            let inner = bracketed[k]
            set(.creditBracket, bracketCredit[k])
            set(.creditTrailing, inner == nil && han >= 8 && trailingCredit[k])
            set(.creditPlain, plainCredit[k])
            set(.signatureBracket, inner != nil && Markers.signature(t) != nil)
            set(.contributionNote, inner != nil && Markers.contributionNote(t))
            set(.production, Markers.productionLine(t))
            set(.pageFurniture, Markers.isPageFurniture(t))
            set(.markFrom, mark?.direction == .from)
            set(.markTo, mark?.direction == .to)
            if mark == nil {
                set(.inlineMarkTo, u.marks.contains { $0.direction == .to && $0.range.upperBound >= count - 2 })
                set(.inlineMarkFrom, u.marks.contains { $0.direction == .from && $0.range.lowerBound <= 2 })
            }
            set(.question, UnitFacts.isQuestion(t))
            set(.speaker, UnitFacts.opensWithSpeaker(t))
            set(.photoPosition, Markers.opensWithPhotoPosition(t))
            // neighbours
            set(.prevHeadingLike, k > 0 && heading[k - 1])
            set(.nextHeadingLike, k + 1 < n && heading[k + 1])
            if heading[k] {
                let size = runEnd[k] - runStart[k] + 1
                set(.inCluster2, size == 2)
                set(.inCluster3plus, size >= 3)
                set(.clusterFirst, size >= 2 && k == runStart[k])
                set(.clusterLast, size >= 2 && k == runEnd[k])
            }
            set(.nextIsLead, k + 1 < n && leads[k + 1])
            if let nextProse = topic.after[k].first { set(.nextProseIsLead, leads[nextProse]) }
            if let prevProse = topic.before[k].first { set(.prevProseEndsSentence, units[prevProse].endsSentence) }
            set(.prevIsMarkTo, k > 0 && units[k - 1].marks.contains { $0.direction == .to })
            set(.nextIsMarkFrom, k + 1 < n && units[k + 1].standaloneMark?.direction == .from)
            set(.prevIsCaption, k > 0 && (trailingCredit[k - 1] || plainCredit[k - 1]))
            set(.nextIsCredit, k + 1 < n && credits[k + 1])
            set(.credit2After, k + 2 < n && credits[k + 2] && !credits[k + 1])
            // topic
            let ap = topic.affinityBefore(k)
            let an = topic.affinityAfter(k)
            val(.affPrev, ap)
            val(.affNext, an)
            set(.affPrevOverNext, ap > an + 0.1)
            set(.affNextOverPrev, an > ap + 0.1)
            set(.affNone, ap < 0.05 && an < 0.05)
            if heading[k] {
                let rp = topic.runBefore[k]
                let rn = topic.runAfter[k]
                set(.runAffPrevOverNext, rp > rn + 0.08)
                set(.runAffNextOverPrev, rn > rp + 0.08)
                set(.runAffNone, rp < 0.05 && rn < 0.05)
                f[[shortAffDiffM2, shortAffDiffM1, shortAffDiff0, shortAffDiffP1, shortAffDiffP2][differenceBin(rp - rn)].rawValue] = 1
            }
            let across = topic.continuityAcross(k)
            val(.contAcross, across)
            set(.contAcrossLow, across < 0.15)
            let long = topic.continuityAcrossLong(heading[k] ? runStart[k] : k, end: heading[k] ? runEnd[k] : k)
            val(.contLong, long)
            set(.contLongLow, long < 0.15)
            func bin(_ v: Double) -> Int { continuityBin(v) }
            if heading[k] {
                let runAcross = topic.continuityAcross(runEnd[k]) > 0 || topic.before[runStart[k]].isEmpty ? topic.continuityAcrossRun(runStart[k], runEnd[k]) : 0
                f[[shortCont0, shortCont1, shortCont2, shortCont3, shortCont4][bin(runAcross)].rawValue] = 1
                f[[shortRel0, shortRel1, shortRel2, shortRel3][relBin(runAcross)].rawValue] = 1
                f[[shortLong0, shortLong1, shortLong2, shortLong3, shortLong4][bin(long)].rawValue] = 1
            }
            let cp = topic.continuityWithBefore(k)
            if topic.prose[k] {
                f[[proseCont0, proseCont1, proseCont2, proseCont3, proseCont4][bin(cp)].rawValue] = 1
                f[[proseRel0, proseRel1, proseRel2, proseRel3][relBin(cp)].rawValue] = 1
            }
            val(.contPrev, cp)
            set(.contPrevLow, cp < 0.15)
            val(.orientAfter, topic.orientation)
            val(.orientBefore, -topic.orientation)
            let short = heading[k]
            if short {
                set(.shortXaffPrevOverNext, ap > an + 0.1)
                set(.shortXaffNextOverPrev, an > ap + 0.1)
                val(.shortXorientAfter, topic.orientation)
                val(.shortXorientBefore, -topic.orientation)
                set(.shortXcontAcrossLow, across < 0.15)
                set(.shortXnextIsLead, k + 1 < n && leads[k + 1])
                set(.shortXprevEndsSentence, k > 0 && units[k - 1].endsSentence)
            }
            if topic.prose[k] {
                set(.proseXcontPrevLow, cp < 0.15)
                set(.proseXafterHeading, k > 0 && heading[k - 1])
                set(.proseXlead, leads[k])
                let prevProseOpen = topic.before[k].first.map { !units[$0].endsSentence } ?? false
                set(.proseXstartsMidSentence, (first.map(CharClass.isTrailingPunct) ?? false) || prevProseOpen)
            }
            if let size = u.typeSize {
                set(.typeKnown, true)
                set(.typeSmall, size < 0.87)
                set(.typeBody, size >= 0.87 && size <= 1.15)
                set(.typeLarge, size > 1.15 && size < 1.7)
                set(.typeHuge, size >= 1.7)
                if k > 0, let p = units[k - 1].typeSize { set(.typeLargerThanPrev, size > 1.15 * p) }
                if k + 1 < n, let q = units[k + 1].typeSize { set(.typeLargerThanNext, size > 1.15 * q) }
            }
            out[k] = f
        }
        return out
    }

    /// Continuity in five bins: under 0.05, 0.12, 0.2, 0.35, and above.
    static func continuityBin(_ v: Double) -> Int { v < 0.05 ? 0 : v < 0.12 ? 1 : v < 0.2 ? 2 : v < 0.35 ? 3 : 4 }

    /// Continuity against the page's usual between two paragraphs: under 0.3 of it, 0.6, 1, and above.
    static func relativeBin(_ v: Double, baseline: Double) -> Int {
        let r = v / baseline
        return r < 0.3 ? 0 : r < 0.6 ? 1 : r < 1 ? 2 : 3
    }

    /// What a run shares with the prose before it minus what it shares with the prose after: five bins from
    /// far more after (under −0.3) to far more before (over 0.3).
    static func differenceBin(_ d: Double) -> Int { d < -0.3 ? 0 : d < -0.1 ? 1 : d <= 0.1 ? 2 : d <= 0.3 ? 3 : 4 }

    /// Short, with no sentence end, few clause marks: the shape of a headline, a label, a banner.
    static func isHeadingShape(_ u: Unit) -> Bool {
        guard u.lines.count <= 4 else { return false }
        // (counted no further than a heading's 40: a paragraph's five hundred need not be)
        let han = ByteScan.hanCount(u.text, upTo: 41)
        guard han >= 1, han <= 40, !u.endsSentence || han <= 24 else { return false }
        // a paragraph ending in 下转第N版 (or opening with 上接) is prose, whatever its last character
        if u.standaloneMark == nil && !u.marks.isEmpty { return false }
        var clause = 0
        for s in u.text.unicodeScalars where CharClass.isClausePunct(s) { clause += 1 }
        return clause <= 2
    }
}

/// Facts about a unit's text that the features and the article builder share.
enum UnitFacts {
    /// `记者：…`, `问：…`, `Q：…` open the questions of an interview.
    static func isQuestion(_ t: String) -> Bool {
        guard let f = t.unicodeScalars.first, "记问答QA主".unicodeScalars.contains(f) else { return false }
        for p in ["记者", "问", "答", "Q", "A", "主持人"] where t.hasScalarPrefix(p) {
            let rest = t.dropFirst(p.count)
            if let c = rest.unicodeScalars.first, c == "：" || c == ":" { return true }
        }
        return false
    }

    /// A turn of a reader's question and its answer, the asker or the answerer named before 问 or 答 (`读者问：…`,
    /// `律师答：…`, `网友问：…`): which of the two (`问` or `答`), from two to five Han characters before the colon.
    /// Alone it may be prose (`有人问：…`): a story holding both a question and an answer so named is a Q&A.
    static func namedTurn(_ t: String) -> Unicode.Scalar? {
        guard let lead = hanLead(t, atMost: 5), lead.count >= 2, lead.last == "问" || lead.last == "答" else { return nil }
        return lead.last
    }

    /// The Han characters that open a text up to its colon (`：` or `:`), `atMost` of them: how many and the last;
    /// nil where anything else comes first, more come, or no colon does.
    static func hanLead(_ t: String, atMost limit: Int) -> (count: Int, last: Unicode.Scalar)? {
        var n = 0
        var last: Unicode.Scalar = " "
        for c in t.unicodeScalars {
            if c == "：" || c == ":" { return (n, last) }
            guard CharClass.isHan(c), n < limit else { return nil }
            n += 1
            last = c
        }
        return nil
    }

    /// `谭小平：…`: two to four Han characters and a colon.
    static func opensWithSpeaker(_ t: String) -> Bool {
        (hanLead(t, atMost: 4)?.count ?? 0) >= 2
    }
}
