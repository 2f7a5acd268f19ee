import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

/// `dubao-bench calibrate`: fits the parser's weights on the labelled corpus (features out, weights in) and
/// reports how they do on its held-out part.
struct CalibrateBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "calibrate", abstract: "Fit the parser's weights on the labelled corpus; report on its held-out part.")

    @Option(help: "The corpus (scripts/gen-corpus writes it).") var corpus = "Tests/Fixtures/corpus"
    @Option(help: "Write the weights here (JSON, name → weight).") var out = "parser-model.json"
    @Option(help: "Passes of the perceptron over the pages.") var epochs = 12
    @Flag(help: "Fit on every page, the held-out part included (for the compiled-in model).") var all = false
    @Option(help: "How many times the seed pages count in the fitting.") var seedWeight = 6
    @Option(help: "crf (log-likelihood) or perceptron.") var method = "crf"
    @Option(help: "Print the held-out mistakes of these renderings (A, B, raw, flow), up to --mistakes each.") var show: [String] = []
    @Option(help: "How many mistakes to print.") var mistakes = 40
    @Flag(help: "Fit only the geometry weights (type size) on the corpus's pdf rendering, every other weight held at the compiled-in model's (or --base's).")
    var geometry = false
    @Option(help: "With --geometry: the weights to start from (JSON) instead of the compiled-in ones.") var base: String?
    @Option(help: "With --geometry: the perceptron's step.") var rate = 0.05

    @Flag(help: "Fit only the headline-role weights (which line of a group is the main headline) on the corpus's groups and its headline-groups.txt, every other weight held at the compiled-in model's (or --base's).")
    var roles = false

    func run() throws {
        let pages = try LabelledCorpus.load(corpus)
        if geometry { return try fitGeometry(pages) }
        let bank = LabelledCorpus.headlineBank(corpus)
        for p in bank.problems { print("headline-groups.txt: \(p)") }
        if roles { return try fitRoles(pages, bank: bank.groups) }
        let heldNames = LabelledCorpus.heldOut(corpus)
        let held = pages.filter { heldNames.contains($0.name) }
        var training = all ? pages : pages.filter { !heldNames.contains($0.name) }
        // the seed pages count several times: they are the pages the parser must read without a fault
        training += Array(repeating: training.filter { $0.group == "seedpages" }, count: seedWeight - 1).flatMap { $0 }
        print("\(pages.count) labelled pages: \(training.count) for fitting, \(held.count) held out")
        let started = Date()
        let (model, report) = Calibration.fit(training: training, heldOut: held, headlineBank: bank.groups, seedWeight: seedWeight, epochs: epochs,
                                              method: Calibration.Method(rawValue: method) ?? .crf) { print($0) }
        print(String(format: "fitted in %.1f s", Date().timeIntervalSince(started)))
        print(String(format: "held out: joining %.2f%% of %d gaps, labels %.2f%% of %d units", 100 * report.joinAccuracy, report.joinExamples,
                     100 * report.labelAccuracy, report.labelExamples))
        let names = UnitLabel.allCases.map { String($0.name.prefix(6)) }
        print("gold \\ decoded  " + names.map { $0.padding(toLength: 7, withPad: " ", startingAt: 0) }.joined())
        for (g, row) in report.confusion.enumerated() {
            print(names[g].padding(toLength: 16, withPad: " ", startingAt: 0) + row.map { String($0).padding(toLength: 7, withPad: " ", startingAt: 0) }.joined())
        }
        for group in Set(held.map(\.group)).sorted() {
            let r = Calibration.evaluate(held.filter { $0.group == group }, model: model)
            print(String(format: "  %@: joining %.2f%%, labels %.2f%%", group, 100 * r.joinAccuracy, 100 * r.labelAccuracy))
        }
        for group in show {
            var n = 0
            _ = Calibration.evaluate(held.filter { $0.group == group }, model: model) { page, what in
                n += 1
                if n <= mistakes { print("\(group) \(page.name): \(what)") }
            }
        }
        try model.json().write(to: URL(fileURLWithPath: out))
        print("weights written to \(out)")
    }

    func fitRoles(_ pages: [LabelledPage], bank: [Calibration.HeadlineGroup]) throws {
        let heldNames = LabelledCorpus.heldOut(corpus)
        let training = all ? pages : pages.filter { !heldNames.contains($0.name) }
        var model = try base.map { try ParserModel.load(json: Data(contentsOf: URL(fileURLWithPath: $0))).0 } ?? .default
        print("headline roles from \(training.count) pages and \(bank.count) written groups")
        model.role = Calibration.fitRoles(training, bank: bank, seedWeight: seedWeight) { print($0) }
        try model.json().write(to: URL(fileURLWithPath: out))
        print("weights written to \(out)")
    }

    func fitGeometry(_ pages: [LabelledPage]) throws {
        let heldNames = LabelledCorpus.heldOut(corpus)
        let pdf = pages.filter { $0.group == "pdf" }
        let held = pdf.filter { heldNames.contains($0.name) }
        let training = all ? pdf : pdf.filter { !heldNames.contains($0.name) }
        let start = try base.map { try ParserModel.load(json: Data(contentsOf: URL(fileURLWithPath: $0))).0 } ?? .default
        print("\(training.count) pdf pages for fitting the geometry weights, \(held.count) held out")
        let model = Calibration.fitGeometry(training, base: start, epochs: epochs, rate: rate) { print($0) }
        for (name, m) in [("start", start), ("fitted", model)] {
            let r = Calibration.evaluate(held, model: m)
            print(String(format: "held out, %@: labels %.2f%% of %d units", name, 100 * r.labelAccuracy, r.labelExamples))
        }
        try model.json().write(to: URL(fileURLWithPath: out))
        print("weights written to \(out)")
    }
}
