/// An example rewritten so that a rule must give the same findings at shifted places, as
/// SwiftLint runs its examples: with an emoji and accents before the span, with CRLF line ends,
/// and under a `factlint-disable-next-line` comment, where the finding must vanish.
struct ExampleVariant {
    enum Kind {
        /// Findings must be the same, moved by ``map``.
        case shifted
        /// The finding on ``suppressedLine`` must vanish, and the comment must not be unused.
        case suppressed
    }

    var name: String
    var kind: Kind
    var text: String
    /// Where an offset of the original text is in the variant.
    var map: (Int) -> Int
    /// The line (in the variant) whose finding the suppression hides.
    var suppressedLine: Int = 0

    /// The variants an example runs in.
    /// `article` is the example as read, to keep the plain-text emoji off lines whose place
    /// gives them their meaning (the headline, the date line, a wire dateline).
    static func variants(of example: RuleExample, ruleID: String, article: Article) -> [ExampleVariant] {
        let bytes = Array(example.text.utf8)
        var variants: [ExampleVariant] = []
        variants.append(crlf(bytes))
        guard example.expectation == .invalid, let first = example.expectedSpans.min(by: { $0.lowerBound < $1.lowerBound }) else {
            return variants
        }
        let bodyStart = frontMatterEnd(bytes)
        guard first.lowerBound >= bodyStart else { return variants }
        let line = article.source.line(atOffset: first.lowerBound)
        let structural = [article.headline.map { $0.text.sourceSpan(of: 0..<$0.text.bytes.count) }, article.publishedSpan, article.dateline?.span]
            .compactMap { $0 }.contains { article.source.line(atOffset: $0.start) == line }
        if example.format == .markdown || !structural {
            variants.append(emoji(bytes, before: first.lowerBound, format: example.format))
        }
        if let suppressed = suppression(bytes, spanStart: first.lowerBound, bodyStart: bodyStart, format: example.format, ruleID: ruleID) {
            variants.append(suppressed)
        }
        return variants
    }

    /// Every line end as CR LF.
    private static func crlf(_ bytes: [UInt8]) -> ExampleVariant {
        var output: [UInt8] = []
        var newlinesBefore: [Int] = []
        newlinesBefore.reserveCapacity(bytes.count + 1)
        var count = 0
        for byte in bytes {
            newlinesBefore.append(count)
            if byte == 0x0A { output.append(0x0D); count += 1 }
            output.append(byte)
        }
        newlinesBefore.append(count)
        return ExampleVariant(name: "with CRLF line ends", kind: .shifted, text: String(decoding: output, as: UTF8.self),
                              map: { offset in offset + newlinesBefore[min(max(0, offset), newlinesBefore.count - 1)] })
    }

    /// An emoji and accented letters just before the span: in Markdown as an inline HTML
    /// comment, which is not prose; in plain text as an emoji at the start of the span's line.
    private static func emoji(_ bytes: [UInt8], before spanStart: Int, format: ArticleFormat) -> ExampleVariant {
        let insertion: [UInt8]
        let at: Int
        if format == .markdown {
            insertion = Array("<!-- 🎉 café naïve -->".utf8)
            at = spanStart
        } else {
            insertion = Array("🎉 ".utf8)
            at = lineStart(bytes, spanStart)
        }
        let output = Array(bytes[..<at]) + insertion + Array(bytes[at...])
        let shift = insertion.count
        let name = format == .markdown ? "with an emoji and accents before the span" : "with an emoji at the start of the span's line"
        return ExampleVariant(name: name, kind: .shifted,
                              text: String(decoding: output, as: UTF8.self), map: { $0 >= at ? $0 + shift : $0 })
    }

    /// A `factlint-disable-next-line` comment line above the span's line, when that line starts
    /// a paragraph (or in plain text); in the middle of a Markdown paragraph, where a comment
    /// line would split it, a `factlint-disable-line` comment at the end of the line instead.
    private static func suppression(_ bytes: [UInt8], spanStart: Int, bodyStart: Int, format: ArticleFormat, ruleID: String) -> ExampleVariant? {
        let start = lineStart(bytes, spanStart)
        let line = bytes[..<start].filter { $0 == 0x0A }.count + 1
        let startsBlock = start <= bodyStart || (start >= 2 && bytes[start - 2] == 0x0A) || format == .plainText
        if startsBlock {
            let comment = Array("<!-- factlint-disable-next-line \(ruleID) -->\n".utf8)
            let output = Array(bytes[..<start]) + comment + Array(bytes[start...])
            var variant = ExampleVariant(name: "under a factlint-disable-next-line comment", kind: .suppressed,
                                         text: String(decoding: output, as: UTF8.self), map: { $0 >= start ? $0 + comment.count : $0 })
            variant.suppressedLine = line + 1
            return variant
        }
        var end = spanStart
        while end < bytes.count, bytes[end] != 0x0A { end += 1 }
        let comment = Array(" <!-- factlint-disable-line \(ruleID) -->".utf8)
        let output = Array(bytes[..<end]) + comment + Array(bytes[end...])
        var variant = ExampleVariant(name: "under a factlint-disable-line comment", kind: .suppressed,
                                     text: String(decoding: output, as: UTF8.self), map: { $0 >= end ? $0 + comment.count : $0 })
        variant.suppressedLine = line
        return variant
    }

    private static func lineStart(_ bytes: [UInt8], _ offset: Int) -> Int {
        var start = offset
        while start > 0, bytes[start - 1] != 0x0A { start -= 1 }
        return start
    }

    /// The offset just past a leading front matter block, or 0.
    private static func frontMatterEnd(_ bytes: [UInt8]) -> Int {
        guard bytes.starts(with: Array("---\n".utf8)) else { return 0 }
        var index = 4
        while index < bytes.count {
            var end = index
            while end < bytes.count, bytes[end] != 0x0A { end += 1 }
            if Array(bytes[index..<end]) == Array("---".utf8) { return min(bytes.count, end + 1) }
            index = end + 1
        }
        return bytes.count
    }
}
