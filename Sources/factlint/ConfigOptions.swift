import ArgumentParser
import FactLintKit

/// `--config` for the commands that inspect rules: without it, the nearest `.factlint.yml` in
/// the current folder or above applies, as it does for `lint`.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Use this configuration file instead of the nearest .factlint.yml, as lint does.", valueName: "file"))
    var config: String?

    /// The rules with the configuration's house rules, or exit 2 when the file is missing.
    func catalog() throws -> RuleCatalog {
        if let config, !InputCollector.exists(config) {
            writeStandardError("error: --config '\(config)' does not exist.")
            throw ExitCode(2)
        }
        return RuleCatalog(explicit: config)
    }
}

/// Prints an error without the usage text ArgumentParser adds to a ValidationError, and exits 2.
func fail(_ message: String) -> ExitCode {
    writeStandardError("error: \(message)")
    return ExitCode(2)
}
