/// The bytes of one input file, decoded to valid UTF-8, with a line index.
///
/// Every span in FactLintKit is a pair of UTF-8 byte offsets into ``bytes``. Lines and columns are
/// derived from an offset only when a location is shown, so they never drift from the text.
/// Invalid UTF-8 has already been replaced by U+FFFD (one per maximal invalid subsequence), so a
/// column counts the same scalars an editor shows.
public final class SourceText: Sendable {
    /// The decoded file as UTF-8.
    public let bytes: [UInt8]
    /// Byte offset of the first byte of each line. Lines end at LF, CRLF or a lone CR.
    public let lineStarts: [Int]
    /// Bytes taken by a leading byte-order mark; they are not counted as a column.
    public let byteOrderMarkLength: Int
    /// Whether the raw input held bytes that were not valid UTF-8.
    public let hadInvalidUTF8: Bool
    /// Parts of a text put together from several fields (a CMS record's title, date and body).
    /// Lines count from 1 again in each region, and a finding in one names it after the path.
    public let regions: [Region]

    /// A part of the text that starts at a line start.
    public struct Region: Sendable, Hashable {
        /// Byte offset of its first byte.
        public var start: Int
        /// What is added to the path for a location in it (`""` for the body, `"/title"`).
        public var pathSuffix: String
        /// The absolute 1-based line it starts on.
        var firstLine: Int = 1

        public init(start: Int, pathSuffix: String) {
            self.start = start
            self.pathSuffix = pathSuffix
        }
    }

    /// Decodes raw file bytes, replacing invalid UTF-8. `regions` must start at line starts.
    public init(rawBytes: [UInt8], regions: [Region] = []) {
        var valid = true
        if String(validatingUTF8Bytes: rawBytes) == nil { valid = false }
        let decoded: [UInt8] = valid ? rawBytes : Array(String(decoding: rawBytes, as: UTF8.self).utf8)
        self.hadInvalidUTF8 = !valid
        self.bytes = decoded
        self.byteOrderMarkLength = decoded.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        var starts = [0]
        var index = 0
        let count = decoded.count
        decoded.withUnsafeBufferPointer { buffer in
            while index < count {
                let byte = buffer[index]
                if byte == 0x0A {
                    starts.append(index + 1)
                } else if byte == 0x0D {
                    if index + 1 < count, buffer[index + 1] == 0x0A { index += 1 }
                    starts.append(index + 1)
                }
                index += 1
            }
        }
        self.lineStarts = starts
        var placed = regions.sorted { $0.start < $1.start }
        var lineIndex = 0
        for index in placed.indices {
            while lineIndex + 1 < starts.count, starts[lineIndex + 1] <= placed[index].start { lineIndex += 1 }
            placed[index].firstLine = lineIndex + 1
        }
        self.regions = placed
    }

    /// The region holding an offset, if the text has regions.
    public func region(atOffset offset: Int) -> Region? {
        regions.last { $0.start <= offset } ?? regions.first
    }

    /// What a location at this offset adds to the article's path (`""` for a plain file).
    public func pathSuffix(atOffset offset: Int) -> String {
        regions.isEmpty ? "" : region(atOffset: offset)?.pathSuffix ?? ""
    }

    /// Convenience for text already in memory.
    public convenience init(_ string: String) {
        self.init(rawBytes: Array(string.utf8))
    }

    /// The 1-based line holding a byte offset.
    public func line(atOffset offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= offset { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The 1-based line (counted in its region, when the text has regions) and 1-based column (in
    /// Unicode scalars) of a byte offset.
    public func position(ofOffset offset: Int) -> (line: Int, column: Int) {
        let clamped = max(0, min(offset, bytes.count))
        let line = line(atOffset: clamped)
        let shown = regions.isEmpty ? line : line - (region(atOffset: clamped)?.firstLine ?? 1) + 1
        var start = lineStarts[line - 1]
        if line == 1 { start = min(byteOrderMarkLength, clamped) }
        var column = 1
        var index = start
        while index < clamped {
            // Every scalar has exactly one byte that is not a continuation byte (10xxxxxx).
            if bytes[index] & 0xC0 != 0x80 { column += 1 }
            index += 1
        }
        return (shown, column)
    }

    /// The location of a span: start line and column, end line and exclusive end column.
    public func location(of span: SourceSpan) -> SourceLocation {
        let start = position(ofOffset: span.start)
        let end = position(ofOffset: span.end)
        return SourceLocation(line: start.line, column: start.column, endLine: end.line, endColumn: end.column)
    }

    /// The source text of a span.
    public func text(of span: SourceSpan) -> String {
        let lower = max(0, min(span.start, bytes.count))
        let upper = max(lower, min(span.end, bytes.count))
        return String(decoding: bytes[lower..<upper], as: UTF8.self)
    }

    /// The text of one 1-based line without its line break.
    public func lineText(_ line: Int) -> String {
        guard line >= 1, line <= lineStarts.count else { return "" }
        var start = lineStarts[line - 1]
        if line == 1 { start = byteOrderMarkLength }
        var end = line < lineStarts.count ? lineStarts[line] : bytes.count
        while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

extension String {
    /// Strict UTF-8 validation without replacement.
    init?(validatingUTF8Bytes bytes: [UInt8]) {
        guard let string = String(validating: bytes, as: UTF8.self) else { return nil }
        self = string
    }
}
