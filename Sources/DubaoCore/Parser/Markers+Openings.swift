/// Story openings: 本报讯, datelines, editors' lead-ins.
extension Markers {
    /// Rule **NewsLead**: a paragraph that opens a report: `本报讯（记者…）`, `本报讯 …`, the paper's own name for
    /// 本报 (`楚天都市报讯（记者…）`, `荆州新闻网讯`), or a dateline ending in 电 (`新华社北京10月20日电（记者 …）`,
    /// `本报荆州讯`, `据新华社北京1月9日电`). Returns the byline inside the brackets that follow, when there is one.
    public static func newsLead(_ text: String) -> (isLead: Bool, byline: String?) {
        // quick look: 本报…, or within the first 26 characters a 讯 or a 电 after 社, 网 or 台 (what the three
        // readings below need)
        guard mayOpenReport(text) else { return (false, nil) }
        // spaces OCR put inside the opening words (`本 报讯`, `本报 讯`) go; those in the brackets after stay
        var s = ByteScan.scalars(text, upTo: 80)
        if let open = s.firstIndex(where: CharClass.isOpener), s[..<open].contains(where: CharClass.isSpace),
           s[..<open].filter({ !CharClass.isSpace($0) && !CharClass.isBullet($0) }).prefix(2).elementsEqual("本报".unicodeScalars) {
            s = s[..<open].filter { !CharClass.isSpace($0) } + s[open...]
        }
        var i = 0
        while i < s.count && (CharClass.isSpace(s[i]) || CharClass.isBullet(s[i])) { i += 1 }
        guard i + 2 < s.count else { return (false, nil) }
        var head = -1
        if s[i] == "本" && s[i + 1] == "报" {
            // 本报讯 / 本报荆州讯 / 本报北京10月1日电
            var j = i + 2
            while j < s.count && j - i < 24 && !CharClass.isClausePunct(s[j]) && !CharClass.isOpener(s[j]) {
                if s[j] == "讯" || s[j] == "电" { head = j + 1; break }
                j += 1
            }
        } else if let e = ownNameLead(s, from: i) {
            head = e
        } else {
            // agency datelines: …社…电 / …网…电 within 24 characters (`据新华社…电` too)
            var j = i
            let reported = s[j] == "据"
            if reported { j += 1 }
            var sawAgency = false
            while j < s.count && j - i < 24 && !CharClass.isClausePunct(s[j]) && !CharClass.isOpener(s[j]) && !CharClass.isTerminator(s[j]) {
                if s[j] == "社" || s[j] == "网" || s[j] == "台" { sawAgency = true }
                // (after 据, the dateline may end its line or run into the text: `据新华社电 国务院…`)
                if s[j] == "电" && sawAgency && (j + 1 < s.count ? CharClass.isOpener(s[j + 1]) || CharClass.isSpace(s[j + 1]) : reported) {
                    head = j + 1
                    break
                }
                j += 1
            }
        }
        guard head > 0 else { return (false, nil) }
        var k = head
        while k < s.count && CharClass.isSpace(s[k]) { k += 1 }
        if k < s.count && CharClass.isOpener(s[k]) {
            var e = k + 1
            while e < s.count && !CharClass.isCloser(s[e]) { e += 1 }
            if e < s.count && e - k - 1 >= 2 && e - k - 1 <= 60 {
                let inner = String(scalars: s[(k + 1)..<e])
                return (true, SpaceTidy.tidy(inner))
            }
        }
        return (true, nil)
    }

    /// Opens with the day it tells of: a date (`6月2日，`, `12月31日上午`, `十月一日，`, `2日，`) or a word for a
    /// recent day (`近日，`, `日前，`, `昨日`, `连日来`), as a news photo's caption does.
    public static func opensWithDate(_ text: String) -> Bool {
        let s = ByteScan.scalars(text, upTo: 12)
        var i = 0
        while i < s.count && CharClass.isSpace(s[i]) { i += 1 }
        for word in Self.recentDays {
            let w = ByteScan.scalars(word)
            if s.count >= i + w.count && Array(s[i..<(i + w.count)]) == w { return true }
        }
        // figures (Arabic, fullwidth or Chinese), then 月 and more figures, then 日
        func figures(_ j: Int) -> Int {
            var k = j
            while k < s.count && (CharClass.isDigit(s[k]) || "〇一二三四五六七八九十".unicodeScalars.contains(s[k])) { k += 1 }
            return k
        }
        var j = figures(i)
        guard j > i, j < s.count else { return false }
        if s[j] == "月" {
            let k = figures(j + 1)
            guard k > j + 1, k < s.count else { return false }
            j = k
        }
        return s[j] == "日" || s[j] == "号"
    }

