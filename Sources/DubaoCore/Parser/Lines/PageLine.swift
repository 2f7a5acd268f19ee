/// One line of the page as printed, with the facts about it that joining and labelling ask, worked out once.
struct PageLine: Sendable {
    /// 0-based line number in the source.
    var number: Int
    /// The line as extracted, trimmed.
    var raw: String
    /// After LetterSpacing and SpaceTidy.
    var text: String
    /// Printed width of `raw` (CJK quotes and dashes count as wide, as they print): justified and
    /// letter-spaced lines keep their printed width here.
    var rawWidth: Int
    /// Blank (or removed) lines before this one and after it.
    var gapBefore: Int
    var gapAfter = 0
    /// Spaces before the text (a paragraph's first line is often indented).
    var indent: Int
    /// The line was letter-spaced (`第 三 届 出 土`).
    var letterSpaced: Bool
    var han: Int
    var endsSentence: Bool
    /// Ends with a clause mark (，、；：): the sentence goes on.
    var endsClause: Bool
    /// Ends with a closing bracket or quote that does not end a sentence.
    var endsCloser: Bool
    /// Begins with punctuation that cannot begin a paragraph (，。、；：！？）》”).
    var startsPunct: Bool
    var startsOpener: Bool
    var hasClause: Bool
    /// Opens a report or an editor's lead-in (本报讯, a dateline, 编者按).
    var opensStory: Bool
    /// A mark, a wholly bracketed line or a byline line: never part of a paragraph.
    var standsAlone: Bool
    /// Ends with a photo credit, a signature or a 下转 mark: the paragraph ends here.
    var endsWithCreditOrMark: Bool
    /// A photo credit or a production line (`制图：…`).
    var production: Bool
    var endsInLatinLetter: Bool
    var startsLowercaseLatin: Bool
    /// Closes a quote or bracket before opening one (within its first characters).
    var closesFirst: Bool
    /// Ends a sentence within its first ten characters.
    var sentenceSoon: Bool
    /// Has a clause mark within its first three characters.
    var clauseSoon: Bool
    /// Quotes and brackets it opens minus those it closes.
    var bracketBalance: Int
    /// A line of the page's header or footer: its date, its folio, the paper's name beside them (`Markers.isHeaderLine`).
    var header: Bool
    /// A table's row as printed, its fields set apart by spaces (**TableRows**, `LineShape.isTableRow`).
    var tableRow: Bool
    /// The printed column width around the line (nil: a paragraph per line).
    var columnWidth: Int? = nil
    /// Its type size against the body's, where the page came with its geometry (a PDF); nil in a text dump.
    var typeSize: Double? = nil

    /// How much larger one line's type must be than another's for the two to be set in different type (a caption
    /// under the text, a kicker over its headline).
    static let typeStep = 1.15

    /// Whether two type sizes (where the page gave them) differ by `typeStep` or more.
    static func otherType(_ a: Double?, _ b: Double?) -> Bool {
        guard let a, let b, a > 0, b > 0 else { return false }
        return max(a, b) >= min(a, b) * typeStep
    }

    init(number: Int, raw: String, gapBefore: Int, indent: Int) {
        self.number = number
        self.raw = raw
        self.gapBefore = gapBefore
        self.indent = indent
        let spaced = raw.hasSpaces
        let unspaced = spaced ? LetterSpacing.remove(raw) : raw
        letterSpaced = spaced && unspaced.unicodeScalars.count + 2 < raw.unicodeScalars.count
        tableRow = spaced && !letterSpaced && LineShape.isTableRow(raw)
        text = spaced ? StraySpaces.close(SpaceTidy.tidy(unspaced)) : raw
        if spaced, let kept = RunInGap.keep(raw: raw, tidied: text) { text = kept }
        rawWidth = DisplayWidth.of(raw, ambiguousWide: true)
        han = text.hanCount
        endsSentence = text.endsSentence
        let last = text.unicodeScalars.last
        endsClause = last.map(CharClass.isClausePunct) ?? false
        endsCloser = !endsSentence && (last.map(CharClass.isCloser) ?? false)
        let first = text.unicodeScalars.first(where: { !CharClass.isSpace($0) })
        startsPunct = first.map(CharClass.isTrailingPunct) ?? false
        startsOpener = first.map(CharClass.isOpener) ?? false
        hasClause = ByteScan.hasClausePunct(text)
        let short = text.utf8.count <= 150
        let bracketed = first.map(CharClass.isOpener) ?? false
        opensStory = LineShape.opensStory(text)
        standsAlone = (short && (bracketed || text.utf8.count <= 60) && LineShape.standsAlone(text))
            || (short && first.map { Markers.roleInitials.contains($0) || CharClass.isBullet($0) } == true && Markers.bylineLine(text) != nil)
        var creditOrMark = false
        if let l = last, CharClass.isCloser(l) || l == "版" {
            if CharClass.isCloser(l) && (Markers.trailingCredit(text) != nil || Markers.trailingSignature(text) != nil) {
                creditOrMark = true
            } else if let m = Markers.continuationMarks(in: text).last, m.range.upperBound >= text.unicodeScalars.count - 1 {
                creditOrMark = true
            }
        } else if let l = last, l == "摄" || l == "影" || l == "图", Markers.trailingCredit(text) != nil {
            // a caption's credit printed plain after its last sentence (`…浇水。本报记者 严岚 摄`) ends it as a bracketed one does
            creditOrMark = true
        }
        endsWithCreditOrMark = creditOrMark
        production = short && (Markers.productionLine(text) || Markers.plainCredit(text) != nil)
        header = Markers.isHeaderLine(text)
        // a heading's line that names no one has its stray spaces closed as prose has (`做文 章`)
        if spaced && !hasClause && !header && !production && text.utf8.count <= 120 && Markers.bylineLine(text) == nil
            && Markers.trailingCredit(text) == nil {
            text = StraySpaces.close(text, heading: true)
        }
        var closes = false
        var soon = false
        var clauseSoon = false
        var balance = 0
        var seenOpen = false
        var i = 0
        var scalars = 0
        var clauses = 0
        var fullStop = false
        for c in text.unicodeScalars {
            if c == "。" { fullStop = true }
            if Self.opensPair(c) { balance += 1; seenOpen = true }
            if Self.closesPair(c) {
                balance -= 1
                if !seenOpen && i < 24 { closes = true }
            }
            if i < 10 && CharClass.isTerminator(c) { soon = true }
            if CharClass.isClausePunct(c) {
                clauses += 1
                if i > 0 && i < 4 { clauseSoon = true }
            }
            i += 1
            scalars += 1
        }
        hasTwoClauses = clauses >= 2
        // a heading never holds a full stop (a line with one inside is a sentence ending and the next begun), nor
        // opens a report (本报讯（记者…）)
        headingLike = han >= 1 && han <= 30 && !endsSentence && scalars <= 40 && clauses < 2 && !fullStop && !opensStory
        closesFirst = closes
        sentenceSoon = soon
        self.clauseSoon = clauseSoon
        bracketBalance = balance
        if let l = last, l.value < 0x250 { endsInLatinLetter = l.properties.isAlphabetic } else { endsInLatinLetter = false }
        if let f = text.unicodeScalars.first, f.value < 0x250 { startsLowercaseLatin = f.properties.isLowercase } else { startsLowercaseLatin = false }
    }

