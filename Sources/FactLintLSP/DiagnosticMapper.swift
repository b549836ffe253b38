import FactLintKit

/// Findings and file problems as LSP diagnostics: ranges in UTF-16 code units, the rule id as
/// `code`, the rule's link as `codeDescription`, the other side of a contradiction as
/// `relatedInformation`.
struct DiagnosticMapper {
    /// Rule links by id, from the rules in effect.
    var links: [String: String]

    static let source = "factlint"

    static func range(_ span: SourceSpan, in text: SourceText) -> JSONTree {
        let start = text.utf16Position(ofOffset: span.start)
        let end = text.utf16Position(ofOffset: span.end)
        return ["start": ["line": .int(start.line), "character": .int(start.character)],
                "end": ["line": .int(end.line), "character": .int(end.character)]]
    }

    /// A range from a 1-based line and column in Unicode scalars (where file problems are
    /// located), to the end of that line.
    static func lineRange(line: Int, column: Int, in text: SourceText?) -> JSONTree {
        guard let text, line >= 1, line <= text.lineStarts.count else {
            let zero: JSONTree = ["line": .int(max(0, line - 1)), "character": .int(max(0, column - 1))]
            return ["start": zero, "end": zero]
        }
        let lineStart = text.lineStarts[line - 1]
        var offset = lineStart
        var scalars = 1
        var end = line < text.lineStarts.count ? text.lineStarts[line] : text.bytes.count
        while end > lineStart, text.bytes[end - 1] == 0x0A || text.bytes[end - 1] == 0x0D { end -= 1 }
        while offset < end, scalars < column {
            offset += 1
            while offset < end, text.bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            scalars += 1
        }
        return range(SourceSpan(start: offset, end: end), in: text)
    }

    static func severity(_ severity: Severity) -> JSONTree {
        switch severity {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    static func severity(_ level: Diagnostic.Level) -> JSONTree {
        switch level {
        case .error: return 1
        case .warning: return 2
        case .info: return 3
        }
    }

    func diagnostic(_ finding: Finding, in text: SourceText, uri: String) -> JSONTree {
        var members: [String: JSONTree] = [
            "range": Self.range(finding.span, in: text),
            "severity": Self.severity(finding.severity),
            "code": .string(finding.ruleID),
            "source": .string(Self.source),
            "message": .string(finding.message),
        ]
        if let link = links[finding.ruleID] { members["codeDescription"] = ["href": .string(link)] }
        if !finding.related.isEmpty {
            members["relatedInformation"] = .array(finding.related.map { related in
                ["location": ["uri": .string(uri), "range": Self.range(related.span, in: text)],
                 "message": .string(related.message)]
            })
        }
        return .object(members)
    }

    /// A problem with the article itself (front matter it cannot read, say).
    func diagnostic(_ problem: Diagnostic, in text: SourceText) -> JSONTree {
        let range = problem.location.map { Self.lineRange(line: $0.line, column: $0.column, in: text) }
            ?? Self.lineRange(line: 1, column: 1, in: text)
        return ["range": range, "severity": Self.severity(problem.level), "source": .string(Self.source),
                "message": .string(problem.message)]
    }

    /// A mistake in a configuration or rule file, shown on that file.
    static func diagnostic(_ problem: RuleProblem, in text: SourceText?) -> JSONTree {
        ["range": lineRange(line: problem.line, column: problem.column, in: text), "severity": 1,
         "code": "configuration", "source": .string(source), "message": .string(problem.message)]
    }
}
