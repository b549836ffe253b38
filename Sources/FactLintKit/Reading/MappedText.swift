/// Text prepared for analysis (markup removed, line breaks folded to spaces) that remembers,
/// for every UTF-8 byte, where that byte came from in the source file.
///
/// The map is kept as runs of bytes whose source offsets go up by one (a line of prose, say), not
/// an offset per byte: a paragraph is a run or two, and the map costs next to nothing beside the
/// text. Adjacent runs that continue each other are always one run, so two texts that map
/// alike are equal.
///
/// Facts are found in ``bytes``; their source spans come from ``sourceSpan(of:)``, never from
/// searching the source for the matched text again.
public struct MappedText: Sendable, Hashable {
    /// The analysis text as UTF-8.
    public private(set) var bytes: [UInt8] = []
    /// `runStarts[k]` is the index in ``bytes`` where run `k` starts, and `runSources[k]` the
    /// source offset of that byte; the bytes after it in the run come from the source bytes after
    /// it. `runStarts` ascends and its first is 0; `runSources` need not ascend.
    private var runStarts: [Int] = []
    private var runSources: [Int] = []
    /// Source offset just past the last byte, so an empty tail still maps somewhere.
    public private(set) var sourceEnd: Int = 0

    public init() {}

    /// Appends source bytes `range` unchanged.
    public mutating func append(source: [UInt8], range: Range<Int>) {
        guard !range.isEmpty else {
            sourceEnd = range.upperBound
            return
        }
        startRun(mapping: range.lowerBound)
        bytes.append(contentsOf: source[range])
        sourceEnd = range.upperBound
    }

    /// Appends one synthetic byte (a folded line break, say) standing for the source byte at `offset`.
    public mutating func append(byte: UInt8, standingFor offset: Int, sourceEnd end: Int) {
        startRun(mapping: offset)
        bytes.append(byte)
        sourceEnd = end
    }

    /// Before a byte from source offset `offset` is appended: a new run, unless the last one
    /// goes on to that offset.
    @inline(__always)
    private mutating func startRun(mapping offset: Int) {
        if offset == continuation, !runStarts.isEmpty { return }
        runStarts.append(bytes.count)
        runSources.append(offset)
    }

    /// The source offset the next byte has when it continues the last run.
    private var continuation: Int {
        @inline(__always) get { runSources.isEmpty ? -1 : runSources[runSources.count - 1] + (bytes.count - runStarts[runStarts.count - 1]) }
    }

    /// Makes ``sourceEnd`` just past the last byte's source position (0 when empty), as a text
    /// built byte by byte would have it.
    mutating func endAtLastByte() {
        sourceEnd = bytes.isEmpty ? 0 : sourceOffset(at: bytes.count - 1) + 1
    }

    /// The source offset of `bytes[index]`.
    public func sourceOffset(at index: Int) -> Int {
        precondition(index >= 0 && index < bytes.count, "index \(index) is outside the text's \(bytes.count) bytes")
        let run = self.run(containing: index)
        return runSources[run] + (index - runStarts[run])
    }

    /// The run holding byte `index`: the last that starts at or before it.
    private func run(containing index: Int) -> Int {
        max(0, runStarts.partitionIndex { $0 > index } - 1)
    }

    /// Reads source offsets on a walk over the text, each in constant time on average while the
    /// indices do not go down; an index before the last one read starts the search again from
    /// the first run.
    public struct OffsetReader {
        private let text: MappedText
        private var run = 0

        public init(_ text: MappedText) { self.text = text }

        /// The source offset of `text.bytes[index]`.
        public mutating func sourceOffset(at index: Int) -> Int {
            if run < text.runStarts.count, text.runStarts[run] > index { run = 0 }
            while run + 1 < text.runStarts.count, text.runStarts[run + 1] <= index { run += 1 }
            precondition(index >= 0 && index < text.bytes.count, "index \(index) is outside the text's \(text.bytes.count) bytes")
            return text.runSources[run] + (index - text.runStarts[run])
        }
    }

    /// Number of UTF-8 bytes.
    public var count: Int { bytes.count }
    public var isEmpty: Bool { bytes.isEmpty }

    /// The analysis text as a String.
    public var string: String { String(decoding: bytes, as: UTF8.self) }

    /// The text of a byte range of the analysis text.
    public func string(in range: Range<Int>) -> String {
        String(decoding: bytes[range], as: UTF8.self)
    }

    /// The source span of a byte range of the analysis text: from the source position of its first
    /// byte to just past the source position of its last byte.
    public func sourceSpan(of range: Range<Int>) -> SourceSpan {
        guard !range.isEmpty else {
            let at = range.lowerBound < bytes.count ? sourceOffset(at: range.lowerBound) : sourceEnd
            return SourceSpan(start: at, end: at)
        }
        let start = sourceOffset(at: range.lowerBound)
        // The last byte of a multi-byte scalar maps to the scalar's last source byte, so one past it
        // is the scalar's end.
        return SourceSpan(start: start, end: sourceOffset(at: range.upperBound - 1) + 1)
    }

    /// Removes trailing ASCII whitespace.
    public mutating func trimTrailingWhitespace() {
        while let last = bytes.last, last == 0x20 || last == 0x09 || last == 0x0A || last == 0x0D {
            bytes.removeLast()
        }
        while let start = runStarts.last, start >= bytes.count {
            runStarts.removeLast()
            runSources.removeLast()
        }
    }
}
