/// An article being put together: its segments, its headline units, captions and column.
struct Draft: Sendable {
    var segments: [Int]
    /// Heading clusters that turned out to be intertitles inside it.
    var intertitleClusters: [Int] = []
    /// Heading units of its headline group, in page order.
    var headline: [Int] = []
    var captions: [Int] = []
    var column: String?
    /// A photo made from a caption that stood alone.
    var floatingPhoto: Int?
    var hasBody: Bool
    /// First source line, for ordering.
    var firstLine: Int
}

/// Rule **StoryGrouping**: decides which segments form one story. A segment that opens with a lead, a
/// byline, 上接 or an editor's note starts a story; so does any segment after a closed one (signature,
/// 下转, photo credit), and a photo. A segment with no opening that follows a headline cluster continues
/// the story before it (the cluster is then a run of intertitles) when that story has no prose yet, or when
/// it shares its subject with that story (**TopicContinuity**): enough of its page vocabulary is shared with
/// the story, and nearly as much as with the best-matching other segment of the page. A single intertitle
/// line needs less than a cluster of several lines, which more often heads a story. With no other segment
/// to compare with, only a story that opened with a byline or a lead takes intertitles.
enum StoryGrouping {
    static let minimumContinuity = 0.2
    static let sureContinuity = 0.35
    static let relativeForCluster = 0.75
    static let relativeForSingleLine = 0.6
    static let comparisonWindow = 16

    static func group(_ seg: Segmentation, units: [Unit], index: TopicIndex, profiles: [Profile], trace: ((String) -> Void)? = nil) -> [Draft] {
        var drafts: [Draft] = []
        var profile: [Profile] = []
        for (s, segment) in seg.segments.enumerated() {
            let first = segment.units.first.map { units[$0].firstLine } ?? 0
            func startNew() {
                drafts.append(Draft(segments: [s], hasBody: segment.hasBody, firstLine: first))
                profile = [profiles[s]]
            }
            guard segment.start == .none, let last = drafts.indices.last, s > 0 else { startNew(); continue }
            let prev = seg.segments[s - 1]
            if prev.closure != nil || segment.closure == .credit { startNew(); continue }
            if let c = segment.clusterBefore, drafts[last].hasBody {
                let inDraft = Set(drafts[last].segments)
                let similarity = index.continuity(profile, profiles[s])
                var best = 0.0
                // the best other segment nearby (a window keeps huge pages linear)
                let near = max(0, s - comparisonWindow)...min(profiles.count - 1, s + comparisonWindow)
                let others = near.filter { $0 != s && !inDraft.contains($0) }
                if similarity >= minimumContinuity && similarity < sureContinuity {
                    for t in others { best = max(best, index.continuity(profiles[t], profiles[s])) }
                }
                let relative = seg.clusters[c].units.count == 1 ? relativeForSingleLine : relativeForCluster
                var same = similarity >= sureContinuity || (similarity >= minimumContinuity && similarity >= relative * best)
                if others.isEmpty {
                    // nothing else on the page to compare with (and shared words say little on a page of two
                    // pieces): intertitles belong to stories that opened with a byline or a lead
                    let opened = drafts[last].segments.first.map { seg.segments[$0].start != .none } ?? false
                    same = opened && similarity >= minimumContinuity
                }
                trace?("continuity draft \(last) → segment \(s): \(similarity) best other \(best) → \(same ? "same story" : "new story")")
                guard same else { startNew(); continue }
            }
            if let c = segment.clusterBefore { drafts[last].intertitleClusters.append(c) }
            drafts[last].segments.append(s)
            drafts[last].hasBody = drafts[last].hasBody || segment.hasBody
            profile.append(profiles[s])
        }
        return drafts
    }
}
