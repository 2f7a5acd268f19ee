/// Who wrote a story or took its picture: byline lines, photo credits, signatures.
extension Markers {
    /// Words that name a contributor's role in a byline.
    static let roleWords: [String] = [
        "本报记者", "本报特派记者", "本报特约记者", "特派记者", "见习记者", "实习记者", "特约记者", "首席记者", "融媒记者", "融媒体记者",
        "全媒体记者", "记者", "本报通讯员", "通讯员", "特约通讯员", "本报评论员", "评论员",
        "实习生", "撰稿", "撰文", "作者", "文/图", "文／图", "图/文", "图／文", "文", "图", "摄影", "摄像", "编辑", "责编", "校对",
    ]

    static let roleInitials: [Unicode.Scalar] = Array(Set(roleWords.compactMap { $0.unicodeScalars.first }))

    /// Rule **BylineLine**: a short standalone line naming who wrote a story: `□ 记者 李理 通讯员 徐心园`,
    /// `本报记者 王五`, `文/图 记者 赵六`. It begins with a bullet or a role word and holds only role words
    /// and short names. Returned as printed, the bullet included.
    public static func bylineLine(_ text: String) -> String? {
        guard text.utf8.count <= 150 else { return nil }
        // quick look: after bullets and spaces the line must start like a role word, or a bullet must open it
        guard let lead = text.unicodeScalars.first(where: { !CharClass.isSpace($0) && !CharClass.isBullet($0) }),
            roleInitials.contains(lead) || text.unicodeScalars.first(where: { !CharClass.isSpace($0) }).map(CharClass.isBullet) == true
        else { return nil }
        guard !ByteScan.hasSentencePunct(text) else { return nil }
        // (with no bullet before it, the line must open with a role word: a prose line opening with 本 or 全 does not)
        if !CharClass.isBullet(text.unicodeScalars.first(where: { !CharClass.isSpace($0) }) ?? lead) {
            let opening = text.unicodeScalars.drop(while: CharClass.isSpace)
            guard roleWords.contains(where: { $0.unicodeScalars.first == lead && opening.starts(with: $0.unicodeScalars) }) else { return nil }
        }
        let s = ByteScan.scalars(text)
        guard s.count <= 48 else { return nil }
        var i = 0
        var bullet = false
        while i < s.count && (CharClass.isSpace(s[i]) || CharClass.isBullet(s[i])) {
            if CharClass.isBullet(s[i]) { bullet = true }
            i += 1
        }
        let body = String(scalars: s[i...])
        guard !body.isEmpty else { return nil }
        // as printed, the mark before it included: nothing in the source is dropped
        let marks = String(scalars: s[..<i].filter { !CharClass.isSpace($0) })
        // no sentence or clause punctuation
        if body.unicodeScalars.contains(where: { CharClass.isTerminator($0) || $0 == "，" || $0 == "," || $0 == "；" || $0 == "。" }) {
            return nil
        }
        guard let role = roleWords.first(where: { body.hasScalarPrefix($0) }) else {
            return bullet ? affiliationByline(body, marks: marks) : nil
        }
        if !bullet && (role == "文" || role == "图" || role == "作者" || role == "编辑") {
            // single-character roles only count when followed by a separator
            let after = body.dropFirst(role.count).unicodeScalars.first
            guard let a = after, a == "/" || a == "／" || a == "：" || a == ":" || CharClass.isSpace(a) else { return nil }
        }
        // every remaining word must be a role word or a short name (2–4 Han, or Latin)
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" || $0 == "：" || $0 == ":" || $0 == "/" || $0 == "／" })
        guard words.count >= 1, words.count <= 10 else { return nil }
        var names = 0
        for w in words {
            var rest = Substring(w)
            while !rest.isEmpty {
                var afterRole = false
                while let r = roleWords.first(where: { rest.hasScalarPrefix($0) }) { rest = rest.dropFirst(r.count); afterRole = true }
                if rest.isEmpty { break }
                // printed without spaces, a name runs up to the next role word (`杜思远通讯员程丽`)
                var word = rest
                for n in 2...4 where n < rest.count {
                    let at = rest.index(rest.startIndex, offsetBy: n)
                    if roleWords.contains(where: { $0.count >= 2 && rest[at...].hasScalarPrefix($0) }) { word = rest[..<at]; break }
                }
                rest = rest[word.endIndex...]
                let han = word.hanCount
                // a name printed right after its role word, with no space, begins with a surname (`记者王立新`;
                // `记者从省商` is the start of a sentence)
                if han >= 2 && han <= 4 && han == word.unicodeScalars.count && (!afterRole || Surnames.opens(word)) { names += 1; continue }
                if han == 1 && word.unicodeScalars.count == 1 { names += 1; continue }  // a name split by letter-spacing
                // names printed together without a space (`汪晓雨周建华`), each of two or three characters opening with a
                // surname
                if afterRole, han == word.unicodeScalars.count, let n = gluedNames(word) { names += n; continue }
                if word == "摄" || word == "报道" { continue }
                return nil
            }
        }
        guard names >= 1 else { return nil }
        return marks.isEmpty ? SpaceTidy.tidy(body) : marks + " " + SpaceTidy.tidy(body)
    }

