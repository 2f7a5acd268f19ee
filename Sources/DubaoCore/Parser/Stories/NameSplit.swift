/// Rule **NameSplit**: a writer's name alone among a story's paragraphs (`ArticleBuilder.loneNames`), where the
/// text after it shares little of the page's vocabulary with the text before it (`threshold`), is the byline of a
/// story that begins there: pdftotext's default order prints a commentary's writer under a headline it printed
/// elsewhere, and the story above ran on into it. Where the two sides go on with one subject, the name stays in
/// its story (its writer, printed among its paragraphs). A name printed right under the story's last sentence with
/// a blank line under it (`signsAbove`) signs the story above instead (a paper that signs commentaries at their end),
/// and the story below begins after it, a heading at its head its headline.
enum NameSplit {
    /// Below this `TopicIndex.continuity` of the text after the name with the text before it, a story begins at the
    /// name. On the nine default-order sets, 0.3 and 0.4 gave the best summed score of 0.1, 0.2, 0.3, 0.4, 0.5 and
    /// always splitting (7.067 → 7.078; always 7.076).
    static let threshold = 0.3
    /// Paragraphs on either side of the name its continuity is measured over.
    static let reach = 12

    /// The name signs the story above it rather than opening the one below: printed right under the paragraph before
    /// it (no blank line between), which ends its sentence, with a blank line under the name. (A page without blank
    /// lines never shows it: there the name opens the story below, as before.)
    static func signsAbove(_ name: Int, after previous: Int, units: [Unit]) -> Bool {
        previous == name - 1 && Signoff.closesAbove(name, units)
    }

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
                if signsAbove(u, after: rest.body[k - 1], units: units) {
                    // the story above ends with its writer's name; a heading that opens the text after it is the
                    // next story's headline
                    head.body = Array(rest.body[...k])
                    out.append(head)
                    var next = Draft(firstLine: units[rest.body[k + 1]].firstLine)
                    next.body = Array(rest.body[(k + 1)...])
                    if next.body.count >= 2, units[next.body[0]].state == .intertitle, topic.prose[next.body[1]] {
                        next.headline = [next.body.removeFirst()]
                    }
                    rest = next
                } else {
                    head.body = Array(rest.body[..<k])
                    out.append(head)
                    var next = Draft(firstLine: units[u].firstLine)
                    next.bylines = [u]
                    next.body = Array(rest.body[(k + 1)...])
                    rest = next
                }
                k = 1
            }
            out.append(rest)
        }
        drafts = out
    }
}
