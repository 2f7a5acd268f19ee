import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// `dubao parse` and the library link continued stories with one linker on plain values: the same pages give
/// the same links and the same headlines both ways.
@Suite("One linker")
struct SameLinksTests {
    @Test("pages with jumping stories: parse and an import link the same parts and give the continuations the same headlines")
    func sameLinks() throws {
        let dir = Fixtures.temporaryFolder("dubao-same-links")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = dir.appendingPathComponent("pages").path
        var gen = ArchiveGenerator(seeds: Fixtures.seedFiles.map(Fixtures.text))
        gen.jumps = true
        try gen.write(count: 24, to: pages)
        let corpus = CorpusLoader.load([pages])
        let lib = try Library(path: dir.appendingPathComponent("l.sqlite").path)
        _ = try Importer(library: lib).run([pages])
        let parsed = corpus.pages.flatMap(\.articles)
        let stored = Dictionary(uniqueKeysWithValues: try lib.articles(ids: parsed.map(\.id)).map { ($0.id, $0) })
        #expect(stored.count == parsed.count)
        let links = parsed.filter { $0.nextPart != nil }.count
        #expect(links >= 5, "the archive has jumping stories (\(links) links)")
        for a in parsed {
            let b = try #require(stored[a.id])
            #expect(a.previousPart == b.previousPart && a.nextPart == b.nextPart, "\(a.id): parse \(a.previousPart ?? "-")→\(a.nextPart ?? "-"), library \(b.previousPart ?? "-")→\(b.nextPart ?? "-")")
            #expect(a.headline == b.headline, "\(a.id)")
            #expect(a.blocks == b.blocks, "\(a.id)")
        }
    }
}
