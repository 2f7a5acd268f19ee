/// A paragraph-sized piece of the page after hard wraps and column breaks were joined: a paragraph, a
/// headline line, a byline, a mark … Its `role` says which.
struct Unit: Sendable {
    enum Role: Sendable, Equatable {
        case body
        case qa
        case heading
        /// Opens a report (`本报讯（记者…）`), with the byline found inside it.
        case lead(byline: String?)
        /// An editor's lead-in (`编前：`).
        case columnLead
        /// A standalone byline line (`□ 记者 …`).
        case byline(String)
        /// A closing attribution (`（荆州市妇女联合会 高荣荣）`).
        case signature(String)
        /// A standalone photo credit (`（记者 潘路 摄）`).
        case credit(String)
        /// A caption paragraph that ends with its photo credit.
        case caption(credit: String)
        /// Belongs to the page: date line, staff line, masthead, page number.
        case furniture
        /// A standalone 上接/下转 mark.
        case mark(Markers.ContinuationMark)
    }

    var text: String
    /// Indices of the source lines it came from (into the kept-lines array).
    var lines: [Int]
    var gapBefore: Int
    var role: Role = .body
    /// Raw display width of the widest line.
    var maxRawWidth: Int
    /// Source line number of the first line.
    var firstLine: Int
    /// Some line of it has clause punctuation; its last line ends a sentence.
    var hasClause = false
    var endsSentence = false
    /// Its 上接/下转 marks, found once when the roles are given.
    var marks: [Markers.ContinuationMark] = []

    var isHeading: Bool { role == .heading }
}
