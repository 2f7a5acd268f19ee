/// A run of body units that belong together, between headline clusters, story openings and closings.
struct Segment: Sendable {
    enum Start: Sendable, Equatable { case none, lead, continuation, byline, columnLead }
    enum Closure: Sendable, Equatable { case signature, continues(Int), credit }

    var units: [Int] = []
    var start: Start
    var closure: Closure?
    /// Holds at least one paragraph of prose (not just a mark or a byline).
    var hasBody = false
    /// The headline cluster printed right before it.
    var clusterBefore: Int?
}

/// Consecutive heading units with only blank lines between them.
struct Cluster: Sendable {
    var units: [Int]
    var prevSegment: Int?
    var nextSegment: Int?
}

/// Rule **Segmentation**: cuts the page's units into segments. A segment starts at a story opening
/// (本报讯, a dateline, 上接, a byline line, 编前), after a closing (a signature, 下转, a photo credit), and
/// after a headline cluster; captions that carry their own credit float free and are placed later.
struct Segmentation {
    var segments: [Segment] = []
    var clusters: [Cluster] = []
    var floatingCaptions: [Int] = []

    init(units: [Unit]) {
        var pending: [Int] = []
        var current: Int?  // index of the open segment

        func open(_ start: Segment.Start) -> Int {
            var seg = Segment(start: start)
            if !pending.isEmpty {
                clusters.append(Cluster(units: pending, prevSegment: segments.indices.last, nextSegment: segments.count))
                seg.clusterBefore = clusters.count - 1
                pending = []
            }
            segments.append(seg)
            return segments.count - 1
        }
        func canAppend() -> Bool {
            guard let c = current else { return false }
            return pending.isEmpty && segments[c].closure == nil
        }

        for (k, u) in units.enumerated() {
            switch u.role {
            case .heading:
                pending.append(k)
            case .furniture:
                break
            case .caption:
                floatingCaptions.append(k)
            case .mark(let m):
                if m.direction == .from {
                    if let c = current, canAppend(), !segments[c].hasBody, segments[c].start == .byline {
                        segments[c].units.append(k)
                    } else {
                        current = open(.continuation)
                        segments[current!].units.append(k)
                    }
                } else if let c = current, segments[c].closure == nil || pending.isEmpty {
                    // 下转 closes the story it follows, even past a headline printed after it
                    segments[c].units.append(k)
                    segments[c].closure = .continues(m.page)
                } else {
                    current = open(.none)
                    segments[current!].units.append(k)
                    segments[current!].closure = .continues(m.page)
                }
            case .lead:
                if let c = current, canAppend(), !segments[c].hasBody, segments[c].start == .byline || segments[c].start == .continuation {
                    segments[c].units.append(k)
                    segments[c].hasBody = true
                } else {
                    current = open(.lead)
                    segments[current!].units.append(k)
                    segments[current!].hasBody = true
                }
            case .columnLead:
                current = open(.columnLead)
                segments[current!].units.append(k)
                segments[current!].hasBody = true
            case .byline:
                current = open(.byline)
                segments[current!].units.append(k)
            case .signature:
                if let c = current, canAppend() || (segments[c].closure == nil && segments[c].hasBody) {
                    segments[c].units.append(k)
                    segments[c].closure = .signature
                } else {
                    current = open(.none)
                    segments[current!].units.append(k)
                    segments[current!].closure = .signature
                }
            case .credit:
                if let c = current, canAppend() {
                    segments[c].units.append(k)
                    segments[c].closure = .credit
                } else {
                    current = open(.none)
                    segments[current!].units.append(k)
                    segments[current!].closure = .credit
                }
            case .body, .qa:
                let inline = u.marks
                let from = inline.first(where: { $0.direction == .from && $0.range.lowerBound <= 2 })
                if from != nil {
                    current = open(.continuation)
                } else if !canAppend() {
                    current = open(.none)
                }
                segments[current!].units.append(k)
                segments[current!].hasBody = true
                if let to = inline.last(where: { $0.direction == .to }), to.range.upperBound >= u.text.unicodeScalars.count - 2 {
                    segments[current!].closure = .continues(to.page)
                }
            }
        }
        if !pending.isEmpty {
            clusters.append(Cluster(units: pending, prevSegment: segments.indices.last, nextSegment: nil))
        }
    }
}
