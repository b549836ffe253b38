/// Finds a sentence that appears again later in the article, ignoring case and white space.
/// The finding points at the later copy and relates the first.
public struct RepetitionCheck: Check {
    public static let name = "repetition"
    public static let summary = "A sentence of at least min-words words appears again, ignoring case and spacing."
    public static let parameters: [ParameterSpec] = [
        ParameterSpec("min-words", .integer, default: "8", help: "Shorter sentences (\"He said no.\") may repeat without a finding."),
        ParameterSpec("max-findings", .integer, default: "100", help: "At most this many findings per article, so a pasted-twice archive stays readable."),
    ]
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "other.line": "the line of the first copy",
        "words": "how many words the sentence has",
    ]) { $1 }

    let minimumWords: Int
    let maximumFindings: Int

    public init(parameters: ParameterValues) throws(ParameterError) {
        minimumWords = parameters.integer("min-words", default: 8)
        maximumFindings = parameters.integer("max-findings", default: 100)
        guard minimumWords >= 1 else { throw ParameterError(parameter: "min-words", message: "must be at least 1") }
        guard maximumFindings >= 1 else { throw ParameterError(parameter: "max-findings", message: "must be at least 1") }
    }

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let ledeBlock = facts.article.blocks.firstIndex { $0.kind == .paragraph }
        var firstSeen: [[UInt8]: Int] = [:]
        var matches: [CheckMatch] = []
        for (index, sentence) in facts.sentences.enumerated() where scope.includes(sentence, ledeBlock: ledeBlock) {
            let block = facts.article.blocks[sentence.blockIndex].text.bytes
            let (key, words) = normalised(block[sentence.range])
            guard words >= minimumWords else { continue }
            if let first = firstSeen[key] {
                let original = facts.sentences[first]
                let originalLine = facts.article.source.line(atOffset: original.span.start)
                matches.append(CheckMatch(
                    span: sentence.span,
                    values: ["other.line": String(originalLine), "words": String(words)],
                    related: [.init(span: original.span, message: "first written here")]))
                if matches.count >= maximumFindings { break }
            } else {
                firstSeen[key] = index
            }
        }
        return matches
    }

    /// Lowercased ASCII with runs of white space folded to one space, and the word count.
    private func normalised(_ bytes: ArraySlice<UInt8>) -> ([UInt8], Int) {
        var key: [UInt8] = []
        key.reserveCapacity(bytes.count)
        var words = 0
        var inSpace = true
        for byte in bytes {
            if ByteClass.isSpace(byte) {
                if !inSpace { key.append(0x20) }
                inSpace = true
            } else {
                if inSpace { words += 1 }
                inSpace = false
                key.append(ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte)
            }
        }
        if key.last == 0x20 { key.removeLast() }
        if key.contains(where: { $0 >= 0x80 }) {
            key = Array(String(decoding: key, as: UTF8.self).lowercased().utf8)
        }
        return (key, words)
    }
}
