/// Everything that was read: pages in order, grouped into issues on demand, and the warnings met on the way.
public struct Corpus: Sendable, Codable, Hashable {
    public var pages: [Page]
    public var warnings: [String]

    public init(pages: [Page] = [], warnings: [String] = []) {
        self.pages = pages
        self.warnings = warnings
    }

    /// Pages grouped by (paper, date), issues ordered by date (undated last, one issue per page), pages by
    /// number then source.
    public var issues: [Issue] {
        IssueGrouping.group(pages, paper: \.paper, date: \.date, number: \.page, source: \.source).map {
            Issue(paper: $0.paper, date: $0.date, pages: $0.items)
        }
    }
}

/// One edition of one paper: the pages that share a paper and a date.
public struct Issue: Sendable, Hashable {
    public var paper: String?
    public var date: String?
    public var pages: [Page]

    public var title: String { Issue.title(paper: paper, date: date, source: date == nil ? pages.first?.source : nil) }

    public static func title(paper: String?, date: String?, source: String? = nil) -> String {
        let name = paper ?? "未知报刊"
        // an undated page is an issue of its own, named by its file: which pages belong together is unknown
        if date == nil, let s = source { return "\(name) · 日期不详 · \(Self.fileName(s))" }
        return date.map { "\(name) \($0)" } ?? "\(name) · 日期不详"
    }

    static func fileName(_ path: String) -> String {
        String(path.split(separator: "/").last ?? Substring(path))
    }
}

/// Groups pages (or anything that knows its paper, date, page number and source) into issues, in the
/// order the reader shows them: by date (undated last), then paper; pages by number, then source.
public enum IssueGrouping {
    public struct Group<T> {
        public var paper: String?
        public var date: String?
        /// For an undated page, its file (each is an issue of its own).
        public var source: String?
        public var items: [T]
        public var title: String { Issue.title(paper: paper, date: date, source: source) }

        @inlinable
        public init(paper: String?, date: String?, source: String?, items: [T]) {
            self.paper = paper
            self.date = date
            self.source = source
            self.items = items
        }
    }

    // inlinable: specialised for the caller's type, not run through value witnesses and key paths generically
    // (half the reader's start on a decade of pages)
    @inlinable
    public static func group<T>(_ items: [T], paper: KeyPath<T, String?>, date: KeyPath<T, String?>, number: KeyPath<T, Int?>,
                                source: KeyPath<T, String>) -> [Group<T>] {
        // indices are grouped and sorted, not the items (a library's page records are large to move about)
        var groups: [IssueKey: [Int]] = [:]
        let numbers = items.map { $0[keyPath: number] }
        let sources = items.map { $0[keyPath: source] }
        for (i, it) in items.enumerated() {
            let d = it[keyPath: date]
            groups[IssueKey(paper: it[keyPath: paper], date: d, source: d == nil ? sources[i] : nil), default: []].append(i)
        }
        return groups.keys.sorted().map { key in
            let order = groups[key]!.sorted { a, b in
                switch (numbers[a], numbers[b]) {
                case let (x?, y?) where x != y: return x < y
                case (_?, nil): return true
                case (nil, _?): return false
                default: return sources[a] < sources[b]
                }
            }
            return Group(paper: key.paper, date: key.date, source: key.source, items: order.map { items[$0] })
        }
    }
}

@usableFromInline
struct IssueKey: Hashable, Comparable {
    @usableFromInline var paper: String?
    @usableFromInline var date: String?
    @usableFromInline var source: String?

    @usableFromInline
    init(paper: String?, date: String?, source: String?) {
        self.paper = paper
        self.date = date
        self.source = source
    }

    @usableFromInline
    static func < (a: IssueKey, b: IssueKey) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where x != y: return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default:
            let (p, q) = (a.paper ?? "\u{10FFFF}", b.paper ?? "\u{10FFFF}")
            return p != q ? p < q : (a.source ?? "") < (b.source ?? "")
        }
    }
}
