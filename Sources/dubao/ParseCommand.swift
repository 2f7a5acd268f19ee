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

    @Flag(name: .long, help: "Print, for every unit of each page, its features, the label chosen and the runner-up with their scores.")
    var explain = false

    @Option(name: .long, help: "Parser weights to use instead of the built-in ones (JSON: name → weight, as dubao-bench calibrate writes).")
    var model: String?

    @Argument(help: "Page files or folders (default: seeds/).")
    var paths: [String] = []

    func run() throws {
        var weights = ParserModel.default
        if let model {
            do {
                let (m, unknown) = try ParserModel.load(json: Data(contentsOf: URL(fileURLWithPath: model)))
                for u in unknown { Console.err("warning: \(model): unknown weight \(u)") }
                weights = m
            } catch {
                Console.err("dubao: cannot read the parser weights \(model): \(error)")
                throw ExitCode(2)
            }
        }
        if explain {
            for f in FileDiscovery.discover(pathsOrSeeds(paths)).files {
                Console.out("== \(f)")
                _ = CorpusLoader.parseFile(f, parser: PageParser(model: weights, trace: { Console.out($0) }))
            }
            return
        }
        let corpus = CorpusLoader.load(pathsOrSeeds(paths), parser: PageParser(model: weights))
        if json { try Console.json(corpus) } else { Console.outLines(Outline.render(corpus)) }
        for w in corpus.warnings { Console.err("warning: \(w)") }
        if corpus.pages.isEmpty {
            Console.err("dubao: nothing could be read from \(pathsOrSeeds(paths).joined(separator: " "))")
            throw ExitCode(1)
        }
    }
}
