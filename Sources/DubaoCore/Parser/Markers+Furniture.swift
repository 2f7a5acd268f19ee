/// Lines that belong to the page: date, staff, masthead, page number.
extension Markers {
    static let staffRoles = ["责任编辑", "值班编辑", "美术编辑", "编辑", "责编", "美编", "校对", "版式", "组版", "审读", "审校",
                             "终审", "主编", "制作", "设计", "排版", "监制", "统筹", "策划"]

    static let staffInitials: [Unicode.Scalar] = Array(Set(staffRoles.compactMap { $0.unicodeScalars.first }))

    /// Rule **PageFurnitureLine**: lines that belong to the page, not to a story: the date line
    /// (`2024年3月15日 星期五`, `农历…`, `第12345期`), the staff line (`编辑：周明 校对：陈芳`), the masthead
    /// (`滨江晚报`, a short name ending in 报), the page number (`第2版`, `A2版`), and a running head that
    /// gives the date with the editor's name.
    public static func isPageFurniture(_ text: String) -> Bool {
        guard text.utf8.count <= 180, let first = text.unicodeScalars.first, let last = text.unicodeScalars.last else { return false }
        // quick look: a staff role's first character, a date, 第…版, or …报
        guard staffInitials.contains(first) || first == "本" || last == "报" || last == "版" || first == "第" || CharClass.isDigit(first)
            || text.unicodeScalars.contains("年") else { return false }
        if isHeaderLine(text) { return true }
        let t = SpaceTidy.tidy(text)
        guard t.unicodeScalars.count <= 60, !t.endsSentence else { return false }
        // staff line: every part is role：name, the role of this page or issue or not (`本版责编：刘洋`, `本期统筹：…`)
        let staff = t.hasScalarPrefix("本版") || t.hasScalarPrefix("本期") ? t.dropFirst(2) : Substring(t)
        if let r = staffRoles.first(where: { staff.hasScalarPrefix($0) }),
            let c = staff.dropFirst(r.count).unicodeScalars.first, c == "：" || c == ":" { return true }
        // date line
        let s = ByteScan.scalars(t)
        if let d = firstDate(s) {
            var rest = Array(s[..<d.lowerBound]) + Array(s[d.upperBound...])
            rest.removeAll { CharClass.isSpace($0) }
            let restText = String(scalars: rest)
            var left = restText
            for w in ["星期", "周", "农历", "第", "期", "版", "总", "号", "今日", "出版", "刊"] { left = left.replacingOccurrences(of: w, with: "") }
            let han = left.unicodeScalars.filter(CharClass.isHan).count
            let weekday = left.unicodeScalars.filter { "一二三四五六日天".unicodeScalars.contains($0) }.count
            if han - weekday <= 4 && !left.unicodeScalars.contains(where: CharClass.isClausePunct) { return true }
            // a running head: the date with the editor's name (`A2 要闻 2024年3月15日 责任编辑：张三`)
            if !t.endsSentence, staffRoles.contains(where: { ByteScan.contains(t, $0 + "：") || ByteScan.contains(t, $0 + ":") }) { return true }
        }
        // page number
        if isFolio(t) { return true }
        return isMasthead(t)
    }

