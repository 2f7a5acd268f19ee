import ArgumentParser
import DubaoCore
import DubaoLibrary
import Foundation

struct Dubao: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dubao",
        abstract: "读报 — a terminal reader for Chinese newspaper page archives.",
        subcommands: [ReadCommand.self, ParseCommand.self, ImportCommand.self, LibraryCommand.self, SearchCommand.self, ShowCommand.self, DebugWriteStateCommand.self],
        defaultSubcommand: ReadCommand.self
    )
}

/// Paths given, or the `seeds/` folder of the current directory.
func pathsOrSeeds(_ paths: [String]) -> [String] { paths.isEmpty ? ["seeds"] : paths }
