/// Comments that switch rules off, in Markdown or, as whole lines, in plain text:
///
///     <!-- factlint-disable-next-line weekday-mismatch -- the date is a quotation -->
///     <!-- factlint-disable name-variant -->  …  <!-- factlint-enable name-variant -->
///
/// With no rule id they apply to every rule. A suppression that hides nothing is reported, so
/// stale ones do not pile up.
public struct Suppressions: Sendable {
    struct Directive {
        var rules: Set<String>
        var lines: ClosedRange<Int>
        var span: SourceSpan
        var text: String
    }

    private var directives: [Directive] = []

    public init(article: Article) {
        let source = article.source
        var open: [String: (line: Int, span: SourceSpan, text: String)] = [:]
        for comment in article.comments {
            let words = comment.text.split(separator: " ", omittingEmptySubsequences: true).map(String.init)
            guard let command = words.first, command.hasPrefix("factlint-") else { continue }
            let ruleWords = words.dropFirst().prefix { $0 != "--" }
            let rules = Set(ruleWords.flatMap { $0.split(separator: ",").map(String.init) }.filter { !$0.isEmpty })
            let endLine = source.line(atOffset: max(comment.span.start, comment.span.end - 1))
            let key = rules.sorted().joined(separator: ",")
            switch command {
            case "factlint-disable-next-line":
                let next = nextContentLine(after: endLine, source)
                directives.append(Directive(rules: rules, lines: next...next, span: comment.span, text: comment.text))
            case "factlint-disable-line":
                let line = source.line(atOffset: comment.span.start)
                directives.append(Directive(rules: rules, lines: line...line, span: comment.span, text: comment.text))
            case "factlint-disable":
                open[key] = (endLine + 1, comment.span, comment.text)
            case "factlint-enable":
                if let start = open.removeValue(forKey: key) {
                    directives.append(Directive(rules: rules, lines: start.line...max(start.line, endLine), span: start.span, text: start.text))
                }
            default:
                continue
            }
        }
        for (key, start) in open {
            let rules = Set(key.split(separator: ",").map(String.init))
            directives.append(Directive(rules: rules, lines: start.line...max(start.line, source.lineStarts.count), span: start.span, text: start.text))
        }
        directives.sort { $0.span < $1.span }
    }

    /// The line of the next non-blank text after a line.
    private func nextContentLine(after line: Int, _ source: SourceText) -> Int {
        var candidate = line + 1
        while candidate <= source.lineStarts.count, source.lineText(candidate).trimmingASCIIWhitespace().isEmpty { candidate += 1 }
        return candidate
    }

    /// Findings that no suppression hides, plus an info finding for each suppression that hid
    /// nothing.
    public func apply(to findings: [Finding], path: String, source: SourceText) -> [Finding] {
        var used = [Bool](repeating: false, count: directives.count)
        var kept: [Finding] = []
        for finding in findings {
            var hidden = false
            for (index, directive) in directives.enumerated()
                where directive.lines.contains(finding.location.line) && (directive.rules.isEmpty || directive.rules.contains(finding.ruleID)) {
                used[index] = true
                hidden = true
            }
            if !hidden { kept.append(finding) }
        }
        for (index, directive) in directives.enumerated() where !used[index] {
            let what = directive.rules.isEmpty ? "any rule" : directive.rules.sorted().joined(separator: ", ")
            kept.append(Finding(path: path, ruleID: "unused-suppression", severity: .info,
                                message: "This suppression of \(what) hides nothing; remove it",
                                span: directive.span, location: source.location(of: directive.span)))
        }
        return kept.sorted()
    }

    public var isEmpty: Bool { directives.isEmpty }
}
