/// An example article a rule carries: `invalid` ones must fire at the spans marked with « »,
/// `valid` ones must not fire.
public struct RuleExample: Sendable, Hashable {
    public enum Expectation: String, Sendable, Hashable {
        case invalid
        case valid
    }

    public var expectation: Expectation
    /// The article text with the « » markers removed.
    public var text: String
    /// Byte ranges of the marked spans in ``text``.
    public var expectedSpans: [Range<Int>]
    /// The exact message expected, when given.
    public var expectedMessage: String?
    /// The example's format; Markdown unless the example says `format: text`.
    public var format: ArticleFormat
    /// Where the example is written, as `file:line`.
    public var origin: String
    /// A roster the example runs with, as YAML, for rules that read one.
    public var roster: String?

    public init(expectation: Expectation, text: String, expectedSpans: [Range<Int>], expectedMessage: String?,
                format: ArticleFormat, origin: String) {
        self.expectation = expectation
        self.text = text
        self.expectedSpans = expectedSpans
        self.expectedMessage = expectedMessage
        self.format = format
        self.origin = origin
    }

    /// Removes « and » from marked text, returning the text and the marked byte ranges.
    public static func unmark(_ marked: String) -> (text: String, spans: [Range<Int>], problem: String?) {
        var output: [UInt8] = []
        var spans: [Range<Int>] = []
        var open: Int?
        let bytes = Array(marked.utf8)
        var index = 0
        while index < bytes.count {
            if index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xAB {
                if open != nil { return (marked, [], "a '«' opens inside another marked span") }
                open = output.count
                index += 2
                continue
            }
            if index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xBB {
                guard let start = open else { return (marked, [], "a '»' has no '«' before it") }
                spans.append(start..<output.count)
                open = nil
                index += 2
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        if open != nil { return (marked, [], "a '«' is never closed with '»'") }
        return (String(decoding: output, as: UTF8.self), spans, nil)
    }
}
