import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

// Exit codes are part of the interface: 0 clean, 1 findings at or above --fail-on,
// 2 usage error, unreadable input or bad configuration. ArgumentParser's own usage errors
// (64) are mapped to 2. The commonest line, `lint` with long options, is read without
// ArgumentParser (QuickLintParse); other `lint` and `facts` lines are parsed with the
// subcommand as the root (DirectParse); everything else goes to the full parser.

/// Exits with the status for an error thrown by a command, saying what ArgumentParser says of it.
func exitReporting(_ error: Error) -> Never {
    let code = FactlintCommand.exitCode(for: error)
    if code == .success {
        FactlintCommand.exit(withError: error)
    }
    let message = FactlintCommand.fullMessage(for: error)
    if !message.isEmpty {
        writeStandardError(message)
    }
    exit(code.rawValue == 1 ? 1 : 2)
}

let arguments = Array(CommandLine.arguments.dropFirst())
if let settings = QuickLintParse.settings(arguments) {
    do {
        try settings.run()
    } catch let code as ExitCode {
        // The usual end of a run with findings: no message to look up.
        exit(code.rawValue == 0 ? 0 : code.rawValue == 1 ? 1 : 2)
    } catch {
        exitReporting(error)
    }
} else {
    do {
        var command = try DirectParse.command(arguments) ?? FactlintCommand.parseAsRoot()
        try command.run()
    } catch {
        exitReporting(error)
    }
}
