/// Reads a Markdown article: front matter, then headings, paragraphs, block quotes and list
/// items as prose blocks. Code (fenced or indented), HTML comments, thematic breaks, link
/// reference definitions and table delimiter rows are not prose.
struct MarkdownReader {
    let source: SourceText
    let path: String

    private struct Line {
        var start: Int      // first byte of the line
        var end: Int        // byte before the line break
    }

    /// The paragraph being gathered: line content ranges, and its kind.
    private struct OpenBlock {
        var kind: Block.Kind
        var quoteDepth: Int
        var ranges: [Range<Int>]
        /// Column where list item content starts, for continuation lines.
        var listContentIndent: Int?
    }

    func read(from bodyStart: Int) -> (blocks: [Block], headingLevels: [Int], comments: [Comment]) {
        let bytes = source.bytes
        var blocks: [Block] = []
        var headingLevels: [Int] = []
        var comments: [Comment] = []
        var open: OpenBlock?
        var fence: (byte: UInt8, width: Int, quoteDepth: Int)?
        var htmlCommentOpen: Int?
        var listIndent: Int?
        var headingLevel = 0

        func flush() {
            guard let block = open else { return }
            open = nil
            var raw = MappedText()
            for (number, range) in block.ranges.enumerated() {
                if number > 0 {
                    // A line break inside a paragraph reads as a space.
                    let previousEnd = block.ranges[number - 1].upperBound
                    raw.append(byte: 0x20, standingFor: previousEnd, sourceEnd: previousEnd + 1)
                }
                var range = range
                // A hard line break written as a trailing backslash.
                if number < block.ranges.count - 1, range.count > 0, bytes[range.upperBound - 1] == 0x5C {
                    range = range.lowerBound..<(range.upperBound - 1)
                }
                raw.append(source: bytes, range: range)
            }
            let stripped = InlineMarkdown.strip(raw)
            comments.append(contentsOf: stripped.comments)
            var text = stripped.text
            text.trimTrailingWhitespace()
            if text.bytes.contains(where: { !ByteClass.isSpace($0) }) {
                blocks.append(Block(kind: block.kind, text: text, quoteDepth: block.quoteDepth))
                headingLevels.append(block.kind == .heading ? headingLevel : 0)
            }
        }

        var lineNumber = source.line(atOffset: bodyStart) - 1
        if bodyStart >= bytes.count { return ([], [], []) }
        while lineNumber < source.lineStarts.count {
            var line = Line(start: source.lineStarts[lineNumber], end: 0)
            if line.start < bodyStart { line.start = bodyStart }
            var end = lineNumber + 1 < source.lineStarts.count ? source.lineStarts[lineNumber + 1] : bytes.count
            while end > line.start, bytes[end - 1] == 0x0A || bytes[end - 1] == 0x0D { end -= 1 }
            line.end = end
            lineNumber += 1

            // An HTML comment spanning lines.
            if let commentStart = htmlCommentOpen {
                if let close = find(bytes, [0x2D, 0x2D, 0x3E], in: line.start..<line.end) {
                    htmlCommentOpen = nil
                    let text = String(decoding: bytes[(commentStart + 4)..<close], as: UTF8.self).trimmingASCIIWhitespace()
                    comments.append(Comment(text: text, span: SourceSpan(start: commentStart, end: close + 3)))
                }
                continue
            }

            // Block-quote markers.
            var position = line.start
            var depth = 0
            while true {
                let indentEnd = skipSpaces(bytes, from: position, limit: line.end, maximum: 3)
                if indentEnd < line.end, bytes[indentEnd] == 0x3E {
                    depth += 1
                    position = indentEnd + 1
                    if position < line.end, bytes[position] == 0x20 { position += 1 }
                } else {
                    break
                }
            }

            if let openFence = fence {
                let content = skipSpaces(bytes, from: position, limit: line.end, maximum: 3)
                var run = content
                while run < line.end, bytes[run] == openFence.byte { run += 1 }
                if run - content >= openFence.width, skipSpaces(bytes, from: run, limit: line.end, maximum: .max) == line.end {
                    fence = nil
                }
                continue
            }

            let indentEnd = skipSpaces(bytes, from: position, limit: line.end, maximum: .max)
            let indent = columnWidth(bytes, position..<indentEnd)
            let blank = indentEnd >= line.end

            if blank {
                flush()
                continue
            }

            // Lazy continuation: a plain line right after a paragraph line continues it.
            if var block = open, depth < block.quoteDepth, block.kind == .blockQuote || block.kind == .paragraph || block.kind == .listItem,
               !startsBlock(bytes, from: indentEnd, limit: line.end) {
                block.ranges.append(indentEnd..<line.end)
                open = block
                continue
            }
            if let block = open, depth != block.quoteDepth { flush() }

            // Indented code: four or more spaces, not continuing a paragraph or a list item.
            if indent >= 4 && open == nil && (listIndent == nil || indent >= (listIndent ?? 0) + 4) {
                continue
            }

            let content = indentEnd
            let first = bytes[content]

            // Fenced code.
            if first == 0x60 || first == 0x7E {
                var run = content
                while run < line.end, bytes[run] == first { run += 1 }
                if run - content >= 3 {
                    flush()
                    fence = (first, run - content, depth)
                    continue
                }
            }

            // HTML comment at the start of a line.
            if first == 0x3C, content + 3 < line.end, bytes[content + 1] == 0x21, bytes[content + 2] == 0x2D, bytes[content + 3] == 0x2D {
                if let close = find(bytes, [0x2D, 0x2D, 0x3E], in: (content + 4)..<line.end) {
                    let rest = skipSpaces(bytes, from: close + 3, limit: line.end, maximum: .max)
                    if rest == line.end {
                        flush()
                        let text = String(decoding: bytes[(content + 4)..<close], as: UTF8.self).trimmingASCIIWhitespace()
                        comments.append(Comment(text: text, span: SourceSpan(start: content, end: close + 3)))
                        continue
                    }
                } else {
                    flush()
                    htmlCommentOpen = content
                    continue
                }
            }

            // ATX heading.
            if first == 0x23 {
                var level = 0
                var scan = content
                while scan < line.end, bytes[scan] == 0x23, level < 7 { level += 1; scan += 1 }
                if level <= 6, scan == line.end || bytes[scan] == 0x20 || bytes[scan] == 0x09 {
                    flush()
                    var textEnd = line.end
                    while textEnd > scan, ByteClass.isSpace(bytes[textEnd - 1]) { textEnd -= 1 }
                    var closing = textEnd
                    while closing > scan, bytes[closing - 1] == 0x23 { closing -= 1 }
                    if closing == scan || bytes[closing - 1] == 0x20 { textEnd = closing }
                    let textStart = skipSpaces(bytes, from: scan, limit: textEnd, maximum: .max)
                    headingLevel = level
                    open = OpenBlock(kind: .heading, quoteDepth: depth, ranges: [textStart..<max(textStart, textEnd)])
                    flush()
                    listIndent = nil
                    continue
                }
            }

            // Setext underline or thematic break.
            if first == 0x3D || first == 0x2D || first == 0x2A || first == 0x5F {
                let trimmedEnd = trailingTrim(bytes, content, line.end)
                let onlyMarker = bytes[content..<trimmedEnd].allSatisfy { $0 == first || $0 == 0x20 }
                let markerCount = bytes[content..<trimmedEnd].filter { $0 == first }.count
                if onlyMarker, first == 0x3D || first == 0x2D, let block = open, block.kind == .paragraph,
                   !bytes[content..<trimmedEnd].contains(0x20) {
                    open?.kind = .heading
                    headingLevel = first == 0x3D ? 1 : 2
                    flush()
                    continue
                }
                if onlyMarker, markerCount >= 3, first != 0x3D {
                    flush()
                    listIndent = nil
                    continue
                }
            }

            // Table delimiter row: | --- | :--: |
            if first == 0x7C || first == 0x3A || first == 0x2D,
               bytes[content..<line.end].allSatisfy({ $0 == 0x7C || $0 == 0x2D || $0 == 0x3A || $0 == 0x20 || $0 == 0x09 }),
               bytes[content..<line.end].contains(0x7C) {
                continue
            }

            // Link reference definition: [label]: destination
            if first == 0x5B, open == nil, let close = find(bytes, [0x5D, 0x3A], in: content..<line.end), close > content + 1 {
                continue
            }

            // List item.
            if let marker = listMarker(bytes, at: content, limit: line.end) {
                flush()
                let textStart = skipSpaces(bytes, from: marker.end, limit: line.end, maximum: 4)
                listIndent = columnWidth(bytes, position..<textStart)
                // Ordered-list numbers are visible text; bullets are not.
                let kept = marker.ordered ? content : textStart
                open = OpenBlock(kind: .listItem, quoteDepth: depth, ranges: [kept..<line.end], listContentIndent: listIndent)
                continue
            }

            if var block = open {
                block.ranges.append(content..<line.end)
                open = block
            } else {
                if let list = listIndent, indent < list { listIndent = nil }
                let kind: Block.Kind = depth > 0 ? .blockQuote : (listIndent != nil ? .listItem : .paragraph)
                open = OpenBlock(kind: kind, quoteDepth: depth, ranges: [content..<line.end])
            }
        }
        if let commentStart = htmlCommentOpen {
            let text = String(decoding: bytes[min(commentStart + 4, bytes.count)...], as: UTF8.self).trimmingASCIIWhitespace()
            comments.append(Comment(text: text, span: SourceSpan(start: commentStart, end: bytes.count)))
        }
        flush()
        return (blocks, headingLevels, comments)
    }

