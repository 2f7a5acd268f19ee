import DubaoCore
import DubaoStore

/// A line of laid-out text: spans with roles, and how the line sits in its column.
public struct StyledLine: Equatable, Sendable {
    public enum Align: Sendable, Equatable { case left, center, right }
    public var spans: [(text: String, role: Role)]
    public var align: Align = .left
    /// The spans where a search hit begins (a hit wrapped over two lines begins on the first only).
    public var hitStarts: [Int] = []

    public init(_ spans: [(text: String, role: Role)], align: Align = .left) {
        self.spans = spans
        self.align = align
    }

    public init(_ text: String, _ role: Role, align: Align = .left) {
        self.init([(text, role)], align: align)
    }

    public static let blank = StyledLine("", .text)

    public var text: String { spans.map(\.text).joined() }

    public static func == (a: StyledLine, b: StyledLine) -> Bool {
        a.align == b.align && a.spans.map(\.text) == b.spans.map(\.text) && a.spans.map(\.role) == b.spans.map(\.role)
    }
}

/// Lays out a story (one or more parts) as typed lines for a column width: headline group, byline,
/// paragraphs indented by two ideographic spaces, intertitles, captions, signatures, and a quiet marker
/// where the story changes page. Pure: the same story and width give the same lines.
public struct ArticleRenderer: Sendable {
    public var breaker: LineBreaker
    /// The comfortable longest line, in columns (about forty Han characters).
    public var maximumWidth = 80
    public static let indent = "\u{3000}\u{3000}"

    public init(ambiguousWide: Bool = false) {
        breaker = LineBreaker(ambiguousWide: ambiguousWide)
    }

    /// The text column width for a pane width.
    public func columnWidth(pane: Int) -> Int { max(10, min(maximumWidth, pane - 2)) }

    /// - Parameters:
    ///   - parts: the loaded parts, in reading order.
    ///   - pages: page labels of the parts (`第2版`), for the page-change markers.
    ///   - query: a search whose hits are highlighted.
    /// - Returns: the lines, and the indices of lines that hold hits.
    public func render(parts: [Article], pages: [String], width: Int, query: SearchQuery? = nil) -> (lines: [StyledLine], hitLines: [Int]) {
        var out: [StyledLine] = []
        let w = max(10, width)
        guard !parts.isEmpty else { return ([], []) }
        func add(_ text: String, _ role: Role, firstIndent: String = "", indent: String = "", align: StyledLine.Align = .left) {
            // a headline is wrapped in balanced lines, never leaving a character or two alone on the last
            let width = [.headline, .kicker, .subheadline].contains(role) ? balancedWidth(text, w) : w
            out += styled(text, role, width, firstIndent: firstIndent, indent: indent, align: align, query: query)
        }
        var inBody = false
        for l in StoryLines.lines(parts: parts, pages: pages) {
            if !inBody && !l.isHeader && l.kind != .note {
                out.append(.blank)
                inBody = true
            }
            switch l.kind {
            case .kicker: add(l.text, .kicker)
            case .headline: add(l.text, .headline)
            case .derivedTitle: add("〔\(l.text)〕", .headline)
            case .subheadline: add(l.text, .subheadline)
            case .byline: add(l.text, .byline)
            case .note, .mark: add(l.text, .mark)
            case .paragraph: add(l.text, .text, firstIndent: Self.indent)
            case .qa: out += speakerStandsOut(styled(l.text, .text, w, firstIndent: Self.indent, indent: "", align: .left, query: query))
            case .intertitle: add(l.text, .intertitle)
            case .caption: add("▣ " + l.text, .caption, indent: "  ")
            case .signature: add(l.text, .signature, align: .right)
            case .pageChange:
                out.append(.blank)
                out.append(StyledLine("── \(l.text) ──", .mark, align: .center))
            }
            if inBody { out.append(.blank) }
        }
        while out.last == .blank { out.removeLast() }
        // one entry per hit, on the line where it begins: a line with two hits is there twice
        let hitLines = out.indices.flatMap { k in Array(repeating: k, count: out[k].hitStarts.count) }
        return (out, hitLines)
    }

