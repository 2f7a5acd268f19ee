import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "parse",
        abstract: "Parse page files into articles and print them (an outline, or JSON with --json).")

    @Flag(name: .long, help: "Print the corpus as JSON (see PARSE-JSON.md).")
    var json = false

    @Flag(name: .long, help: .hidden)
    var trace = false

    @Argument(help: "Page files or folders (default: seeds/).")
    var paths: [String] = []

    func run() throws {
        if trace {
            let parser = PageParser(trace: { Console.out($0) })
            for f in FileDiscovery.discover(pathsOrSeeds(paths)).files { _ = CorpusLoader.parseFile(f, parser: parser) }
            return
        }
        let corpus = CorpusLoader.load(pathsOrSeeds(paths))
        if json { try Console.json(corpus) } else { Console.outLines(Outline.render(corpus)) }
        for w in corpus.warnings { Console.err("warning: \(w)") }
        if corpus.pages.isEmpty {
            Console.err("dubao: nothing could be read from \(pathsOrSeeds(paths).joined(separator: " "))")
            throw ExitCode(1)
        }
    }
}