    /// Rule **HeaderLine**: a line of the page's header or footer made of its own facts only: the date line, the
    /// folio, or these with the paper's name, side by side (`东陵都市报 第3版`, `第3版 2024年12月10日 星期二`), or the
    /// weekday on a line of its own. A paper's name alone is not enough (a headline can end in 报).
    public static func isHeaderLine(_ text: String) -> Bool {
        if text.utf8.count <= 12 && isWeekday(text) { return true }
        guard text.utf8.count <= 96, ByteScan.holdsAny(text, ["版", "年", "期", "刊"]) else { return false }
        if let apart = barsApart(text) { return isHeaderLine(apart) }
        if isHeaderDate(text) || isFolio(text) { return true }
        // the paper's registration numbers (`国内统一连续出版物号 CN42-0001 邮发代号 37-10`)
        if ByteScan.holdsAny(text, ["号"]), ["出版物号", "统一刊号", "邮发代号"].contains(where: { ByteScan.contains(text, $0) }) { return true }
        // an entry of the page's index (`第2版 我市出台稳就业二十条措施`)
        if isIndexEntry(text) { return true }
        // the folio with the section's name beside it (`第04版：要闻`), with or without the rest of the header
        if folioSection(text) != nil { return true }
        // a date line with the folio run on (`2025年1月10日星期五第2版`), or the issue's page count (`今日8版第1版`: the
        // space between them closed, as tidying closes spaces beside figures in a dump that prints `今日 8 版 第 1 版`)
        let u = Array(SpaceTidy.tidy(text).unicodeScalars)
        if u.last == "版", let f = u.lastIndex(of: "第"), f > 0, isFolio(String(scalars: u[f...])) {
            let date = String(scalars: u[..<f])
            if isHeaderDate(date) || isBareDate(date) || isIssueFact(date.trimmingCharacters()) { return true }
        }
        let parts = headerParts(text)
        guard (2...4).contains(parts.count) else { return false }
        var dated = false
        var bare = false
        var k = 0
        while k < parts.count {
            let p = parts[k]
            // a date and its weekday printed apart (`2024年12月10日 星期二`)
            if k + 1 < parts.count, isHeaderDate(p + parts[k + 1]) { dated = true; k += 2; continue }
            // (a part may be a header line of its own: a date with the folio run on, `2025.1.10第3版`)
            if isHeaderDate(p) || isFolio(p) || isIssueFact(p) || isHeaderLine(p) { dated = true } else if isBareDate(p) { bare = true }
            else if letterFolio(p) == nil && !isMasthead(p) { return false }
            k += 1
        }
        // a date without its weekday is the header's beside the folio or the paper's name (`2025年1月10日 第3版`); a
        // section's letter and number without 版 (`A03`) stand in a header only beside a date
        return dated || bare
    }

    /// A header's parts set apart by bars (`江城晚报 | 2025年4月9日 星期三 | A04 | 城事`), as some papers print their running
    /// heads, or a folio and the issue's page count apart by a slash (`第4版/共8版`; a date's slashes part nothing,
    /// `2025/4/9`): the line with a space for each; nil where there is none.
    static func barsApart(_ text: String) -> String? {
        guard text.utf8.count <= 120 else { return nil }
        if ByteScan.holdsAny(text, ["|", "｜"]) {
            return text.split(whereSeparator: { $0 == "|" || $0 == "｜" || $0 == " " || $0 == "\u{3000}" }).joined(separator: " ")
        }
        guard ByteScan.holdsAny(text, ["/", "／"]) else { return nil }
        let pieces = text.split(whereSeparator: { $0 == "/" || $0 == "／" }).map { String(String.UnicodeScalarView($0.unicodeScalars.filter { !CharClass.isSpace($0) })) }
        return pieces.count >= 2 && pieces.allSatisfy({ $0.hasScalarSuffix("版") }) ? pieces.joined(separator: " ") : nil
    }

    /// Rule **IssueFacts**: what a paper prints by its name about the issue: its number (`第12345期`, `总第12345期`),
    /// how many pages it has (`今日8版`, `本期十六版`, `共8版`), the lunar date (`农历乙巳年二月十一`).
    static func isIssueFact(_ part: String) -> Bool {
        let u = ByteScan.scalars(part)
        guard u.count >= 3, u.count <= 14 else { return false }
        func number(_ r: ArraySlice<Unicode.Scalar>) -> Bool {
            !r.isEmpty && (r.allSatisfy { CharClass.isDigit($0) } || r.allSatisfy { chineseDigit($0) != nil })
        }
        if u.last == "期" {
            let head = u.first == "总" ? u.dropFirst() : u[...]
            return head.first == "第" && number(head.dropFirst().dropLast())
        }
        if u.last == "版", u.count >= 4, ["今日", "本期", "今天"].contains(String(scalars: u.prefix(2))) {
            return number(u.dropFirst(2).dropLast())
        }
        // how many pages in all (`共8版`, beside the folio: `第4版/共8版`)
        if u.last == "版", u.first == "共" { return number(u.dropFirst().dropLast()) }
        if String(scalars: u.prefix(2)) == "农历" {
            return u.count >= 6 && u.dropFirst(2).allSatisfy(CharClass.isHan) && (u.contains("月") || u.contains("年"))
        }
        return false
    }

