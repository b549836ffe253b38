/// An example article a rule carries: `invalid` ones must fire at the spans marked with « »
/// (and, when marked with ‹ ›, give their notes at exactly those places); `valid` ones must not
/// fire.
public struct RuleExample: Sendable, Hashable {
    public enum Expectation: String, Sendable, Hashable {
        case invalid
        case valid
    }

    public var expectation: Expectation
    /// The article text with the markers removed.
    public var text: String
    /// Byte ranges of the « » marked spans in ``text``: where findings must be.
    public var expectedSpans: [Range<Int>]
    /// Byte ranges of the ‹ › marked spans: where the findings' notes (the other side of the
    /// contradiction) must be. When none are marked, notes are not compared.
    public var expectedRelated: [Range<Int>] = []
    /// The exact message expected, when given.
    public var expectedMessage: String?
    /// The example's format; Markdown unless the example says `format: text`.
    public var format: ArticleFormat
    /// Where the example is written, as `file:line`.
    public var origin: String
    /// A roster the example runs with, as YAML, for rules that read one.
    public var roster: String?
    /// Whether the example is also run in variants (emoji and accents before the span, CRLF line
    /// ends, under a suppression comment); `variants: false` turns them off for one example.
    public var runsVariants = true

    public init(expectation: Expectation, text: String, expectedSpans: [Range<Int>], expectedMessage: String?,
                format: ArticleFormat, origin: String) {
        self.expectation = expectation
        self.text = text
        self.expectedSpans = expectedSpans
        self.expectedMessage = expectedMessage
        self.format = format
        self.origin = origin
    }

    /// Removes « » and ‹ › from marked text, returning the text and the byte ranges each pair
    /// marked.
    public static func unmark(_ marked: String) -> (text: String, spans: [Range<Int>], related: [Range<Int>], problem: String?) {
        var output: [UInt8] = []
        var spans: [Range<Int>] = []
        var related: [Range<Int>] = []
        var open: Int?
        var openRelated: Int?
        let bytes = Array(marked.utf8)
        var index = 0
        func failure(_ message: String) -> (String, [Range<Int>], [Range<Int>], String?) { (marked, [], [], message) }
        while index < bytes.count {
            // « U+00AB, » U+00BB
            if index + 1 < bytes.count, bytes[index] == 0xC2, bytes[index + 1] == 0xAB || bytes[index + 1] == 0xBB {
                if bytes[index + 1] == 0xAB {
                    if open != nil { return failure("a '«' opens inside another marked span") }
                    if openRelated != nil { return failure("a '«' opens inside a ‹ › note span") }
                    open = output.count
                } else {
                    guard let start = open else { return failure("a '»' has no '«' before it") }
                    spans.append(start..<output.count)
                    open = nil
                }
                index += 2
                continue
            }
            // ‹ U+2039, › U+203A
            if index + 2 < bytes.count, bytes[index] == 0xE2, bytes[index + 1] == 0x80, bytes[index + 2] == 0xB9 || bytes[index + 2] == 0xBA {
                if bytes[index + 2] == 0xB9 {
                    if openRelated != nil { return failure("a '‹' opens inside another note span") }
                    if open != nil { return failure("a '‹' opens inside a « » span") }
                    openRelated = output.count
                } else {
                    guard let start = openRelated else { return failure("a '›' has no '‹' before it") }
                    related.append(start..<output.count)
                    openRelated = nil
                }
                index += 3
                continue
            }
            output.append(bytes[index])
            index += 1
        }
        if open != nil { return failure("a '«' is never closed with '»'") }
        if openRelated != nil { return failure("a '‹' is never closed with '›'") }
        return (String(decoding: output, as: UTF8.self), spans, related, nil)
    }
}
