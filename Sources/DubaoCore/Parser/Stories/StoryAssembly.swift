/// A story being put together from labelled units.
struct Draft: Sendable {
    /// Units of its headline group, in page order (printed before the story, after it, or both).
    var headline: [Int] = []
    /// Byline lines printed apart (`□ 记者 李理`).
    var bylines: [Int] = []
    /// Its units in reading order: paragraphs, intertitles, captions, signatures, marks.
    var body: [Int] = []
    var column: String?
    /// It opened with 上接第N版.
    var continuation = false
    /// Captions that stood alone, with no story text.
    var photoOnly = false
    /// First source line, for ordering.
    var firstLine: Int
}

/// Rule **StoryAssembly**: reads the labelled page in order. A story starts at a unit labelled as a story's
/// first paragraph (taking the headline group and byline that wait for it) or at 上接 (a heading right under
/// it, when none stands above it, repeats the continued story's headline); paragraphs and
/// intertitles continue it; a headline printed after a story joins the story before it and closes it; a
/// signature or 下转 closes it. Captions, inside a story or between stories, go to the story they share their
/// subject with, the story they stand in counting a little more (**CaptionPlacement**), or make picture news
/// of their own when they carry their own credit; a bare photo credit, and a caption without a credit that
/// stands in a story or is numbered (`图①：`), stay with a story. A headline group with captions under it, followed by
/// another headline, is picture news (**PictureNews**): the captions are not the next story's. A credited caption
/// right under a label of its own (`图片新闻`) is picture news whatever it shares (**LabelledPicture**).
struct StoryAssembly {
    var drafts: [Draft] = []
    /// Page furniture and banner units, and units that found no place.
    var furniture: [Int] = []
    var banners: [Int] = []
    var loose: [Int] = []

    init(units: [Unit], topic: TopicContext) {
        // a photo credit closes its picture's caption: the next caption is another picture's
        func endsWithCredit(_ k: Int) -> Bool { Markers.trailingCredit(units[k].text) != nil }
        var pendingHead: [Int] = []
        var pendingBylines: [Int] = []
        var pendingCaptions: [Int] = []
        var current: Int?
        var last: Int?
        var freeCaptions: [(units: [Int], host: Int?)] = []
        func open(continuation: Bool, at k: Int) -> Int {
            var d = Draft(firstLine: units[(pendingHead + pendingBylines + pendingCaptions + [k]).min()!].firstLine)
            d.headline = pendingHead
            d.bylines = pendingBylines
            d.body = pendingCaptions
            d.continuation = continuation
            pendingHead = []
            pendingBylines = []
            pendingCaptions = []
            drafts.append(d)
            return drafts.count - 1
        }
        for (k, u) in units.enumerated() {
            switch u.state {
            case .storyStart:
                current = open(continuation: false, at: k)
                drafts[current!].body.append(k)
                last = current
            case .markFrom:
                current = open(continuation: true, at: k)
                drafts[current!].body.append(k)
                last = current
            case .intertitle where current.map({ drafts[$0].continuation && drafts[$0].headline.isEmpty
                                                  && drafts[$0].body.allSatisfy { units[$0].state == .markFrom } }) == true:
                // a heading right under 上接第N版, with none above it, repeats the continued story's headline
                drafts[current!].headline.append(k)
            case .body, .intertitle:
                if current == nil {
                    current = open(continuation: false, at: k)
                    last = current
                }
                drafts[current!].body.append(k)
            case .captionOpen:
                if let g = freeCaptions.last, g.units.last == k - 1, g.host == current, !endsWithCredit(g.units.last!) {
                    freeCaptions[freeCaptions.count - 1].units.append(k)
                } else {
                    freeCaptions.append(([k], current))
                }
            case .headNext:
                // a headline group with captions after it and then another headline: picture news (**PictureNews**)
                if !pendingHead.isEmpty && !pendingCaptions.isEmpty {
                    let d = open(continuation: false, at: pendingCaptions[0])
                    drafts[d].photoOnly = true
                }
                pendingHead.append(k)
                current = nil
            case .byline:
                pendingBylines.append(k)
                current = nil
            case .headPrev:
                if let d = current ?? last {
                    drafts[d].headline.append(k)
                } else {
                    loose.append(k)
                }
                current = nil
            case .signature, .markTo:
                if let d = current ?? last { drafts[d].body.append(k) } else { loose.append(k) }
                current = nil
            case .captionClosed:
                if !pendingHead.isEmpty || !pendingBylines.isEmpty {
                    pendingCaptions.append(k)
                } else if let g = freeCaptions.last, g.units.last == k - 1, !endsWithCredit(g.units.last!) {
                    freeCaptions[freeCaptions.count - 1].units.append(k)
                } else {
                    freeCaptions.append(([k], nil))
                }
            case .furnitureOpen, .furnitureClosed:
                furniture.append(k)
            case .bannerOpen, .bannerClosed:
                banners.append(k)
            }
        }
        // a headline group with nothing after it: picture news when captions came with it
        if !pendingHead.isEmpty || !pendingBylines.isEmpty || !pendingCaptions.isEmpty {
            if pendingCaptions.isEmpty {
                loose += pendingHead + pendingBylines
            } else {
                let d = open(continuation: false, at: pendingCaptions[0])
                drafts[d].photoOnly = true
            }
        }
        for (d, draft) in drafts.enumerated() where !draft.photoOnly && !draft.body.contains(where: { units[$0].state != .captionClosed }) {
            drafts[d].photoOnly = true
        }
        placeCaptions(freeCaptions, units: units, topic: topic)
        for d in drafts.indices { drafts[d].body.sort() }
    }

