import ArgumentParser
import DubaoLibrary
import Foundation

/// The full-size hostile files through the release program: a 50 MB single line, a million tiny paragraphs,
/// the largest page file of stories, pages of columns' rows and of story leads (pdftotext's default order at its
/// worst), 10,000 files in one folder. Each must be read (or refused with a message) without a crash, in time and
/// memory that grow with the input, not faster.
struct HostileBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "hostile", abstract: "Run the release program on full-size hostile files (time, memory, outcome).")

    @Option(help: "The dubao program.") var program = ".build/release/dubao"
    @Option(help: "Seed pages (the largest page is made of them).") var seeds = "seeds"

    func run() throws {
        let seedTexts = try FileDiscovery.discover([seeds]).files.map { try String(contentsOfFile: $0, encoding: .utf8) }
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-hostile-\(getpid())").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let cases: [(String, () throws -> String)] = [
            ("50 MB single line", {
                let p = dir + "/line.txt"
                try Data(String(repeating: "荆州日报全媒体记者报道，", count: 50 * 1_048_576 / 36).utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("a million tiny paragraphs", {
                let p = dir + "/tiny.txt"
                try Data((0..<1_000_000).map { "第\($0)段。" }.joined(separator: "\n\n").utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("the largest page: 4 MB of stories", {
                // a whole run of issues in one file, just under the page limit: the stories of the seed pages again and again
                let p = dir + "/largest.txt"
                var text = ""
                var k = 0
                while !seedTexts.isEmpty, text.utf8.count < CorpusLoader.maximumFileSize - 200_000 {
                    text += seedTexts[k % seedTexts.count] + "\n\n"
                    k += 1
                }
                try Data(text.utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("100,000 lines of one character", {
                // as many lines as a page may hold, each a scrap of a wrapped headline: one headline group
                let p = dir + "/scraps.txt"
                try Data(String(repeating: "字\n", count: CorpusLoader.maximumLines).utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("4 MB of two columns' rows", {
                // every line a row of two columns' lines, no blank line: one interleaved region, one headline group
                try rows(dir + "/rows.txt", every: 1)
            }),
            ("4 MB of lone rows", {
                // a row of two columns' lines every eighth line, under lines of one column, no blank line
                try rows(dir + "/lone.txt", every: 8)
            }),
            ("100,000 lines of a story's lead", {
                // as many lines as a page may hold, each a label's shape: a hundred thousand stories merged in pairs
                let p = dir + "/leads.txt"
                try Data(String(repeating: "本报讯（记者 王明）\n", count: CorpusLoader.maximumLines).utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("25,000 writers' names", {
                // as many lines as a page may hold: paragraphs of two subjects in turn, a name of its own between
                // each two (every name a story's possible writer, asked against the text on either side)
                let p = dir + "/names.txt"
                let surnames = Array("王李张刘陈杨赵黄周吴".unicodeScalars)
                let paragraphs = ["市图书馆新馆今天开馆，藏书八十万册，设有少儿阅览区和自习区。", "新城大桥主跨今天顺利合龙，大桥全长两千米，预计年底通车。"]
                var lines: [String] = []
                for k in 0..<(CorpusLoader.maximumLines / 4 - 1) {
                    var name = String.UnicodeScalarView()
                    name.append(surnames[k % surnames.count])
                    for v in [0x4E00 + (k / surnames.count) % 2000, 0x5000 + k / (surnames.count * 2000)] { name.append(Unicode.Scalar(UInt32(v))!) }
                    lines += [paragraphs[k % 2], String(name)]
                }
                try Data(lines.joined(separator: "\n\n").utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("a million lines: refused", {
                let p = dir + "/lines.txt"
                try Data(String(repeating: "字\n", count: 1_000_000).utf8).write(to: URL(fileURLWithPath: p))
                return p
            }),
            ("10,000 files in one folder", {
                let d = dir + "/many"
                try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
                for i in 0..<10_000 {
                    try Data("本报讯（记者甲）第\(i)号消息。".utf8).write(to: URL(fileURLWithPath: String(format: "%@/p_%05d.txt", d, i)))
                }
                return d
            }),
        ]
        /// Lines of one column with, every `every` lines, a story's first line beside another column's, to just
        /// under the page limit.
        func rows(_ p: String, every: Int) throws -> String {
            let row = "本报讯（记者 王明）今天上午市里召开了 会议还表彰了一批先进集体和个人\n"
            let line = "全市教育工作会议各区代表参加会议并讨\n"
            var text = ""
            var k = 0
            while text.utf8.count < CorpusLoader.maximumFileSize - 200 {
                text += k % every == 0 ? row : line
                k += 1
            }
            try Data(text.utf8).write(to: URL(fileURLWithPath: p))
            return p
        }
        for (name, make) in cases {
            let path = try make()
            let r = try Subprocess.runMeasured([program, "parse", path], capture: false)
            print(String(format: "%-28@ exit %d, %.2f s, peak memory %.0f MB", name as NSString, r.status, r.seconds, Double(r.maxRSS) / 1_048_576))
        }
    }
}

/// Doubling the archive twice: parse and import time and peak memory should double too, not more. The
/// sizes are run in turn, three rounds, and the best of each is kept (this machine slows down under a long
/// load, which would otherwise show as growth).
struct ScalingBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "scaling", abstract: "Parse and import 750, 1500 and 3000 generated pages: time and memory against size.")

    @Option(help: "The dubao program.") var program = ".build/release/dubao"
    @Option(help: "Seed pages.") var seeds = "seeds"
    @Option(help: "Rounds.") var rounds = 3

    func run() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("dubao-scaling-\(getpid())").path
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let gen = ArchiveGenerator(seedPaths: [seeds])
        let sizes = [750, 1500, 3000]
        var mb: [Int: Double] = [:]
        for n in sizes { mb[n] = Double(try gen.write(count: n, to: "\(dir)/a\(n)")) / 1_048_576 }
        var best: [Int: (parse: Double, parseMB: Double, imp: Double, impMB: Double)] = [:]
        for round in 0..<rounds {
            for n in sizes {
                let archive = "\(dir)/a\(n)"
                let lib = "\(dir)/l\(n)-\(round).sqlite"
                let parse = try Subprocess.runMeasured([program, "parse", "--json", archive], capture: false)
                let imp = try Subprocess.runMeasured([program, "import", "--library", lib, archive], capture: false)
                try? FileManager.default.removeItem(atPath: lib)
                let old = best[n] ?? (.infinity, .infinity, .infinity, .infinity)
                best[n] = (min(old.parse, parse.seconds), min(old.parseMB, Double(parse.maxRSS) / 1_048_576),
                           min(old.imp, imp.seconds), min(old.impMB, Double(imp.maxRSS) / 1_048_576))
            }
        }
        print("pages     MB   parse s  parse peak MB   import s  import peak MB   time ×   memory ×  (against the size before)")
        var previous: (Double, Double)?
        for n in sizes {
            let b = best[n]!
            var ratio = ""
            if let (t, m) = previous { ratio = String(format: "%.2f×    %.2f×", b.imp / t, b.impMB / m) }
            print(String(format: "%5d  %5.1f   %7.2f   %10.0f   %8.2f   %12.0f     %@", n, mb[n]!, b.parse, b.parseMB, b.imp, b.impMB, ratio))
            previous = (b.imp, b.impMB)
        }
    }
}
