import ArgumentParser
import DubaoLibrary
import Foundation

/// Writes reading state in a loop, for the test that kills the process while it saves (hidden).
struct DebugWriteStateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "debug-write-state", abstract: "", shouldDisplay: false)

    @OptionGroup var options: LibraryOptions
    @Option var loops = 100_000

    func run() throws {
        let lib = try options.open(.write)
        let ids = try lib.outline().pages.flatMap(\.articles).map(\.id)
        guard !ids.isEmpty else { throw ExitCode(1) }
        for i in 0..<loops {
            let id = ids[i % ids.count]
            try lib.markRead([id])
            try lib.setBookmarks(Array(ids.prefix(1 + i % min(20, ids.count))))
            try lib.savePlace(articleID: id, scroll: i)
        }
    }
}
