/// A title for an article the page printed without one: the first clause of its first real paragraph,
/// without the 本报讯 opening, cut at about twenty characters.
public enum DerivedTitle {
    public static func make(from blocks: [Block], limit: Int = 20) -> String {
        for b in blocks where b.type == .paragraph || b.type == .caption || b.type == .qa {
            var t = Substring(b.text)
            if Markers.isStandaloneMark(b.text) != nil { continue }
            // drop a leading mark or report opening with its bracket
            for m in Markers.continuationMarks(in: b.text) where m.range.lowerBound <= 1 {
                t = t.unicodeScalars.dropFirst(m.range.upperBound).asSubstring
            }
            if Markers.newsLead(String(t)).isLead, let close = t.firstIndex(where: { $0 == "）" || $0 == ")" }) {
                t = t[t.index(after: close)...]
            }
            let trimmed = t.drop(while: { $0 == " " })
            guard !trimmed.isEmpty else { continue }
            var out = ""
            for ch in trimmed {
                if ch == "。" || ch == "！" || ch == "？" || ch == "；" { break }
                if (ch == "，" || ch == ",") && out.count >= 8 { break }
                out.append(ch)
                if out.count >= limit { out += "…"; break }
            }
            if !out.isEmpty { return out }
        }
        return "（无标题）"
    }
}

extension Substring.UnicodeScalarView {
    var asSubstring: Substring { Substring(self) }
}
