import ArgumentParser
#if canImport(Glibc)
import Glibc
#endif

// Exit codes are part of the interface: 0 clean, 1 findings at or above --fail-on,
// 2 usage error, unreadable input or bad configuration. ArgumentParser's own usage errors
// (64) are mapped to 2. Common command lines are parsed directly (see DirectParse).
do {
    var command = try DirectParse.command(Array(CommandLine.arguments.dropFirst())) ?? FactlintCommand.parseAsRoot()
    try command.run()
} catch {
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