    static let captionThreshold = 0.3
    static let setThreshold = 0.15

    /// Whether the captions `later` share their subject with the captions `earlier`: a share of their words'
    /// weight that the earlier ones use (`setThreshold`; two captions are short, and what one shows the other
    /// often says in other words).
    static func sameSubject(_ later: [Int], _ earlier: [Int], topic: TopicContext) -> Bool {
        let doc = StoryMerging.union(earlier.map { topic.profiles[$0] })
        let query = topic.index.weighed(StoryMerging.union(later.map { topic.profiles[$0] }), vocabularyOnly: false)
        return topic.index.share(query, in: doc) >= Self.setThreshold
    }

    /// Whether the captions `later` and `earlier` credit the same people (`（记者 苏婷 摄）`, `苏婷摄`).
    static func samePhotographer(_ later: [Int], _ earlier: [Int], units: [Unit]) -> Bool {
        func names(_ g: [Int]) -> Set<String> {
            Set(g.compactMap { ArticleBuilder.credit(of: units[$0].text) }.flatMap(creditNames))
        }
        let a = names(later)
        return !a.isEmpty && a == names(earlier)
    }

    /// The names a photo credit gives, without the words for their roles (`新华社记者 孙一鸣摄` → 孙一鸣).
    static func creditNames(_ credit: String) -> [String] {
        let t = ArticleBuilder.stripBrackets(credit)
        return (Markers.creditNames(Markers.creditBody(t) ?? Substring(t)) ?? []).map(String.init)
    }

    static let hostBonus = 0.15

