import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Search the library: Chinese (any length), pinyin (jingzhou, jz), traditional characters; \"phrases\", -exclusions.")

    @OptionGroup var options: LibraryOptions

    @Flag(help: "Print one JSON document.")
    var json = false

    @Option(help: "Most results to show.")
    var limit = 50

    @Argument(help: "The query.")
    var query: String

    @Argument(help: "Page files or folders to import first.")
    var paths: [String] = []

    func run() throws {
        let lib = try options.open()
        if !paths.isEmpty {
            let r = try runImport(paths, into: lib, quiet: json)
            for w in r.warnings { printError("warning: \(w)") }
        }
        let q = SearchQuery.parse(query)
        let results = try lib.search(q, limit: limit)
        if json {
            struct Doc: Encodable { var query: String; var results: [SearchResult] }
            FileHandle.standardOutput.write(try CorpusJSON.encode(Doc(query: query, results: results)))
            FileHandle.standardOutput.write("\n".data(using: .utf8)!)
            return
        }
        if q.isEmpty { printError("dubao: nothing to search for in \(query.debugDescription)"); throw ExitCode(2) }
        if results.isEmpty { print("no results for \(query)") }
        for r in results {
            let place = [r.date, r.page.map { "第\($0)版" }].compactMap { $0 }.joined(separator: " ")
            print(TerminalSafe.plain("\(r.title)  [\(r.hits)] \(place) \(r.id)"))
            print(TerminalSafe.plain("    \(r.snippet)"))
        }
    }
}
