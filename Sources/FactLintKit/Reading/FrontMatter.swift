import Yams

/// The YAML block at the top of a Markdown article, between `---` lines.
public struct FrontMatter: Sendable, Hashable {
    /// One top-level scalar value, with where its text sits in the source.
    public struct Field: Sendable, Hashable {
        public var value: String
        /// The value's span in the source. For a quoted value, the text inside the quotes.
        public var span: SourceSpan
        /// Whether the value's bytes in the source are exactly `value` (no escapes or folding),
        /// so every character can be mapped back one to one.
        public var isVerbatim: Bool
    }

    /// Top-level keys with scalar values, by key.
    public var fields: [String: Field] = [:]
    /// Span of the whole block, including both `---` lines.
    public var span: SourceSpan
    /// The first byte after the closing delimiter line.
    public var bodyStart: Int

    /// Keys that name the publication date, in order of preference.
    public static let dateKeys = ["date", "published", "publishDate", "datePublished"]
    /// Every key factlint reads: the headline, the dateline and the publication date.
    static let readKeys: Set<String> = Set(["title", "dateline"] + dateKeys)

    public init(fields: [String: Field] = [:], span: SourceSpan, bodyStart: Int) {
        self.fields = fields
        self.span = span
        self.bodyStart = bodyStart
    }

    /// Finds and parses front matter at the start of the source. Returns nil when the file has none.
    /// Problems (unterminated block, invalid YAML) are appended to `diagnostics`; the article is
    /// still read, treating the block as front matter so its keys never become prose.
    static func parse(source: SourceText, path: String, diagnostics: inout [Diagnostic]) -> FrontMatter? {
        let bytes = source.bytes
        let start = source.byteOrderMarkLength
        guard lineIsDelimiter(bytes, from: start) else { return nil }
        let firstLine = source.line(atOffset: start)
        // Find the closing delimiter line.
        var lineIndex = firstLine  // 0-based index of the next line
        var closing: (start: Int, end: Int)?
        while lineIndex < source.lineStarts.count {
            let lineStart = source.lineStarts[lineIndex]
            if lineIsDelimiter(bytes, from: lineStart) || lineIsDocumentEnd(bytes, from: lineStart) {
                let next = lineIndex + 1 < source.lineStarts.count ? source.lineStarts[lineIndex + 1] : bytes.count
                closing = (lineStart, next)
                break
            }
            lineIndex += 1
        }
        let contentStart = firstLine < source.lineStarts.count ? source.lineStarts[firstLine] : bytes.count
        guard let closing else {
            diagnostics.append(Diagnostic(
                path: path, level: .error,
                message: "the front matter that starts here has no closing '---' line; the whole file was read as front matter, so nothing in it was checked",
                location: source.location(of: SourceSpan(start: start, end: min(start + 3, bytes.count)))))
            return FrontMatter(span: SourceSpan(start: start, end: bytes.count), bodyStart: bytes.count)
        }
        var matter = FrontMatter(span: SourceSpan(start: start, end: closing.end), bodyStart: closing.end)
        let yamlBytes = Array(bytes[contentStart..<closing.start])
        if let problem = YAMLSafety.problem(in: yamlBytes) {
            diagnostics.append(Diagnostic(path: path, level: .error, message: "front matter was not read: \(problem)",
                                          location: source.location(of: SourceSpan(start: start, end: start + 3))))
            return matter
        }
        if let fields = simpleFields(bytes, contentStart..<closing.start) {
            matter.fields = fields
            return matter
        }
        let yaml = String(decoding: yamlBytes, as: UTF8.self)
        let node: Node?
        do {
            node = try YAMLSafety.document(yaml)
        } catch {
            let (message, mark) = YAMLSafety.describe(error)
            var location: SourceLocation?
            if let mark {
                let offset = offsetOf(line: firstLine + mark.line, column: mark.column, in: source)
                location = source.location(of: SourceSpan(start: offset, end: offset))
            }
            diagnostics.append(Diagnostic(path: path, level: .error,
                                          message: "front matter is not valid YAML: \(message)", location: location))
            return matter
        }
        guard let mapping = node?.mapping else {
            if node != nil {
                diagnostics.append(Diagnostic(path: path, level: .warning,
                                              message: "front matter is not a set of 'key: value' lines, so it was ignored",
                                              location: source.location(of: SourceSpan(start: start, end: start + 3))))
            }
            return matter
        }
        for (keyNode, valueNode) in mapping {
            if let key = keyNode.string, readKeys.contains(key), valueNode.scalar == nil {
                // A list or mapping where factlint expects text: say so rather than quietly lint
                // without a headline or a publication date.
                let shape = valueNode.sequence != nil ? "a list" : "a set of keys"
                let location = valueNode.mark.map { mark in
                    let offset = offsetOf(line: firstLine + mark.line, column: mark.column, in: source)
                    return source.location(of: SourceSpan(start: offset, end: offset))
                }
                diagnostics.append(Diagnostic(path: path, level: .warning,
                                              message: "front matter '\(key)' is \(shape), not text, so it was not read",
                                              location: location))
            }
            guard let key = keyNode.string, let scalar = valueNode.scalar, let mark = valueNode.mark else { continue }
            var offset = offsetOf(line: firstLine + mark.line, column: mark.column, in: source)
            let value = scalar.string
            let valueBytes = Array(value.utf8)
            var verbatim = false
            switch scalar.style {
            case .singleQuoted, .doubleQuoted:
                offset += 1
                verbatim = offset + valueBytes.count <= bytes.count && Array(bytes[offset..<(offset + valueBytes.count)]) == valueBytes
            case .plain, .any:
                verbatim = offset + valueBytes.count <= bytes.count && Array(bytes[offset..<(offset + valueBytes.count)]) == valueBytes
            default:
                verbatim = false
            }
            let end = verbatim ? offset + valueBytes.count : min(bytes.count, offset + 1)
            matter.fields[key] = Field(value: value, span: SourceSpan(start: offset, end: end), isVerbatim: verbatim)
        }
        return matter
    }

