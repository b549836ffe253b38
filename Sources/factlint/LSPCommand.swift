import ArgumentParser
import FactLintKit
import FactLintLSP
#if canImport(Glibc)
import Glibc
#endif

/// `factlint lsp`: the language server, for editors.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server on standard input and output, for editors.",
        discussion: """
        Editors start this command and talk to it in the Language Server Protocol. Each open \
        Markdown or text document is linted with the nearest .factlint.yml as it is edited, \
        and the findings appear as diagnostics. See the README, "In your editor".
        """
    )

    @Option(help: ArgumentHelp("Use this configuration file for every document instead of the nearest .factlint.yml.", valueName: "file"))
    var config: String?

    @Option(help: ArgumentHelp("Wait this many milliseconds after the last change before linting.", valueName: "ms"))
    var debounce: Int = 25

    @Flag(name: .customLong("stdio"), help: "Talk over standard input and output (the only transport; accepted because editors pass it).")
    var stdio = false

    func validate() throws {
        if debounce < 0 || debounce > 10_000 {
            throw ValidationError("--debounce is a number of milliseconds from 0 to 10000, not \(debounce).")
        }
    }

    func run() throws {
        var options = LanguageServer.Options()
        options.debounce = Double(debounce) / 1000
        if let config {
            options.configPath = config.hasPrefix("/") ? config : InputCollector.currentDirectory() + "/" + config
        }
        let transport = StdioTransport()
        let server = LanguageServer(options: options, send: { transport.send($0) }, onExit: { Glibc.exit($0) })
        transport.run(server)
        // The input ended: the server exits once it has handled what came before.
        while true { pause() }
    }
}
