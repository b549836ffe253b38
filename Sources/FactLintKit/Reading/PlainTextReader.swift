/// Reads a plain-text article such as a saved web page: page chrome, then a headline followed by
/// a date line, then the story in paragraphs separated by blank lines, then trailing chrome.
struct PlainTextReader {
    let source: SourceText
    let dateLines: DateLineParser

    struct Result {
        var blocks: [Block]
        var published: PublicationDate?
        var publishedSpan: SourceSpan?
        var comments: [Comment]
    }

    /// How many lines from the top the headline is looked for.
    private static let headlineSearchLines = 40

    func read() -> Result {
        let bytes = source.bytes
        // Non-blank lines, with the paragraph each belongs to.
        var lines: [(range: Range<Int>, paragraph: Int)] = []
        var comments: [Comment] = []
        var paragraph = 0
        var previousBlank = true
        for number in 0..<source.lineStarts.count {
            var start = source.lineStarts[number]
            if number == 0 { start = source.byteOrderMarkLength }
            var end = number + 1 < source.lineStarts.count ? source.lineStarts[number + 1] : bytes.count
            while end > start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            var contentStart = start
            while contentStart < end, isBlankByte(bytes, contentStart) { contentStart += blankWidth(bytes, contentStart) }
            var contentEnd = end
            while contentEnd > contentStart, ByteClass.isSpace(bytes[contentEnd - 1]) { contentEnd -= 1 }
            if contentStart >= contentEnd {
                if !previousBlank { paragraph += 1 }
                previousBlank = true
                continue
            }
            if let comment = wholeLineComment(bytes, contentStart..<contentEnd) {
                comments.append(comment)
                continue
            }
            lines.append((contentStart..<contentEnd, paragraph))
            previousBlank = false
        }
        guard !lines.isEmpty else { return Result(blocks: [], comments: comments) }

        var headlineIndex: Int?
        var dateIndex: Int?
        var published: PublicationDate?
        for index in 0..<min(lines.count - 1, Self.headlineSearchLines) {
            let candidate = text(lines[index].range)
            guard readsAsHeadline(candidate), dateLines.parse(candidate) == nil else { continue }
            if let date = dateLines.parse(text(lines[index + 1].range)) {
                headlineIndex = index
                dateIndex = index + 1
                published = date
                break
            }
        }
        if headlineIndex == nil, readsAsHeadline(text(lines[0].range)),
           lines.count == 1 || lines[1].paragraph != lines[0].paragraph {
            headlineIndex = 0
        }

        var blocks: [Block] = []
        var publishedSpan: SourceSpan?
        var bodyFrom = 0
        if let headlineIndex {
            blocks.append(Block(kind: .headline, text: mapped(lines[headlineIndex].range)))
            bodyFrom = headlineIndex + 1
        }
        if let dateIndex {
            blocks.append(Block(kind: .dateLine, text: mapped(lines[dateIndex].range)))
            publishedSpan = SourceSpan(start: lines[dateIndex].range.lowerBound, end: lines[dateIndex].range.upperBound)
            bodyFrom = dateIndex + 1
        }

        // Body paragraphs: consecutive lines of one paragraph join with a space.
        var paragraphs: [[Range<Int>]] = []
        var currentParagraph = -1
        for line in lines[bodyFrom...] {
            if line.paragraph != currentParagraph {
                paragraphs.append([])
                currentParagraph = line.paragraph
            }
            paragraphs[paragraphs.count - 1].append(line.range)
        }
        // Trailing chrome ("Latest News", "Top News"): short lines with no sentence punctuation.
        while paragraphs.count > 1, let last = paragraphs.last, last.count == 1, isChrome(text(last[0])) {
            paragraphs.removeLast()
        }
        for ranges in paragraphs {
            var joined = MappedText()
            for (number, range) in ranges.enumerated() {
                if number > 0 {
                    let previousEnd = ranges[number - 1].upperBound
                    joined.append(byte: 0x20, standingFor: previousEnd, sourceEnd: previousEnd + 1)
                }
                joined.append(source: bytes, range: range)
            }
            blocks.append(Block(kind: .paragraph, text: joined))
        }
        return Result(blocks: blocks, published: published, publishedSpan: publishedSpan, comments: comments)
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: source.bytes[range], as: UTF8.self)
    }

    private func mapped(_ range: Range<Int>) -> MappedText {
        var text = MappedText()
        text.append(source: source.bytes, range: range)
        return text
    }

    /// A headline has a few words, some letters, and does not end like a sentence fragment of chrome.
    func readsAsHeadline(_ line: String) -> Bool {
        let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
        guard words.count >= 2, words.count <= 30, line.utf8.count <= 300 else { return false }
        guard line.unicodeScalars.contains(where: { $0.properties.isAlphabetic }) else { return false }
        if line.hasSuffix(":") || (line.hasSuffix(">") && !endsWithTicker(line)) || line.containsBytes(" > ") { return false }
        return true
    }

    /// "GROUP SELLS STAKE IN VANTOR MILLS <VTM>": a wire headline may end with a ticker in
    /// angle brackets (capitals, digits and dots, after a space); any other ">" at the end is
    /// quoting or a breadcrumb.
    private func endsWithTicker(_ line: String) -> Bool {
        let bytes = Array(line.utf8)
        guard bytes.last == UInt8(ascii: ">"), let open = bytes.lastIndex(of: UInt8(ascii: "<")), open > 0,
              bytes[open - 1] == UInt8(ascii: " ") else { return false }
        let inner = bytes[(open + 1)..<(bytes.count - 1)]
        return !inner.isEmpty && inner.count <= 12
            && inner.allSatisfy { ByteClass.isUpperASCII($0) || ByteClass.isDigit($0) || $0 == UInt8(ascii: ".") }
    }

    private func isChrome(_ line: String) -> Bool {
        let words = line.split(separator: " ")
        guard words.count <= 4, line.utf8.count <= 40 else { return false }
        guard let last = line.unicodeScalars.last else { return true }
        return !".!?\"'\u{201D}\u{2019})".unicodeScalars.contains(last)
    }

    private func isBlankByte(_ bytes: [UInt8], _ index: Int) -> Bool {
        if ByteClass.isSpace(bytes[index]) { return true }
        // No-break space, often used for indentation on saved pages.
        return bytes[index] == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0xA0
    }

    private func blankWidth(_ bytes: [UInt8], _ index: Int) -> Int { bytes[index] == 0xC2 ? 2 : 1 }

    /// A line that is one HTML comment, `<!-- … -->`, holds directives, not prose.
    private func wholeLineComment(_ bytes: [UInt8], _ range: Range<Int>) -> Comment? {
        guard range.count >= 7, bytes[range.lowerBound] == 0x3C, let end = InlineMarkdown.htmlComment(bytes, at: range.lowerBound, limit: range.upperBound),
              end == range.upperBound else { return nil }
        let inner = String(decoding: bytes[(range.lowerBound + 4)..<(range.upperBound - 3)], as: UTF8.self).trimmingASCIIWhitespace()
        return Comment(text: inner, span: SourceSpan(start: range.lowerBound, end: range.upperBound))
    }
}
