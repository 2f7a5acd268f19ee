/// Rule **NameSplit**: a writer's name alone among a story's paragraphs (`ArticleBuilder.loneNames`), where the
/// text after it shares little of the page's vocabulary with the text before it (`threshold`), is the byline of a
/// story that begins there: pdftotext's default order prints a commentary's writer under a headline it printed
/// elsewhere, and the story above ran on into it. Where the two sides go on with one subject, the name stays in
/// its story (its writer, printed among its paragraphs).
enum NameSplit {
    /// Below this `TopicIndex.continuity` of the text after the name with the text before it, a story begins at the
    /// name. On the nine default-order sets, 0.3 and 0.4 gave the best summed score of 0.1, 0.2, 0.3, 0.4, 0.5 and
    /// always splitting (7.067 → 7.078; always 7.076).
    static let threshold = 0.3
    /// Paragraphs on either side of the name its continuity is measured over.
    static let reach = 12

    /// `names`: the page's lone names (`ArticleBuilder.loneNames`, which the builder of its articles works out).
    static func split(drafts: inout [Draft], units: [Unit], names: Set<Int>, topic: TopicContext) {
        guard !names.isEmpty else { return }
        var out: [Draft] = []
        for d in drafts {
            var rest = d
            var k = 1
            while k + 1 < rest.body.count {
                let u = rest.body[k]
                guard names.contains(u) else { k += 1; continue }
                // the paragraphs nearest the name on either side (`reach` of them, among at most four times as many
                // units: a page of thousands of names is asked in linear time)
                let before = rest.body[max(0, k - 4 * reach)..<k].filter { topic.prose[$0] }.suffix(reach)
                let after = rest.body[(k + 1)..<min(rest.body.count, k + 1 + 4 * reach)].filter { topic.prose[$0] }.prefix(reach)
                guard !before.isEmpty, !after.isEmpty else { k += 1; continue }
                var segment = Profile()
                for a in after { segment.formUnion(topic.profiles[a]) }
                let c = topic.index.continuity(before.map { topic.profiles[$0] }, segment)
                guard c < threshold else { k += 1; continue }
                var head = rest
                head.body = Array(rest.body[..<k])
                out.append(head)
                var next = Draft(firstLine: units[u].firstLine)
                next.bylines = [u]
                next.body = Array(rest.body[(k + 1)...])
                rest = next
                k = 1
            }
            out.append(rest)
        }
        drafts = out
    }
}
