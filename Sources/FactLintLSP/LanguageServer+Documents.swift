import Dispatch
import FactLintKit

/// Open documents: their text follows the editor's changes, and each change schedules a lint.
extension LanguageServer {
    func didOpen(_ params: JSONTree) throws(LSPError) {
        let item = params["textDocument"]
        guard let uri = item?["uri"]?.stringValue, let text = item?["text"]?.stringValue else {
            throw LSPError(code: .invalidParams, message: "didOpen needs textDocument.uri and textDocument.text")
        }
        let document = OpenDocument(uri: uri, path: path(for: uri), languageID: item?["languageId"]?.stringValue ?? "",
                                    version: item?["version"]?.intValue ?? 0, text: text)
        documents[uri]?.running?.cancel()
        documents[uri] = document
        scheduleLint(uri, after: 0)
    }

    func didChange(_ params: JSONTree) throws(LSPError) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, var document = documents[uri] else {
            throw LSPError(code: .invalidParams, message: "didChange for a document that is not open")
        }
        for change in params["contentChanges"]?.arrayValue ?? [] {
            try document.apply(change: change)
        }
        if let version = params["textDocument"]?["version"]?.intValue { document.version = version }
        documents[uri] = document
        scheduleLint(uri, after: options.debounce)
    }

    func didSave(_ params: JSONTree) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue else { return }
        // Editors without file watching still tell us when a configuration or rule file is saved.
        if let path = DocumentURI.path(of: uri), path.hasSuffix(".yml") || path.hasSuffix(".yaml") {
            reloadConfiguration()
        }
    }

    func didClose(_ params: JSONTree) {
        guard let uri = params["textDocument"]?["uri"]?.stringValue, let document = documents.removeValue(forKey: uri) else { return }
        document.running?.cancel()
        notify(method: "textDocument/publishDiagnostics", params: ["uri": .string(uri), "diagnostics": []])
    }

    /// The path that picks a document's configuration and format.
    private func path(for uri: String) -> String {
        if let path = DocumentURI.path(of: uri) { return path }
        // An unsaved buffer (untitled:Untitled-1) is linted as if it sat in the workspace folder.
        let name = uri.split(separator: "/").last.map(String.init) ?? "untitled"
        let base = rootPath ?? InputCollector.currentDirectory()
        return (base.hasSuffix("/") ? base : base + "/") + name.replacingColons()
    }

    /// Lints a document once its text has been left alone for `delay` seconds. A newer change
    /// before then schedules a newer run and this one does nothing; a change while the lint runs
    /// cancels it.
    func scheduleLint(_ uri: String, after delay: Double) {
        guard var document = documents[uri] else { return }
        document.generation += 1
        document.running?.cancel()
        document.running = nil
        documents[uri] = document
        let generation = document.generation
        if delay <= 0 {
            startLint(uri, generation: generation)
        } else {
            queue.asyncAfter(deadline: .now() + delay) { self.startLint(uri, generation: generation) }
        }
    }

    private func startLint(_ uri: String, generation: Int) {
        guard lifecycle == .running, var document = documents[uri], document.generation == generation else { return }
        let cancellation = LintCancellation()
        document.running = cancellation
        documents[uri] = document
        let resolver = self.resolver
        let text = document.text
        let path = document.path
        let format = document.format
        lintQueue.async {
            guard !cancellation.isCancelled else { return }
            let linter = resolver.linter(for: path)
            let configuration = resolver.configuration(for: path)
            var report = FileReport(path: path, source: text, findings: [], diagnostics: [])
            if configuration.admits(path) {
                report = linter.lint(bytes: text.bytes, path: path, format: format, cancellation: cancellation)
            }
            guard !cancellation.isCancelled else { return }
            let problems = Self.problemsByFile(resolver.problems)
            let result = LintResult(text: report.source ?? text, report: report, linter: linter,
                                    configurationPath: resolver.configurationPath(for: path), problems: problems)
            self.queue.async { self.finishLint(uri, generation: generation, result) }
        }
    }

    struct LintResult {
        var text: SourceText
        var report: FileReport
        var linter: Linter
        var configurationPath: String?
        var problems: [String: (text: SourceText?, problems: [RuleProblem])]
    }

    private func finishLint(_ uri: String, generation: Int, _ result: LintResult) {
        guard lifecycle == .running, var document = documents[uri], document.generation == generation else { return }
        document.running = nil
        document.published = OpenDocument.LintedText(text: result.text, findings: result.report.findings, linter: result.linter)
        documents[uri] = document
        var links: [String: String] = [:]
        for descriptor in result.linter.descriptors { if let link = descriptor.link { links[descriptor.id] = link } }
        let mapper = DiagnosticMapper(links: links)
        var diagnostics = result.report.findings.map { mapper.diagnostic($0, in: result.text, uri: uri) }
        diagnostics += result.report.diagnostics.map { mapper.diagnostic($0, in: result.text) }
        if let configuration = result.configurationPath, let own = result.problems[configuration]?.problems, !own.isEmpty {
            let count = own.count == 1 ? "a problem" : "\(own.count) problems"
            diagnostics.insert([
                "range": DiagnosticMapper.lineRange(line: 1, column: 1, in: nil), "severity": 2, "code": "configuration",
                "source": .string(DiagnosticMapper.source),
                "message": .string("\(configuration) has \(count) (shown in that file); these findings use what could be read of it"),
            ], at: 0)
        }
        notify(method: "textDocument/publishDiagnostics",
               params: ["uri": .string(uri), "version": .int(document.version), "diagnostics": .array(diagnostics)])
        publishProblems(result.problems)
    }

    /// Configuration and rule-file problems grouped by absolute path, each file's text read to
    /// place them.
    static func problemsByFile(_ problems: [RuleProblem]) -> [String: (text: SourceText?, problems: [RuleProblem])] {
        var grouped: [String: [RuleProblem]] = [:]
        for problem in problems {
            let path = problem.file.hasPrefix("/") ? problem.file : InputCollector.currentDirectory() + "/" + problem.file
            grouped[path, default: []].append(problem)
        }
        var result: [String: (text: SourceText?, problems: [RuleProblem])] = [:]
        for (path, list) in grouped {
            var text: SourceText?
            if case let .success(bytes) = InputCollector.readFile(path, limit: 4_000_000) { text = SourceText(rawBytes: bytes) }
            result[path] = (text, list.sorted())
        }
        return result
    }

    /// Publishes problems on the files whose problems changed, and clears the files that no
    /// longer have any.
    private func publishProblems(_ problems: [String: (text: SourceText?, problems: [RuleProblem])]) {
        for path in problems.keys.sorted() where publishedProblems[path] != problems[path]!.problems {
            let entry = problems[path]!
            notify(method: "textDocument/publishDiagnostics", params: [
                "uri": .string(DocumentURI.uri(ofPath: path)),
                "diagnostics": .array(entry.problems.map { DiagnosticMapper.diagnostic($0, in: entry.text) }),
            ])
            publishedProblems[path] = entry.problems
        }
        for path in publishedProblems.keys.sorted() where problems[path] == nil {
            notify(method: "textDocument/publishDiagnostics", params: ["uri": .string(DocumentURI.uri(ofPath: path)), "diagnostics": []])
            publishedProblems[path] = nil
        }
    }

    /// A configuration or rule file changed: read them all again and lint every open document.
    func reloadConfiguration() {
        resolver = ConfigurationResolver(explicit: options.configPath, rules: options.rules, options: options.readOptions)
        for uri in documents.keys.sorted() { scheduleLint(uri, after: 0) }
    }
}

extension String {
    fileprivate func replacingColons() -> String {
        String(map { $0 == ":" ? "-" : $0 })
    }
}
