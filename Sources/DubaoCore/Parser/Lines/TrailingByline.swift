/// Rule **TrailingByline**: a headline's last line with the writer's name set at the end of its row, which a
/// PDF-to-text tool prints as one line with a space between (`重来（人民时评） 任晓辉`, `让千年古城“活”在当下
/// 记者蔡文华`, `垃圾分类的“加减法” 本报记者 顾青`). Read as one line, the name is glued to the headline and the
/// headline is taken for a paragraph's words. The line is parted into the heading and the byline.
///
/// Parted only when nothing else reads that way: the part after a space is a byline (a role word and names of two
/// characters or more, `Markers.bylineLine`), or, after the last space, a bare personal name with a common surname
/// following a heading that ends in a closing bracket or quote (a column tag, a quoted word). The part before holds
/// no sentence's end, names no role and is no name itself (a byline of several names, `记者 李理 通讯员 徐心园`,
/// stays one line). After plain words (a headline set left, its writer at the row's end: `…的着力点 梁志远`,
/// `…飘扬在心中 荆州市公安局新闻中心民警刘园园`) the name must be of three characters and no word of the
/// dictionary, or the writer named by where they work (`Markers.gluedWriter`), and the words a headline's
/// (`isPlainHeadline`): an affiliation and a name (`荆州市妇女联合会 高荣荣`) are printed that way as well, and so
/// is a row of two columns' lines in pdftotext's default order.
enum TrailingByline {
    /// The heading and the byline of a line that holds both; nil for any other line.
    /// `above`: the line printed right above it (no blank line between), where the heading may be a headline's
    /// wrapped end (`正确认识和把握扩大内需` over `的着力点 梁志远`): the two are then weighed as one headline.
    static func split(_ line: String, above: String? = nil) -> (heading: String, byline: String)? {
        // quick look (every line is asked): a space inside the line
        guard ByteScan.hasSpaces(line) else { return nil }
        let s = ByteScan.scalars(line)
        guard let lastSpace = s.lastIndex(where: isSpace), lastSpace + 1 < s.count else { return nil }
        for cut in s.indices where cut > 0 && isSpace(s[cut]) && !isSpace(s[cut - 1]) {
            var rest = cut
            while rest < s.count, isSpace(s[rest]) { rest += 1 }
            guard rest < s.count else { return nil }
            // what can follow: a role word, or after the last space a name of two or three characters, or a writer
            // named by where they work (looked at by the scalar before any text is made, the last by its bytes)
            let last = rest == lastSpace + 1
            let named = last && (2...3).contains(s.count - rest)
            let role = roleScalars.contains(where: { w in w.count <= s.count - rest && zip(w, s[rest...]).allSatisfy { $0 == $1 } })
            let glued = !role && last && (7...24).contains(s.count - rest) && s[rest...].allSatisfy(CharClass.isHan)
                && Markers.gluedWriter(String(scalars: s[rest...])) != nil
            guard named || glued || role else { continue }
            let byline = String(scalars: s[rest...])
            let heading = String(scalars: s[..<cut])
            guard isHeading(heading) else { continue }
            if named, isName(byline) {
                // a bare name: with a common surname (`…” 党支` is a wrapped word), after a closing bracket or quote,
                // or after a headline's words that name no body (`荆州市妇女联合会 高荣荣` is an affiliation)
                guard let f = byline.unicodeScalars.first, Surnames.common.contains(f) else { return nil }
                if CharClass.isCloser(s[cut - 1]) || (byline.unicodeScalars.count == 3 && !isWord(byline)
                    && (isPlainHeadline(heading) || wrapsHeadline(above, heading))) {
                    return (heading, byline)
                }
                return nil
            }
            // a writer named by where they work (`荆州市公安局新闻中心民警刘园园`)
            if glued, isPlainHeadline(heading) || wrapsHeadline(above, heading) { return (heading, byline) }
            if isByline(byline) { return (heading, byline) }
        }
        return nil
    }

    /// Han characters a headline's part before a bare name holds at least (an affiliation is often shorter).
    static let headlineHan = 6

    /// A headline's words before a writer named without a role word: six Han characters or more, one piece (no
    /// space: a row of columns' lines that pdftotext printed as one is no headline), no clause mark (a line of
    /// prose), not opening with a bracket (a signature's `（…小区居民`), naming no body (an affiliation).
    static func isPlainHeadline(_ h: String) -> Bool {
        guard h.hanCount >= headlineHan, !h.unicodeScalars.contains(where: { isSpace($0) || CharClass.isClausePunct($0) }),
              let first = h.unicodeScalars.first, !CharClass.isOpener(first) else { return false }
        return !Markers.namesABody(h)
    }

    /// `heading` ends a headline whose first line is `above`: that line is a headline's words (four Han characters
    /// or more, ending in a Han character, a heading by `isHeading`: no sentence's end, no role word, no name) and
    /// the two read as a headline (`isPlainHeadline`: no clause mark, naming no body).
    static func wrapsHeadline(_ above: String?, _ heading: String) -> Bool {
        guard let above, above.hanCount >= 4, let last = above.unicodeScalars.last, CharClass.isHan(last),
              isHeading(above) else { return false }
        return isPlainHeadline(above + heading)
    }

    /// A name that the dictionary reads as one word (`周末`, `高兴`): a headline's last word, not a person.
    static func isWord(_ name: String) -> Bool {
        let u = Array(name.utf16)
        return WordBreaks.inWord(u, at: 1)
    }

    /// The role words of two characters or more (a byline after a heading opens with one; `文`, `图` alone are words
    /// of a headline as often), and the same as scalars, for the quick look.
    static let roles = Markers.roleWords.filter { $0.unicodeScalars.count >= 2 }
    static let roleScalars: [[Unicode.Scalar]] = roles.map { Array($0.unicodeScalars) }

    static func isSpace(_ c: Unicode.Scalar) -> Bool { c == " " || c == "\u{3000}" }

    /// A headline's end: no sentence's end, no role word, not a byline, a report's opening or a name; it ends in a
    /// Han character or a closing bracket or quote.
    static func isHeading(_ h: String) -> Bool {
        guard let first = h.unicodeScalars.first, let last = h.unicodeScalars.last, !CharClass.isBullet(first),
              CharClass.isHan(last) || CharClass.isCloser(last),
              !h.unicodeScalars.contains(where: CharClass.isTerminator), !isName(h),
              !roles.contains(where: { ByteScan.contains(h, $0) }) else { return false }
        return Markers.bylineLine(h) == nil && !Markers.newsLead(h).isLead
    }

    /// A role word, then names of two characters or more (`通讯员段` is a name cut by the line's end); not a photo's
    /// credit (`记者周立新摄` ends a caption).
    static func isByline(_ b: String) -> Bool {
        guard let role = roles.first(where: { b.hasScalarPrefix($0) }),
              b.unicodeScalars.last != "摄", Markers.bylineLine(b) != nil else { return false }
        let names = b.unicodeScalars.dropFirst(role.unicodeScalars.count).filter { !isSpace($0) }
        return names.count >= 2
    }

    /// Two or three Han characters that begin with a surname: a personal name as a byline prints it.
    static func isName(_ s: String) -> Bool {
        let u = s.unicodeScalars
        return (2...3).contains(u.count) && u.allSatisfy(CharClass.isHan) && Surnames.opens(s)
    }
}
