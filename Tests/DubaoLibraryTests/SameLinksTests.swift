import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// `dubao parse` and the library link continued stories with one linker on plain values: the same pages give
/// the same links, the same jump pages and the same headlines both ways.
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
        let links = try compare(pages, in: dir)
        #expect(links >= 5, "the archive has jumping stories (\(links) links)")
    }

    @Test("pages in pdftotext's default order, where marks land in neighbouring stories: the same links and moved marks both ways")
    func movedMarks() throws {
        let dir = Fixtures.temporaryFolder("dubao-same-links-flow")
        defer { try? FileManager.default.removeItem(at: dir) }
        let pages = Fixtures.root.appendingPathComponent("Tests/Fixtures/corpus/flow/seeds").path
        let links = try compare(pages, in: dir)
        #expect(links >= 10, "\(links) links")
        // parts that took a jump whose mark their page printed in another story
        let moved = CorpusLoader.load([pages]).pages.flatMap(\.articles).filter { a in
            let text = a.blocks.map(\.text).joined()
            return (a.nextPart != nil && !text.contains("下转")) || (a.previousPart != nil && !text.contains("上接"))
        }
        #expect(moved.count >= 3, "\(moved.map(\.id))")
    }

    @Test("the development sets of another paper, where this machine has them: the same links and stories both ways",
          .enabled(if: !Fixtures.devPageFolders.isEmpty, "../shared/dev is not beside this checkout"))
    func devSets() throws {
        for folder in Fixtures.devPageFolders {
            let dir = Fixtures.temporaryFolder("dubao-same-links-dev")
            defer { try? FileManager.default.removeItem(at: dir) }
            let links = try compare(folder.path, in: dir)
            #expect(links >= 1, "\(folder.path): a story jumps pages in every set (\(links) links)")
        }
    }

    /// Parses `pages` and imports them into a library in `dir`; every article must have the same links, headline and
    /// blocks both ways. Answers how many links there were.
    func compare(_ pages: String, in dir: URL, sourceLocation: SourceLocation = #_sourceLocation) throws -> Int {
        let corpus = CorpusLoader.load([pages])
        let lib = try Library(path: dir.appendingPathComponent("l.sqlite").path)
        _ = try Importer(library: lib).run([pages])
        let parsed = corpus.pages.flatMap(\.articles)
        let stored = Dictionary(uniqueKeysWithValues: try lib.articles(ids: parsed.map(\.id)).map { ($0.id, $0) })
        #expect(stored.count == parsed.count, sourceLocation: sourceLocation)
        for a in parsed {
            let b = try #require(stored[a.id], sourceLocation: sourceLocation)
            #expect(a.previousPart == b.previousPart && a.nextPart == b.nextPart,
                    "\(a.id): parse \(a.previousPart ?? "-")→\(a.nextPart ?? "-"), library \(b.previousPart ?? "-")→\(b.nextPart ?? "-")",
                    sourceLocation: sourceLocation)
            #expect(a.continuedFromPage == b.continuedFromPage && a.continuesOnPage == b.continuesOnPage,
                    "\(a.id): parse pages \(a.continuedFromPage ?? 0)→\(a.continuesOnPage ?? 0), library \(b.continuedFromPage ?? 0)→\(b.continuesOnPage ?? 0)",
                    sourceLocation: sourceLocation)
            #expect(a.headline == b.headline, "\(a.id)", sourceLocation: sourceLocation)
            #expect(a.blocks == b.blocks, "\(a.id)", sourceLocation: sourceLocation)
        }
        return parsed.filter { $0.nextPart != nil }.count
    }
}
