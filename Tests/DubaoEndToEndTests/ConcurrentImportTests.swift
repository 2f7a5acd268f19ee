import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// Two imports into one library at once, of archives whose file names collide: nothing is lost, no article
/// takes another's id, and `library --check` agrees.
@Suite("Concurrent imports", .serialized)
struct ConcurrentImportTests {
    @Test("two imports at once of archives with the same file names keep every article of both")
    func twoAtOnce() throws {
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-concurrent")
        defer { try? FileManager.default.removeItem(at: dir) }
        let a = dir.appendingPathComponent("a").path
        let b = dir.appendingPathComponent("b").path
        // the same names (jzrb_20230101_01.txt …), different pages in them
        try ArchiveGenerator(seeds: Fixtures.seedFiles.map(Fixtures.text)).write(count: 48, to: a)
        try ArchiveGenerator(seeds: Fixtures.seedFiles.map(Fixtures.text).reversed()).write(count: 48, to: b)
        var expected = 0
        for src in [a, b] {
            let alone = dir.appendingPathComponent("alone-\(expected).sqlite").path
            #expect(try Subprocess.run([bin, "import", "--library", alone, src]).status == 0)
            expected += try Library(path: alone, access: .read).summary().articles
        }
        let shared = dir.appendingPathComponent("shared.sqlite").path
        for round in 0..<3 {
            try? FileManager.default.removeItem(atPath: shared)
            let p1 = try Subprocess.spawn([bin, "import", "--batch-size", "4", "--library", shared, a])
            let p2 = try Subprocess.spawn([bin, "import", "--batch-size", "4", "--library", shared, b])
            #expect(Subprocess.wait(p1) == 0 && Subprocess.wait(p2) == 0, "round \(round)")
            let lib = try Library(path: shared, access: .read)
            let s = try lib.summary()
            #expect(s.files == 96 && s.pages == 96, "round \(round)")
            #expect(s.articles == expected, "round \(round): \(s.articles) articles, \(expected) imported")
            #expect(lib.check().isEmpty, "round \(round): \(lib.check())")
            let check = try Subprocess.run([bin, "library", "--check", "--library", shared])
            #expect(check.status == 0 && check.output.contains("check: ok"))
        }
    }
}
