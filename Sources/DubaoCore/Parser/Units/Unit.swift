/// A paragraph-sized piece of the page after hard wraps and column breaks were joined: a paragraph, a
/// headline line, a byline, a caption, a mark … Which of these it is, the labelling decides (`label`).
struct Unit: Sendable {
    var text: String
    /// Indices of the page lines it came from.
    var lines: [Int]
    var gapBefore: Int
    var gapAfter = 0
    /// Raw display width of the widest line.
    var maxRawWidth: Int
    /// Source line number of the first line.
    var firstLine: Int
    /// Some line of it has clause punctuation; its last line ends a sentence.
    var hasClause = false
    var endsSentence = false
    /// Some line was letter-spaced; the first line was indented.
    var letterSpaced = false
    var indent = 0
    /// The column width around its first line.
    var columnWidth: Int?
    /// Its largest type against the body's, where the page came with its geometry (a PDF).
    var typeSize: Double?
    /// It is one line, a table's row as printed (**TableRows**).
    var tableRow = false
    /// Its 上接/下转 marks.
    var marks: [Markers.ContinuationMark] = []
    var label: UnitLabel = .body
    var state: DecodeState = .body

    init(line l: PageLine, index: Int) {
        text = l.text
        lines = [index]
        gapBefore = l.gapBefore
        gapAfter = l.gapAfter
        maxRawWidth = l.rawWidth
        firstLine = l.number
        hasClause = l.hasClause
        endsSentence = l.endsSentence
        letterSpaced = l.letterSpaced
        indent = l.indent
        columnWidth = l.columnWidth
        typeSize = l.typeSize
        tableRow = l.tableRow
    }

    mutating func append(_ l: PageLine, index: Int) {
        // a brief's run-in headline that filled its row, its dateline on the next (`■江城博物馆“荆楚漆器展”开幕` /
        // `4月 8 日，…`): the gap the wrap took is put back (`RunInGap`)
        if lines.count == 1 && RunInGap.isWholeRunIn(text) && RunInGap.startsWithDate(l.text.unicodeScalars[...]) {
            text += " " + l.text
        } else {
            LineJoin.append(l.text, to: &text)
        }
        lines.append(index)
        tableRow = false
        maxRawWidth = max(maxRawWidth, l.rawWidth)
        if let t = l.typeSize { typeSize = max(typeSize ?? t, t) }
        hasClause = hasClause || l.hasClause
        endsSentence = l.endsSentence
        letterSpaced = letterSpaced || l.letterSpaced
        gapAfter = l.gapAfter
    }

    /// Shaped as a title a writer's line may stand under (**GluedWriter**): no clause mark, no sentence end, three
    /// lines and thirty Han characters at most.
    var titleShaped: Bool { !hasClause && !endsSentence && lines.count <= 3 && text.hanCount <= 30 }

    /// The standalone 上接/下转 mark it is, if it is nothing else.
    var standaloneMark: Markers.ContinuationMark? {
        guard marks.count == 1 else { return nil }
        return Markers.isStandaloneMark(text)
    }
}
