/// What is left after the stories took their units: the page's banner (**SectionBanner**), column labels
/// (**ColumnLabel**), the rest of the furniture, and the page's own metadata from its header and footer lines
/// (**PageHeader**).
enum PageFurniture {
    static let maxFurnitureHan = 30
    static let maxLabelHan = 12

    /// Rule **ColumnLabel**: a short furniture line right before a story's headline group or first unit, or
    /// right after its headline group (first, when the headline is printed after the story), names that story's column (`编读往来` over an editor's note). An
    /// editor's note passes its column on to the letters of the page. A writer's name alone (`LabelledTitle.isBareName`)
    /// names no column.
    static func assignColumns(units: [Unit], furniture: Set<Int>, drafts: inout [Draft], kinds: [Article.Kind]) -> Set<Int> {
        var used = Set<Int>()
        for d in drafts.indices {
            let headStart = (drafts[d].headline + drafts[d].bylines + drafts[d].body).min() ?? 0
            var candidates = [headStart - 1]
            if let lastHead = drafts[d].headline.max(), lastHead + 1 < units.count {
                // a headline printed after its story has its label after it too
                if lastHead > (drafts[d].body.max() ?? Int.max) { candidates.insert(lastHead + 1, at: 0) } else { candidates.append(lastHead + 1) }
            }
            for c in candidates where c >= 0 && furniture.contains(c) && !used.contains(c) {
                let t = units[c].text
                guard t.hanCount >= 2, t.hanCount <= maxLabelHan, !Markers.isPageFurniture(t), !Markers.productionLine(t), !Markers.isCodePrompt(t),
                      !Markers.isContactLine(t),
                      !LabelledTitle.isBareName(t) else { continue }
                drafts[d].column = t
                used.insert(c)
                break
            }
        }
        for (d, draft) in drafts.enumerated() where kinds[d] == .column {
            guard let col = draft.column else { continue }
            for e in drafts.indices where kinds[e] == .letter && drafts[e].column == nil { drafts[e].column = col }
        }
        return used
    }
}

/// Rule **PageHeader**: the header and footer lines of a page name its paper (`滨江晚报`), its date
/// (`2025年1月10日 星期五`) and its page (`第4版`, `A2版`).
public struct PageHeader: Equatable, Sendable {
    public var paper: String?
    public var date: String?
    public var page: Int?

    public init(paper: String? = nil, date: String? = nil, page: Int? = nil) {
        self.paper = paper
        self.date = date
        self.page = page
    }

    /// What these lines (the page's furniture, in page order) say.
    public static func read(_ lines: [String]) -> PageHeader {
        var h = PageHeader()
        for l in lines {
            let tidied = SpaceTidy.tidy(l)
            let t = Markers.barsApart(tidied) ?? tidied
            let s = ByteScan.scalars(t)
            if h.date == nil, let r = Markers.firstDate(s), let d = Markers.dateValues(s[r]) {
                h.date = String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
            }
            // a date in figures, only in a header's date line (`2025-01-10 星期五`, `滨海日报 2025-01-10 星期五 第2版`) or
            // standing as a part of its own in a line of the page's furniture (`2025.01.10`, `江城晚报 2025-01-10`)
            if h.date == nil {
                let parts = Markers.headerParts(t)
                if Markers.isHeaderLine(t) || Markers.isHeaderDate(t) || parts.contains(where: Markers.isBareDate),
                   let d = parts.lazy.compactMap({ Markers.numericDate(Array($0.unicodeScalars)) }).first {
                    h.date = String(format: "%04d-%02d-%02d", d.year, d.month, d.day)
                }
            }
            // (an entry of the page's index names another page)
            if h.page == nil, !Markers.isIndexEntry(t),
               let p = pageNumber(s) ?? headerLetterFolio(t) ?? (Markers.folioSection(t) != nil ? pageNumber(s, anyBefore: true) : nil) { h.page = p }
            if h.paper == nil, let p = masthead(t) ?? headerMasthead(t) { h.paper = p }
        }
        return h
    }

    /// `第4版`, `第十二版`, `A2版`, `4版` (a page number standing in a header line); `anyBefore`: whatever stands before
    /// the number (a line that is a section's name and its folio run together, `要闻02版`: `Markers.folioSection`).
    /// The first such number of the line: the page count before it (`今日8版第4版`) is none.
    static func pageNumber(_ s: [Unicode.Scalar], anyBefore: Bool = false) -> Int? {
        var from = 0
        while let v = s[from...].firstIndex(of: "版") {
            if let n = pageNumber(s, at: v, anyBefore: anyBefore) { return n }
            from = v + 1
        }
        return nil
    }

    /// The page number whose 版 is at `v`.
    static func pageNumber(_ s: [Unicode.Scalar], at v: Int, anyBefore: Bool) -> Int? {
        guard v > 0 else { return nil }
        var j = v
        while j > 0 && (CharClass.isDigit(s[j - 1]) || Markers.chineseDigitValue(s[j - 1]) != nil) { j -= 1 }
        guard j < v, let n = Markers.number(s[j..<v]), n >= 1, n <= 999 else { return nil }
        // what stands before the number: 第, a section letter, a space, or nothing
        if j > 0 && !anyBefore {
            let b = s[j - 1]
            guard b == "第" || CharClass.isSpace(b) || (b.value >= 0x41 && b.value <= 0x5A) || b == "·" else { return nil }
        }
        return n
    }

    /// A section's letter and number without 版 in a header line (`A03 要闻 2025年3月10日 星期一`): the page.
    static func headerLetterFolio(_ t: String) -> Int? {
        guard Markers.mayHoldLetterFolio(t), Markers.isHeaderLine(t) else { return nil }
        return Markers.headerParts(t).lazy.compactMap(Markers.letterFolio).first
    }

    /// The paper's name printed beside the date or the folio in a header line (`东陵都市报 第3版`,
    /// `江城晚报2025年3月14日星期五`).
    static func headerMasthead(_ t: String) -> String? {
        guard Markers.isHeaderLine(t) else { return nil }
        return Markers.headerParts(t).lazy.compactMap(masthead).first
    }

    /// A paper's name: a few Han characters ending in 报 (日报, 晚报, 都市报, 时报), alone on its line, or with its name
    /// in capitals after it (`江城日报 JIANGCHENG DAILY`).
    static func masthead(_ t: String) -> String? {
        let bare = t.unicodeScalars.filter { !CharClass.isSpace($0) }
        let lead = bare.prefix { !$0.isASCII }
        let tail = bare.dropFirst(lead.count)
        let name = tail.count >= 4 && tail.allSatisfy({ $0.value >= 0x41 && $0.value <= 0x5A }) ? String(scalars: lead) : String(scalars: bare)
        let han = name.hanCount
        guard han >= 3, han <= 8, han == name.unicodeScalars.count, name.hasScalarSuffix("报"), !Markers.namesNoPaper(name) else { return nil }
        return name
    }
}
