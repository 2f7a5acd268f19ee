/// Lines about how a page was made rather than what it reports: photo credits without brackets, editor and
/// production lines, contribution notes, photo position words, web column tags. Each answers a question about
/// the text; the parser weighs the answers with everything else it knows of a unit.
extension Markers {
    /// Role words that close an editor or production credit (`本期统筹：`, `版式设计：`, `制图：`, `数据来源：`).
    static let productionRoles = ["编辑", "校对", "美编", "设计", "统筹", "策划", "制图", "来源", "摄影", "审读", "组版", "监制", "主编",
                                  "撰稿", "整理", "配图", "图表", "版式", "制作", "执行", "视觉", "插画", "漫画", "审校", "终审"]

    /// Rule **ProductionLine**: a short line of one or more `role：name` credits for the page or a graphic:
    /// `本期统筹：王林 版式设计：李敏`, `制图：张峰`, `数据来源：统计局`. The role is a few Han characters ending in a
    /// production word; what follows is short and holds no sentence.
    public static func productionLine(_ text: String) -> Bool {
        // (who gave the pictures, `本文图片均由县供销社提供`, is one too: a quick look at the last byte, 供's, first)
        if text.utf8.last == 0x9B, text.utf8.count <= 120, text.hasScalarSuffix("提供") { return pictureProvider(SpaceTidy.tidy(text)) }
        guard text.utf8.count <= 240, ByteScan.holdsAny(text, ["：", ":"]) else { return false }
        let t = SpaceTidy.tidy(text)
        let s = ByteScan.scalars(t)
        guard s.count <= 60, !t.endsSentence else { return false }
        var i = 0
        var credits = 0
        while i < s.count {
            while i < s.count && (CharClass.isSpace(s[i]) || CharClass.isBullet(s[i])) { i += 1 }
            guard i < s.count else { break }
            // the role: Han up to the colon
            var j = i
            while j < s.count && CharClass.isHan(s[j]) && j - i < 8 { j += 1 }
            guard j < s.count, s[j] == "：" || s[j] == ":", j - i >= 2 else { return false }
            let role = String(scalars: s[i..<j])
            guard productionRoles.contains(where: { role.hasScalarSuffix($0) }) else { return false }
            // the name(s): up to the next role or the end
            var k = j + 1
            var value = 0
            while k < s.count {
                if CharClass.isTerminator(s[k]) { return false }
                if CharClass.isSpace(s[k]) {
                    // another `role：` after a space starts the next credit
                    var m = k
                    while m < s.count && CharClass.isSpace(s[m]) { m += 1 }
                    var e = m
                    while e < s.count && CharClass.isHan(s[e]) && e - m < 8 { e += 1 }
                    if e < s.count, s[e] == "：" || s[e] == ":", e - m >= 2 { break }
                }
                value += 1
                k += 1
            }
            guard value >= 1, value <= 40 else { return false }
            credits += 1
            i = k
        }
        return credits >= 1
    }

    /// Rule **PlainCredit**: a photo credit printed without brackets: `张三摄`, `姚 峰摄（影像中国）`, `新华社记者
    /// 许安摄`, `江城市文旅集团供图`, `李四摄影报道`, `图/王五`. Returns the credit as printed.
    public static func plainCredit(_ text: String) -> String? {
        // every form holds 摄 or 图, but a picture's source (`资料照片`)
        guard text.utf8.count <= 240, ByteScan.holdsAny(text, ["摄", "图", "片"]) else { return nil }
        let t = SpaceTidy.tidy(text)
        if t.utf8.count == 12, sourceCredits.contains(t) { return t }
        guard t.unicodeScalars.count <= 40, !ByteScan.hasSentencePunct(t) else { return nil }
        if t.hasScalarPrefix("图/") || t.hasScalarPrefix("图／") || t.hasScalarPrefix("摄影/") || t.hasScalarPrefix("摄影／") {
            let rest = t.drop(while: { $0 != "/" && $0 != "／" }).dropFirst()
            return rest.hanCount >= 2 && rest.hanCount <= 12 ? t : nil
        }
        guard let body = creditBody(t), let names = creditNames(body), !names.isEmpty else { return nil }
        return SpaceTidy.tidy(text)
    }

    /// Who gave a story's pictures, in a line of its own: `本文图片均由县供销社提供`, `图片由受访者提供`, `本版照片由市文旅局提供`.
    static func pictureProvider(_ t: String) -> Bool {
        guard t.hasScalarSuffix("提供"), let by = t.firstIndex(of: "由") else { return false }
        var before = t[..<by]
        if let l = before.last, "均皆都".contains(l) { before = before.dropLast() }
        guard ["图片", "照片", "配图", "图"].contains(where: { before.hasSuffix($0) }), before.count <= 6 else { return false }
        let who = t[t.index(after: by)...].dropLast(2)
        return (2...20).contains(who.count) && who.allSatisfy { !$0.isPunctuation }
    }

    /// A plain credit without an agency or section tag in brackets after it (`（影像中国）`) and without the word it
    /// ends with (摄, 摄影, 供图 …: `creditSuffixes`): the words that name its people; nil without such an ending or
    /// with a tag that is no name of a few Han characters.
    static func creditBody(_ t: String) -> Substring? {
        var body = Substring(t)
        if let last = t.unicodeScalars.last, last == "）" || last == ")", let open = t.lastIndex(where: { $0 == "（" || $0 == "(" }) {
            let inner = t[t.index(after: open)..<t.index(before: t.endIndex)]
            guard inner.hanCount >= 2, inner.hanCount == inner.unicodeScalars.count, inner.count <= 10 else { return nil }
            body = t[..<open]
        }
        guard let suffix = creditSuffixes.first(where: { body.hasScalarSuffix($0) }) else { return nil }
        return body.dropLast(suffix.count)
    }

