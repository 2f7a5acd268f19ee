import DubaoCore
import Foundation

/// Makes a synthetic archive by varying real pages: for tests and benchmarks. Deterministic: the same
/// seed pages, count and seed give the same files, byte for byte. Each page takes one of the seed pages,
/// reorders its stories (cut where reports open), swaps some numbers and characters, drops or repeats a
/// paragraph now and then, and is named like a real file: `jzrb_20230101_03.txt`.
public struct ArchiveGenerator: Sendable {
    public var seeds: [String]
    public var pagesPerIssue = 8
    public var paper = "jzrb"
    public var firstDay = DateComponents(year: 2023, month: 1, day: 1)
    /// Stories jump pages: the last long story of every page but an issue's last continues on the next page
    /// (`（下转第N版）` … `（上接第N版）`), as a paper's front-page stories do.
    public var jumps = false

    public init(seeds: [String]) {
        self.seeds = seeds
    }

    /// Loads the seed page texts from a folder (or the files given).
    public init(seedPaths: [String]) {
        let files = FileDiscovery.discover(seedPaths).files
        seeds = files.compactMap { f in
            guard case .success(let b) = CorpusLoader.read(f), case .success(let d) = TextDecoder.decode(b) else { return nil }
            return d.text
        }
    }

    /// File name (relative) and text of page `n` (0-based).
    public func page(_ n: Int) -> (name: String, text: String) {
        let issue = n / pagesPerIssue
        let number = n % pagesPerIssue + 1
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = TimeZone(identifier: "UTC")!
        let day = cal.date(byAdding: .day, value: issue, to: cal.date(from: firstDay)!)!
        let c = cal.dateComponents([.year, .month, .day], from: day)
        let name = String(format: "%@_%04d%02d%02d_%02d.txt", paper, c.year!, c.month!, c.day!, number)
        var chunks: [String] = []
        if jumps && number > 1, let tail = jump(n - 1)?.tail {
            chunks = ["（上接第\(number - 1)版）"] + tail
        }
        if jumps && number < pagesPerIssue, let j = jump(n) {
            chunks += j.kept
        } else {
            chunks += stories(n).flatMap { $0 }
        }
        return (name, chunks.joined(separator: "\n\n"))
    }

    /// Page `n` split where its last long story jumps: what stays (ending in the 下转 mark), what moves on.
    func jump(_ n: Int) -> (kept: [String], tail: [String])? {
        var st = stories(n)
        guard let k = st.lastIndex(where: { $0.count >= 4 }) else { return nil }
        let cut = st[k].count / 2
        let tail = Array(st[k][cut...])
        st[k] = Array(st[k][..<cut])
        st[k][cut - 1] += "（下转第\(n % pagesPerIssue + 2)版）"
        // the story that jumps is printed last on its page
        let moved = st.remove(at: k)
        return (st.flatMap { $0 } + moved, tail)
    }

    /// The stories of page `n`: a seed page varied.
    func stories(_ n: Int) -> [[String]] {
        var rng = SplitMixRandom(seed: UInt64(n) &* 0x9E37_79B9 &+ 17)
        return vary(seeds[n % max(seeds.count, 1)], rng: &rng)
    }

    func vary(_ text: String, rng: inout SplitMixRandom) -> [[String]] {
        // cut into stories where a report opens, and shuffle the stories after the first
        let chunks = text.components(separatedBy: "\n\n")
        var stories: [[String]] = [[]]
        for ch in chunks {
            if Markers.newsLead(ch.trimmingCharacters(in: .whitespaces)).isLead && !(stories.last?.isEmpty ?? true) { stories.append([]) }
            stories[stories.count - 1].append(ch)
        }
        if stories.count > 2 {
            var rest = Array(stories.dropFirst())
            rest.shuffle(using: &rng)
            stories = [stories[0]] + rest
        }
        var out: [[String]] = []
        for story in stories {
            var varied: [String] = []
            for ch in story {
                let r = rng.next() % 100
                if r < 3 { continue }  // drop a paragraph
                let v = swapCharacters(ch, rng: &rng)
                varied.append(v)
                if r >= 98 { varied.append(v) }  // repeat one
            }
            if !varied.isEmpty { out.append(varied) }
        }
        return out
    }

    static let digits = Array("0123456789")
    static let swaps: [Character: [Character]] = [
        "市": ["县", "区"], "年": ["年"], "荆": ["江", "汉"], "州": ["陵", "川"], "发": ["推", "促"], "展": ["进", "动"],
        "会": ["会", "议"], "新": ["新", "创"], "工": ["工", "劳"], "作": ["作", "业"],
    ]

    func swapCharacters(_ s: String, rng: inout SplitMixRandom) -> String {
        var out = ""
        out.reserveCapacity(s.utf8.count)
        for ch in s {
            if ch.isASCII, ch.isNumber, rng.next() % 4 == 0 {
                out.append(Self.digits[Int(rng.next() % 10)])
            } else if let alts = Self.swaps[ch], rng.next() % 6 == 0 {
                out.append(alts[Int(rng.next() % UInt64(alts.count))])
            } else {
                out.append(ch)
            }
        }
        return out
    }

    /// Writes `count` pages under `folder` (in per-issue subfolders `YYYY-MM/`); returns total bytes.
    @discardableResult
    public func write(count: Int, to folder: String) throws -> Int {
        var total = 0
        for n in 0..<count {
            let (name, text) = page(n)
            let month = String(name.split(separator: "_")[1].prefix(6))
            let dir = (folder as NSString).appendingPathComponent(month)
            try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
            let data = Data(text.utf8)
            try data.write(to: URL(fileURLWithPath: (dir as NSString).appendingPathComponent(name)))
            total += data.count
        }
        return total
    }
}

/// SplitMix64: small, fast, deterministic.
public struct SplitMixRandom: RandomNumberGenerator, Sendable {
    var state: UInt64
    public init(seed: UInt64) { state = seed }
    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
