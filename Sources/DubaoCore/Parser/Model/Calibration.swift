import Foundation

/// A page whose make-up is known: for every line of its text, the element of the typeset page it came from
/// (a headline, a paragraph, a caption …) — what the corpus generator writes beside each page it typesets.
public struct LabelledPage: Sendable {
    public struct Element: Sendable, Codable {
        /// banner, furniture, column, label, kicker, headline, sub, byline, para, inter, caption, credit, sign,
        /// note, mark_from, mark_to, dup
        public var role: String
        /// The story it belongs to (−1: the page's own).
        public var part: Int
        /// Its text as typeset.
        public var text: String = ""
    }

    public var name: String
    /// Which rendering or set it belongs to (`A`, `B`, `raw`, `flow`, `seedpages`).
    public var group: String
    public var text: String
    /// For each line of `text`: the index of its element, or −1 (blank, or not found in the typesetting).
    public var lineElements: [Int]
    public var elements: [Element]
    /// Each line's type size against the body's, for a page read from a PDF (nil for a text dump).
    public var typeSizes: [Double?]?

    public init(name: String, group: String = "", text: String, lineElements: [Int], elements: [Element], typeSizes: [Double?]? = nil) {
        self.name = name
        self.group = group
        self.text = text
        self.lineElements = lineElements
        self.elements = elements
        self.typeSizes = typeSizes
    }
}

/// Fits the parser's weights on labelled pages (`dubao-bench calibrate`): the joining weights by logistic
/// regression on every gap between two lines, then the labelling weights by an averaged structured
/// perceptron over the page decode, on the units the fitted joining makes. Features out, weights in.
public enum Calibration {
    public struct Report: Sendable {
        public var joinAccuracy: Double
        public var joinExamples: Int
        public var labelAccuracy: Double
        public var labelExamples: Int
        public var confusion: [[Int]]
    }

    // MARK: gold

    /// The element of each kept line.
    static func elements(of lines: [PageLine], in page: LabelledPage) -> [Int] {
        lines.map { $0.number < page.lineElements.count ? page.lineElements[$0.number] : -1 }
    }

    /// Whether the line `k` continues the paragraph of line `k - 1` in the typesetting (nil: unknown).
    static func goldJoin(_ e: [Int], _ k: Int) -> Bool? {
        guard k > 0, e[k] >= 0, e[k - 1] >= 0 else { return nil }
        return e[k] == e[k - 1]
    }