    /// The words a plain credit ends with, the longer first.
    static let creditSuffixes = ["摄影报道", "摄影", "供图", "制图", "摄"]

    /// The names a credit's words give (`新华社记者 许安` → 许安), its role words and agencies taken off, or nil when a
    /// word is no name (a name, an organisation giving a picture — 供图: up to a dozen characters — or a name split
    /// by spacing). `body`: the credit without its brackets and its 摄, 摄影 or 供图.
    static func creditNames(_ body: Substring) -> [Substring]? {
        var names: [Substring] = []
        for word in body.split(whereSeparator: { CharClass.isSpace($0.unicodeScalars.first!) || $0 == "/" || $0 == "、" }) {
            var w = Substring(word)
            while let r = roleWords.first(where: { w.hasScalarPrefix($0) && w.count > $0.count || w == $0 }) { w = w.dropFirst(r.count) }
            for agency in ["新华社", "中新社", "本报"] where w.hasScalarPrefix(agency) { w = w.dropFirst(agency.count) }
            while let r = roleWords.first(where: { w.hasScalarPrefix($0) }) { w = w.dropFirst(r.count) }
            if w.isEmpty { continue }
            let han = w.hanCount
            guard han == w.unicodeScalars.count || w.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic }), han <= 12 else { return nil }
            names.append(w)
        }
        return names
    }

    /// Rule **ContributionNote**: a bracketed note of who else worked on a story: `（本报记者某某参与采写）`,
    /// `（实习生某某对本文亦有贡献）`, `（综合新华社报道）`.
    public static func contributionNote(_ text: String) -> Bool {
        guard let inner = bracketedWhole(text), inner.unicodeScalars.count <= 50 else { return false }
        return ["参与采写", "参与采访", "亦有贡献", "对本文", "综合", "整理", "供稿", "据新华社", "来源："].contains { ByteScan.contains(inner, $0) }
    }

    /// Rule **PhotoPosition**: the words that open a caption: `上图：`, `右上图：`, `图为`, `图1：`, `题图：`, `组图：`;
    /// or an arrow or triangle pointing at the picture, then the caption's words (`▲东湖镇农民驾驶拖拉机旋耕农田。`,
    /// `↑ 新建的大桥`, `▲4月9日，演员在沙湖村表演。`), not a continuation mark (`▲上接第1版`).
    public static func opensWithPhotoPosition(_ text: String) -> Bool {
        // quick look: every form opens with 图, 题, 组, a position or a pointer
        guard let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) }) else { return false }
        if pointers.contains(f) {
            guard let next = text.unicodeScalars.drop(while: { CharClass.isSpace($0) || pointers.contains($0) }).first(where: { !CharClass.isSpace($0) }),
                  CharClass.isHan(next) || CharClass.isOpener(next) || CharClass.isDigit(next) else { return false }
            // (figures first only as a date, `▲4月9日，…`: not a number alone, `▲ 2025`)
            if CharClass.isDigit(next) {
                let after = text.unicodeScalars.drop { CharClass.isSpace($0) || pointers.contains($0) || CharClass.isDigit($0) }.first
                guard let a = after, "年月日".unicodeScalars.contains(a) else { return false }
            }
            return continuationMarks(in: text).isEmpty
        }
        guard "图题组上下左右中".unicodeScalars.contains(f) else { return false }
        var t = Substring(text)
        while let f = t.unicodeScalars.first, CharClass.isSpace(f) { t = t.dropFirst() }
        if t.hasScalarPrefix("图为") || t.hasScalarPrefix("题图") || t.hasScalarPrefix("组图") { return true }
        var s = t.unicodeScalars.makeIterator()
        var seenImage = false
        var n = 0
        while let c = s.next(), n < 5 {
            n += 1
            if "上下左右中".unicodeScalars.contains(c) && !seenImage { continue }
            if c == "图" && !seenImage { seenImage = true; continue }
            if seenImage && (CharClass.isDigit(c) || "①②③④⑤⑥⑦⑧⑨⑩一二三四五六".unicodeScalars.contains(c)) { continue }
            return seenImage && (c == "：" || c == ":")
        }
        return false
    }

    /// Arrows and triangles set before a caption to point at its picture.
    static let pointers: [Unicode.Scalar] = ["▲", "△", "▼", "▽", "◀", "▶", "◁", "▷", "↑", "↓", "←", "→", "↖", "↗", "↙", "↘"]

    /// Rule **ColumnTag**: a web column's name printed in brackets after a headline: `…更暖更实（今日谈）`. The
    /// tag is 2–10 Han characters with no punctuation, after Han text.
    public static func endsWithColumnTag(_ text: String) -> Bool {
        guard let last = text.unicodeScalars.last, last == "）" || last == ")" else { return false }
        let u = ByteScan.scalars(text)
        // two characters at least before the opener; the last one that is not a space must be Han or a closer
        guard let i = columnTagStart(u), i >= 2 else { return false }
        var before = i - 1
        while before > 0 && CharClass.isSpace(u[before]) { before -= 1 }
        return CharClass.isHan(u[before]) || CharClass.isCloser(u[before])
    }

    /// Where a column tag (two to ten Han characters in brackets, `（人民时评）`) that ends `u` opens, if one does.
    static func columnTagStart(_ u: [Unicode.Scalar]) -> Int? {
        guard let last = u.last, last == "）" || last == ")" else { return nil }
        var i = u.count - 2
        while i >= 0 && CharClass.isHan(u[i]) { i -= 1 }
        let inner = u.count - 2 - i
        guard i >= 0, u[i] == "（" || u[i] == "(", inner >= 2, inner <= 10 else { return nil }
        return i
    }
}
