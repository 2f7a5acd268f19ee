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

    /// What the grouping needs to know of an item.
    public typealias Facts = (paper: String?, date: String?, number: Int?, source: String)

    // inlinable, and told by a closure rather than key paths: specialised for the caller's type (key paths are
    // projected by the runtime, a third of the grouping of a decade's pages)
    @inlinable
    public static func group<T>(_ items: [T], _ facts: (T) -> Facts) -> [Group<T>] {
        order(items, facts).map { g in
            Group(paper: g.paper, date: g.date, source: g.source, items: g.items.map { items[$0] })
        }
    }

    /// The issues as groups of indices into `items` (a library's page records are large to move about).
    /// The indices are sorted, not hashed into a table: a library lists its pages mostly in the order they were
    /// imported, folder by folder, and a sort of runs already in order costs a comparison per page.
    @inlinable
    public static func order<T>(_ items: [T], _ facts: (T) -> Facts) -> [Group<Int>] {
        var keys: [IssueKey] = []
        var numbers: [Int?] = []
        var sources: [String] = []
        keys.reserveCapacity(items.count)
        numbers.reserveCapacity(items.count)
        sources.reserveCapacity(items.count)
        for it in items {
            let f = facts(it)
            keys.append(IssueKey(paper: f.paper, date: f.date, source: f.date == nil ? f.source : nil))
            numbers.append(f.number)
            sources.append(f.source)
        }
        var indices = Array(items.indices)
        indices.sort { a, b in
            if !keys[a].same(as: keys[b]) { return keys[a] < keys[b] }
            switch (numbers[a], numbers[b]) {
            case let (x?, y?) where x != y: return x < y
            case (_?, nil): return true
            case (nil, _?): return false
            default: return IssueKey.same(sources[a], sources[b]) ? a < b : sources[a] < sources[b]
            }
        }
        var groups: [Group<Int>] = []
        var start = 0
        for k in indices.indices where k + 1 == indices.count || !keys[indices[k + 1]].same(as: keys[indices[k]]) {
            let key = keys[indices[k]]
            groups.append(Group(paper: key.paper, date: key.date, source: key.source, items: Array(indices[start...k])))
            start = k + 1
        }
        return groups
    }
}

@usableFromInline
struct IssueKey: Comparable {
    @usableFromInline var paper: String?
    @usableFromInline var date: String?
    @usableFromInline var source: String?

    @usableFromInline
    init(paper: String?, date: String?, source: String?) {
        self.paper = paper
        self.date = date
        self.source = source
    }

    /// Equal as strings; byte for byte first (most pages share their issue's key with the page before, and
    /// comparing Han text as Swift strings normalises it on the way).
    @inlinable
    static func same(_ a: String?, _ b: String?) -> Bool {
        switch (a, b) {
        case (nil, nil): return true
        case let (x?, y?):
            var x = x, y = y
            let bytes = x.withUTF8 { p in y.withUTF8 { q in p.count == q.count && p.elementsEqual(q) } }
            return bytes || x == y
        default: return false
        }
    }

    @inlinable
    func same(as o: IssueKey) -> Bool { Self.same(date, o.date) && Self.same(paper, o.paper) && Self.same(source, o.source) }

    @inlinable
    static func == (a: IssueKey, b: IssueKey) -> Bool { a.same(as: b) }

    @usableFromInline
    static func < (a: IssueKey, b: IssueKey) -> Bool {
        switch (a.date, b.date) {
        case let (x?, y?) where !same(x, y): return x < y
        case (nil, _?): return false
        case (_?, nil): return true
        default:
            let (p, q) = (a.paper ?? "\u{10FFFF}", b.paper ?? "\u{10FFFF}")
            return !same(p, q) ? p < q : (a.source ?? "") < (b.source ?? "")
        }
    }
}
