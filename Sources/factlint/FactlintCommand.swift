import ArgumentParser
import FactLintKit

/// The `factlint` command: `lint` is the default subcommand.
struct FactlintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factlint",
        abstract: "Find where a news article contradicts itself.",
        discussion: """
        factlint reads Markdown (.md, .markdown) and plain-text (.txt) articles and reports \
        sentences pasted twice and, as rules are added, dates, names, titles and numbers that \
        disagree with each other.

        Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; \
        2 usage error, unreadable input or bad configuration.
        """,
        version: FactLintVersion.current,
        subcommands: [LintCommand.self, FactsCommand.self, RulesCommand.self, ExplainCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )
}
