import DubaoCore
import DubaoTestSupport
import Foundation
import Testing
@testable import DubaoLibrary

/// A changed page file is parsed again and its articles numbered again: the reading state follows the stories.
@Suite("Reading state over a changed page", .serialized)
struct ReadingCarryTests {
    static let file = "binjiang_20240315_A03.txt"
    static let story = "新能源汽车下乡活动启动"
    /// An invented story, set in above `story`, so that the page's numbering moves.
    static let inserted = "城区新增三处口袋公园\n\n本报讯（记者 王丽）记者从市园林局获悉，今年我市将在城区新建三处口袋公园，方便市民就近休闲。\n\n"

    func workspace() throws -> (dir: URL, page: String, library: String) {
        let dir = Fixtures.temporaryFolder("dubao-carry")
        let page = dir.appendingPathComponent(Self.file)
        try FileManager.default.copyItem(at: Fixtures.pages.appendingPathComponent(Self.file), to: page)
        return (dir, page.path, dir.appendingPathComponent("library.sqlite").path)
    }

    @Test("a story set in above a read and bookmarked one: the read mark, bookmark and place stay on that story, not on its old number")
    func storyInsertedAbove() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let before: String
        do {
            let lib = try Library(path: w.library)
            _ = try Importer(library: lib).run([w.dir.path])
            before = try #require(try Self.articleID(Self.story, lib))
            try lib.markRead([before])
            try lib.setBookmarks([before])
            try lib.savePlace(articleID: before, scroll: 5)
        }
        let text = try String(contentsOfFile: w.page, encoding: .utf8)
        let at = try #require(text.range(of: Self.story))
        try (String(text[..<at.lowerBound]) + Self.inserted + String(text[at.lowerBound...])).write(toFile: w.page, atomically: true, encoding: .utf8)
        let lib = try Library(path: w.library)
        let r = try Importer(library: lib).run([w.dir.path])
        #expect(r.updated == 1)
        let now = try #require(try Self.articleID(Self.story, lib))
        #expect(now != before, "the page's numbering moved (the test's premise)")
        #expect(try lib.readIDs() == [now])
        #expect(try lib.bookmarks() == [now])
        let place = try #require(try lib.lastPlace())
        #expect(place.articleID == now && place.scroll == 5)
        // the story that now has the old number is not marked read
        #expect(try lib.articles(ids: [before]).first?.headline == "城区新增三处口袋公园")
        #expect(r.warnings.isEmpty)
    }

    @Test("a bookmarked story taken out of its page: its state goes with it, with a word about the bookmark, and lands on no other story")
    func storyRemoved() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let first: String
        do {
            let lib = try Library(path: w.library)
            _ = try Importer(library: lib).run([w.dir.path])
            let gone = try #require(try Self.articleID(Self.story, lib))
            first = try #require(try Self.articleID("田间地头处处新", lib))
            try lib.markRead([gone, first])
            try lib.setBookmarks([gone])
        }
        // the page without its second story, and with a story in its place
        let text = try String(contentsOfFile: w.page, encoding: .utf8)
        let at = try #require(text.range(of: Self.story))
        try (String(text[..<at.lowerBound]) + Self.inserted).write(toFile: w.page, atomically: true, encoding: .utf8)
        let lib = try Library(path: w.library)
        let r = try Importer(library: lib).run([w.dir.path])
        #expect(try Self.articleID(Self.story, lib) == nil)
        #expect(try lib.readIDs() == [try #require(try Self.articleID("田间地头处处新", lib))])
        #expect(try lib.bookmarks().isEmpty)
        #expect(r.warnings.contains { $0.contains(Self.story) && $0.contains("bookmark") })
    }

    @Test("a page file that cannot be read now (emptied, overwritten with other bytes) keeps its articles and their reading state until it can")
    func unreadableFileKeepsItsStories() throws {
        let w = try workspace()
        defer { try? FileManager.default.removeItem(at: w.dir) }
        let original = try Data(contentsOf: URL(fileURLWithPath: w.page))
        let story: String, ids: [String]
        do {
            let lib = try Library(path: w.library)
            _ = try Importer(library: lib).run([w.dir.path])
            story = try #require(try Self.articleID(Self.story, lib))
            ids = try lib.corpus().pages.flatMap(\.articles).map(\.id)
            try lib.markRead([story])
            try lib.setBookmarks([story])
            try lib.savePlace(articleID: story, scroll: 7)
        }
        func state(_ lib: Library) throws -> Bool {
            try lib.readIDs() == [story] && lib.bookmarks() == [story] && lib.lastPlace()?.articleID == story && lib.lastPlace()?.scroll == 7
        }
        var rng = SplitMixRandom(seed: 12)
        let noise: [UInt8] = [0xFF, 0xFE] + (0..<3000).map { _ in UInt8(truncatingIfNeeded: rng.next()) }
        for (what, bytes) in [("empty file", Data()), ("binary data", Data(noise))] {
            try bytes.write(to: URL(fileURLWithPath: w.page))
            let lib = try Library(path: w.library)
            let r = try Importer(library: lib).run([w.dir.path])
            #expect(r.skipped == 1 && r.updated == 0, "\(what)")
            #expect(try lib.corpus().pages.flatMap(\.articles).map(\.id) == ids, "\(what): the articles are kept")
            #expect(try state(lib), "\(what): the read mark, bookmark and place are kept")
            #expect(r.warnings.contains { $0.contains(what) && $0.contains("kept the \(ids.count) articles imported from it before") }, "\(r.warnings)")
            // the next import reads it again (and says so again)
            let again = try Importer(library: lib).run([w.dir.path])
            #expect(again.skipped == 1 && again.unchanged == 0)
        }
        // the file as it was: nothing to parse again, nothing lost
        try original.write(to: URL(fileURLWithPath: w.page))
        let lib = try Library(path: w.library)
        let r = try Importer(library: lib).run([w.dir.path])
        #expect(r.unchanged == 1 && r.skipped == 0 && r.warnings.isEmpty)
        #expect(try lib.corpus().pages.flatMap(\.articles).map(\.id) == ids)
        #expect(try state(lib))
    }

    @Test("pairing: the n-th article of a title with the n-th of that title; a title gone pairs with nothing")
    func pairing() {
        typealias A = ReadingCarry.Article
        let old = [A(id: "p#1", title: "图片新闻"), A(id: "p#2", title: "甲"), A(id: "p#3", title: "图片新闻"), A(id: "p#4", title: "乙")]
        let new = [A(id: "p#1", title: "丙"), A(id: "p#2", title: "图片新闻"), A(id: "p#3", title: "甲"), A(id: "p#4", title: "图片新闻")]
        #expect(ReadingCarry.pairs(old: old, new: new) == ["p#1": "p#2", "p#2": "p#3", "p#3": "p#4"])
    }

    static func articleID(_ headline: String, _ lib: Library) throws -> String? {
        try lib.corpus().pages.flatMap(\.articles).first { $0.headline == headline }?.id
    }
}