    /// Captions go to the story they share their subject with (the story they stand in counting a little
    /// more), or stand as picture news.
    mutating func placeCaptions(_ found: [(units: [Int], host: Int?)], units: [Unit], topic: TopicContext) {
        // pictures printed one right after another outside any story, each with its caption and credit, are one
        // picture item (a picture set); a caption that opens with its own date (`6月2日，`, `近日，`), of another
        // subject by other hands than the captions before it, opens another item (a page of picture news)
        var groups: [(units: [Int], host: Int?)] = []
        for g in found {
            if let p = groups.last, p.host == nil, g.host == nil, p.units.last.map({ $0 + 1 }) == g.units.first,
                !Markers.opensWithDate(units[g.units[0]].text) || Self.sameSubject(g.units, p.units, topic: topic)
                || Self.samePhotographer(g.units, p.units, units: units) {
                groups[groups.count - 1].units += g.units
            } else {
                groups.append(g)
            }
        }
        // each story as one profile: a caption's bigram is the story's when any of its units has it
        let storyProfiles = drafts.map { d in (d.headline + d.body).isEmpty ? nil : StoryMerging.union((d.headline + d.body).map { topic.profiles[$0] }) }
        var photos: [Draft] = []
        // the picture item under a label being read (`LabelledPicture`), in `photos`
        var labelledPhoto: Int?
        for (g, host) in groups {
            var best = -1
            var bestScore = 0.0
            // a caption that carries its own credit may be a whole photo item: it goes to a story by its subject
            // (the story it stands in counting a little more), never by its place alone
            let credited = g.contains { Markers.trailingCredit(units[$0].text) != nil }
            // a credit with no words of its own credits the pictures of the story it stands in
            let creditOnly = g.allSatisfy { k in
                let t = units[k].text
                if let c = Markers.trailingCredit(t) { return String(t.unicodeScalars.prefix(c.bracketStart)).hanCount < 4 }
                return Markers.plainCredit(t) != nil
            }
            if creditOnly, let h = host, !drafts[h].photoOnly {
                drafts[h].body += g
                continue
            }
            // **LabelledPicture**: a credited caption right under a label of its own set apart above it (`图片新闻`,
            // `新春走基层`) is an item of its own, headed by the label, whatever words it shares with the story above
            // (a story's pictures stand in it, under no label), and so are the credited pictures right under it
            // (a credit on a line of its own, `苏婷摄`, credits the caption above it)
            if credited || g.contains(where: { Markers.plainCredit(units[$0].text) != nil }), let l = g.first.map({ $0 - 1 }), l >= 0 {
                if let last = labelledPhoto, photos[last].body.last.map({ $0 + 1 }) == l + 1 {
                    photos[last].body += g
                    continue
                }
                if units[l].label == .furniture || units[l].label == .banner, units[l].gapBefore > 0, LabelledTitle.isLabel(units[l]) {
                    var d = Draft(firstLine: units[g[0]].firstLine)
                    d.body = g
                    d.photoOnly = true
                    photos.append(d)
                    labelledPhoto = photos.count - 1
                    continue
                }
            }
            labelledPhoto = nil
            for p in g {
                let query = topic.index.weighed(topic.profiles[p], vocabularyOnly: false)
                for (d, story) in storyProfiles.enumerated() where !drafts[d].photoOnly {
                    guard let story else { continue }
                    let s = topic.index.share(query, in: story) + (d == host ? Self.hostBonus : 0)
                    if s > bestScore { bestScore = s; best = d }
                }
            }
            // a caption numbered or placed (`图①：`, `上图：`), credited or not, is one of a story's pictures, and so
            // is a caption without a credit standing in a story
            // (a placed caption that shares more with another story than with the one it stands in, the host's bonus
            // counted, is that story's, however little it shares: its position words are no story's)
            let placed = g.contains { Markers.opensWithPhotoPosition(units[$0].text) }
            let sharesElsewhere = placed && best >= 0 && best != host && bestScore > 0
            if !sharesElsewhere, placed || (host != nil && !credited), best < 0 || bestScore < Self.captionThreshold, let h = host ?? (best >= 0 ? best : nil), !drafts[h].photoOnly {
                best = h
                bestScore = Self.captionThreshold
            }
            if best >= 0 && (bestScore >= Self.captionThreshold || sharesElsewhere) {
                drafts[best].body += g
            } else {
                var d = Draft(firstLine: units[g[0]].firstLine)
                d.body = g
                d.photoOnly = true
                photos.append(d)
            }
        }
        drafts += photos
    }
}
