import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show", abstract: "Print one article as clean text, with the other parts of a story that jumps pages.")

    @OptionGroup var options: LibraryOptions

    @Flag(help: "Print the parts as JSON (the articles of `dubao parse --json`, blocks included); parts read from a PDF also get `placements`: the PDF, its page and each block's box.")
    var json = false

    @Flag(name: .customLong("part"), help: "Only this part, not the whole story.")
    var onlyPart = false

    @Argument(help: "The article id (as `dubao parse --json` and `dubao search` give it).")
    var id: String

    @Argument(help: "Page files or folders to import first.")
    var paths: [String] = []

    func run() throws {
        var lib = try options.open(paths.isEmpty ? .read : .write, repairing: !paths.isEmpty)
        if !paths.isEmpty { _ = try failing(lib) { try runImport(paths, into: &lib, quiet: true) } }
        let library = lib
        let found = try failing(library) { try library.articles(ids: [id]).first }
        guard var article = found else {
            Console.err("dubao: no article \(id) in \(library.path)")
            throw ExitCode(1)
        }
        var parts = [article]
        if !onlyPart {
            // back to the first part, then on to the last; a loop in bad links stops at a repeat
            var seen: Set<String> = [id]
            while let p = article.previousPart, !seen.contains(p), let prev = try failing(library, { try library.articles(ids: [p]).first }) {
                parts.insert(prev, at: 0); seen.insert(p); article = prev
            }
            article = parts.last!
            while let n = article.nextPart, !seen.contains(n), let next = try failing(library, { try library.articles(ids: [n]).first }) {
                parts.append(next); seen.insert(n); article = next
            }
        }
        let sources = try failing(library) { try library.pageSources(ids: parts.map(\.id)) }
        if json {
            struct Doc: Encodable { var id: String; var parts: [Article]; var placements: [PDFPlacement] }
            let placed = PDFPlacement.place(zip(parts, sources).compactMap { a, s in s.map { (a, $0) } })
            try Console.json(Doc(id: id, parts: parts, placements: placed.placements))
            for w in placed.warnings { Console.err("warning: \(w)") }
            return
        }
        let pages = try failing(library) { try library.pageNumbers(ids: parts.map(\.id)) }
        Console.outLines(StoryText.render(parts: parts, pageNumbers: pages))
        // where a part was printed, when it was read from a PDF or a sheet of a text of several
        for source in sources.compactMap({ $0 }) {
            guard let label = PDFSource.label(source) else { continue }
            Console.out(PDFSource.location(source) != nil ? "〔PDF：\(label)〕" : "〔\(label)〕")
        }
    }
}
