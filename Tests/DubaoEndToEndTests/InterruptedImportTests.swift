import DubaoCore
import DubaoLibrary
import DubaoTestSupport
import Foundation
import Testing

/// `kill -9` at moments during an import: the library stays consistent, and the next import finishes it.
@Suite("Interrupted import", .serialized)
struct InterruptedImportTests {
    @Test("kill -9 during import leaves a consistent library that the next import completes")
    func killDuringImport() throws {
        let bin = try #require(BuiltProgram.dubao)
        let dir = Fixtures.temporaryFolder("dubao-kill")
        defer { try? FileManager.default.removeItem(at: dir) }
        let archive = dir.appendingPathComponent("archive").path
        let pages = 240
        try ArchiveGenerator(seeds: Fixtures.seedFiles.map(Fixtures.text)).write(count: pages, to: archive)
        let library = dir.appendingPathComponent("library.sqlite").path
        var rng = SystemRandomNumberGenerator()
        var killedMidway = 0
        for round in 0..<6 {
            let pid = try Subprocess.spawn([bin, "import", "--library", library, archive])
            usleep(UInt32.random(in: 30_000...(300_000 + UInt32(round) * 100_000), using: &rng))
            kill(pid, SIGKILL)
            let status = Subprocess.wait(pid)
            let lib = try Library(path: library)
            #expect(lib.notices.isEmpty, "\(lib.notices)")
            #expect(lib.check() == [], "round \(round)")
            let s = try lib.summary()
            #expect(s.files == s.pages && s.pages <= pages)
            if status == 128 + SIGKILL && s.pages < pages { killedMidway += 1 }
        }
        #expect(killedMidway > 0, "no kill landed during an import; the test proves nothing")
        let done = try Subprocess.run([bin, "import", "--library", library, archive])
        #expect(done.status == 0, "\(done.output)")
        let lib = try Library(path: library)
        #expect(try lib.summary().pages == pages)
        #expect(lib.check() == [])
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
            #expect(!read.isEmpty || round == 0)
            #expect(marks.count <= 20)
            #expect(try lib.summary().articles == 23)
        }
    }
}
