/// Rule **SectionName**: the section a banner names is its words without what dresses them on the page: a mark
/// either side (`■ 城事新闻`, `◆城事◆`), brackets around them (`【城事】`, `〖城事〗`), rules either side (`—— 城事 ——`),
/// its name in Latin letters beside it (`城事 CITY NEWS`), the paper's name before a dot (`江城日报·城事`). The banner's line
/// stays among the page's furniture as printed; a name with words on both sides of a dot (`城事·关注`) is kept whole.
enum SectionName {
    static func of(_ banner: String) -> String {
        var s = ByteScan.scalars(banner)[...]
        func trimSpaces() {
            while let f = s.first, CharClass.isSpace(f) { s = s.dropFirst() }
            while let l = s.last, CharClass.isSpace(l) { s = s.dropLast() }
        }
        trimSpaces()
        var changed = true
        while changed && s.count > 2 {
            let before = s.count
            // marks and rules either side
            while let f = s.first, CharClass.isBullet(f) || isRule(f) { s = s.dropFirst() }
            while let l = s.last, CharClass.isBullet(l) || isRule(l) { s = s.dropLast() }
            trimSpaces()
            // brackets around the whole
            if let f = s.first, let l = s.last, pairs.contains(where: { $0.0 == f && $0.1 == l }), s.count > 2 { s = s.dropFirst().dropLast() }
            trimSpaces()
            // a name in Latin letters before or after (four letters or more, spaces between words)
            let lead = s.prefix { isLetter($0) || $0 == " " }
            if lead.filter(isLetter).count >= 4, lead.count < s.count { s = s.dropFirst(lead.count) }
            let tail = s.reversed().prefix { isLetter($0) || $0 == " " }
            if tail.filter(isLetter).count >= 4, tail.count < s.count { s = s.dropLast(tail.count) }
            trimSpaces()
            changed = s.count != before
        }
        // the paper's name before a dot
        if let dot = s.firstIndex(where: { $0 == "·" || $0 == "・" }), dot > s.startIndex, dot < s.endIndex - 1,
           Markers.isMasthead(String(scalars: s[..<dot])) {
            s = s[(dot + 1)...]
        }
        let name = String(scalars: s)
        // (what is left must still name something in Han characters; else the banner as printed)
        return name.hanCount >= 2 ? name : banner
    }

    static let pairs: [(Unicode.Scalar, Unicode.Scalar)] = [("【", "】"), ("［", "］"), ("[", "]"), ("〔", "〕"), ("〖", "〗"), ("「", "」"),
                                                            ("『", "』"), ("《", "》"), ("<", ">"), ("〈", "〉")]

    static func isRule(_ c: Unicode.Scalar) -> Bool {
        c == "—" || c == "─" || c == "━" || c == "-" || c == "－" || c == "=" || c == "＝" || c == "~" || c == "～" || c == "/" || c == "／"
    }

    static func isLetter(_ c: Unicode.Scalar) -> Bool { (c.value >= 0x41 && c.value <= 0x5A) || (c.value >= 0x61 && c.value <= 0x7A) }
}

extension SectionName {
    /// Rule **DateSection**: a header's date line with a section's name before or after it (`城事 2025年4月9日 星期三`,
    /// `2025年4月9日 星期三 城事`), on a page with no banner: the name (two to eight Han characters, not the paper's,
    /// not a weekday, not the lunar date).
    static func besideDate(_ text: String) -> String? {
        guard text.utf8.count <= 96, ByteScan.holdsAny(text, ["年"]) else { return nil }
        let s = ByteScan.scalars(SpaceTidy.tidy(text))
        guard let d = Markers.firstDate(s) else { return nil }
        let before = String(scalars: s[..<d.lowerBound].filter { !CharClass.isSpace($0) })
        let from = String(scalars: s[d.lowerBound...])
        if isName(before), Markers.isHeaderDate(from) || Markers.isBareDate(from) { return before }
        // after the date and its weekday
        guard before.isEmpty else { return nil }
        let parts = from.split(separator: " ").map(String.init)
        guard parts.count >= 2, let name = parts.last, isName(name) else { return nil }
        let date = parts.dropLast().joined(separator: " ")
        return Markers.isHeaderDate(date) ? name : nil
    }

    /// A section's name standing beside the header's date or folio: two to eight Han characters, not the paper's
    /// name (nor a word in 报 that could be one), not a weekday, the lunar date, a folio or a staff role.
    static func isName(_ t: String) -> Bool {
        let han = t.hanCount
        return han >= 2 && han <= 8 && han == t.unicodeScalars.count && (!t.hasScalarSuffix("报") || Markers.namesNoPaper(t))
            && !t.hasScalarPrefix("星期") && !t.hasScalarPrefix("周") && !t.hasScalarPrefix("农历") && !t.hasScalarSuffix("版")
            && !Markers.isIssueFact(t) && !Markers.staffRoles.contains(where: { t.hasScalarPrefix($0) })
    }
}
