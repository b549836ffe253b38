import ArgumentParser
import FactLintKit

/// `factlint facts PATH...`: print what the parser read.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print what factlint read from articles: headline, dates, sentences, people, figures, quotations and events.",
        discussion: "Besides the headline, publication date, dateline and sentences, it prints the facts the rules read: people (names, mentions, titles), name clusters and lists, claims (figures with what they measure), quotations with their speakers, tables, temporal expressions, events and their order, people's ages, and pairs of dates whose order the words fix (an event postponed from one date to another, a plan's target and the date it was made). The JSON form is {\"files\": [{\"path\", \"format\", \"headline\", \"published\", \"publishedDateTime\", \"dateline\", \"sentences\", \"people\", \"names\", \"nameLists\", \"claims\", \"quotations\", \"tables\", \"temporal\", \"events\", \"order\", \"ages\", \"datePairs\"}], \"errors\"}; each fact has \"line\", \"column\", \"endLine\" and \"endColumn\". Columns count Unicode scalars from 1; endColumn is exclusive."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Output format.", valueName: "format"))
    var format: FactsFormat = .text

    @Option(help: ArgumentHelp("Use this configuration file for every input instead of the nearest .factlint.yml: its vocabularies, date-order and roster shape what is read, as in lint.", valueName: "file"))
    var config: String?

    enum FactsFormat: String, ExpressibleByArgument, CaseIterable {
        case text, json
    }

    func run() throws {
        if let config, !InputCollector.exists(config) { throw fail("--config '\(config)' does not exist.") }
        // The configuration each file would be linted with shapes what is read: house
        // vocabularies, date-order, roster.
        let resolver = ConfigurationResolver(explicit: config, options: input.settings.readOptions())
        let (files, collectDiagnostics) = input.settings.inputs()
        var diagnostics = collectDiagnostics
        var facts: [ArticleFacts] = []
        for file in files {
            let bytes: [UInt8]
            switch file.content {
            case let .bytes(data): bytes = data
            case let .file(path):
                switch InputCollector.readFile(path, limit: input.settings.articleLimit) {
                case let .success(data): bytes = data
                case let .failure(error):
                    diagnostics.append(Diagnostic(path: file.displayPath, level: .error, message: error.message))
                    continue
                }
            }
            let linter: Linter
            switch file.content {
            case let .file(path): linter = resolver.linter(for: path)
            case .bytes: linter = resolver.linter(for: file.displayPath)
            }
            // A JSON export holds many articles.
            let (articles, exportDiagnostics) = linter.reader.readAll(bytes: bytes, path: file.displayPath, format: file.format)
            diagnostics.append(contentsOf: exportDiagnostics)
            for article in articles {
                diagnostics.append(contentsOf: article.diagnostics)
                facts.append(linter.extractor.extract(from: article))
            }
        }
        let problems = resolver.problems
        for problem in problems { writeStandardError("\(problem)") }
        writeStandardOutput(FactsReporter(format: format == .json ? .json : .text).render(facts, diagnostics: diagnostics))
        if diagnostics.contains(where: { $0.level == .error }) || !problems.isEmpty { throw ExitCode(2) }
    }
}
