/// Splits HTML into tags, text and comments on UTF-8 bytes, following the WHATWG tokenizer for the
/// states an article page needs: data, tag open, end tag open, tag name, the attribute states,
/// self-closing start tag, markup declaration open, the comment states, DOCTYPE and bogus
/// comments, and RCDATA/RAWTEXT for `title`, `textarea`, `script` and `style`. Every token keeps
/// its exact byte range, which no parser in reach keeps (see the README).
///
/// Character references are not decoded here: text tokens are raw ranges, decoded by
/// ``HTMLCharacterReferences`` when a block's text is built, so every decoded byte keeps its place.
struct HTMLTokenizer {
    let bytes: [UInt8]
    private(set) var tokens: [HTMLToken] = []
    private(set) var problems: [HTMLProblem] = []

    init(bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Elements whose content is text up to their end tag; the flag says whether `&` decodes (RCDATA).
    static let rawTextElements: [String: Bool] = [
        "script": false, "style": false, "xmp": false, "iframe": false, "noembed": false, "noframes": false,
        "title": true, "textarea": true,
    ]

    mutating func run(from start: Int = 0) {
        let source = bytes
        let count = source.count
        source.withUnsafeBufferPointer { buffer in
            var index = start
            var textStart = index
            func flushText(to end: Int) {
                if end > textStart { tokens.append(.text(textStart..<end, decodes: true)) }
            }
            while index < count {
                // Data state: everything up to the next '<' is text.
                guard buffer[index] == 0x3C else {
                    index += 1
                    continue
                }
                let next: UInt8 = index + 1 < count ? buffer[index + 1] : 0
                if ByteClass.isLetterASCII(next) {
                    flushText(to: index)
                    guard let tag = startTag(buffer, at: index) else {
                        // EOF in a tag: the tag is dropped, as in the WHATWG tokenizer.
                        problems.append(HTMLProblem(kind: .unterminatedTag, span: index..<min(count, index + 1)))
                        textStart = count
                        index = count
                        break
                    }
                    tokens.append(.startTag(name: tag.name, attributes: tag.attributes, selfClosing: tag.selfClosing, span: index..<tag.end))
                    index = tag.end
                    textStart = index
                    if !tag.selfClosing, let decodes = Self.rawTextElements[tag.name] {
                        let close = rawTextEnd(buffer, name: tag.name, from: index)
                        if close == nil {
                            problems.append(HTMLProblem(kind: .unterminatedRawText, span: tokenStart(tag.end, index)..<tag.end, element: tag.name))
                        }
                        let end = close ?? count
                        if end > index { tokens.append(.text(index..<end, decodes: decodes)) }
                        index = end
                        textStart = index
                    }
                } else if next == 0x2F {  // "</"
                    let after: UInt8 = index + 2 < count ? buffer[index + 2] : 0
                    if ByteClass.isLetterASCII(after) {
                        flushText(to: index)
                        guard let tag = startTag(buffer, at: index + 1) else {
                            problems.append(HTMLProblem(kind: .unterminatedTag, span: index..<min(count, index + 2)))
                            textStart = count
                            index = count
                            break
                        }
                        tokens.append(.endTag(name: tag.name, span: index..<tag.end))
                        index = tag.end
                        textStart = index
                    } else if after == 0x3E {  // "</>" is dropped
                        flushText(to: index)
                        index += 3
                        textStart = index
                    } else if index + 2 >= count {
                        problems.append(HTMLProblem(kind: .strayLessThan, span: index..<index + 1))
                        index += 2
                    } else {
                        flushText(to: index)
                        index = bogusComment(buffer, from: index, contentStart: index + 2)
                        textStart = index
                    }
                } else if next == 0x21 {  // "<!"
                    flushText(to: index)
                    index = markupDeclaration(buffer, at: index)
                    textStart = index
                } else if next == 0x3F {  // "<?"
                    flushText(to: index)
                    index = bogusComment(buffer, from: index, contentStart: index + 1)
                    textStart = index
                } else {
                    // invalid-first-character-of-tag-name: the '<' is text.
                    problems.append(HTMLProblem(kind: .strayLessThan, span: index..<index + 1))
                    index += 1
                }
            }
            flushText(to: min(index, count))
        }
    }

    private func tokenStart(_ end: Int, _ fallback: Int) -> Int {
        // The start tag's '<' is the last '<' before its end.
        var index = end - 1
        while index > 0, bytes[index] != 0x3C { index -= 1 }
        return bytes[index] == 0x3C ? index : fallback
    }

    private static func isTagSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0C || byte == 0x0D
    }

    private static func lowered(_ buffer: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        var name = [UInt8]()
        name.reserveCapacity(range.count)
        for index in range {
            let byte = buffer[index]
            name.append(ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte)
        }
        return String(decoding: name, as: UTF8.self)
    }

