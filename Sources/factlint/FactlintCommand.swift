import ArgumentParser
import FactLintKit

/// The `factlint` command: `lint` is the default subcommand.
struct FactlintCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "factlint",
        abstract: "Find where a news article contradicts itself.",
        discussion: """
        factlint reads news articles (Markdown .md/.markdown, plain text .txt, HTML .html/.htm, \
        CMS exports .json and JSON Lines .jsonl) and reports where one contradicts itself: \
        weekdays and dates, the order and dates of events, datelines, people's names and titles, \
        figures that do not add up or disagree with the headline, altered quotations and \
        sentences pasted twice. Rules are YAML; `factlint rules list` shows them.

        Exit codes: 0 no finding at or above --fail-on; 1 findings at or above it; \
        2 usage error, unreadable input or bad configuration.
        """,
        version: FactLintVersion.current,
        subcommands: [LintCommand.self, FactsCommand.self, RulesCommand.self, ExplainCommand.self, LSPCommand.self],
        defaultSubcommand: LintCommand.self
    )
}