    /// The narrowest width, up to `w`, that wraps `text` in as few lines as `w` does: lines of even length.
    func balancedWidth(_ text: String, _ w: Int) -> Int {
        let n = breaker.wrap(text, width: w).count
        guard n > 1 else { return w }
        let total = DisplayWidth.of(text, ambiguousWide: breaker.ambiguousWide)
        var lo = max(10, (total + n - 1) / n)
        while lo < w, breaker.wrap(text, width: lo).count > n { lo += 1 }
        return lo
    }

    /// Wraps `text` and styles it, with the hits of `query` in the search-hit role.
    func styled(_ text: String, _ role: Role, _ w: Int, firstIndent: String, indent: String, align: StyledLine.Align,
                query: SearchQuery?) -> [StyledLine] {
        let lines = breaker.wrap(text, width: w, firstIndent: firstIndent, indent: indent)
        let field: SearchMatcher.Field = [.headline, .kicker, .subheadline].contains(role) ? .headline : .body
        let hits = query.map { SearchMatcher.hits($0, in: text, field: field) } ?? []
        guard !hits.isEmpty else { return lines.map { StyledLine($0, role, align: align) } }
        // find each line's content in the text (wrapping only drops spaces at breaks) to place the hits; the
        // hits are sorted and apart, so one pass over them serves all lines
        let source = Array(text.unicodeScalars)
        var pos = 0
        var h = 0
        var out: [StyledLine] = []
        for (k, line) in lines.enumerated() {
            let prefix = k == 0 ? firstIndent : indent
            let content = Array(line.unicodeScalars.dropFirst(prefix.unicodeScalars.count))
            while pos < source.count && CharClass.isSpace(source[pos]) && (content.first.map { $0 != source[pos] } ?? true) { pos += 1 }
            let start = pos
            pos = min(source.count, pos + content.count)
            var spans: [(text: String, role: Role)] = prefix.isEmpty ? [] : [(prefix, role)]
            var starts: [Int] = []
            var i = 0
            while i < content.count {
                let at = start + i
                while h < hits.count && hits[h].upperBound <= at { h += 1 }
                let inHit = h < hits.count && hits[h].contains(at)
                // the run ends where this hit ends, or where the next one begins
                let runEnd = inHit ? hits[h].upperBound : (h < hits.count ? hits[h].lowerBound : Int.max)
                let j = min(content.count, max(i + 1, runEnd - start))
                if inHit && hits[h].lowerBound == at { starts.append(spans.count) }
                spans.append((String(String.UnicodeScalarView(content[i..<j])), inHit ? .searchHit : role))
                i = j
            }
            var l = StyledLine(spans, align: align)
            l.hitStarts = starts
            out.append(l)
        }
        return out
    }

    /// The speaker of a question or answer (before the colon) stands out.
    func speakerStandsOut(_ lines: [StyledLine]) -> [StyledLine] {
        guard var first = lines.first, let colonSpan = first.spans.firstIndex(where: { $0.text.contains("：") || $0.text.contains(":") }) else { return lines }
        var spans: [(text: String, role: Role)] = []
        for (k, sp) in first.spans.enumerated() {
            if k < colonSpan { spans.append((sp.text, sp.role == .text ? .byline : sp.role)); continue }
            if k == colonSpan, let c = sp.text.firstIndex(where: { $0 == "：" || $0 == ":" }) {
                spans.append((String(sp.text[...c]), sp.role == .text ? .byline : sp.role))
                let rest = String(sp.text[sp.text.index(after: c)...])
                if !rest.isEmpty { spans.append((rest, sp.role)) }
                continue
            }
            spans.append(sp)
        }
        first.spans = spans
        return [first] + lines.dropFirst()
    }
}
