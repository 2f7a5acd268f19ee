/// Rule **HeadFolio**: the page's number printed in its head with no 版 and no date beside it, as city dailies
/// print their running heads: a section's letter and number alone (`A04`), or beside the section's name (`A04 城事`,
/// `城事 A04`, `04 要闻`). Alone anywhere else such a line could be anything (`C919`, a list's `04`); in the head of
/// the page, among the lines before its first story that also hold the paper's name or its date, it is the folio.
enum HeadFolio {
    /// Units at the top of the page this many at most make its head.
    static let maxHead = 8

    /// The page's number and the section's name (nil where none stands beside the number) from the head of a page:
    /// `head`, the texts of the units before its first story's, in page order.
    static func read(_ head: [String]) -> (page: Int, section: String?)? {
        guard head.contains(where: { Markers.isPageFurniture($0) || PageHeader.masthead($0) != nil }) else { return nil }
        for t in head {
            if let found = folio(t) { return found }
        }
        return nil
    }

    /// One line of a page's head as its folio: a number (a capital before it or not; one to three figures), alone
    /// (rules either side of it or not, `— 4 —`) or beside a section's name of two to eight Han characters.
    static func folio(_ text: String) -> (page: Int, section: String?)? {
        guard text.utf8.count <= 40, text.unicodeScalars.contains(where: { $0.isASCII && CharClass.isDigit($0) }) else { return nil }
        // (rules either side dress a number alone: `— 4 —`, `- 4 -`)
        let parts = SpaceTidy.tidy(text).split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" || $0 == "|" || $0 == "｜" })
            .filter { !$0.unicodeScalars.allSatisfy(SectionName.isRule) }.flatMap { numberApart(String($0)) }
        switch parts.count {
        case 1: return number(parts[0]).map { ($0, nil) }
        case 2:
            for (f, k) in [(0, 1), (1, 0)] {
                if let n = number(parts[f]), SectionName.isName(parts[k]) { return (n, parts[k]) }
            }
            return nil
        default: return nil
        }
    }

    /// `A04`, `B2`, `04`, `4`: the page's number.
    static func number(_ part: String) -> Int? {
        if let n = Markers.letterFolio(part) { return n }
        let u = ByteScan.scalars(part)
        guard (1...3).contains(u.count), u.allSatisfy({ $0.isASCII && CharClass.isDigit($0) }), let n = Markers.number(u[...]), n >= 1 else { return nil }
        return n
    }

    /// A number with the section's name run on (`04城事`, `A04城事`, as tidying closes the space beside a figure): the two.
    static func numberApart(_ part: String) -> [String] {
        let u = ByteScan.scalars(part)
        var d = 0
        if let f = u.first, f.value >= 0x41 && f.value <= 0x5A { d = 1 }
        let start = d
        while d < u.count && u[d].isASCII && CharClass.isDigit(u[d]) { d += 1 }
        guard d > start, d < u.count, CharClass.isHan(u[d]) else { return [part] }
        return [String(scalars: u[..<d]), String(scalars: u[d...])]
    }
}
