import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

/// `dubao-bench columns`: fits the weights of `ColumnStreams`' links (which piece of an interleaved region goes on
/// from which) on a corpus's default-order pages outside its held-out part, labelled by the same pages in
/// `pdftotext -raw`'s order (`ColumnLinkFit`); reports precision and recall of the links on its held-out pages.
struct ColumnsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "columns", abstract: "Fit the weights of the interleaved-column links on a corpus's flow and raw pages.")

    @Option(help: "The corpus (flow/seeds, raw/seeds, held-out.txt).") var corpus = "Tests/Fixtures/corpus"
    @Option(help: "Further corpora to report on (not fitted on).") var check: [String] = []
    @Option(help: "L2 penalty.") var l2 = 0.00001

    func run() throws {
        let held = LabelledCorpus.heldOut(corpus)
        let train = try ColumnLinkFit.examples(corpus) { !held.contains($0) }
        print("\(train.count) candidate links for fitting (\(train.filter(\.isLink).count) true)")
        let w = ColumnLinkFit.fit(train, l2: l2)
        print("fitted: [" + w.map { String(format: "%.2f", $0) }.joined(separator: ", ") + "]")
        for (n, v) in zip(ColumnStreams.linkFeatureNames, w) { print("  " + n.padding(toLength: 16, withPad: " ", startingAt: 0) + String(format: "%7.2f", v)) }
        func report(_ label: String, _ ex: [ColumnLinkFit.Example]) {
            for (name, weights) in [("compiled-in", ColumnStreams.linkWeights), ("fitted", w)] {
                var tp = 0, fp = 0, fn = 0
                for e in ex {
                    let s = zip(e.features, weights).reduce(0) { $0 + $1.0 * $1.1 }
                    if s > ColumnStreams.linkThreshold { if e.isLink { tp += 1 } else { fp += 1 } } else if e.isLink { fn += 1 }
                }
                print("\(label) \(name): " + String(format: "precision %.3f recall %.3f", Double(tp) / Double(max(1, tp + fp)),
                                                               Double(tp) / Double(max(1, tp + fn))) + " (\(ex.count) candidates, before the one-in-one-out choice)")
            }
        }
        report("held-out", try ColumnLinkFit.examples(corpus) { held.contains($0) })
        for c in check { report(c, try ColumnLinkFit.examples(c) { _ in true }) }
    }
}
