import FactLintKit

/// What the commands that read articles were told about their input, as plain values: filled by
/// ``InputOptions`` (ArgumentParser) or by ``QuickLintParse`` (the direct reading of a common
/// `lint` command line), which must agree.
struct InputSettings: Equatable {
    var paths: [String] = []
    var stdinName = "<stdin>"
    var published: String?
    var dateOrder: String?
    var maxFileSize = InputCollector.defaultMaxArticleBytes / 1_000_000
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

    /// What is wrong with the values, in a usage error's words, or nil.
    func problem() -> String? {
        if maxFileSize < 0 || maxFileSize > 1_000_000 {
            return "--max-file-size is a number of megabytes from 0 (no limit) to 1000000, not \(maxFileSize)."
        }
        if paths.isEmpty {
            return "Name at least one file or folder to read, or - for standard input."
        }
        if paths.filter({ $0 == "-" }).count > 1 {
            return "Standard input (-) can be read only once."
        }
        if let published, PublicationDate.parse(published) == nil {
            return "--published '\(published)' is not a date; write it as YYYY-MM-DD."
        }
        for text in map {
            if case let .failure(error) = JSONFieldMap.parse(option: text) { return error.message + "." }
        }
        if let dateOrder, DateOrder(rawValue: dateOrder.uppercased()) == nil {
            return "--date-order must be MDY or DMY, not '\(dateOrder)'."
        }
        return nil
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