    /// Tag name and attribute states, from the '<' (or the '/' of an end tag) at `index`.
    /// Returns nil at end of file inside the tag.
    private func startTag(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> (name: String, attributes: [HTMLAttribute], selfClosing: Bool, end: Int)? {
        let count = buffer.count
        var position = index + 1
        let nameStart = position
        while position < count, !Self.isTagSpace(buffer[position]), buffer[position] != 0x2F, buffer[position] != 0x3E { position += 1 }
        let name = Self.lowered(buffer, nameStart..<position)
        var attributes: [HTMLAttribute] = []
        var selfClosing = false
        while position < count {
            let byte = buffer[position]
            if Self.isTagSpace(byte) { position += 1; continue }
            if byte == 0x3E { return (name, attributes, selfClosing, position + 1) }
            if byte == 0x2F {
                position += 1
                selfClosing = position < count && buffer[position] == 0x3E
                continue
            }
            selfClosing = false
            // Attribute name state: the first character may be '=' (a parse error kept in the name).
            let attributeStart = position
            position += 1
            while position < count, !Self.isTagSpace(buffer[position]), buffer[position] != 0x2F, buffer[position] != 0x3E, buffer[position] != 0x3D {
                position += 1
            }
            let attributeName = Self.lowered(buffer, attributeStart..<position)
            var probe = position
            while probe < count, Self.isTagSpace(buffer[probe]) { probe += 1 }
            var value: Range<Int>?
            if probe < count, buffer[probe] == 0x3D {
                position = probe + 1
                while position < count, Self.isTagSpace(buffer[position]) { position += 1 }
                guard position < count else { return nil }
                let quote = buffer[position]
                if quote == 0x22 || quote == 0x27 {
                    let valueStart = position + 1
                    position = valueStart
                    while position < count, buffer[position] != quote { position += 1 }
                    guard position < count else { return nil }
                    value = valueStart..<position
                    position += 1
                } else if quote == 0x3E {
                    value = position..<position  // missing-attribute-value
                } else {
                    let valueStart = position
                    while position < count, !Self.isTagSpace(buffer[position]), buffer[position] != 0x3E { position += 1 }
                    value = valueStart..<position
                }
            }
            // Duplicate attributes are dropped; the first wins.
            if !attributes.contains(where: { $0.name == attributeName }) {
                attributes.append(HTMLAttribute(name: attributeName, value: value))
            }
        }
        return nil
    }

    /// Where the raw text of `name` ends: at `</name` followed by a space, '/' or '>'.
    private func rawTextEnd(_ buffer: UnsafeBufferPointer<UInt8>, name: String, from start: Int) -> Int? {
        let count = buffer.count
        let target = Array(name.utf8)
        var index = start
        while index + 1 + target.count < count {
            if buffer[index] == 0x3C, buffer[index + 1] == 0x2F {
                var matches = true
                for (offset, byte) in target.enumerated() where buffer[index + 2 + offset] | 0x20 != byte {
                    matches = false
                    break
                }
                if matches {
                    let after = index + 2 + target.count
                    if after >= count || Self.isTagSpace(buffer[after]) || buffer[after] == 0x2F || buffer[after] == 0x3E {
                        return index
                    }
                }
            }
            index += 1
        }
        return nil
    }

    /// After "<!": a comment, a DOCTYPE or CDATA (both dropped), or a bogus comment.
    private mutating func markupDeclaration(_ buffer: UnsafeBufferPointer<UInt8>, at index: Int) -> Int {
        let count = buffer.count
        if index + 3 < count, buffer[index + 2] == 0x2D, buffer[index + 3] == 0x2D {
            let contentStart = index + 4
            // "<!-->" and "<!--->" close at once (abrupt-closing-of-empty-comment).
            if contentStart < count, buffer[contentStart] == 0x3E {
                tokens.append(.comment(content: contentStart..<contentStart, span: index..<contentStart + 1))
                return contentStart + 1
            }
            if contentStart + 1 < count, buffer[contentStart] == 0x2D, buffer[contentStart + 1] == 0x3E {
                tokens.append(.comment(content: contentStart..<contentStart, span: index..<contentStart + 2))
                return contentStart + 2
            }
            var position = contentStart
            while position + 2 < count {
                if buffer[position] == 0x2D, buffer[position + 1] == 0x2D {
                    if buffer[position + 2] == 0x3E {
                        tokens.append(.comment(content: contentStart..<position, span: index..<position + 3))
                        return position + 3
                    }
                    // "--!>" closes too (incorrectly-closed-comment).
                    if buffer[position + 2] == 0x21, position + 3 < count, buffer[position + 3] == 0x3E {
                        tokens.append(.comment(content: contentStart..<position, span: index..<position + 4))
                        return position + 4
                    }
                }
                position += 1
            }
            // eof-in-comment: the comment runs to the end of the file.
            problems.append(HTMLProblem(kind: .unterminatedComment, span: index..<contentStart))
            tokens.append(.comment(content: contentStart..<count, span: index..<count))
            return count
        }
        return bogusComment(buffer, from: index, contentStart: index + 2)
    }

    /// Bogus comment state (also DOCTYPE and CDATA, which an article reader does not need):
    /// everything up to the next '>'.
    private mutating func bogusComment(_ buffer: UnsafeBufferPointer<UInt8>, from index: Int, contentStart: Int) -> Int {
        var position = contentStart
        while position < buffer.count, buffer[position] != 0x3E { position += 1 }
        return min(buffer.count, position + 1)
    }
}
