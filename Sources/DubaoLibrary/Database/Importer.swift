import DubaoCore
import Foundation
import GRDB

/// Brings page files into the library: new or changed files (size, modification time, then content hash)
/// are parsed on all cores and stored; unchanged ones are not read; files that vanished from the folders
/// imported are reported and their pages removed (reading state stays, keyed by article id).
///
/// Safe under interruption and concurrency: each batch of files is one transaction, which also records the
/// issues whose continued stories must be linked again (`pendingLink`), so an import killed at any point
/// leaves the library consistent and the next one finishes the links. What an import decides about a file
/// (is it new, its article id prefix) is decided again inside the writing transaction, so two imports at
/// once serialise batch by batch and never take each other's ids.
public final class Importer {
    public struct Report: Sendable, Equatable {
        public var seen = 0
        public var unchanged = 0
        public var added = 0
        public var updated = 0
        public var skipped = 0
        public var removed: [String] = []
        /// Paths named that do not exist (or cannot be looked at).
        public var missing: [String] = []
        public var bytes = 0
        public var warnings: [String] = []
        /// What the user is told that is not a problem (text files not read beside their PDF twins).
        public var notices: [String] = []
        /// Text files not read because their PDF twin was (`PageTwins`).
        public var twins = 0
        public var seconds = 0.0

        public var summary: String {
            var s = "\(seen) file\(seen == 1 ? "" : "s"): \(added) new, \(updated) changed, \(unchanged) unchanged"
            if skipped > 0 { s += ", \(skipped) skipped" }
            if twins > 0 { s += ", \(twins) text twin\(twins == 1 ? "" : "s") of a PDF not read" }
            if !removed.isEmpty { s += ", \(removed.count) gone" }
            s += String(format: " · %.1f MB in %.2f s", Double(bytes) / 1_048_576, seconds)
            if seconds > 0 && bytes > 0 { s += String(format: " (%.1f MB/s)", Double(bytes) / 1_048_576 / seconds) }
            return s
        }
    }

    public let library: Library
    public var batchSize = 64
    /// Called with progress (files done, files to do, bytes done, bytes to do) after each batch.
    public var progress: ((Int, Int, Int, Int) -> Void)?
    let parser = PageParser()

    public init(library: Library) {
        self.library = library
    }

    struct Known: Sendable { var id: Int64; var size: Int; var mtime: Double; var hash: String; var idPrefix: String }

    struct Work: Sendable {
        var path: String
        var size: Int
        var mtime: Double
        var known: Known?
        /// The prefix the file's articles were parsed with; the one they get is decided when stored.
        var idPrefix: String
    }

    enum Outcome: Sendable {
        case touched(Work, hash: String)
        /// `letters`: what the library keeps of its articles' characters (those with a pinyin reading, pairs).
        case parsed(Work, hash: String, pages: [Page], columns: [[SearchIndex.Columns]], letters: SearchIndex.Letters, warnings: [String])
        case failed(Work, warnings: [String])
    }

    /// Imports files and folders. Folder paths also define what may have vanished.
    public func run(_ paths: [String]) throws -> Report {
        guard !library.isReadOnly else { throw LibraryError.readOnly(library.path) }
        let start = DispatchTime.now().uptimeNanoseconds
        var report = Report()
        let found = FileDiscovery.discover(paths)
        library.rememberRoots(paths.filter(FileSystem.exists).map { FileSystem.realPath($0) ?? FileSystem.absolute($0) })
        report.warnings += found.warnings
        report.missing = found.missing
        let all = found.files.map { FileSystem.realPath($0) ?? FileSystem.absolute($0) }
        report.seen = all.count

        var known: [String: Known] = [:]
        try library.db.read { db in
            for r in try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, hash, idPrefix FROM file") {
                known[r[1]] = Known(id: r[0], size: r[2], mtime: r[3], hash: r[4], idPrefix: r[5])
            }
        }
        // a PDF's text twin is read only when the PDF gives no page (`PageTwins`); the twin of a file found may be
        // one the library read before, on its own
        let twins = PageTwins.twins(all + PageTwins.partners(of: all, among: known.keys).filter(FileSystem.exists))
        let texts = Set(twins.values)
        var files = all.filter { !texts.contains($0) }
        let given = Set(all)