    /// Rule **IndexEntry**: a line of the page's index (导读): a folio, then the headline of a story on that page
    /// (`第2版 我市出台稳就业二十条措施`, `A3版：老旧小区改造惠及五万户`): nine Han characters or more (a section's
    /// name beside the folio has eight at most, **FolioSection**), forty characters at most, no sentence end.
    static func isIndexEntry(_ text: String) -> Bool {
        if text.unicodeScalars.last == "版", isIndexEntryPointing(text) { return true }
        // quick look: it opens with 第, a capital or a digit, and has 版
        guard let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) }), f == "第" || (f.isASCII && (CharClass.isDigit(f) || (f.value >= 0x41 && f.value <= 0x5A))),
              ByteScan.holdsAny(text, ["版"]) else { return false }
        let t = SpaceTidy.tidy(text)
        guard let cut = t.firstIndex(where: { $0 == " " || $0 == "：" || $0 == ":" }), isFolio(String(t[..<cut])) else { return false }
        let rest = String(t[t.index(after: cut)...])
        return rest.hanCount >= 9 && rest.unicodeScalars.count <= 40 && !rest.endsSentence && !rest.hasSpaces
    }

    /// An index entry printed title first, the page it points to after it (`全市新建社区食堂二十八个 详见第3版`,
    /// `江滩樱花进入盛花期 >>A5版`): the title as `isIndexEntry` wants it, then a space or a pointer, then the folio.
    static func isIndexEntryPointing(_ text: String) -> Bool {
        let t = SpaceTidy.tidy(text)
        let s = Array(t.unicodeScalars)
        guard s.count <= 60, let open = s.lastIndex(where: { $0 != "详" && indexPointers.contains($0) }),
              open + 1 < s.count, isFolio(String(scalars: s[(open + 1)...])) else { return false }
        var head = s[..<open]
        while let c = head.last, indexPointers.contains(c) { head = head.dropLast() }
        let title = String(scalars: head)
        // (a header's date and paper before its folio, `青河日报 2025年5月27日星期日 第1版`, point nowhere)
        return title.hanCount >= 6 && head.count <= 40 && !title.endsSentence && !title.hasSpaces && firstDate(Array(head)) == nil
            && !ByteScan.contains(title, "星期") && !isMasthead(title)
    }

    /// What stands between an index entry's title and the page it points to: a space, `详见`, an arrow.
    static let indexPointers: Set<Unicode.Scalar> = [" ", "详", "见", ">", "》", "→", "▶"]

    /// Rule **LetterFolio**: a section's letter and a page number with no 版 (`A03`, `B2`), as city dailies
    /// print their running heads (`A03 要闻 2025年3月10日 星期一`): the number. Only a header's part beside a date
    /// or a named section is read as one (alone on a line it could be anything).
    static func letterFolio(_ part: String) -> Int? {
        guard let b = part.utf8.first, b >= 0x41 && b <= 0x5A, part.utf8.count <= 4 else { return nil }
        let u = ByteScan.scalars(part)
        guard u.count >= 2, u.count <= 4 else { return nil }
        guard u.dropFirst().allSatisfy({ $0.isASCII && CharClass.isDigit($0) }), let n = number(u.dropFirst()), n >= 1, n <= 999 else { return nil }
        return n
    }

    /// Quick look for `letterFolio`: a capital right before a digit.
    static func mayHoldLetterFolio(_ text: String) -> Bool {
        var previous: UInt8 = 0
        for b in text.utf8 {
            if b >= 0x30 && b <= 0x39 && previous >= 0x41 && previous <= 0x5A { return true }
            previous = b
        }
        return false
    }

    /// A staff role and the name after it, taken out of a header's parts (`责任编辑`, `李明` from `…责任编辑：李明`; or
    /// `责编：刘明` as one part).
    static func withoutStaff(_ parts: [String]) -> [String] {
        guard parts.contains(where: { $0.unicodeScalars.first.map(staffInitials.contains) == true }) else { return parts }
        var out: [String] = []
        var k = 0
        while k < parts.count {
            let p = parts[k]
            if staffRoles.contains(p) { k += 2; continue }
            if staffRoles.contains(where: { p.hasScalarPrefix($0 + "：") || p.hasScalarPrefix($0 + ":") }) { k += 1; continue }
            out.append(p)
            k += 1
        }
        return out
    }

    /// A date and nothing else, in words or figures (`2025年1月10日`, `2025-01-10`, `2025.1.10`).
    static func isBareDate(_ text: String) -> Bool {
        let s = ByteScan.scalars(text)
        if let r = firstDate(s), r == 0..<s.count, dateValues(s[r]) != nil { return true }
        return numericDate(s)?.range == 0..<s.count
    }

    /// A header line's parts, apart at spaces; the paper's name run on into the date (`东陵都市报2025年1月10日`, as
    /// SpaceTidy closes a space before a digit) is two parts.
    static func headerParts(_ text: String) -> [String] {
        // (a line with no space, no paper's name and no letter folio is one part: most lines of prose with a 年)
        if let b = text.utf8.first, !(b >= 0x41 && b <= 0x5A), !ByteScan.holdsAny(text, [" ", "\u{3000}", "报"]) { return [text] }
        return text.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" }).flatMap { mastheadApart(String($0)) }.flatMap(letteredApart)
    }

    /// A letter folio with the section's name and the date run on after it, as SpaceTidy closes the spaces beside
    /// digits (`A03要闻2025年3月10日` from `A03 要闻 2025年3月10日`): the three (or two); anything else: itself.
    static func letteredApart(_ part: String) -> [String] {
        guard let b = part.utf8.first, b >= 0x41 && b <= 0x5A else { return [part] }
        let u = ByteScan.scalars(part)
        guard u.count > 2 else { return [part] }
        var d = 1
        while d < u.count && d <= 3 && u[d].isASCII && CharClass.isDigit(u[d]) { d += 1 }
        guard d > 1, d < u.count, CharClass.isHan(u[d]), u[d] != "版" else { return [part] }
        let folio = String(scalars: u[..<d])
        var e = d
        while e < u.count && CharClass.isHan(u[e]) { e += 1 }
        let name = String(scalars: u[d..<e])
        return e == u.count ? [folio, name] : [folio, name, String(scalars: u[e...])]
    }

    /// A section's name and the folio run together, as SpaceTidy closes the space beside a figure (`要闻02版` from
    /// `要闻 02版`, `第2版要闻` from a letter-spaced `第 2 版 要 闻`): the two; anything else (a jump mark, `下转第2版`; a
    /// pointer, `详见第2版`; how many pages the issue has, `今日8版`), itself.
    static func folioApart(_ part: String) -> [String] {
        let u = ByteScan.scalars(part)
        guard u.count >= 4, u.count <= 16, let v = u.firstIndex(of: "版"), u.allSatisfy({ CharClass.isHan($0) || ($0.isASCII && $0.properties.isAlphabetic) || CharClass.isDigit($0) }),
              continuationMarks(in: part).isEmpty, !isIssueFact(part) else { return [part] }
        // the folio: 第 and a number, or a section's letter and figures, ending at 版
        var start = v
        while start > 0 && (CharClass.isDigit(u[start - 1]) || chineseDigit(u[start - 1]) != nil) { start -= 1 }
        guard start < v else { return [part] }
        if start > 0 && (u[start - 1] == "第" || (u[start - 1].value >= 0x41 && u[start - 1].value <= 0x5A)) { start -= 1 }
        let folio = String(scalars: u[start...v])
        guard isFolio(folio) else { return [part] }
        let before = String(scalars: u[..<start]), after = String(scalars: u[(v + 1)...])
        guard before.isEmpty != after.isEmpty else { return [part] }
        let name = before.isEmpty ? after : before
        guard !["见", "转", "接", "续", "至", "在", "从", "本"].contains(where: { name.hasScalarSuffix($0) }) else { return [part] }
        return before.isEmpty ? [folio, name] : [name, folio]
    }

    /// A paper's name with a date run on after it (`东陵都市报2025年1月10日星期五`): the two; anything else: itself.
    static func mastheadApart(_ part: String) -> [String] {
        let u = ByteScan.scalars(part)
        guard let d = u.firstIndex(where: CharClass.isDigit), d >= 3, u[d - 1] == "报" else { return [part] }
        let name = String(scalars: u[..<d])
        return isMasthead(name) ? [name, String(scalars: u[d...])] : [part]
    }

    /// A paper's name: three to eight Han characters ending in 报 (`荆州日报`, `东陵都市报`), spaces aside; `t` tidied
    /// (`SpaceTidy`).
    static func isMasthead(_ t: String) -> Bool {
        let han = t.hanCount
        return han >= 3 && han <= 8 && han == t.unicodeScalars.filter({ !CharClass.isSpace($0) }).count && t.hasScalarSuffix("报")
            && !namesNoPaper(t)
    }

    /// Words ending in 报 that name no paper (`要闻简报` is a section's banner, `统计公报` a headline).
    static let reportWords = ["简报", "公报", "通报", "海报", "情报", "喜报", "捷报", "预报", "汇报", "警报", "举报", "申报", "电报", "回报", "年报", "季报", "月报"]

    /// Whether `t` ends in one of `reportWords`.
    static func namesNoPaper(_ t: String) -> Bool { reportWords.contains { t.hasScalarSuffix($0) } }

    /// Rule **FolioSection**: the section's name printed beside the folio (`第04版：要闻`, `04版 要闻`, `要闻 第4版`,
    /// `荆州日报 2025年1月10日 星期五 A04版：经济`), as e-papers print their page heads: the name (two to eight Han
    /// characters, right before or after the folio, apart by a colon or a space), when the rest of the line is the
    /// header's own (the folio, the date, the paper's name).
    static func folioSection(_ text: String) -> String? {
        if let apart = barsApart(text) { return folioSection(apart) }
        guard text.utf8.count <= 120, ByteScan.holdsAny(text, ["版"]) || mayHoldLetterFolio(text) else { return nil }
        func apart(_ t: String) -> [String] {
            withoutStaff(t.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" }).flatMap { letteredApart(String($0)) })
        }
        func folio(_ parts: [String]) -> Int? { parts.count >= 2 ? parts.firstIndex(where: { isFolio($0) || letterFolio($0) != nil }) : nil }
        // tidied (a letter-spaced head, `第 2 版`), or as printed where tidying closed the space between a name and its
        // folio's figures (`要闻 02版`)
        var parts = apart(SpaceTidy.tidy(text))
        if folio(parts) == nil { parts = parts.flatMap(folioApart) }
        guard let f = folio(parts) else { return nil }
        let lettered = !isFolio(parts[f])
        for k in [f + 1, f - 1] where parts.indices.contains(k) {
            let name = parts[k]
            let han = name.hanCount
            // (a word in 报 beside the folio names a paper, `本报 第3版`, unless it names no paper, `要闻简报`)
            guard han >= 2, han <= 8, han == name.unicodeScalars.count, !name.hasScalarSuffix("报") || namesNoPaper(name),
                  !isHeaderDate(name), !name.hasScalarPrefix("星期"), !name.hasScalarPrefix("周") else { continue }
            var rest = parts
            rest.remove(at: k)
            let line = rest.joined(separator: " ")
            if (rest.count == 1 && !lettered) || isHeaderLine(line) { return name }
        }
        return nil
    }

    /// A page's number alone on its line (`第3版`, `第十二版`): the folio of its header or footer.
    /// So is a section's letter and number (`A2版`, `A02版`, `02版`), as city dailies number their sections' pages.
    public static func isFolio(_ text: String) -> Bool {
        let t = SpaceTidy.tidy(text)
        let u = ByteScan.scalars(t)
        guard u.count <= 6, u.last == "版", PageHeader.pageNumber(u) != nil else { return false }
        if u.first == "第" { return true }
        // a letter at most, then digits only
        let number = u.dropLast()
        let digits = number.first.map { $0.value >= 0x41 && $0.value <= 0x5A } == true ? number.dropFirst() : number
        return !digits.isEmpty && digits.count <= 3 && digits.allSatisfy(CharClass.isDigit)
    }

    /// A weekday alone (`星期五`, `周五`), as a header prints it on a line of its own under the date.
    static func isWeekday(_ text: String) -> Bool {
        let s = Array(SpaceTidy.tidy(text).unicodeScalars.filter { !CharClass.isSpace($0) })
        guard let last = s.last, "一二三四五六日天".unicodeScalars.contains(last) else { return false }
        let head = String(scalars: s.dropLast())
        return head == "星期" || (head == "周" && last != "天")
    }

    /// A page's date line: a date with its weekday and nothing else (`2025年1月10日 星期五`, `2025年1月10日 周五`).
    /// (A date alone, as a letter or a notice ends with, is not one.)
    /// The date may be written in figures (`2025-01-10 星期五`, `2025.1.10 周五`, `2025/1/10 星期五`).
    public static func isHeaderDate(_ text: String) -> Bool {
        let s = Array(SpaceTidy.tidy(text).unicodeScalars)
        guard s.count <= 24, let d = firstDate(s) ?? numericDate(s)?.range, d.lowerBound == 0 else { return false }
        let rest = String(scalars: s[d.upperBound...].filter { !CharClass.isSpace($0) })
        return ["星期", "周"].contains { w in
            rest.hasScalarPrefix(w) && rest.unicodeScalars.count == w.unicodeScalars.count + 1
                && "一二三四五六日天".unicodeScalars.contains(rest.unicodeScalars.last!)
        }
    }

    /// `2024年3月15日` (digits ASCII or fullwidth, `２０２５年１月１０日`; or Chinese numerals, `二〇二五年一月十日`) inside the
    /// scalars: its range. The year is four digits; month and day are one or two digits, or a Chinese number.
    static func firstDate(_ s: [Unicode.Scalar]) -> Range<Int>? {
        var i = 0
        while i < s.count {
            let arabic = CharClass.isDigit(s[i])
            guard arabic || chineseDigit(s[i]) != nil else { i += 1; continue }
            func numeral(_ c: Unicode.Scalar) -> Bool { arabic ? CharClass.isDigit(c) : chineseDigit(c) != nil }
            func run(from a: Int) -> Int {
                var e = a
                while e < s.count && numeral(s[e]) { e += 1 }
                return e
            }
            let j = run(from: i)
            // a year in Chinese numerals is read digit by digit (二〇二五): 十 and 两 are not among them
            if j - i == 4, j < s.count, s[j] == "年", arabic || !s[i..<j].contains(where: { $0 == "十" || $0 == "两" }) {
                let k = run(from: j + 1)
                if k > j + 1, k - j - 1 <= 3, k < s.count, s[k] == "月" {
                    let e = run(from: k + 1)
                    if e > k + 1, e - k - 1 <= 3, e < s.count, s[e] == "日" { return i..<(e + 1) }
                }
            }
            i = j
        }
        return nil
    }

    /// A date in figures opening `s` (`2025-01-10`, `2025.1.10`, `2025/1/10`; one separator throughout, a calendar's
    /// month and day, not followed by another figure): its range and values.
    static func numericDate(_ s: [Unicode.Scalar]) -> (range: Range<Int>, year: Int, month: Int, day: Int)? {
        func run(_ a: Int) -> Int { var e = a; while e < s.count && e - a < 4 && s[e].isASCII && CharClass.isDigit(s[e]) { e += 1 }; return e }
        let y = run(0)
        guard y == 4, y < s.count, "-./".unicodeScalars.contains(s[y]) else { return nil }
        let m = run(y + 1)
        guard m > y + 1, m - y - 1 <= 2, m < s.count, s[m] == s[y] else { return nil }
        let d = run(m + 1)
        guard d > m + 1, d - m - 1 <= 2, d == s.count || !CharClass.isDigit(s[d]) && s[d] != s[y] else { return nil }
        guard let year = number(s[0..<y]), let month = number(s[(y + 1)..<m]), let day = number(s[(m + 1)..<d]),
              (1900...2099).contains(year), (1...12).contains(month), (1...31).contains(day) else { return nil }
        return (0..<d, year, month, day)
    }

    /// The year, month and day of a date `firstDate` found, when they are a calendar's.
    static func dateValues(_ s: ArraySlice<Unicode.Scalar>) -> (year: Int, month: Int, day: Int)? {
        let parts = s.split(whereSeparator: { $0 == "年" || $0 == "月" || $0 == "日" }).map { number($0) }
        guard parts.count == 3, let y = parts[0], let m = parts[1], let d = parts[2],
              (1900...2099).contains(y), (1...12).contains(m), (1...31).contains(d) else { return nil }
        return (y, m, d)
    }
}