    static let recentDays = ["近日", "日前", "昨日", "昨天", "今天", "今日", "连日来", "当日", "当天"]

    /// NewsLead's quick look, on the UTF-8 bytes (asked of every line and unit, most of them prose): the first
    /// character after spaces and bullets is 本, or within the first 26 a 讯, or a 电 after 社, 网 or 台.
    static func mayOpenReport(_ text: String) -> Bool {
        ByteScan.bytes(text) { b in
            var i = 0
            while let (v, next) = ByteScan.scalar(at: i, in: b), let s = Unicode.Scalar(v), CharClass.isSpace(s) || CharClass.isBullet(s) { i = next }
            var n = 0
            var agency = false
            // (the six characters asked about are all three bytes long, led by E5…E8: others are only counted)
            while i < b.count && n <= 26 {
                let c = b[i]
                if c >= 0xE5 && c <= 0xE8 && i + 2 < b.count {
                    let v = UInt32(c & 0x0F) << 12 | UInt32(b[i + 1] & 0x3F) << 6 | UInt32(b[i + 2] & 0x3F)
                    if v == Self.she || v == Self.wang || v == Self.tai { agency = true }
                    if (n == 0 && v == Self.ben) || (v == Self.dian && agency) || v == Self.xun { return true }
                    i += 3
                } else {
                    i += ByteScan.sequenceLength(c)
                }
                n += 1
            }
            return false
        }
    }

    private static let ben = ("本" as Unicode.Scalar).value, xun = ("讯" as Unicode.Scalar).value, dian = ("电" as Unicode.Scalar).value
    private static let she = ("社" as Unicode.Scalar).value, wang = ("网" as Unicode.Scalar).value, tai = ("台" as Unicode.Scalar).value

    /// A paper or a news site naming itself where another says 本报: three to ten Han characters ending in 报 or 网,
    /// then 讯 (`楚天都市报讯（记者…）`, `荆州新闻网讯 1月9日`, `东陵晚报讯日前`; not `预报讯息`). Where the
    /// dateline's text goes on, if `s` opens with one at `i`.
    static func ownNameLead(_ s: [Unicode.Scalar], from i: Int) -> Int? {
        var j = i
        while j < s.count && j - i <= 10 && CharClass.isHan(s[j]) {
            // (`…本报讯` is 本报讯 with a scrap of another line before it, no paper's name)
            if s[j] == "讯" && j - i >= 3 && (s[j - 1] == "报" || s[j - 1] == "网") && s[j - 2] != "本" {
                guard j + 1 < s.count else { return j + 1 }
                // (讯息, 讯号 are words of running text)
                return s[j + 1] == "息" || s[j + 1] == "号" ? nil : j + 1
            }
            j += 1
        }
        return nil
    }

    /// Rule **ListItem**: a line that opens an item of a numbered list, `1.办理业务请携带…`, `2、…`, `（3）…`, `④…`: an
    /// Arabic or circled number, or one in brackets, then a word (not `2.5万`, a number's decimals). The item before it
    /// ended (`…身份证件；`) where a new one opens: the line does not go on from it.
    public static func opensListItem(_ text: String) -> Bool {
        var u = text.unicodeScalars.makeIterator()
        guard var c = u.next() else { return false }
        while CharClass.isSpace(c) { guard let n = u.next() else { return false }; c = n }
        if (0x2460...0x2473).contains(c.value) {
            guard let n = u.next() else { return false }
            return CharClass.isHan(n) || CharClass.isOpener(n)
        }
        var digits = 0
        if c == "（" || c == "(" {
            while let n = u.next() {
                if CharClass.isDigit(n) || (chineseDigit(n) != nil && n != "两" && n != "零" && n != "〇") { digits += 1; continue }
                guard digits >= 1, digits <= 2, n == "）" || n == ")", let w = u.next() else { return false }
                return CharClass.isHan(w) || CharClass.isOpener(w)
            }
            return false
        }
        guard c.isASCII && CharClass.isDigit(c) else { return false }
        digits = 1
        while let n = u.next() {
            if n.isASCII && CharClass.isDigit(n) { digits += 1; guard digits <= 2 else { return false }; continue }
            guard n == "." || n == "．" || n == "、", let w = u.next() else { return false }
            return CharClass.isHan(w) || CharClass.isOpener(w)
        }
        return false
    }

