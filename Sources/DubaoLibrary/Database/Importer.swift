import DubaoCore
import Foundation
import GRDB
#if canImport(Glibc)
import Glibc
#endif

/// Brings page files into the library: new or changed files (size, modification time, then content hash)
/// are parsed on all cores and stored; unchanged ones are not read; files that vanished from the folders
/// imported are reported and their pages removed (reading state stays, keyed by article id). Each batch of
/// files is one transaction, so an import stopped at any point leaves the library consistent, and the
/// next import carries on.
public final class Importer {
    public struct Report: Sendable, Equatable {
        public var seen = 0
        public var unchanged = 0
        public var added = 0
        public var updated = 0
        public var skipped = 0
        public var removed: [String] = []
        public var bytes = 0
        public var warnings: [String] = []
        public var seconds = 0.0

        public var summary: String {
            var s = "\(seen) file\(seen == 1 ? "" : "s"): \(added) new, \(updated) changed, \(unchanged) unchanged"
            if skipped > 0 { s += ", \(skipped) skipped" }
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

    struct Known { var id: Int64; var size: Int; var mtime: Double; var hash: String; var idPrefix: String }

    struct Work {
        var path: String
        var size: Int
        var mtime: Double
        var known: Known?
        var idPrefix: String
    }

    enum Outcome {
        case unchanged(Work)
        case touched(Work, hash: String)
        case parsed(Work, hash: String, page: Page, columns: [SearchIndex.Columns], warnings: [String])
        case failed(Work, warnings: [String])
    }

    /// Imports files and folders. Folder paths also define what may have vanished.
    public func run(_ paths: [String]) throws -> Report {
        let start = DispatchTime.now().uptimeNanoseconds
        var report = Report()
        let found = FileDiscovery.discover(paths)
        library.rememberRoots(paths.filter { FileManager.default.fileExists(atPath: $0) }.map(Self.absolute))
        report.warnings += found.warnings
        let files = found.files.map(Self.absolute)
        report.seen = files.count

        var known: [String: Known] = [:]
        var prefixes: [String: String] = [:]
        try library.db.read { db in
            for r in try Row.fetchAll(db, sql: "SELECT id, path, size, mtime, hash, idPrefix FROM file") {
                let k = Known(id: r[0], size: r[2], mtime: r[3], hash: r[4], idPrefix: r[5])
                known[r[1]] = k
                prefixes[k.idPrefix] = r[1]
            }
        }

        // decide what to look at; article id prefixes are given once and kept
        var work: [Work] = []
        var total = 0
        for path in files {
            var st = stat()
            guard stat(path, &st) == 0 else { report.warnings.append("\(path): \(String(cString: strerror(errno))); skipped"); continue }
            let size = Int(st.st_size)
            let mtime = Double(st.st_mtim.tv_sec) + Double(st.st_mtim.tv_nsec) / 1e9
            let k = known[path]
            if let k, k.size == size, k.mtime == mtime {
                report.unchanged += 1
                continue
            }
            var prefix = k?.idPrefix ?? CorpusLoader.stem(path)
            if k == nil, let owner = prefixes[prefix], owner != path { prefix += "~" + StableHash.hex(path, digits: 6) }
            prefixes[prefix] = path
            work.append(Work(path: path, size: size, mtime: mtime, known: k, idPrefix: prefix))
            total += size
        }

        // parse in batches on all cores; write each batch in one transaction. The search index does not
        // merge its segments while a big import runs; it is merged once at the end (merging after every
        // batch made imports grow faster than the archive)
        let bulk = work.count > batchSize * 4
        if bulk { try library.db.write { db in try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 0)") } }
        var done = 0
        var doneBytes = 0
        var issues = Set<String>()
        var i = 0
        while i < work.count {
            let batch = Array(work[i..<min(work.count, i + batchSize)])
            let outcomes = parse(batch)
            try library.db.write { db in
                for o in outcomes { try store(o, db: db, report: &report, issues: &issues) }
            }
            done += batch.count
            doneBytes += batch.reduce(0) { $0 + $1.size }
            progress?(done, work.count, doneBytes, total)
            i += batchSize
        }
        report.bytes = doneBytes

        // files gone from the folders that were imported
        let roots = paths.compactMap { p -> String? in
            var st = stat()
            guard stat(p, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR else { return nil }
            let a = Self.absolute(p)
            return a.hasSuffix("/") ? a : a + "/"
        }
        let present = Set(files)
        let gone = known.keys.filter { path in !present.contains(path) && roots.contains { path.hasPrefix($0) } && !FileManager.default.fileExists(atPath: path) }.sorted()
        if !gone.isEmpty {
            try library.db.write { db in
                for g in gone {
                    for r in try Row.fetchAll(db, sql: "SELECT DISTINCT paper, date FROM page WHERE fileId = ?", arguments: [known[g]!.id]) {
                        issues.insert(Self.issueKey(r[0], r[1]))
                    }
                    try SearchIndex.removeArticles(whereSQL: "JOIN page p ON p.id = a.pageId WHERE p.fileId = ?", arguments: [known[g]!.id], db: db)
                    try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [known[g]!.id])
                }
            }
            report.removed = gone
        }
        if !issues.isEmpty { try relink(issues) }
        if bulk {
            try library.db.write { db in
                try db.execute(sql: "INSERT INTO search (search) VALUES ('optimize')")
                try db.execute(sql: "INSERT INTO search (search, rank) VALUES ('automerge', 4)")
            }
        }
        try library.db.write { db in
            try db.execute(sql: "INSERT OR REPLACE INTO meta VALUES ('lastImport', ?)",
                           arguments: [ISO8601DateFormatter().string(from: Date())])
        }
        report.seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        return report
    }

    static func absolute(_ p: String) -> String {
        if let r = realpath(p, nil) { defer { free(r) }; return String(cString: r) }
        return p.hasPrefix("/") ? p : FileManager.default.currentDirectoryPath + "/" + p
    }

    static func issueKey(_ paper: String?, _ date: String?) -> String { "\(paper ?? "")|\(date ?? "")" }

    func parse(_ batch: [Work]) -> [Outcome] {
        let box = OutcomeBox(count: batch.count)
        let parser = self.parser
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
                    if let p = r.page {
                        outcome = .parsed(w, hash: hash, page: p, columns: p.articles.map(SearchIndex.columns), warnings: r.warnings)
                    } else {
                        outcome = .failed(w, warnings: r.warnings)
                    }
                }
            }
            box.set(k, outcome)
        }
        return box.all
    }

