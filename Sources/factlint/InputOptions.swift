import ArgumentParser
import FactLintKit

/// Options shared by the commands that read articles.
struct InputOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders to read. Folders are searched for .md, .markdown, .txt, .html, .htm, .json (CMS exports) and .jsonl files. Use - for standard input.", valueName: "path"))
    var paths: [String] = []

    @Option(name: .customLong("stdin-name"), help: ArgumentHelp("The path to show for standard input, which also picks its format by suffix.", valueName: "path"))
    var stdinName: String = "<stdin>"

    @Option(help: ArgumentHelp("Use this publication date instead of the one in the files (2024-05-15, or 2024-05-15T18:57).", valueName: "date"))
    var published: String?

    @Option(name: .customLong("date-order"), help: ArgumentHelp("How to read all-numeric dates such as 05/06/2024 when either reading is possible: MDY or DMY. Default: the configuration's date-order, else MDY.", valueName: "order"))
    var dateOrder: String?

    @Option(name: .customLong("max-file-size"), help: ArgumentHelp("Skip, with an error, any article longer than this many megabytes; 0 reads any size. Memory grows with article length.", valueName: "MB"))
    var maxFileSize: Int = InputCollector.defaultMaxArticleBytes / 1_000_000

    @Option(name: .customLong("map"), help: ArgumentHelp("Name a JSON export's fields: PART=FIELD pairs for title, date, body and id, like title=headline,body=content.raw (dotted names reach into objects). Tried before the standard names.", valueName: "pairs"))
    var map: [String] = []

    /// The `--map` overrides.
    var fieldOverrides: [JSONFieldMap.Part: [String]] {
        var overrides: [JSONFieldMap.Part: [String]] = [:]
        for text in map {
            if case let .success(parsed) = JSONFieldMap.parse(option: text) { overrides.merge(parsed) { $0 + $1 } }
        }
        return overrides
    }

    /// The size limit in bytes, or `nil` for none.
    var articleLimit: Int? { maxFileSize == 0 ? nil : maxFileSize * 1_000_000 }

    func validate() throws {
        if maxFileSize < 0 || maxFileSize > 1_000_000 {
            throw ValidationError("--max-file-size is a number of megabytes from 0 (no limit) to 1000000, not \(maxFileSize).")
        }
        if paths.isEmpty {
            throw ValidationError("Name at least one file or folder to read, or - for standard input.")
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            throw ValidationError("Standard input (-) can be read only once.")
        }
        if let published, PublicationDate.parse(published) == nil {
            throw ValidationError("--published '\(published)' is not a date; write it as YYYY-MM-DD.")
        }
        for text in map {
            if case let .failure(error) = JSONFieldMap.parse(option: text) { throw ValidationError(error.message + ".") }
        }
        if let dateOrder, DateOrder(rawValue: dateOrder.uppercased()) == nil {
            throw ValidationError("--date-order must be MDY or DMY, not '\(dateOrder)'.")
        }
    }

    /// Reading options from the flags.
    func readOptions() -> ReadOptions {
        let order = dateOrder.flatMap { DateOrder(rawValue: $0.uppercased()) } ?? .monthDayYear
        var options = ReadOptions(publishedOverride: published.flatMap { PublicationDate.parse($0, dateOrder: order) }, dateOrder: order)
        options.dateOrderFromCommandLine = dateOrder != nil
        options.fieldOverrides = fieldOverrides
        options.fields = JSONFieldMap.standard.overridden(by: fieldOverrides)
        return options
    }

    /// The files to read, with standard input read now if named.
    func inputs() -> (files: [InputFile], diagnostics: [Diagnostic]) {
        let collector = InputCollector()
        let onDisk = paths.filter { $0 != "-" }
        var (files, diagnostics) = collector.collect(onDisk)
        if paths.contains("-") {
            let bytes: [UInt8]
            switch InputCollector.readStandardInput(limit: articleLimit) {
            case let .success(data): bytes = data
            case let .failure(error):
                diagnostics.append(Diagnostic(path: stdinName, level: .error, message: error.message))
                return (files, diagnostics)
            }
            files.append(InputFile(displayPath: stdinName, content: .bytes(bytes), format: ArticleFormat(path: stdinName) ?? .plainText))
            files.sort { $0.displayPath < $1.displayPath }
        }
        return (files, diagnostics)
    }
}
