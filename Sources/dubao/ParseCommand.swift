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

    @Flag(name: .long, help: "Print the text the parser reads: for a PDF or a text that keeps its layout, its lines in reading order, a blank line between regions (with --json: each page's text and each line's type size against the body's); for any other text, the text with the columns an extraction printed row by row chained back.")
    var text = false

    @Flag(name: .long, help: ArgumentHelp("With --text: the regions of each PDF or laid-out page with their boxes.", visibility: .hidden))
    var layout = false

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
        if text {
            for f in FileDiscovery.discover(pathsOrSeeds(paths)).files {
                if !json { Console.out("== \(f)") }
                // a text file is read once: printed with its interleaved columns chained back, or placed when it
                // keeps its layout
                var laidOut: [PlacedPage]?
                if !FileDiscovery.isPDF(f) {
                    guard case .success(let b) = CorpusLoader.read(f), case .success(let d) = TextDecoder.decode(b) else { continue }
                    let t = IdeographFolding.fold(d.text)
                    guard LaidOutText.isLaidOut(t) else { Console.outLines(ColumnStreams.reorder(t)); continue }
                    laidOut = LaidOutText.pages(t)
                }
                switch laidOut.map({ Result<[PlacedPage], PDFText.Failure>.success($0) }) ?? PDFText.pages(of: f) {
                case .success(let pages):
                    if json {
                        struct Sheet: Encodable { var page: Int; var text: String; var sizes: [Double?] }
                        try Console.json(pages.map { p in
                            if laidOut != nil {
                                // a text keeps no type sizes: the parser reads none
                                let lines = LaidOutText.rendered(p)
                                return Sheet(page: p.index, text: lines.joined(separator: "\n") + "\n", sizes: lines.map { _ in nil })
                            }
                            let r = ReadingOrder(p).reading()
                            return Sheet(page: p.index, text: r.text, sizes: r.typeSizes.map { $0.map { ($0 * 100).rounded() / 100 } })
                        })
                        continue
                    }
                    for p in pages {
                        Console.out("-- page \(p.index)")
                        let order = ReadingOrder(p)
                        if layout {
                            Console.out(String(format: "em %.1f, body line %.1f", order.em, order.bodyHeight))
                            for b in order.blocks() {
                                let ls = b.lines.map { p.lines[$0] }
                                Console.out(String(format: "%@ x %.0f–%.0f y %.0f–%.0f: %@", b.nextColumn ? "→" : "■", ls.map(\.x0).min()!, ls.map(\.x1).max()!,
                                                   ls.map(\.y0).min()!, ls.map(\.y1).max()!, String(ls[0].text.prefix(12))))
                            }
                        } else {
                            Console.outLines(laidOut == nil ? order.text() : LaidOutText.rendered(p).joined(separator: "\n"))
                        }
                    }
                case .failure(let why): Console.err("warning: \(f): \(why)")
                }
            }
            return
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
