import DubaoTestSupport
import Foundation
import Testing

/// The layers of ARCHITECTURE.md, checked on the sources: what each target may import.
@Suite("Layers")
struct LayeringTests {
    static let allowed: [String: Set<String>] = [
        // CHanziTable is data (the Hanzi table as C arrays), no code that reaches a terminal, a file or a database;
        // _FoundationICU is the ICU inside Foundation, asked for its dictionary of Chinese words (WordBreaks)
        "DubaoCore": ["Foundation", "Glibc", "Darwin", "CHanziTable", "_FoundationICU"],
        "DubaoStore": ["DubaoCore", "Foundation"],
        "DubaoTerminal": ["DubaoCore", "DubaoStore", "CNcursesw", "CTerminalWidth", "TOMLKit", "Foundation", "Glibc", "Darwin"],
    ]

    @Test("Core imports Foundation (and its data table) only; the store and the screens never import the library or GRDB", arguments: allowed.keys.sorted())
    func imports(target: String) throws {
        let dir = Fixtures.root.appendingPathComponent("Sources/\(target)")
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        #expect(!files.isEmpty)
        for f in files {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            for line in text.split(separator: "\n") where line.hasPrefix("import ") || line.hasPrefix("@testable import ") {
                let module = String(line.split(separator: " ").last!)
                #expect(Self.allowed[target]!.contains(module), "\(target)/\(f) imports \(module)")
            }
        }
    }

    @Test("GRDB is imported only by the library")
    func grdbOnlyInLibrary() throws {
        let dir = Fixtures.root.appendingPathComponent("Sources")
        let files = try #require(FileManager.default.enumerator(atPath: dir.path)).compactMap { $0 as? String }.filter { $0.hasSuffix(".swift") }
        for f in files where !f.hasPrefix("DubaoLibrary/") {
            let text = try String(contentsOf: dir.appendingPathComponent(f), encoding: .utf8)
            #expect(!text.contains("\nimport GRDB") && !text.hasPrefix("import GRDB"), "\(f) imports GRDB")
        }
    }
}