    /// The element most of a unit's characters come from (nil when none of its lines was found).
    static func element(of u: Unit, lines: [PageLine], e: [Int]) -> Int? {
        var votes: [Int: Int] = [:]
        for i in u.lines where e[i] >= 0 { votes[e[i], default: 0] += max(1, lines[i].text.unicodeScalars.count) }
        return votes.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// The gold label of every unit (nil where unknown): roles mapped to labels, a headline group before or
    /// after its story's first paragraph by where that paragraph is, a story's first paragraph told from the
    /// rest.
    static func goldLabels(units: [Unit], lines: [PageLine], page: LabelledPage) -> [UnitLabel?] {
        let e = elements(of: lines, in: page)
        let owner = units.map { element(of: $0, lines: lines, e: e) }
        let roles = owner.map { $0.map { page.elements[$0].role } }
        let parts = owner.map { $0.map { page.elements[$0].part } ?? -1 }
        var firstBody: [Int: Int] = [:]
        var markFrom: [Int: Int] = [:]
        for k in units.indices {
            if roles[k] == "para", firstBody[parts[k]] == nil { firstBody[parts[k]] = k }
            if roles[k] == "mark_from", markFrom[parts[k]] == nil { markFrom[parts[k]] = k }
        }
        return units.indices.map { k -> UnitLabel? in
            guard let role = roles[k] else { return nil }
            switch role {
            case "banner": return .banner
            case "furniture", "column", "label": return .furniture
            case "kicker", "headline", "sub":
                guard let fb = firstBody[parts[k]] else { return .headlineNext }
                return k < fb ? .headlineNext : .headlinePrevious
            case "byline": return .byline
            case "para":
                if firstBody[parts[k]] == k, markFrom[parts[k]].map({ $0 > k }) ?? true { return .storyStart }
                return .body
            case "dup": return .body
            case "inter": return .intertitle
            case "caption", "credit": return .caption
            case "sign", "note": return .signature
            case "mark_from", "mark_to": return units[k].standaloneMark != nil ? .mark : .body
            default: return nil
            }
        }
    }

    /// The consistent state path nearest to the gold labels: a decode where each known gold label wins by far
    /// and unknown units are free.
    static func goldStates(_ gold: [UnitLabel?], units: [Unit], model: ParserModel) -> [DecodeState] {
        let emission = gold.map { g in UnitLabel.allCases.map { l in g == nil ? 0.0 : (l == g ? 100.0 : 0.0) } }
        var flat = ParserModel()
        flat.trans = model.trans.map { $0.map { _ in 0 } }
        return Viterbi.decode(emission: emission, model: flat, permitted: PageParser.permitted(units)).states
    }

    // MARK: fitting

    /// Fits a model on `training`; reports on `heldOut`.
    public enum Method: String, Sendable { case crf, perceptron }

    public static func fit(training: [LabelledPage], heldOut: [LabelledPage], headlineBank: [HeadlineGroup] = [], seedWeight: Int = 6,
                           epochs: Int = 12, method: Method = .crf, log: (String) -> Void = { _ in }) -> (ParserModel, Report) {
        var model = ParserModel()
        model.join = fitJoin(training, log: log)
        model.role = fitRoles(training, bank: headlineBank, seedWeight: seedWeight, log: log)
        log("joining fitted on \(training.count) pages")
        let prepared = training.map { prepare($0, model: model) }
        switch method {
        case .crf: CRFTraining.fit(prepared, model: &model, epochs: epochs, log: log)
        case .perceptron: fitLabels(prepared, model: &model, epochs: epochs, log: log)
        }
        let report = evaluate(heldOut, model: model)
        return (model, report)
    }

    struct Prepared {
        var units: [Unit]
        var features: [[Float]]
        var gold: [DecodeState]
        var known: [Bool]
    }

    static func prepare(_ page: LabelledPage, model: ParserModel) -> Prepared {
        let (lines, _) = PageParser.lines(of: page.text, typeSizes: page.typeSizes)
        let units = PageParser.units(lines, model: model)
        let topic = TopicContext(units: units)
        let features = UnitFeature.extract(units: units, lines: lines, topic: topic)
        let gold = goldLabels(units: units, lines: lines, page: page)
        return Prepared(units: units, features: features, gold: goldStates(gold, units: units, model: model), known: gold.map { $0 != nil })
    }

    /// A headline group of two lines or more, its lines in printed order, and which of them is the main headline.
    public typealias HeadlineGroup = (texts: [String], main: Int)

    /// The headline groups of the pages (each rendering of a page once; a page given several times, as the seed
    /// pages are, counts as often): their lines in order, and which is the main headline.
    static func headlineGroups(_ pages: [LabelledPage]) -> [HeadlineGroup] {
        var seen = Set<String>()
        var out: [HeadlineGroup] = []
        for page in pages where seen.insert(page.name).inserted || page.group == "seedpages" {
            var groups: [Int: [(String, String)]] = [:]
            for e in page.elements where ["kicker", "headline", "sub"].contains(e.role) { groups[e.part, default: []].append((e.role, e.text)) }
            for (_, g) in groups.sorted(by: { $0.key < $1.key }) where g.count >= 2 {
                guard let main = g.firstIndex(where: { $0.0 == "headline" }) else { continue }
                out.append((g.map { SpaceTidy.tidy(LetterSpacing.remove($0.1)) }, main))
            }
        }
        return out
    }

    /// The groups of a headline bank (`headline-groups.txt` beside the corpus): one group per paragraph, each line
    /// `k:` (kicker), `h:` (main headline) or `s:` (subheadline) and its text; `#` lines are comments. A group
    /// without exactly one `h:` line, or a line of another form, is reported in `problems` and left out.
    public static func headlineBank(_ text: String) -> (groups: [HeadlineGroup], problems: [String]) {
        var groups: [HeadlineGroup] = []
        var problems: [String] = []
        var texts: [String] = []
        var mains: [Int] = []
        var bad = false
        func close(_ n: Int) {
            defer { texts = []; mains = []; bad = false }
            guard !texts.isEmpty else { return }
            if bad || mains.count != 1 || texts.count < 2 {
                problems.append("group ending at line \(n): \(bad ? "a line that is not k:, h: or s:" : mains.count != 1 ? "\(mains.count) main headlines" : "a single line")")
                return
            }
            groups.append((texts, mains[0]))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (n, raw) in lines.enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.hasPrefix("#") { continue }
            if line.isEmpty { close(n); continue }
            let parts = line.split(separator: ":", maxSplits: 1)
            guard parts.count == 2, ["k", "h", "s"].contains(parts[0]) else { bad = true; continue }
            let t = parts[1].trimmingCharacters(in: .whitespaces)
            if parts[0] == "h" { mains.append(texts.count) }
            texts.append(t)
        }
        close(lines.count)
        return (groups, problems)
    }

    /// Softmax over the lines of each group: which is the main headline.
    public static func fitRoles(_ pages: [LabelledPage], bank: [HeadlineGroup] = [], seedWeight: Int = 6, epochs: Int = 40, log: (String) -> Void) -> [Double] {
        // each distinct group once: a corpus sets the same headlines on many pages and in every rendering, and
        // counting each printing would fit the weights to the few texts it repeats
        // — except the seed pages' groups, which count `seedWeight` times: they are the pages the parser must read
        // without a fault
        var seen = Set<[String]>()
        let seedGroups = headlineGroups(pages.filter { $0.group == "seedpages" }).filter { seen.insert($0.texts).inserted }
        let groups = Array(repeating: seedGroups, count: seedWeight).flatMap { $0 }
            + (headlineGroups(pages) + bank).filter { seen.insert($0.texts).inserted }
        let D = HeadlineFeature.allCases.count
        var w = [Double](repeating: 0, count: D)
        var g2 = [Double](repeating: 1e-8, count: D)
        let data = groups.map { (HeadlineFeature.extract($0.texts), $0.main) }
        var rng = SplitMix(seed: 17)
        var order = Array(data.indices)
        for _ in 0..<epochs {
            order.shuffle(using: &rng)
            for i in order {
                let (f, main) = data[i]
                let scores = f.map { x in (0..<D).reduce(0.0) { $0 + w[$1] * Double(x[$1]) } }
                let m = scores.max() ?? 0
                let ex = scores.map { exp($0 - m) }
                let z = ex.reduce(0, +)
                for j in 0..<D {
                    var grad = 0.0
                    for (k, x) in f.enumerated() { grad += ((k == main ? 1 : 0) - ex[k] / z) * Double(x[j]) }
                    grad -= 0.001 * w[j]
                    if grad == 0 { continue }
                    g2[j] += grad * grad
                    w[j] += 0.3 * grad / sqrt(g2[j])
                }
            }
        }
        var m = ParserModel()
        m.role = w
        let right = groups.filter { HeadlineRoles.mainIndex($0.texts, model: m) == $0.main }.count
        let seedsRight = seedGroups.filter { HeadlineRoles.mainIndex($0.texts, model: m) == $0.main }.count
        log(String(format: "headline roles: %d groups, %.1f%% right; the seed pages' groups: %d of %d right", groups.count,
                    100 * Double(right) / Double(max(1, groups.count)), seedsRight, seedGroups.count))
        return w.map { ($0 * 1000).rounded() / 1000 }
    }

    /// Logistic regression (AdaGrad, a little L2) on every gap whose answer the typesetting knows.
    static func fitJoin(_ pages: [LabelledPage], epochs: Int = 25, log: (String) -> Void) -> [Double] {
        var xs: [[Float]] = []
        var ys: [Bool] = []
        for page in pages {
            let (lines, _) = PageParser.lines(of: page.text, typeSizes: page.typeSizes)
            let e = elements(of: lines, in: page)
            _ = LineJoiner(model: ParserModel()).units(lines, decide: { k in goldJoin(e, k) ?? false }, observe: { k, f, _ in
                if let g = goldJoin(e, k) { xs.append(f); ys.append(g) }
            })
        }
        let D = JoinFeature.count
        var w = [Double](repeating: 0, count: D)
        var g2 = [Double](repeating: 1e-8, count: D)
        let lr = 0.3
        let l2 = 1e-4
        var order = Array(xs.indices)
        var rng = SplitMix(seed: 7)
        for _ in 0..<epochs {
            order.shuffle(using: &rng)
            for i in order {
                let x = xs[i]
                var z = 0.0
                for j in 0..<D where x[j] != 0 { z += w[j] * Double(x[j]) }
                let p = 1 / (1 + exp(-z))
                let err = p - (ys[i] ? 1 : 0)
                for j in 0..<D {
                    let grad = err * Double(x[j]) + l2 * w[j]
                    if grad == 0 { continue }
                    g2[j] += grad * grad
                    w[j] -= lr * grad / sqrt(g2[j])
                }
            }
        }
        var right = 0
        for (i, x) in xs.enumerated() {
            var z = 0.0
            for j in 0..<D { z += w[j] * Double(x[j]) }
            if (z > 0) == ys[i] { right += 1 }
        }
        log(String(format: "joining: %d gaps, %.2f%% right on the training gaps", xs.count, 100 * Double(right) / Double(max(1, xs.count))))
        return w
    }

    /// The features a page read from a PDF adds (a text dump has all of them at 0).
    static let geometryFeatures: [UnitFeature] = [.typeKnown, .typeSmall, .typeBody, .typeLarge, .typeHuge, .typeLargerThanPrev, .typeLargerThanNext]

    /// Fits only the weights of the geometry features, on pages read from PDFs, every other weight held at
    /// `base`'s (an averaged perceptron over the page decode, as `fitLabels`): a text dump has none of these
    /// features, so its labelling cannot change.
    public static func fitGeometry(_ pages: [LabelledPage], base: ParserModel, epochs: Int = 10, rate: Double = 0.05,
                                   log: (String) -> Void = { _ in }) -> ParserModel {
        var model = base
        let prepared = pages.map { prepare($0, model: base) }
        let L = UnitLabel.allCases.count
        let geo = geometryFeatures.map(\.rawValue)
        var sum = [[Double]](repeating: [Double](repeating: 0, count: geo.count), count: L)
        var steps = 0.0
        var order = Array(prepared.indices)
        var rng = SplitMix(seed: 13)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var wrong = 0, total = 0
            for p in order {
                let page = prepared[p]
                guard !page.units.isEmpty else { continue }
                let pred = Viterbi.decode(emission: PageParser.emission(page.features, model: model), model: model,
                                          permitted: PageParser.permitted(page.units)).states
                for k in page.gold.indices where page.known[k] {
                    total += 1
                    let g = page.gold[k].label, q = pred[k].label
                    guard g != q else { continue }
                    wrong += 1
                    for j in geo where page.features[k][j] != 0 {
                        model.emit[g.rawValue][j] += rate * Double(page.features[k][j])
                        model.emit[q.rawValue][j] -= rate * Double(page.features[k][j])
                    }
                }
                for l in 0..<L { for (i, j) in geo.enumerated() { sum[l][i] += model.emit[l][j] } }
                steps += 1
            }
            log(String(format: "geometry, epoch %d: %.2f%% of %d units right", epoch + 1, 100 * Double(total - wrong) / Double(max(1, total)), total))
        }
        for l in 0..<L { for (i, j) in geo.enumerated() { model.emit[l][j] = (sum[l][i] / max(1, steps) * 1000).rounded() / 1000 } }
        return model
    }