extension Markers {
    /// Rule **CodePrompt**: a line that asks the reader to scan a code printed beside it (`扫码看更多精彩视频`,
    /// `扫描二维码 阅读全文`, `扫一扫 关注我们`): the page's furniture, like the code itself, never a story's headline or
    /// text. Short (twenty-four characters or fewer), no sentence end, opening with the invitation.
    static func isCodePrompt(_ text: String) -> Bool {
        // quick look, before tidying: it opens with 扫 or 请
        guard let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) }), f == "扫" || f == "请", text.utf8.count <= 120 else { return false }
        let t = SpaceTidy.tidy(text)
        guard t.unicodeScalars.count <= 24, !t.endsSentence || t.unicodeScalars.last == "！" else { return false }
        var s = Substring(t)
        if s.hasScalarPrefix("请") { s = s.dropFirst() }
        return ["扫码", "扫描二维码", "扫描下方二维码", "扫描右侧二维码", "扫一扫"].contains { s.hasScalarPrefix($0) }
    }

    /// Rule **ContactLine**: a line that gives a number to call or an address to write to (`咨询电话：0716-8888888`,
    /// `服务热线 400-888-6666`, `投稿邮箱：…@…`, `网址 www.…`): seven figures or more in a row, or ten in a run
    /// joined by hyphens (a date, `2025-05-11`, has eight), an `@` or `www.`. Never a column's name.
    static func isContactLine(_ text: String) -> Bool {
        guard text.utf8.count <= 180 else { return false }
        var run = 0
        var joined = 0
        var last: Unicode.Scalar = " "
        for c in text.unicodeScalars {
            if CharClass.isDigit(c) {
                run += 1
                joined += 1
                if run >= 7 || joined >= 10 { return true }
            } else {
                run = 0
                if !(c == "-" && CharClass.isDigit(last)) { joined = 0 }
            }
            if c == "@" || c == "＠" { return true }
            last = c
        }
        return ByteScan.contains(text, "www.")
    }
}
