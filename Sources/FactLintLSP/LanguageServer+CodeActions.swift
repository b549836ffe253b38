import FactLintKit

/// Quick fixes for the findings under the cursor: apply the rule's suggestion (`suggest:`),
/// switch the rule off for that line with a `factlint-disable-next-line` comment, or remove a
/// suppression that hides nothing.
extension LanguageServer {
    func codeActions(_ params: JSONTree) throws(LSPError) -> JSONTree {
        guard let uri = params["textDocument"]?["uri"]?.stringValue,
              let start = OpenDocument.position(params["range"]?["start"]),
              let end = OpenDocument.position(params["range"]?["end"]) else {
            throw LSPError(code: .invalidParams, message: "codeAction needs textDocument.uri and a range")
        }
        // Only findings computed from the text the editor has now: an edit made against older
        // text would land in the wrong place.
        guard let document = documents[uri], let linted = document.published, linted.text.bytes == document.text.bytes else {
            return []
        }
        let text = linted.text
        let lower = text.offset(utf16Line: start.line, character: start.character)
        let upper = text.offset(utf16Line: end.line, character: end.character)
        let mapper = DiagnosticMapper(links: [:])
        var actions: [JSONTree] = []
        let article = linted.linter.reader.read(bytes: text.bytes, path: document.path, format: document.format)
        for finding in linted.findings where finding.span.start <= upper && finding.span.end >= lower {
            let diagnostic = mapper.diagnostic(finding, in: text, uri: uri)
            if let fix = finding.fix {
                let replace: JSONTree = ["range": DiagnosticMapper.range(fix.span, in: text), "newText": .string(fix.replacement)]
                actions.append([
                    "title": .string(fix.summary), "kind": "quickfix", "isPreferred": true, "diagnostics": [diagnostic],
                    "edit": ["changes": .object([uri: [replace]])],
                ])
            }
            let edit: (title: String, edit: JSONTree)?
            if finding.ruleID == "unused-suppression" {
                edit = ("Remove this suppression", removal(of: finding.span, in: text))
            } else {
                edit = suppression(of: finding, in: article).map { ("Disable \(finding.ruleID) for this line", $0) }
            }
            guard let edit else { continue }
            actions.append([
                "title": .string(edit.title),
                "kind": "quickfix",
                "diagnostics": [diagnostic],
                "edit": ["changes": .object([uri: [edit.edit]])],
            ])
        }
        return .array(actions)
    }

    /// The edit that suppresses a finding: a `factlint-disable-next-line` comment on its own
    /// line above the finding's line, indented (and block-quoted) as that line is. In Markdown,
    /// where a comment line would split a paragraph in two, a finding on a paragraph's second or
    /// later line gets a `factlint-disable-line` comment at the end of its line instead. Nothing
    /// for a finding in front matter, where a comment would break the YAML.
    func suppression(of finding: Finding, in article: Article) -> JSONTree? {
        let text = article.source
        if let matter = article.frontMatter, finding.span.start < matter.bodyStart { return nil }
        let line = text.line(atOffset: finding.span.start)
        let lineStart = text.lineStarts[line - 1]
        var lineEnd = line < text.lineStarts.count ? text.lineStarts[line] : text.bytes.count
        let breakStart = lineEnd
        while lineEnd > lineStart, text.bytes[lineEnd - 1] == 0x0A || text.bytes[lineEnd - 1] == 0x0D { lineEnd -= 1 }
        let lineBreak = breakStart > lineEnd ? String(decoding: text.bytes[lineEnd..<breakStart], as: UTF8.self) : "\n"
        let comment = "factlint-disable-next-line \(finding.ruleID)"
        if article.format == .markdown, let blockStart = blockStart(containing: finding.span.start, in: article),
           text.line(atOffset: blockStart) < line {
            let at = DiagnosticMapper.range(SourceSpan(start: lineEnd, end: lineEnd), in: text)
            return ["range": at, "newText": .string(" <!-- factlint-disable-line \(finding.ruleID) -->")]
        }
        var prefixEnd = lineStart
        while prefixEnd < lineEnd, [0x20, 0x09, 0x3E].contains(text.bytes[prefixEnd]) { prefixEnd += 1 }
        if article.format != .markdown {
            prefixEnd = lineStart
            while prefixEnd < lineEnd, [0x20, 0x09].contains(text.bytes[prefixEnd]) { prefixEnd += 1 }
        }
        let prefix = String(decoding: text.bytes[lineStart..<prefixEnd], as: UTF8.self)
        let at = DiagnosticMapper.range(SourceSpan(start: lineStart, end: lineStart), in: text)
        return ["range": at, "newText": .string("\(prefix)<!-- \(comment) -->\(lineBreak)")]
    }

    /// The source offset where the prose block holding `offset` starts.
    private func blockStart(containing offset: Int, in article: Article) -> Int? {
        for block in article.blocks {
            let text = block.text
            guard !text.isEmpty else { continue }
            let (first, last) = (text.sourceOffset(at: 0), text.sourceOffset(at: text.count - 1))
            guard first <= offset, offset <= last else { continue }
            return first
        }
        return nil
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D }

    /// The edit that deletes a comment: its whole line when nothing else is on it.
    private func removal(of span: SourceSpan, in text: SourceText) -> JSONTree {
        let line = text.line(atOffset: span.start)
        let lineStart = text.lineStarts[line - 1]
        let nextLine = line < text.lineStarts.count ? text.lineStarts[line] : text.bytes.count
        var contentEnd = nextLine
        while contentEnd > lineStart, Self.isSpace(text.bytes[contentEnd - 1]) { contentEnd -= 1 }
        var contentStart = lineStart
        while contentStart < contentEnd, Self.isSpace(text.bytes[contentStart]) { contentStart += 1 }
        let whole = contentStart == span.start && contentEnd == span.end
        let removed = whole ? SourceSpan(start: lineStart, end: nextLine) : span
        return ["range": DiagnosticMapper.range(removed, in: text), "newText": ""]
    }
}