    func store(_ o: Outcome, db: Database, report: inout Report, issues: inout Set<String>) throws {
        let now = Date().timeIntervalSince1970
        switch o {
        case .unchanged:
            report.unchanged += 1
        case .touched(let w, let hash):
            try db.execute(sql: "UPDATE file SET size = ?, mtime = ?, hash = ? WHERE id = ?", arguments: [w.size, w.mtime, hash, w.known!.id])
            report.unchanged += 1
        case .failed(let w, let warnings):
            report.skipped += 1
            report.warnings += warnings
            if let k = w.known {
                try SearchIndex.removeArticles(whereSQL: "JOIN page p ON p.id = a.pageId WHERE p.fileId = ?", arguments: [k.id], db: db)
                try db.execute(sql: "DELETE FROM file WHERE id = ?", arguments: [k.id])
            }
        case .parsed(let w, let hash, var page, let columns, let warnings):
            report.warnings += warnings
            let fileId: Int64
            if let k = w.known {
                for r in try Row.fetchAll(db, sql: "SELECT DISTINCT paper, date FROM page WHERE fileId = ?", arguments: [k.id]) {
                    issues.insert(Self.issueKey(r[0], r[1]))
                }
                try SearchIndex.removeArticles(whereSQL: "JOIN page p ON p.id = a.pageId WHERE p.fileId = ?", arguments: [k.id], db: db)
                try db.execute(sql: "DELETE FROM page WHERE fileId = ?", arguments: [k.id])
                try db.execute(sql: "UPDATE file SET size = ?, mtime = ?, hash = ?, warnings = ?, importedAt = ? WHERE id = ?",
                               arguments: [w.size, w.mtime, hash, warnings.joined(separator: "\n"), now, k.id])
                fileId = k.id
                report.updated += 1
            } else {
                try db.execute(sql: "INSERT INTO file (path, size, mtime, hash, idPrefix, warnings, importedAt) VALUES (?, ?, ?, ?, ?, ?, ?)",
                               arguments: [w.path, w.size, w.mtime, hash, w.idPrefix, warnings.joined(separator: "\n"), now])
                fileId = db.lastInsertedRowID
                report.added += 1
            }
            page.source = w.path
            try LibraryStore.insert(page, fileId: fileId, columns: columns, db: db)
            issues.insert(Self.issueKey(page.paper, page.date))
        }
    }

    /// Links continued stories again in the issues an import touched.
    func relink(_ issues: Set<String>) throws {
        try library.db.write { db in
            var parts: [ContinuationLinker.PartInfo] = []
            for key in issues {
                let bits = key.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                let paper: String? = bits[0].isEmpty ? nil : bits[0]
                let date: String? = bits.count > 1 && !bits[1].isEmpty ? bits[1] : nil
                let rows = try Row.fetchAll(db, sql: """
                    SELECT a.id, p.paper, p.date, p.number, a.fromPage, a.toPage, a.headline, a.blocks
                    FROM article a JOIN page p ON p.id = a.pageId
                    WHERE p.paper IS ? AND p.date IS ? AND (a.fromPage IS NOT NULL OR a.toPage IS NOT NULL)
                    """, arguments: [paper, date])
                for r in rows {
                    let blocks = LibraryStore.decodeBlocks(r[7])
                    var a = Article(id: r[0], kind: .news, headline: r[6], continuedFromPage: r[4], continuesOnPage: r[5], blocks: blocks)
                    a.previousPart = nil
                    let p = Page(source: "", paper: r[1], date: r[2], page: r[3])
                    parts.append(ContinuationLinker.PartInfo(a, page: p))
                }
                try db.execute(sql: """
                    UPDATE article SET previousPart = NULL, nextPart = NULL
                    WHERE pageId IN (SELECT id FROM page WHERE paper IS ? AND date IS ?)
                    """, arguments: [paper, date])
            }
            for l in ContinuationLinker.links(parts) {
                try db.execute(sql: "UPDATE article SET nextPart = ? WHERE id = ?", arguments: [l.to, l.from])
                try db.execute(sql: "UPDATE article SET previousPart = ? WHERE id = ?", arguments: [l.from, l.to])
                if l.promoteLeadingIntertitle, let row = try Row.fetchOne(db, sql: "SELECT rowid, * FROM article WHERE id = ?", arguments: [l.to]) {
                    var a = LibraryStore.article(row)
                    let before = SearchIndex.columns(a)
                    a.promoteLeadingIntertitle()
                    try db.execute(sql: "UPDATE article SET headline = ?, title = ?, blocks = ? WHERE id = ?",
                                   arguments: [a.headline, a.displayTitle, LibraryStore.encodeBlocks(a.blocks), l.to])
                    if let key: Int64 = row["searchKey"] {
                        try SearchIndex.remove(key: key, before, db: db)
                        try SearchIndex.add(key: key, SearchIndex.columns(a), db: db)
                    }
                }
            }
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