    private func startsBlock(_ bytes: [UInt8], from index: Int, limit: Int) -> Bool {
        guard index < limit else { return true }
        let first = bytes[index]
        if first == 0x23 || first == 0x3E || first == 0x60 || first == 0x7E { return true }
        if listMarker(bytes, at: index, limit: limit) != nil { return true }
        return false
    }

    private func listMarker(_ bytes: [UInt8], at index: Int, limit: Int) -> (end: Int, ordered: Bool)? {
        guard index < limit else { return nil }
        let first = bytes[index]
        if first == 0x2D || first == 0x2A || first == 0x2B {
            let next = index + 1
            if next == limit || bytes[next] == 0x20 || bytes[next] == 0x09 { return (next, false) }
            return nil
        }
        var scan = index
        while scan < limit, ByteClass.isDigit(bytes[scan]), scan - index < 9 { scan += 1 }
        guard scan > index, scan < limit, bytes[scan] == 0x2E || bytes[scan] == 0x29 else { return nil }
        let next = scan + 1
        if next == limit || bytes[next] == 0x20 || bytes[next] == 0x09 { return (next, true) }
        return nil
    }

    private func skipSpaces(_ bytes: [UInt8], from start: Int, limit: Int, maximum: Int) -> Int {
        var index = start
        var columns = 0
        while index < limit, bytes[index] == 0x20 || bytes[index] == 0x09, columns < maximum {
            columns += bytes[index] == 0x09 ? 4 : 1
            index += 1
        }
        return index
    }

    private func columnWidth(_ bytes: [UInt8], _ range: Range<Int>) -> Int {
        var width = 0
        for index in range { width += bytes[index] == 0x09 ? 4 : 1 }
        return width
    }

    private func trailingTrim(_ bytes: [UInt8], _ start: Int, _ end: Int) -> Int {
        var end = end
        while end > start, ByteClass.isSpace(bytes[end - 1]) { end -= 1 }
        return end
    }

    private func find(_ bytes: [UInt8], _ needle: [UInt8], in range: Range<Int>) -> Int? {
        guard needle.count <= range.count else { return nil }
        var index = range.lowerBound
        while index + needle.count <= range.upperBound {
            if bytes[index] == needle[0] {
                var matched = true
                for offset in 1..<needle.count where bytes[index + offset] != needle[offset] { matched = false; break }
                if matched { return index }
            }
            index += 1
        }
        return nil
    }
}
