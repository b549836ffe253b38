/// JSON Lines: one JSON article object a line (blank lines skipped). Each line is read on its own,
/// so a stream of any length is read one article at a time.
public enum JSONLines {
    /// Calls `body` with each line's record, or with a located error for a line that is not one.
    /// `firstLine` numbers the first line of `bytes` (for a stream read in chunks).
    public static func forEachRecord(in bytes: [UInt8], path: String, fields: JSONFieldMap, firstLine: Int = 1,
                                     _ body: (Result<ArticleRecord, Diagnostic>) -> Void) {
        var lineStart = 0
        var lineNumber = firstLine
        while lineStart < bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
            if let result = record(bytes, lineStart..<lineEnd, path: path, line: lineNumber, fields: fields) { body(result) }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
    }

    /// The record on one line, an error for a line that holds something else, nil for a blank line.
    public static func record(_ bytes: [UInt8], _ range: Range<Int>, path: String, line: Int, fields: JSONFieldMap) -> Result<ArticleRecord, Diagnostic>? {
        var start = range.lowerBound
        var end = range.upperBound
        while start < end, ByteClass.isSpace(bytes[start]) { start += 1 }
        while end > start, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
        guard start < end else { return nil }
        func failure(_ message: String, at offset: Int) -> Result<ArticleRecord, Diagnostic> {
            var column = 1
            var index = range.lowerBound
            while index < min(offset, range.upperBound) {
                if bytes[index] & 0xC0 != 0x80 { column += 1 }
                index += 1
            }
            return .failure(Diagnostic(path: path, level: .error, message: message,
                                       location: SourceLocation(line: line, column: column, endLine: line, endColumn: column)))
        }
        switch JSONParser.parse(bytes, range: start..<end) {
        case let .failure(error):
            return failure("line \(line) is not valid JSON: \(error.message)", at: error.offset)
        case let .success(node):
            switch ArticleRecord.from(node, file: path, number: line, fields: fields) {
            case let .success(record): return .success(record)
            case let .failure(error): return failure(error.message.replacingAll("record \(line)", with: "line \(line)"), at: error.offset)
            }
        }
    }
}

/// A diagnostic can stand for a record that could not be read.
extension Diagnostic: Error {}
