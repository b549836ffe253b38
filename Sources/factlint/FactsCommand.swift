import ArgumentParser
import FactLintKit

/// `factlint facts PATH...`: print what the parser read.
struct FactsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "facts",
        abstract: "Print what factlint read from articles: headline, publication date, dateline and sentences.",
        discussion: "The JSON form is {\"files\": [{\"path\", \"headline\", \"published\", \"dateline\", \"sentences\": [{\"text\", \"line\", \"column\", \"endLine\", \"endColumn\"}]}]}. Columns count Unicode scalars from 1; endColumn is exclusive."
    )

    @OptionGroup var input: InputOptions

    @Option(help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: String = "text"

    func validate() throws {
        guard FactsReporter.Format(rawValue: format) != nil else {
            throw ValidationError("--format must be text or json, not '\(format)'.")
        }
    }

    func run() throws {
        let options = input.readOptions()
        let reader = ArticleReader(options: options)
        let extractor = FactExtractor(lexicons: options.lexicons, dateOrder: options.dateOrder)
        let (files, collectDiagnostics) = input.inputs()
        var diagnostics = collectDiagnostics
        var facts: [ArticleFacts] = []
        for file in files {
            let bytes: [UInt8]
            switch file.content {
            case let .bytes(data): bytes = data
            case let .file(path):
                switch InputCollector.readFile(path, limit: input.articleLimit) {
                case let .success(data): bytes = data
                case let .failure(error):
                    diagnostics.append(Diagnostic(path: file.displayPath, level: .error, message: error.message))
                    continue
                }
            }
            let article = reader.read(bytes: bytes, path: file.displayPath, format: file.format)
            diagnostics.append(contentsOf: article.diagnostics)
            facts.append(extractor.extract(from: article))
        }
        writeStandardOutput(FactsReporter(format: FactsReporter.Format(rawValue: format) ?? .text).render(facts, diagnostics: diagnostics))
        if diagnostics.contains(where: { $0.level == .error }) { throw ExitCode(2) }
    }
}
