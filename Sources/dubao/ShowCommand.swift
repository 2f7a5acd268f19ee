import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one article as clean text, with the other parts of a story that jumps pages.")

    @OptionGroup var options: LibraryOptions

    @Flag(help: "Print the parts as JSON (the articles of `dubao parse --json`, blocks included).")
    var json = false

    @Flag(name: .customLong("part"), help: "Only this part, not the whole story.")
    var onlyPart = false

    @Argument(help: "The article id (as `dubao parse --json` and `dubao search` give it).")
    var id: String

    @Argument(help: "Page files or folders to import first.")
    var paths: [String] = []

    func run() throws {
        let lib = try options.open()
        if !paths.isEmpty { _ = try runImport(paths, into: lib, quiet: true) }
        guard var article = try lib.articles(ids: [id]).first else {
            printError("dubao: no article \(id) in \(lib.path)")
            throw ExitCode(1)
        }
        var parts = [article]
        if !onlyPart {
            // back to the first part, then on to the last; a loop in bad links stops at a repeat
            var seen: Set<String> = [id]
            while let p = article.previousPart, !seen.contains(p), let prev = try lib.articles(ids: [p]).first {
                parts.insert(prev, at: 0); seen.insert(p); article = prev
            }
            article = parts.last!
            while let n = article.nextPart, !seen.contains(n), let next = try lib.articles(ids: [n]).first {
                parts.append(next); seen.insert(n); article = next
            }
        }
        if json {
            struct Doc: Encodable { var id: String; var parts: [Article] }
            FileHandle.standardOutput.write(try CorpusJSON.encode(Doc(id: id, parts: parts)))
            FileHandle.standardOutput.write("\n".data(using: .utf8)!)
            return
        }
        print(StoryText.render(parts: parts, pageNumbers: try lib.pageNumbers(ids: parts.map(\.id))), terminator: "")
    }
}