    /// Averaged structured perceptron: decode each page with the current weights and move them towards the
    /// gold path where the decode differs.
    static func fitLabels(_ pages: [Prepared], model: inout ParserModel, epochs: Int, log: (String) -> Void) {
        let L = UnitLabel.allCases.count
        let S = DecodeState.allCases.count
        let D = UnitFeature.allCases.count
        var sumEmit = [[Double]](repeating: [Double](repeating: 0, count: D), count: L)
        var sumTrans = [[Double]](repeating: [Double](repeating: 0, count: S), count: S)
        var sumBegin = [Double](repeating: 0, count: S)
        var sumEnd = [Double](repeating: 0, count: S)
        var steps = 0.0
        var order = Array(pages.indices)
        var rng = SplitMix(seed: 11)
        for epoch in 0..<epochs {
            order.shuffle(using: &rng)
            var wrong = 0
            var total = 0
            for p in order {
                let page = pages[p]
                guard !page.units.isEmpty else { continue }
                let emission = PageParser.emission(page.features, model: model)
                let pred = Viterbi.decode(emission: emission, model: model, permitted: PageParser.permitted(page.units)).states
                let gold = page.gold
                for k in gold.indices where page.known[k] {
                    total += 1
                    if pred[k].label != gold[k].label { wrong += 1 }
                }
                if pred != gold {
                    for k in gold.indices {
                        let g = gold[k]
                        let q = pred[k]
                        if g.label != q.label {
                            let f = page.features[k]
                            for j in 0..<D where f[j] != 0 {
                                model.emit[g.label.rawValue][j] += Double(f[j])
                                model.emit[q.label.rawValue][j] -= Double(f[j])
                            }
                        }
                        if k > 0 {
                            model.trans[gold[k - 1].rawValue][g.rawValue] += 1
                            model.trans[pred[k - 1].rawValue][q.rawValue] -= 1
                        }
                    }
                    model.begin[gold[0].rawValue] += 1
                    model.begin[pred[0].rawValue] -= 1
                    model.end[gold[gold.count - 1].rawValue] += 1
                    model.end[pred[pred.count - 1].rawValue] -= 1
                }
                for l in 0..<L { for j in 0..<D { sumEmit[l][j] += model.emit[l][j] } }
                for a in 0..<S { for b in 0..<S { sumTrans[a][b] += model.trans[a][b] } }
                for s in 0..<S { sumBegin[s] += model.begin[s]; sumEnd[s] += model.end[s] }
                steps += 1
            }
            log(String(format: "labels, epoch %d: %.2f%% of %d units right", epoch + 1, 100 * Double(total - wrong) / Double(max(1, total)), total))
        }
        model.emit = sumEmit.map { $0.map { ($0 / steps * 1000).rounded() / 1000 } }
        model.trans = sumTrans.map { $0.map { ($0 / steps * 1000).rounded() / 1000 } }
        model.begin = sumBegin.map { ($0 / steps * 1000).rounded() / 1000 }
        model.end = sumEnd.map { ($0 / steps * 1000).rounded() / 1000 }
        model.join = model.join.map { ($0 * 1000).rounded() / 1000 }
    }

