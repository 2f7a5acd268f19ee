import ArgumentParser
import DubaoApp
import DubaoCore
import DubaoLibrary
import Foundation

// Arguments as the system gave them (a file name need not be UTF-8), with a search query that starts with
// `-` taken as the query. Errors, help included, are printed through the console's sanitiser.
let arguments = CommandArguments.prepared(CommandArguments.raw())
do {
    var command: ParsableCommand
    if arguments.first == "search", let quick = SearchArguments.quick(Array(arguments.dropFirst())) {
        let readOnly = try SearchCommand.run(quick)
        withExtendedLifetime(readOnly) { exit(0) }
    } else if arguments.first == "search", let c = try? SearchCommand.parse(Array(arguments.dropFirst())) {
        command = c
    } else {
        command = try Dubao.parseAsRoot(arguments)
    }
    try command.run()
} catch {
    let message = Dubao.fullMessage(for: error)
    let code = Dubao.exitCode(for: error)
    if !message.isEmpty {
        if code == .success { Console.outLines(message) } else { Console.errLines(message) }
    }
    exit(code.rawValue)
}