    /// Rule **EnumeratedHeading**: a numbered heading of a story's parts, `一、健全党建引领机制`, `（二）推动资源下沉`,
    /// `3．激发群众参与`: an enumerator, then up to thirty characters with no sentence end and no clause mark.
    public static func enumeratedHeading(_ text: String) -> Bool {
        let s = ByteScan.scalars(text).trimmingSpaces()
        guard s.count >= 4, s.count <= 36 else { return false }
        func numeral(_ c: Unicode.Scalar) -> Bool { chineseDigit(c) != nil && c != "两" && c != "〇" && c != "零" }
        var i = 0
        if s[0] == "（" || s[0] == "(" {
            i = 1
            let digits = CharClass.isDigit(s[i]) ? CharClass.isDigit : numeral
            while i < s.count && i <= 3 && digits(s[i]) { i += 1 }
            guard i > 1, i < s.count, s[i] == "）" || s[i] == ")" else { return false }
            i += 1
        } else if numeral(s[0]) {
            while i < s.count && i < 3 && numeral(s[i]) { i += 1 }
            guard i < s.count, s[i] == "、" else { return false }
            i += 1
        } else if CharClass.isDigit(s[0]) {
            while i < s.count && i < 2 && CharClass.isDigit(s[i]) { i += 1 }
            guard i + 1 < s.count, s[i] == "、" || s[i] == "．" || (s[i] == "." && !CharClass.isDigit(s[i + 1])) else { return false }
            i += 1
        } else {
            return false
        }
        let rest = s[i...].filter { !CharClass.isSpace($0) }
        let han = rest.filter(CharClass.isHan).count
        return han >= 2 && han <= 30 && !rest.contains { CharClass.isTerminator($0) || CharClass.isClausePunct($0) }
    }

    /// Rule **Salutation**: a letter opens by greeting whom it is written to, on a line of its own (`编辑同志：`,
    /// `尊敬的市长：`, `亲爱的同学们：`): where such a line stands, a letter begins.
    static func isSalutation(_ text: String) -> Bool {
        // quick look, before tidying: a colon at its end
        guard text.utf8.count <= 80, let e = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }), e == "：" || e == ":" else { return false }
        let t = SpaceTidy.tidy(text)
        guard let last = t.unicodeScalars.last, last == "：" || last == ":", t.unicodeScalars.count <= 20,
              let f = t.unicodeScalars.first, "编记尊亲".unicodeScalars.contains(f) else { return false }
        let name = t.dropLast()
        guard name.hanCount == name.unicodeScalars.count else { return false }
        return ["编辑同志", "记者同志", "编辑部", "尊敬的", "亲爱的"].contains { name.hasScalarPrefix($0) }
    }

    /// Rule **NoticeHeading**: a notice's heading names its kind in its last two characters (`遗失声明`, `招聘启事`,
    /// `股权转让公告`, `任前公示`…): a line of three to twelve Han characters and nothing else that ends so heads a notice
    /// of its own, not a story's intertitle nor the page's banner (two alone, `公告`, may be a banner).
    static let noticeKinds = ["声明", "启事", "公告", "通告", "讣告", "公示", "告示"]
    static func isNoticeHeading(_ text: String) -> Bool {
        // quick look, before tidying: its last character
        guard text.utf8.count <= 60, let e = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }), "明事告示".unicodeScalars.contains(e) else { return false }
        var t = String.UnicodeScalarView()
        t.append(contentsOf: text.unicodeScalars.filter { !CharClass.isSpace($0) })
        let s = String(t)
        let han = s.hanCount
        guard han == t.count, (3...12).contains(han) else { return false }
        return noticeKinds.contains { s.hasScalarSuffix($0) }
    }

    /// Rule **ColumnLeadIn**: an editor's lead-in to a column or a set of letters: `编前：`, `编者按：`,
    /// `【编者按】`, `编后：`, `编者的话`.
    public static func isColumnLeadIn(_ text: String) -> Bool {
        guard let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) && !CharClass.isOpener($0) && !CharClass.isBullet($0) }),
            f == "编" else { return false }
        var t = Substring(text)
        while let f = t.unicodeScalars.first, CharClass.isSpace(f) || CharClass.isOpener(f) || CharClass.isBullet(f) {
            t = t.dropFirst()
        }
        for p in ["编前", "编者按", "编后", "编者的话", "编辑手记"] where t.hasScalarPrefix(p) {
            let rest = t.dropFirst(p.count)
            guard let n = rest.unicodeScalars.first else { return false }
            return n == "：" || n == ":" || CharClass.isCloser(n) || CharClass.isSpace(n)
        }
        return false
    }
}
