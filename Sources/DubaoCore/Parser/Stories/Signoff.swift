/// Rule **Signoff** (落款): a notice, an open letter or a proposal closes with who issues it and the day, each
/// on a line of its own under the last paragraph (`江城市城市建设管理局` / `2025年3月14日`). The issuer is the
/// story's signature (never the headline of the story above nor of the one below), and the day under it goes
/// with it. A reader's letter closes with its writer the same way (`读者 张建华`).
enum Signoff {
    /// Words that end the name of a body that issues notices: offices, committees, governments, companies.
    static let issuerEnds = ["局", "委", "委员会", "政府", "办公室", "办", "厅", "部", "院", "所", "中心", "公司", "集团", "协会",
                             "联合会", "商会", "学会", "指挥部", "领导小组", "小组", "支队", "大队", "银行", "大学", "学校", "医院",
                             "社区", "村委会", "居委会", "街道办事处", "管委会", "工作组", "总工会", "团市委", "妇联", "法院", "检察院"]

    /// An issuer's name standing alone: Han only (several names apart by spaces, `中共江城市委 江城市人民政府`),
    /// four to forty characters, each name ending in one of `issuerEnds`.
    static func isIssuer(_ text: String) -> Bool {
        let names = text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard !names.isEmpty, names.count <= 4 else { return false }
        var total = 0
        for n in names {
            let s = String(n)
            let han = s.hanCount
            guard han == s.unicodeScalars.count, han >= 4, han <= 24, issuerEnds.contains(where: { s.hasScalarSuffix($0) }) else { return false }
            total += han
        }
        return total <= 40
    }

    /// For each unit: whether it signs the story above it: an issuer's name right under a paragraph that ended its
    /// sentence, with a day alone right under it; or a letter's writer (`读者 张建华`).
    static func signers(_ units: [Unit]) -> [Bool] {
        var out = [Bool](repeating: false, count: units.count)
        for k in units.indices.dropFirst() where units[k].lines.count == 1 && units[k - 1].endsSentence {
            let t = units[k].text
            guard t.utf8.count <= 130, let first = t.unicodeScalars.first, let last = t.unicodeScalars.last else { continue }
            if t.utf8.count <= 40 && (writerInitials.contains(first) || first == "—" || first == "-") && isLetterWriter(t) {
                out[k] = true
            } else if closesAbove(k, units), isWriterLine(units[k]) {
                // a writer's line (no reporter's: pdftotext's default order prints the next story's byline under a
                // column's last sentence) printed right under the last sentence, a blank line under it (`作者：王明远`)
                out[k] = true
            } else if issuerLasts.contains(last), k + 1 < units.count, units[k + 1].lines.count == 1, units[k + 1].text.utf8.count <= 40,
                      isIssuer(SpaceTidy.tidy(t)), isDay(units[k + 1].text) {
                out[k] = true
            }
        }
        return out
    }

    /// Unit `k` stands where a signature does, not a byline: right under a paragraph (longer than any headline) that
    /// ends its sentence, no blank line between, and a blank line under it (on a page without blank lines, never).
    static func closesAbove(_ k: Int, _ units: [Unit]) -> Bool {
        k > 0 && units[k].gapBefore == 0 && k + 1 < units.count && units[k + 1].gapBefore > 0
            && units[k - 1].endsSentence && units[k - 1].text.hanCount > headlineHan
    }

    /// A byline line with a name and no reporter's role: how a poet, an essayist or a commentator signs (`□ 王明远`,
    /// `作者：王明远`).
    static func isWriterLine(_ u: Unit) -> Bool {
        Markers.bylineLine(u.text) != nil && !["记者", "通讯员", "摄"].contains(where: { ByteScan.contains(u.text, $0) })
    }

    /// More Han characters than a headline's line holds.
    static let headlineHan = 30

    /// Quick looks: the characters an issuer's name ends with, and a writer's role opens with.
    static let issuerLasts = Set(issuerEnds.compactMap { $0.unicodeScalars.last })
    static let writerInitials = Set(writerRoles.compactMap { $0.unicodeScalars.first })

    /// Who a reader's letter or a resident's words are signed by: `读者 张建华`, `市民 王女士`.
    static let writerRoles = ["读者", "市民", "网友", "居民", "村民", "家长", "患者", "游客", "听众", "观众", "考生", "车主"]

    /// A letter's plain signature: a writer's role word, then a name of two to four Han characters opening with a
    /// common surname (`张建华`, `王女士`), alone on its line, a dash before it or not.
    static func isLetterWriter(_ text: String) -> Bool {
        var t = Substring(SpaceTidy.tidy(text))
        while let f = t.unicodeScalars.first, f == "—" || f == "-" || CharClass.isSpace(f) { t = t.dropFirst() }
        guard let role = writerRoles.first(where: { t.hasScalarPrefix($0) }) else { return false }
        var name = t.dropFirst(role.count)
        while let f = name.unicodeScalars.first, CharClass.isSpace(f) { name = name.dropFirst() }
        let han = name.hanCount
        guard han >= 2, han <= 4, han == name.unicodeScalars.count else { return false }
        return Surnames.opens(name)
    }

    /// A day alone on its line, however spaced (`2025年3月14日`, `2025 年 3 月 14 日`).
    static func isDay(_ text: String) -> Bool {
        Markers.isBareDate(SpaceTidy.tidy(text).filter { $0 != " " })
    }

    /// The day under an issuer's name that the decode set apart as the page's furniture goes with the name, into
    /// the story the name signs.
    static func mend(drafts: inout [Draft], units: inout [Unit], furniture: inout [Int]) {
        for k in furniture where k > 0 && units[k - 1].label == .signature && units[k].lines.count == 1
            && isDay(units[k].text) && isIssuer(SpaceTidy.tidy(units[k - 1].text)) {
            guard let d = drafts.firstIndex(where: { $0.body.contains(k - 1) }) else { continue }
            drafts[d].body.append(k)
            drafts[d].body.sort()
            units[k].label = .signature
            units[k].state = .signature
            furniture.removeAll { $0 == k }
        }
    }
}
