import ArgumentParser
import DubaoApp
import DubaoCore
import DubaoLibrary
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library: Chinese (any length), pinyin (jingzhou; initials such as jz in headlines), traditional characters; \"phrases\", -exclusions.")

    @OptionGroup var options: LibraryOptions

    @Flag(help: "Print one JSON document.")
    var json = false

    @Option(help: "Most results to show.")
    var limit = SearchArguments.defaultLimit

    @Argument(help: "The query (a term starting with - excludes; no -- needed).")
    var query: String

    @Argument(help: "Page files or folders to import first.")
    var paths: [String] = []

    func run() throws {
        try Self.run(SearchArguments(library: options.library, json: json, limit: limit, query: query, paths: paths))
    }

    /// The search, however its arguments were read (`SearchArguments.quick` for the usual forms). Returns the
    /// open library when it was opened only to read, for the caller to end the process with it still open:
    /// closing it (GRDB's teardown and SQLite's, unmapping the file) was a twentieth of a search process, and a
    /// connection that only read leaves nothing for a close to finish. One that an import wrote to is closed here.
    @discardableResult
    static func run(_ a: SearchArguments) throws -> AnyObject? {
        let (json, limit) = (a.json, a.limit)
        // `dubao search 荆州 -漆器`: words after the query that are exclusions, not files, belong to it
        let extra = a.paths.filter { $0.hasPrefix("-") && !FileSystem.exists($0) }
        let paths = a.paths.filter { !extra.contains($0) }
        let query = ([a.query] + extra).joined(separator: " ")
        // a library that needs nothing but reading is read without GRDB; any other goes through `Library`
        let search: (SearchQuery) throws -> [SearchResult]
        let keep: AnyObject?
        if paths.isEmpty, let reader = SearchReader.open(LibraryOptions.path(a.library)) {
            search = { q in
                do { return try reader.search(q, limit: limit) } catch {
                    Console.err("dubao: \(reader.describe(error))")
                    throw ExitCode(1)
                }
            }
            keep = reader
        } else {
            var lib = try LibraryOptions.open(path: LibraryOptions.path(a.library), access: paths.isEmpty ? .read : .write, repairing: !paths.isEmpty)
            if !paths.isEmpty {
                let r = try failing(lib) { try runImport(paths, into: &lib, quiet: json) }
                for w in r.warnings { Console.err("warning: \(w)") }
            }
            let opened = lib
            search = { q in try failing(opened) { try opened.search(q, limit: limit) } }
            keep = paths.isEmpty && lib.isReadOnly ? lib : nil
        }
        let q = SearchQuery.parse(query)
        if q.shortened {
            Console.err("dubao: the query is longer than \(SearchQuery.maximumLength) characters or \(SearchQuery.maximumTerms) terms; searching for its beginning")
        }
        let results = try search(q)
        if json {
            // written directly: JSONEncoder's generic machinery took longer than the search itself
            Console.json(JSONWriter.object(["query": .string(query), "results": .array(results.map(\.json))]))
        } else {
            if q.isEmpty { Console.err("dubao: nothing to search for in \(query.debugDescription)"); throw ExitCode(2) }
            if results.isEmpty { Console.out("no results for \(query)") }
            for r in results {
                let place = [r.date, r.page.map(PageLabel.of)].compactMap { $0 }.joined(separator: " ")
                // (shown as the reader and `dubao show` show text: ASCII punctuation among Han in its fullwidth form; --json
                // keeps it as it came)
                Console.out("\(FullwidthPunctuation.display(r.title))  [\(r.hits)] \(place) \(r.id)")
                Console.out("    \(FullwidthPunctuation.display(r.snippet))")
            }
        }
        return keep
    }
}