    /// Front matter made only of `key: value` lines with plain or simply quoted values is read
    /// here without YAML's machinery; anything else (lists, escapes, anchors, comments, repeated
    /// keys) returns nil and goes to Yams, which reads it the same way.
    static func simpleFields(_ bytes: [UInt8], _ range: Range<Int>) -> [String: Field]? {
        var fields: [String: Field] = [:]
        var lineStart = range.lowerBound
        while lineStart < range.upperBound {
            var lineEnd = lineStart
            while lineEnd < range.upperBound, bytes[lineEnd] != 0x0A, bytes[lineEnd] != 0x0D { lineEnd += 1 }
            var next = lineEnd
            if next < range.upperBound, bytes[next] == 0x0D { next += 1 }
            if next < range.upperBound, bytes[next] == 0x0A { next += 1 }
            defer { lineStart = next }
            var trimmedEnd = lineEnd
            while trimmedEnd > lineStart, bytes[trimmedEnd - 1] == 0x20 || bytes[trimmedEnd - 1] == 0x09 { trimmedEnd -= 1 }
            if trimmedEnd == lineStart { continue }
            // key
            var cursor = lineStart
            while cursor < trimmedEnd, ByteClass.isAlnumASCII(bytes[cursor]) || bytes[cursor] == 0x5F || bytes[cursor] == 0x2D { cursor += 1 }
            guard cursor > lineStart, ByteClass.isLetterASCII(bytes[lineStart]), cursor < trimmedEnd, bytes[cursor] == 0x3A,
                  cursor + 1 < trimmedEnd, bytes[cursor + 1] == 0x20 else { return nil }
            let key = String(decoding: bytes[lineStart..<cursor], as: UTF8.self)
            guard fields[key] == nil else { return nil }
            var valueStart = cursor + 1
            while valueStart < trimmedEnd, bytes[valueStart] == 0x20 { valueStart += 1 }
            guard valueStart < trimmedEnd else { return nil }
            let first = bytes[valueStart]
            if first == 0x22 || first == 0x27 {
                // "…" or '…' with no escapes and nothing after the closing quote.
                guard trimmedEnd - valueStart >= 2, bytes[trimmedEnd - 1] == first else { return nil }
                let inner = (valueStart + 1)..<(trimmedEnd - 1)
                guard !bytes[inner].contains(first), !bytes[inner].contains(0x5C) else { return nil }
                fields[key] = Field(value: String(decoding: bytes[inner], as: UTF8.self), span: SourceSpan(start: inner.lowerBound, end: inner.upperBound), isVerbatim: true)
                continue
            }
            // A plain value: no YAML indicator first, no ": " or " #" inside.
            guard !"[]{}&*!|>%@`#,?-".utf8.contains(first) || (first == 0x2D && valueStart + 1 < trimmedEnd && bytes[valueStart + 1] != 0x20) else { return nil }
            var scan = valueStart
            while scan < trimmedEnd {
                if bytes[scan] == 0x3A && (scan + 1 == trimmedEnd || bytes[scan + 1] == 0x20) { return nil }
                if bytes[scan] == 0x23 && bytes[scan - 1] == 0x20 { return nil }
                if bytes[scan] == 0x09 { return nil }
                scan += 1
            }
            let value = String(decoding: bytes[valueStart..<trimmedEnd], as: UTF8.self)
            // Values YAML reads as something other than the text (null, "~") go to Yams.
            guard value != "~", value.lowercased() != "null" else { return nil }
            fields[key] = Field(value: value, span: SourceSpan(start: valueStart, end: trimmedEnd), isVerbatim: true)
        }
        return fields
    }

    /// The field for the first of several keys that is present.
    public func field(_ keys: [String]) -> Field? {
        for key in keys { if let field = fields[key] { return field } }
        return nil
    }

    private static func lineIsDelimiter(_ bytes: [UInt8], from start: Int) -> Bool {
        guard start + 3 <= bytes.count, bytes[start] == 0x2D, bytes[start + 1] == 0x2D, bytes[start + 2] == 0x2D else { return false }
        return restOfLineIsBlank(bytes, from: start + 3)
    }

    private static func lineIsDocumentEnd(_ bytes: [UInt8], from start: Int) -> Bool {
        guard start + 3 <= bytes.count, bytes[start] == 0x2E, bytes[start + 1] == 0x2E, bytes[start + 2] == 0x2E else { return false }
        return restOfLineIsBlank(bytes, from: start + 3)
    }

    private static func restOfLineIsBlank(_ bytes: [UInt8], from start: Int) -> Bool {
        var index = start
        while index < bytes.count {
            switch bytes[index] {
            case 0x20, 0x09: index += 1
            case 0x0A, 0x0D: return true
            default: return false
            }
        }
        return true
    }

    /// Converts a 1-based line and a 1-based scalar column into a byte offset.
    static func offsetOf(line: Int, column: Int, in source: SourceText) -> Int {
        guard line >= 1, line <= source.lineStarts.count else { return source.bytes.count }
        var offset = source.lineStarts[line - 1]
        var remaining = column - 1
        let bytes = source.bytes
        while remaining > 0, offset < bytes.count, bytes[offset] != 0x0A, bytes[offset] != 0x0D {
            offset += 1
            while offset < bytes.count, bytes[offset] & 0xC0 == 0x80 { offset += 1 }
            remaining -= 1
        }
        return offset
    }
}