    /// How many personal names of two or three Han characters, each opening with a surname, `w` (five to nine
    /// characters) is printed as, when it reads so; nil otherwise.
    static func gluedNames(_ w: Substring) -> Int? {
        let s = Array(w.unicodeScalars)
        guard (5...9).contains(s.count) else { return nil }
        // ways[i]: the ways the first i characters read as names, and how many names (the last way found)
        var ways = [Int](repeating: 0, count: s.count + 1), count = [Int](repeating: 0, count: s.count + 1)
        ways[0] = 1
        for i in 0..<s.count where ways[i] > 0 {
            guard Surnames.opens(Substring(String(scalars: s[i..<min(i + 2, s.count)]))) else { continue }
            for n in 2...3 where i + n <= s.count {
                ways[i + n] += ways[i]
                count[i + n] = count[i] + 1
            }
        }
        return ways[s.count] > 0 ? count[s.count] : nil
    }

    /// Rule **GluedWriter**: a writer's line that names them by where they work, its space lost in extraction
    /// (`公安县蓝丝带志愿者协会会员罗姿娟`, `荆州市妇女联合会高荣荣`): Han characters only, seven to twenty-four, ending
    /// in a name of two or three that opens with a common surname, after an affiliation of four or more that ends
    /// as the name of a body does (`协会`, `联合会`, `中心`: `Signoff.issuerEnds`) or as a member's post does
    /// (`会员`, `民警`, `教师`). The name, if it reads so.
    static func gluedWriter(_ text: String) -> String? {
        // (quick look: seven to twenty-four characters of three bytes each)
        let bytes = text.utf8.count
        guard bytes >= 21, bytes <= 72, bytes % 3 == 0 else { return nil }
        let s = ByteScan.scalars(text)
        guard (7...24).contains(s.count), s.allSatisfy(CharClass.isHan) else { return nil }
        for n in [3, 2] {
            let name = String(scalars: s.suffix(n)), affiliation = String(scalars: s.dropLast(n))
            guard let f = name.unicodeScalars.first, Surnames.common.contains(f), affiliation.unicodeScalars.count >= 4 else { continue }
            if namesABody(affiliation) { return name }
        }
        return nil
    }

    /// Ends as the name of a body does (`联合会`, `中心`: `Signoff.issuerEnds`) or as a member's post does (`会员`,
    /// `民警`): an affiliation.
    static func namesABody(_ t: String) -> Bool {
        Signoff.issuerEnds.contains { t.hasScalarSuffix($0) } || memberPostEnds.contains { t.hasScalarSuffix($0) }
    }

    /// How the name of a member's post ends (`会员`, `队员`, `民警`, `教师`).
    static let memberPostEnds = ["员", "警", "师"]

