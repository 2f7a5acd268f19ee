import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// `kill -9` at random moments of an import of pages whose stories jump pages, each followed by a re-import:
/// the library equals one made by a clean import (articles, links, search results), every time.
@Suite("Interrupted import", .serialized)
struct InterruptedImportTests {
    /// What a library holds, compared whole: every article with its text and links, and what searches find.
    static func fingerprint(_ path: String) throws -> [String] {
        let lib = try Library(path: path, access: .read)
        var out = try lib.digest()
        for q in ["荆州", "jingzhou", "漆器", "下转", "客运站 -荆州"] {
            out.append(q + ": " + (try lib.search(SearchQuery.parse(q), limit: 10_000)).map { "\($0.id)×\($0.hits)" }.sorted().joined(separator: " "))
        }
        out.append("unfinished: \(try lib.unfinishedWork())")
        out.append("check: \(lib.check())")
        return out
    }

    @Test("kill -9 at 20 random moments of an import of jumping stories, then a re-import: the library equals a clean import")
    func killDuringImport() throws {
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        let archive = dir.appendingPathComponent("archive").path
        var gen = ArchiveGenerator(seeds: Fixtures.seedFiles.map(Fixtures.text))
        gen.jumps = true
        try gen.write(count: 96, to: archive)
        // small batches and a bulk import: many commits, the index's merging switched off and on
        let importArgs = ["import", "--batch-size", "6"]
        let clean = dir.appendingPathComponent("clean.sqlite").path
        let started = Date()
        #expect(try Subprocess.run([bin] + importArgs + ["--library", clean, archive]).status == 0)
        let cleanSeconds = Date().timeIntervalSince(started)
        let expected = try Self.fingerprint(clean)
        #expect(expected.contains { $0.hasPrefix("荆州: ") && $0.count > 40 })
        #expect(expected.filter { $0.contains("|next:") && !$0.contains("|next:-") }.count >= 8, "the archive has jumps to link")
        var rng = SystemRandomNumberGenerator()
        var killedMidway = 0
        // the moments are drawn up to the clean import's time; an import that finished before its kill shows the
        // machine runs faster now than when that was timed (other tests load it), and the window shrinks to fit
        var window = max(0.05, cleanSeconds * 0.95)
        for round in 0..<20 {
            let library = dir.appendingPathComponent("r\(round).sqlite").path
            let pid = try Subprocess.spawn([bin] + importArgs + ["--library", library, archive])
            let delay = Double.random(in: 0.02...window, using: &rng)
            usleep(UInt32(delay * 1e6))
            kill(pid, SIGKILL)
            if Subprocess.wait(pid) == 128 + SIGKILL { killedMidway += 1 } else { window = max(0.05, delay * 0.8) }
            let again = try Subprocess.run([bin] + importArgs + ["--library", library, archive])
            #expect(again.status == 0, "round \(round): \(again.output)")
            let got = try Self.fingerprint(library)
            #expect(got == expected, "round \(round): \(zip(got, expected).first { $0 != $1 }.map { "\($0.0.prefix(200)) ≠ \($0.1.prefix(200))" } ?? "counts \(got.count) ≠ \(expected.count)")")
            try? FileManager.default.removeItem(atPath: library)
        }
        #expect(killedMidway >= 10, "only \(killedMidway) kills landed during an import; the test proves little")
    }
}

@Suite("Interrupted saving", .serialized)
struct InterruptedSavingTests {
    @Test("kill -9 while reading state is being written, many times: the library stays sound and readable")
    func killWhileSaving() throws {
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-kill-state")
        defer { try? FileManager.default.removeItem(at: dir) }
        let library = dir.appendingPathComponent("library.sqlite").path
        #expect(try Subprocess.run([bin, "import", "--library", library, Fixtures.seeds.path]).status == 0)
        var rng = SystemRandomNumberGenerator()
        var written = false
        for round in 0..<15 {
            let pid = try Subprocess.spawn([bin, "debug-write-state", "--library", library])
            usleep(UInt32.random(in: 20_000...250_000, using: &rng))
            kill(pid, SIGKILL)
            Subprocess.wait(pid)
            let lib = try Library(path: library)
            #expect(lib.notices.isEmpty, "round \(round): \(lib.notices)")
            #expect(lib.check() == [], "round \(round)")
            let read = try lib.readIDs()
            let marks = try lib.bookmarks()
            // what a killed writer committed stays (a kill that came before the first write leaves nothing yet: on a
            // loaded machine the program may not even have started)
            #expect(!written || !read.isEmpty, "round \(round): reading state written before was lost")
            written = written || !read.isEmpty
            #expect(marks.count <= 20)
            #expect(try lib.summary().articles == 23)
        }
        #expect(written, "no kill came after a write; the test proves little")
    }
}