    /// Short, with no sentence end, no full stop and at most one clause mark: the shape of a headline, a label,
    /// a banner.
    var headingLike: Bool
    var hasTwoClauses: Bool

    /// Quotes and brackets a pair opens with (`“‘（《【「『(`) and closes with (`”’）》】」』)`).
    @inline(__always)
    static func opensPair(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x201C, 0x2018, 0xFF08, 0x300A, 0x3010, 0x300C, 0x300E, 0x28: return true
        default: return false
        }
    }

    @inline(__always)
    static func closesPair(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x201D, 0x2019, 0xFF09, 0x300B, 0x3011, 0x300D, 0x300F, 0x29: return true
        default: return false
        }
    }

    /// Lines of the text; `\n`, `\r\n`, `\r` and the Unicode line and paragraph separators all end a line.
    static func split(_ text: String) -> [String] { SourceLine.split(text) }

    static func isBlank(_ s: String) -> Bool { SourceLine.isBlank(s) }

    /// The number of spaces (ASCII or ideographic) a line starts with.
    static func indent(of s: String) -> Int {
        var n = 0
        for c in s.unicodeScalars {
            if c == " " || c == "\t" { n += 1 } else if c == "\u{3000}" { n += 2 } else { break }
        }
        return n
    }
}

/// Rule **ColumnWidth**, per block: lines extracted from narrow columns wrap at nearly the same width. Around
/// each line, the printed column width is the centre of the densest cluster of line widths among the lines
/// near it, when most of them fall in such a cluster; otherwise that part of the page is "flowed" (a paragraph
/// per line) and has no column width. An article set in a narrower column than its neighbours gets its own.
enum ColumnWidth {
    static let window = 24

    /// One estimate per line.
    static func local(_ widths: [Int]) -> [Int?] {
        let n = widths.count
        guard n > 0 else { return [] }
        var hist = [Int](repeating: 0, count: 104)
        var candidates = 0
        func add(_ i: Int, _ d: Int) {
            let w = widths[i]
            if w >= 12 && w <= 100 { hist[w] += d; candidates += d }
        }
        var lo = 0
        var hi = -1
        var out = [Int?](repeating: nil, count: n)
        var cache: (lo: Int, hi: Int, value: Int?)?
        for i in 0..<n {
            let a = max(0, i - window)
            let b = min(n - 1, i + window)
            while hi < b { hi += 1; add(hi, 1) }
            while lo < a { add(lo, -1); lo += 1 }
            if let c = cache, c.lo == lo, c.hi == hi { out[i] = c.value; continue }
            out[i] = estimate(hist: hist, candidates: candidates, lines: hi - lo + 1)
            cache = (lo, hi, out[i])
        }
        return out
    }

    /// The page-wide estimate (one cluster over all lines).
    static func estimate(_ widths: [Int]) -> Int? {
        var hist = [Int](repeating: 0, count: 104)
        var c = 0
        for w in widths where w >= 12 && w <= 100 { hist[w] += 1; c += 1 }
        return estimate(hist: hist, candidates: c, lines: widths.count)
    }

    static func estimate(hist: [Int], candidates: Int, lines: Int) -> Int? {
        guard candidates >= 8, Double(candidates) >= 0.4 * Double(lines) else { return nil }
        var best = 0
        var bestCount = 0
        var run = hist[11...17].reduce(0, +)
        for w in 14...98 {
            if w > 14 { run += hist[w + 3] - hist[w - 4] }
            if run > bestCount { bestCount = run; best = w }
        }
        // the cluster must hold a good share of the candidate lines
        guard Double(bestCount) >= 0.35 * Double(candidates) else { return nil }
        // full lines sit at the top of the cluster: take its upper median
        var seen = 0
        for w in (best - 3)...(best + 3) {
            seen += hist[w]
            if seen * 2 > bestCount { return w }
        }
        return best
    }
}