    /// Joining and labelling accuracy on pages, against their gold. `mistake` hears each wrong decision: the
    /// page, the two lines or the unit, what was decided and what the gold says.
    public static func evaluate(_ pages: [LabelledPage], model: ParserModel,
                                mistake: ((LabelledPage, String) -> Void)? = nil) -> Report {
        var joinRight = 0
        var joinTotal = 0
        var right = 0
        var total = 0
        let L = UnitLabel.allCases.count
        var confusion = [[Int]](repeating: [Int](repeating: 0, count: L), count: L)
        for page in pages {
            let (lines, _) = PageParser.lines(of: page.text, typeSizes: page.typeSizes)
            let e = elements(of: lines, in: page)
            _ = LineJoiner(model: model).units(lines, observe: { k, _, joined in
                if let g = goldJoin(e, k) {
                    joinTotal += 1
                    if g == joined { joinRight += 1 } else {
                        mistake?(page, "join \(joined ? "joined" : "kept apart") L\(lines[k - 1].number + 1): «\(lines[k - 1].raw.suffix(16))» | gap \(lines[k].gapBefore) | «\(lines[k].raw.prefix(16))»")
                    }
                }
            })
            let prepared = prepare(page, model: model)
            guard !prepared.units.isEmpty else { continue }
            let pred = Viterbi.decode(emission: PageParser.emission(prepared.features, model: model), model: model,
                                      permitted: PageParser.permitted(prepared.units)).states
            for k in pred.indices where prepared.known[k] {
                total += 1
                confusion[prepared.gold[k].label.rawValue][pred[k].label.rawValue] += 1
                if pred[k].label == prepared.gold[k].label { right += 1 } else {
                    mistake?(page, "label \(pred[k].label.name) for \(prepared.gold[k].label.name) L\(prepared.units[k].firstLine + 1): «\(prepared.units[k].text.prefix(24))»")
                }
            }
        }
        return Report(joinAccuracy: Double(joinRight) / Double(max(1, joinTotal)), joinExamples: joinTotal,
                      labelAccuracy: Double(right) / Double(max(1, total)), labelExamples: total, confusion: confusion)
    }
}

/// SplitMix64, for shuffling the training examples the same way every run.
struct SplitMix: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
