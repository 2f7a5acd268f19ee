import DubaoCore
import Foundation

/// The parser's calibration corpus as `scripts/gen-corpus` writes it: for each rendering (`A`, `B`, `raw`, `flow`,
/// `pdf`, `seedpages`) its pages, the element each line came from, and the type sizes of a page read from a PDF;
/// `held-out.txt` names the pages kept out of the fitting.
public enum LabelledCorpus {
    /// Every rendering's pages with their line maps.
    public static func load(_ corpus: String) throws -> [LabelledPage] {
        var out: [LabelledPage] = []
        let fm = FileManager.default
        func json<T: Decodable>(_ type: T.Type, _ path: String) throws -> T {
            try JSONDecoder().decode(type, from: Data(contentsOf: URL(fileURLWithPath: path)))
        }
        for r in (try fm.contentsOfDirectory(atPath: corpus)).sorted() {
            let seeds = corpus + "/" + r + "/seeds"
            guard fm.fileExists(atPath: seeds) else { continue }
            for f in try fm.contentsOfDirectory(atPath: seeds).sorted() where f.hasSuffix(".txt") {
                let stem = String(f.dropLast(4))
                let text = try String(contentsOfFile: seeds + "/" + f, encoding: .utf8)
                let lines = try json([Int].self, corpus + "/" + r + "/lines/" + stem + ".json")
                let els = try json([LabelledPage.Element].self, corpus + "/elements/" + stem + ".json")
                let sizesFile = corpus + "/" + r + "/sizes/" + stem + ".json"
                let sizes = fm.fileExists(atPath: sizesFile) ? try json([Double?].self, sizesFile) : nil
                out.append(LabelledPage(name: f, group: r, text: text, lineElements: lines, elements: els, typeSizes: sizes))
            }
        }
        return out
    }

    /// The headline groups written for fitting the headline roles (`headline-groups.txt`; none when it is
    /// missing), with what was wrong in the file.
    public static func headlineBank(_ corpus: String) -> (groups: [Calibration.HeadlineGroup], problems: [String]) {
        guard let text = try? String(contentsOfFile: corpus + "/headline-groups.txt", encoding: .utf8) else { return ([], []) }
        return Calibration.headlineBank(text)
    }

    /// The names of the held-out pages (`held-out.txt`; none when it is missing).
    public static func heldOut(_ corpus: String) -> Set<String> {
        let text = (try? String(contentsOfFile: corpus + "/held-out.txt", encoding: .utf8)) ?? ""
        return Set(text.split(separator: "\n").map(String.init))
    }
}