    /// A bullet's byline that names the writer by where they work, not by a role word: `□ 公安县志愿者协会会员
    /// 罗姿娟`, `■ 湖北省社科院 李明`: one or two words of Han (the affiliation), then a name of 2–4 Han characters
    /// set apart by a space that begins with a common surname (`■ 相关链接 专家解读` is a heading), and nothing else;
    /// or the bullet and a name of two or three characters alone (`□ 宁海波`), as a commentary signs.
    static func affiliationByline(_ body: String, marks: String) -> String? {
        let words = body.split(whereSeparator: { $0 == " " || $0 == "\u{3000}" })
        guard (1...3).contains(words.count), let name = words.last else { return nil }
        let nameHan = name.hanCount
        guard nameHan >= 2, nameHan <= (words.count == 1 ? 3 : 4), nameHan == name.unicodeScalars.count, Surnames.opens(name) else { return nil }
        var han = nameHan
        for w in words.dropLast() {
            let h = w.hanCount
            guard h >= 2, w.unicodeScalars.allSatisfy({ CharClass.isHan($0) || $0 == "·" }) else { return nil }
            han += h
        }
        guard han <= 28 else { return nil }
        return marks + " " + SpaceTidy.tidy(body)
    }

    /// The text inside a line that is wholly one bracketed group, e.g. `（荆州市妇女联合会 高荣荣）`.
    public static func bracketedWhole(_ text: String) -> String? {
        guard let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) }), CharClass.isOpener(f),
            let l = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }), CharClass.isCloser(l) else { return nil }
        let s = ByteScan.scalars(text).trimmingSpaces()
        guard s.count >= 3, CharClass.isOpener(s[0]), CharClass.isCloser(s[s.count - 1]) else { return nil }
        let inner = s[1..<(s.count - 1)]
        if inner.contains(where: { CharClass.isOpener($0) || CharClass.isCloser($0) }) {
            // nested quotes are fine, nested brackets end the group early
            if inner.contains(where: { $0 == "（" || $0 == "）" || $0 == "(" || $0 == ")" }) { return nil }
        }
        return String(scalars: inner)
    }

    /// Rule **PhotoCredit**: who took a picture: `（潘路 胡丛芳 摄）`, `(记者 潘路 通讯员 黄嘉澄 摄)`,
    /// `（新华社发）`, `（XX 供图）`. Takes the bracket's content; returns the credit as printed.
    public static func credit(inBracket inner: String) -> String? {
        let t = SpaceTidy.tidy(inner)
        guard t.count <= 48, !t.unicodeScalars.contains(where: { CharClass.isTerminator($0) || $0 == "，" }) else { return nil }
        for suffix in ["摄影", "摄", "供图", "制图", "图", "发"] where t.hasScalarSuffix(suffix) {
            let before = t.dropLast(suffix.count)
            if before.isEmpty { return nil }
            if suffix == "发" && !(before.hasScalarSuffix("社") || before.hasScalarSuffix("网")) { return nil }
            if suffix == "图" && before.count > 12 { return nil }
            return t
        }
        if t.hasScalarPrefix("摄影") || t.hasScalarPrefix("图/") || t.hasScalarPrefix("图／") || t.hasScalarPrefix("图：") { return t }
        if t.utf8.count == 12, sourceCredits.contains(t) { return t }
        return nil
    }

    /// A picture credited by where it came from, not by who took it: `资料图片` (a file picture), `网络图片`. Each four
    /// Han characters (twelve bytes: asked before the set is).
    static let sourceCredits: Set<String> = ["资料图片", "资料照片", "网络图片", "档案图片"]

    /// A trailing photo credit at the end of a caption paragraph: the credit and where it starts (its bracket, or
    /// its first character). Bracketed (`…剪纸。（记者 范文静 摄）`) or, after the caption's last sentence, printed
    /// plain (`…剪纸。范文静摄`, `…剪纸。范文静摄（图片网）`: `plainCredit`).
    public static func trailingCredit(_ text: String) -> (credit: String, bracketStart: Int)? {
        guard let last = text.unicodeScalars.last(where: { !CharClass.isSpace($0) }) else { return nil }
        if last == "摄" || last == "影" || last == "图" || last == "片" || last == "）" || last == ")", ByteScan.holdsAny(text, ["摄", "图", "片"]),
           let plain = trailingPlainCredit(text) { return plain }
        // walk back from the end: a bracket closer, then at most 50 characters to its opener
        var tail: [Unicode.Scalar] = []
        var sawCloser = false
        var opened = false
        for c in text.unicodeScalars.reversed() {
            if !sawCloser {
                if CharClass.isSpace(c) { continue }
                guard c == "）" || c == ")" || c == "】" || c == "〕" else { return nil }
                sawCloser = true
                continue
            }
            if CharClass.isOpener(c) && c != "“" && c != "‘" { opened = true; break }
            if CharClass.isCloser(c) && c != "”" && c != "’" { return nil }
            tail.append(c)
            if tail.count > 48 { return nil }
        }
        guard opened else { return nil }
        let inner = String(scalars: tail.reversed())
        guard let c = credit(inBracket: inner) else { return nil }
        return (c, text.unicodeScalars.count - tail.count - 2)
    }

    /// A plain credit after a caption's last sentence (`…剪纸。范文静摄`): the credit and where it starts.
    static func trailingPlainCredit(_ text: String) -> (credit: String, bracketStart: Int)? {
        let s = ByteScan.scalars(text)
        guard let end = s.lastIndex(where: { $0 == "。" || $0 == "！" || $0 == "？" }), end + 1 < s.count, end >= 4,
              s.count - end <= 41 else { return nil }
        var start = end + 1
        while start < s.count && CharClass.isSpace(s[start]) { start += 1 }
        let rest = String(scalars: s[start...])
        guard rest.hanCount >= 3, let c = plainCredit(rest) else { return nil }
        return (c, start)
    }

    /// A signature at the end of a paragraph, after its last sentence: where its bracket starts.
    public static func trailingSignature(_ text: String) -> String.Index? {
        guard text.hasScalarSuffix("）") || text.hasScalarSuffix(")"), let open = text.lastIndex(where: { $0 == "（" || $0 == "(" }),
            open != text.startIndex, text[..<open].endsSentence, signature(String(text[open...])) != nil else { return nil }
        return open
    }

    /// Rule **Signature**: a closing attribution standing alone in brackets after a letter or commentary:
    /// `（荆州市妇女联合会 高荣荣）`, `（作者单位：长江大学）`, `（作者系…）`. Holds no sentence punctuation and
    /// ends with a name or an organisation. Returns the attribution without brackets.
    public static func signature(_ text: String) -> String? {
        // round brackets only: 【…】 and 〔…〕 label columns, they do not sign
        guard let inner = bracketedWhole(text), let f = text.unicodeScalars.first(where: { !CharClass.isSpace($0) }),
            f == "（" || f == "(" else { return nil }
        let t = SpaceTidy.tidy(inner)
        guard t.count >= 2, t.count <= 40 else { return nil }
        if credit(inBracket: t) != nil || isStandaloneMark(text) != nil { return nil }
        if t.unicodeScalars.contains(where: { CharClass.isTerminator($0) || $0 == "，" || $0 == "," || $0 == "；" }) { return nil }
        if t.hasScalarPrefix("作者") || t.hasScalarPrefix("来源") || t.hasScalarPrefix("据") { return t }
        // an organisation and a name, or a bare name: the last word is 2–4 Han
        let words = t.split(separator: " ")
        guard let lastWord = words.last else { return nil }
        let lastHan = lastWord.hanCount
        guard lastHan >= 2, lastHan <= 4, lastHan == lastWord.unicodeScalars.count else { return nil }
        return t
    }
}
