/// Rule **HeadlineRoles**: splits a headline group into kicker (引题), headline (主题) and subheadline (副题).
/// Lines printed directly under each other are one role wrapped (**RoleBlocks**), unless that would leave a
/// group of several lines with a single role; lines apart are separate roles. With two roles, the first is a
/// kicker when it is much longer than the second or is a couplet over a plain line
/// (**KickerOrSubtitle**); otherwise the second is a subtitle.
public enum HeadlineRoles {
    public struct Roles: Equatable, Sendable {
        public var kicker: String?
        public var headline: String?
        public var subheadline: String?
    }

    public static func assign(_ lines: [(text: String, gapBefore: Int)]) -> Roles {
        var blocks: [[String]] = []
        for (k, l) in lines.enumerated() {
            if k > 0 && l.gapBefore == 0 { blocks[blocks.count - 1].append(l.text) } else { blocks.append([l.text]) }
        }
        if blocks.count == 1 && lines.count >= 2 { blocks = lines.map { [$0.text] } }
        let texts = blocks.map { $0.dropFirst().reduce($0[0], LineJoin.join) }
        switch texts.count {
        case 0: return Roles()
        case 1: return Roles(headline: texts[0])
        case 2:
            // a subtitle printed above its headline: `——记…` then the headline
            if texts[0].hasPrefix("—") && !texts[1].hasPrefix("—") { return Roles(headline: texts[1], subheadline: texts[0]) }
            return firstIsKicker(texts[0], texts[1])
                ? Roles(kicker: texts[0], headline: texts[1]) : Roles(headline: texts[0], subheadline: texts[1])
        case 3: return Roles(kicker: texts[0], headline: texts[1], subheadline: texts[2])
        default:
            let middle = texts[1..<(texts.count - 1)].joined(separator: " ")
            return Roles(kicker: texts[0], headline: middle, subheadline: texts[texts.count - 1])
        }
    }

    static func firstIsKicker(_ a: String, _ b: String) -> Bool {
        if b.hasPrefix("—") || b.hasPrefix("-") { return false }
        if a.hasPrefix("—") { return false }
        // printed length: Han count full, digits and Latin half
        let la = max(DisplayWidth.of(a), 1)
        let lb = max(DisplayWidth.of(b), 1)
        if Double(la) >= 1.8 * Double(lb) { return true }
        return isCouplet(a) && !isCouplet(b)
    }

    /// Two parts of (nearly) equal length set apart by a space: `九九重阳节 浓浓敬老情`.
    static func isCouplet(_ s: String) -> Bool {
        let parts = s.split(separator: " ")
        guard parts.count == 2 else { return false }
        let a = parts[0].hanCount
        let b = parts[1].hanCount
        guard a == parts[0].unicodeScalars.count, b == parts[1].unicodeScalars.count else { return false }
        return a >= 3 && b >= 3 && a <= 8 && b <= 8 && abs(a - b) <= 1
    }
}