        // what to look at: files whose size or time changed (a prefix is proposed here, decided when stored)
        func work(_ files: [String]) -> [Work] {
            var out: [Work] = []
            for path in files {
                guard case .success(.regular(let size, let mtime)) = FileSystem.kind(path) else {
                    report.warnings.append("\(path): no longer a readable file; skipped")
                    continue
                }
                let k = known[path]
                if let k, k.size == size, k.mtime == mtime {
                    report.unchanged += 1
                    continue
                }
                out.append(Work(path: path, size: size, mtime: mtime, known: k, idPrefix: k?.idPrefix ?? CorpusLoader.stem(path)))
            }
            return out
        }
        let first = work(files)

        // A big import does not merge the index's segments after every batch (that made imports grow faster
        // than the archive); it merges once at the end. The setting is recorded with the change, so an
        // import that is killed does not leave it off for good (`finishInterruptedWork`).
        let bulk = first.count > batchSize * 4
        if bulk {
            // a big import writes into large B-trees (articles, the index): a page cache of 64 MB instead of
            // SQLite's 2 MB keeps their inner pages in memory (the writer's connection, for this process only)
            try library.db.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA cache_size = -65536") }
            try library.db.write { db in
                try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 0)")
                try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('automergeOff', '1')")
            }
        }
        try importFiles(first, report: &report)
        // the text twins: read where their PDF is not in the library (it gave no page), taken out where it is
        if !twins.isEmpty {
            let inLibrary = try library.filesHeld(Array(twins.keys))
            let fallback = twins.filter { !inLibrary.contains($0.key) }.map(\.value).sorted()
            files += fallback
            try importFiles(work(fallback), report: &report)
            var unread: [String] = []
            for (pdf, text) in twins.sorted(by: { $0.key < $1.key }) where inLibrary.contains(pdf) {
                if given.contains(text) { unread.append(text) }
                if known[text] != nil { report.warnings += try removeTwin(text, of: pdf) }
            }
            report.twins = unread.count
            if let n = PageTwins.notice(unread) { report.notices.append(n) }
        }

        // files gone from the folders that were imported
        let roots = paths.compactMap { p -> String? in
            guard FileSystem.isDirectory(p) else { return nil }
            let a = FileSystem.realPath(p) ?? FileSystem.absolute(p)
            return a.hasSuffix("/") ? a : a + "/"
        }
        let present = Set(files)
        let gone = known.keys.filter { path in !present.contains(path) && roots.contains { path.hasPrefix($0) } && !FileSystem.exists(path) }.sorted()
        if !gone.isEmpty {
            try library.db.write { db in
                for g in gone {
                    guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ?", arguments: [g]) else { continue }
                    try removePages(ofFile: id, db: db)
                    try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
                }
            }
            report.removed = gone
        }
        try library.relinkPending()
        if bulk { try library.mergeIndex() }
        try library.db.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('lastImport', ?)",
                           arguments: [ISO8601DateFormatter().string(from: Date())])
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    /// Parses and stores `work` in batches, each one transaction: a pipeline, the next batch parsed (on every core)
    /// while this one is written.
    func importFiles(_ work: [Work], report: inout Report) throws {
        let total = work.reduce(0) { $0 + $1.size }
        var done = 0
        var doneBytes = 0
        var i = 0
        let parser = self.parser
        func batch(at k: Int) -> [Work] { Array(work[k..<min(work.count, k + batchSize)]) }
        var current = work.isEmpty ? [] : Self.parse(batch(at: 0), parser: parser)
        while i < work.count {
            let next = i + batchSize
            let slot = BatchSlot()
            let group = DispatchGroup()
            if next < work.count {
                let upcoming = batch(at: next)
                DispatchQueue.global(qos: .userInitiated).async(group: group) { slot.outcomes = Self.parse(upcoming, parser: parser) }
            }
            defer { group.wait() }
            try library.db.write { db in
                var letters = SearchIndex.Letters()
                for o in current {
                    try store(o, db: db, report: &report)
                    if case .parsed(_, _, _, _, let l, _) = o { letters.formUnion(l) }
                }
                try SearchIndex.record(letters, db: db)
            }
            let written = batch(at: i)
            done += written.count
            doneBytes += written.reduce(0) { $0 + $1.size }
            progress?(done, work.count, doneBytes, total)
            group.wait()
            current = slot.outcomes
            i = next
        }
        report.bytes += doneBytes
    }

    /// Takes out the pages of a text file that an earlier import read beside its PDF twin, which the library now
    /// holds: the same stories twice. Their read marks, bookmarks and places go to the PDF's stories of the
    /// same titles.
    func removeTwin(_ text: String, of pdf: String) throws -> [String] {
        try library.db.write { db in
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ?", arguments: [text]),
                  let pdfId = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ?", arguments: [pdf]) else { return [] }
            let old = try ReadingCarry.articles(ofFile: id, db: db)
            let new = try ReadingCarry.articles(ofFile: pdfId, db: db)
            var said = try ReadingCarry.carry(old: old, new: new, source: text, db: db)
            try removePages(ofFile: id, db: db)
            try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [id])
            said.append("\(text): the same page as \(pdf), which the library now reads: its \(old.count) article\(old.count == 1 ? "" : "s") taken out (reading state moved to the PDF's stories of the same titles)")
            return said
        }
    }

    /// The key of the pages whose continued stories are linked together: their date (papers are matched
    /// when linking).
    static func issueKey(_ paper: String?, _ date: String?) -> String { date ?? "" }

    static func parse(_ batch: [Work], parser: PageParser) -> [Outcome] {
        let box = OutcomeBox(count: batch.count)
        DispatchQueue.concurrentPerform(iterations: batch.count) { k in
            let w = batch[k]
            let outcome: Outcome
            switch CorpusLoader.read(w.path) {
            case .failure(let why):
                outcome = .failed(w, warnings: ["\(w.path): \(why); skipped"])
            case .success(let bytes):
                let hash = String(StableHash.fnv1a(bytes), radix: 16)
                if let k = w.known, k.hash == hash {
                    outcome = .touched(w, hash: hash)
                } else {
                    let r = CorpusLoader.parseBytes(bytes, path: w.path, idPrefix: w.idPrefix, parser: parser)
                    if !r.pages.isEmpty {
                        let columns = r.pages.map { $0.articles.map(SearchIndex.columns) }
                        outcome = .parsed(w, hash: hash, pages: r.pages, columns: columns,
                                          letters: SearchIndex.letters(columns.flatMap { $0 }), warnings: r.warnings)
                    } else { outcome = .failed(w, warnings: r.warnings) }
                }
            }
            box.set(k, outcome)
        }
        return box.all
    }

    /// Takes a file's pages out (articles, index entries), marking their issues for linking again.
    func removePages(ofFile id: Int64, db: Database) throws {
        for r in try Row.fetchAll(db, sql: "SELECT DISTINCT paper, date FROM page WHERE fileId = ?", arguments: [id]) {
            try Library.markPending(Self.issueKey(r[0], r[1]), db: db)
        }
        try SearchIndex.removeArticles(whereSQL: "JOIN page p ON p.id = a.pageId WHERE p.fileId = ?", arguments: [id], db: db)
        try db.execute(sql: "DELETE FROM page WHERE fileId = ?", arguments: [id])
    }

    /// An id prefix no other file has: the file's stem, else the stem with a hash of the path.
    static func freePrefix(for path: String, db: Database) throws -> String {
        let stem = CorpusLoader.stem(path)
        func taken(_ p: String) throws -> Bool {
            try Int.fetchOne(db.cachedStatement(sql: "SELECT 1 FROM file WHERE idPrefix = ? AND path != ?"), arguments: [p, path]) != nil
        }
        if try !taken(stem) { return stem }
        for digits in [6, 12, 16] {
            let p = stem + "~" + StableHash.hex(path, digits: digits)
            if try !taken(p) { return p }
        }
        var n = 2
        while try taken(stem + "~\(n)") { n += 1 }
        return stem + "~\(n)"
    }

    /// Stores one file's outcome. Runs inside the batch's transaction, and looks at the file's row again:
    /// another import may have stored the file since this one looked.
    func store(_ o: Outcome, db: Database, report: inout Report) throws {
        let now = Date().timeIntervalSince1970
        switch o {
        case .touched(let w, let hash):
            try db.execute(sql: "UPDATE file SET size = ?, mtime = ?, hash = ? WHERE path = ?", arguments: [w.size, w.mtime, hash, w.path])
            report.unchanged += 1
        case .failed(let w, let warnings):
            report.skipped += 1
            // a file imported before that cannot be read now (emptied, cut short, overwritten with other bytes,
            // often for a moment, while something writes it) keeps what it gave: its articles and their reading
            // state stay, and its row keeps the old size and time, so the next import reads it again
            guard let id = try Int64.fetchOne(db, sql: "SELECT id FROM file WHERE path = ?", arguments: [w.path]) else {
                report.warnings += warnings
                return
            }
            let articles = try Int.fetchOne(db, sql: "SELECT count(*) FROM article a JOIN page p ON p.id = a.pageId WHERE p.fileId = ?",
                                            arguments: [id]) ?? 0
            let kept = "kept the \(articles) article\(articles == 1 ? "" : "s") imported from it before (it is read again at the next import)"
            let said = warnings.map { $0.hasSuffix("; skipped") ? $0.dropLast("skipped".count) + kept : $0 }
            report.warnings += said == warnings ? warnings + ["\(w.path): \(kept)"] : said
        case .parsed(let w, let hash, let pages, let columns, _, let warnings):
            let current = try Row.fetchOne(db, sql: "SELECT id, hash, idPrefix FROM file WHERE path = ?", arguments: [w.path])
            if let current, current[1] as String == hash, w.known?.hash != hash {
                // another import stored this very content meanwhile
                try db.execute(sql: "UPDATE file SET size = ?, mtime = ? WHERE id = ?", arguments: [w.size, w.mtime, current[0] as Int64])
                report.unchanged += 1
                return
            }
            report.warnings += warnings
            let fileId: Int64
            let prefix: String
            var before: [ReadingCarry.Article] = []
            if let current {
                fileId = current[0]
                prefix = current[2]
                before = try ReadingCarry.articles(ofFile: fileId, db: db)
                try removePages(ofFile: fileId, db: db)
                try db.execute(sql: "UPDATE file SET size = ?, mtime = ?, hash = ?, warnings = ?, importedAt = ? WHERE id = ?",
                               arguments: [w.size, w.mtime, hash, warnings.joined(separator: "\n"), now, fileId])
                report.updated += 1
            } else {
                prefix = try Self.freePrefix(for: w.path, db: db)
                try db.execute(sql: "INSERT INTO file (path, size, mtime, hash, idPrefix, warnings, importedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [w.path, w.size, w.mtime, hash, prefix, warnings.joined(separator: "\n"), now])
                fileId = db.lastInsertedRowID
                report.added += 1
            }
            var after: [ReadingCarry.Article] = []
            for (var page, columns) in zip(pages, columns) {
                if prefix != w.idPrefix { page.renameArticles(from: w.idPrefix, to: prefix) }
                if pages.count == 1 { page.source = w.path }
                try LibraryStore.insert(page, fileId: fileId, columns: columns, db: db)
                try Library.markPending(Self.issueKey(page.paper, page.date), db: db)
                if !before.isEmpty { after += page.articles.map { ReadingCarry.Article(id: $0.id, title: $0.displayTitle) } }
            }
            // the reading state of a changed file follows its stories, not their numbers
            report.warnings += try ReadingCarry.carry(old: before, new: after, source: w.path, db: db)
        }
    }
}

extension Page {
    /// Gives the articles the id prefix `new` (`old#3` → `new#3`).
    mutating func renameArticles(from old: String, to new: String) {
        for k in articles.indices where articles[k].id.hasPrefix(old + "#") {
            articles[k].id = new + articles[k].id.dropFirst(old.count)
        }
    }
}

final class OutcomeBox: @unchecked Sendable {
    private var items: [Importer.Outcome?]
    private let lock = NSLock()
    init(count: Int) { items = Array(repeating: nil, count: count) }
    func set(_ i: Int, _ o: Importer.Outcome) { lock.lock(); items[i] = o; lock.unlock() }
    var all: [Importer.Outcome] { items.compactMap { $0 } }
}

/// The outcomes of a batch parsed in the background while the one before it is written.
final class BatchSlot: @unchecked Sendable {
    var outcomes: [Importer.Outcome] = []
}
