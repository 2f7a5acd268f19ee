/// Rule **TrailingByline**: a headline's last line with the writer's name set at the end of its row, which a
/// PDF-to-text tool prints as one line with a space between (`重来（人民时评） 任晓辉`, `让千年古城“活”在当下
/// 记者蔡文华`, `垃圾分类的“加减法” 本报记者 顾青`). Read as one line, the name is glued to the headline and the
/// headline is taken for a paragraph's words. The line is parted into the heading and the byline.
///
/// Parted only when nothing else reads that way: the part after a space is a byline (a role word and names of two
/// characters or more, `Markers.bylineLine`), or, after the last space, a bare personal name with a common surname
/// following a heading that ends in a closing bracket or quote (a column tag, a quoted word). The part before holds
/// no sentence's end, names no role and is no name itself (a byline of several names, `记者 李理 通讯员 徐心园`,
/// stays one line). A bare name after plain words is left alone: an affiliation and a name
/// (`荆州市妇女联合会 高荣荣`) are printed that way as well.
enum TrailingByline {
    /// The heading and the byline of a line that holds both; nil for any other line.
    static func split(_ line: String) -> (heading: String, byline: String)? {
        // quick look (every line is asked): a space inside the line
        guard ByteScan.hasSpaces(line) else { return nil }
        let s = ByteScan.scalars(line)
        guard let lastSpace = s.lastIndex(where: isSpace), lastSpace + 1 < s.count else { return nil }
        for cut in s.indices where cut > 0 && isSpace(s[cut]) && !isSpace(s[cut - 1]) {
            var rest = cut
            while rest < s.count, isSpace(s[rest]) { rest += 1 }
            guard rest < s.count else { return nil }
            // what can follow: a role word, or after the last space a name of two or three characters after a
            // closing bracket or quote (looked at by the scalar before any text is made)
            let named = rest == lastSpace + 1 && (2...3).contains(s.count - rest) && CharClass.isCloser(s[cut - 1])
            guard named || roleScalars.contains(where: { w in w.count <= s.count - rest && zip(w, s[rest...]).allSatisfy { $0 == $1 } })
            else { continue }
            let heading = String(scalars: s[..<cut])
            let byline = String(scalars: s[rest...])
            guard isHeading(heading) else { continue }
            if named, isName(byline) {
                // a bare name: with a common surname (`…” 党支` is a wrapped word)
                if let f = byline.unicodeScalars.first, Surnames.common.contains(f) { return (heading, byline) }
                return nil
            }
            if isByline(byline) { return (heading, byline) }
        }
        return nil
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
