/// Removes Markdown inline markup from a block's raw text (emphasis, links, images, inline code,
/// HTML tags and comments, backslash escapes) and decodes entity and numeric character references
/// ("Pap&#233;", "&eacute;", "&amp;") while every kept byte keeps its source offset.
enum InlineMarkdown {
    /// The stripped text, and the HTML comments met (for suppression directives).
    static func strip(_ raw: MappedText) -> (text: MappedText, comments: [Comment]) {
        let bytes = raw.bytes
        let count = bytes.count
        // Most paragraphs hold no markup at all; then nothing below would remove a byte.
        if !bytes.contains(where: { markupBytes[Int($0)] }) {
            var plain = raw
            plain.endAtLastByte()
            return (plain, [])
        }
        var remove = [Bool](repeating: false, count: count)
        var comments: [Comment] = []
        var protected = [Bool](repeating: false, count: count)  // inside code spans, URLs: no further markup

        var index = 0
        // Pass 1: code spans, comments, tags, links and images, escapes.
        while index < count {
            let byte = bytes[index]
            switch byte {
            case 0x5C:  // backslash escape of ASCII punctuation
                if index + 1 < count, isASCIIPunctuation(bytes[index + 1]) {
                    remove[index] = true
                    protected[index + 1] = true
                    index += 2
                    continue
                }
            case 0x60:  // code span
                var run = index
                while run < count, bytes[run] == 0x60 { run += 1 }
                let width = run - index
                if let close = findBacktickRun(bytes, width: width, from: run) {
                    for position in index..<run { remove[position] = true }
                    for position in close..<(close + width) { remove[position] = true }
                    for position in run..<close { protected[position] = true }
                    index = close + width
                    continue
                }
                index = run
                continue
            case 0x3C:  // HTML comment, tag or autolink
                if let end = htmlComment(bytes, at: index) {
                    for position in index..<end { remove[position] = true }
                    let inner = trimmed(Array(bytes[(index + 4)..<max(index + 4, end - 3)]))
                    comments.append(Comment(text: inner, span: raw.sourceSpan(of: index..<end)))
                    index = end
                    continue
                }
                if let end = autolink(bytes, at: index) {
                    remove[index] = true
                    remove[end - 1] = true
                    for position in (index + 1)..<(end - 1) { protected[position] = true }
                    index = end
                    continue
                }
                if let end = BracketedName.end(bytes, at: index) {
                    remove[index] = true
                    remove[end - 1] = true
                    index += 1
                    continue
                }
                if let end = htmlTag(bytes, at: index) {
                    for position in index..<end { remove[position] = true }
                    index = end
                    continue
                }
            case 0x21 where index + 1 < count && bytes[index + 1] == 0x5B:  // image: drop whole
                if let link = linkEnd(bytes, openBracket: index + 1) {
                    for position in index..<link.end { remove[position] = true }
                    index = link.end
                    continue
                }
            case 0x5B:  // link: keep the text
                if let link = linkEnd(bytes, openBracket: index) {
                    remove[index] = true
                    for position in link.closeBracket..<link.end { remove[position] = true }
                    index += 1
                    continue
                }
            default:
                break
            }
            index += 1
        }

        // Pass 2: emphasis delimiters (*, _, ~) that open and close a span.
        var openers: [(index: Int, length: Int, byte: UInt8)] = []
        index = 0
        while index < count {
            let byte = bytes[index]
            guard (byte == 0x2A || byte == 0x5F || byte == 0x7E), !remove[index], !protected[index] else {
                index += 1
                continue
            }
            var run = index
            while run < count, bytes[run] == byte, !remove[run], !protected[run] { run += 1 }
            let before: UInt8 = index > 0 ? bytes[index - 1] : 0x20
            let after: UInt8 = run < count ? bytes[run] : 0x20
            let leftFlanking = !ByteClass.isSpace(after) && (!isASCIIPunctuation(after) || ByteClass.isSpace(before) || isASCIIPunctuation(before))
            let rightFlanking = !ByteClass.isSpace(before) && (!isASCIIPunctuation(before) || ByteClass.isSpace(after) || isASCIIPunctuation(after))
            var canOpen = leftFlanking
            var canClose = rightFlanking
            if byte == 0x5F {
                // Underscores inside a word ("snake_case") are not emphasis.
                canOpen = leftFlanking && (!rightFlanking || isASCIIPunctuation(before))
                canClose = rightFlanking && (!leftFlanking || isASCIIPunctuation(after))
            }
            if byte == 0x7E && run - index != 2 { canOpen = false; canClose = false }
            var matched = false
            if canClose, let openerIndex = openers.lastIndex(where: { $0.byte == byte }) {
                let opener = openers[openerIndex]
                let width = min(opener.length, run - index)
                for position in (opener.index + opener.length - width)..<(opener.index + opener.length) { remove[position] = true }
                for position in index..<(index + width) { remove[position] = true }
                openers.removeSubrange(openerIndex...)
                matched = true
            }
            if !matched, canOpen { openers.append((index, run - index, byte)) }
            index = run
        }

        var result = MappedText()
        var offsets = MappedText.OffsetReader(raw)
        var position = 0
        while position < count {
            if remove[position] {
                position += 1
                continue
            }
            if bytes[position] == 0x26, !protected[position], let reference = characterReference(bytes, at: position, remove: remove) {
                appendScalar(reference.scalar, first: offsets.sourceOffset(at: position),
                             last: offsets.sourceOffset(at: position + reference.length - 1), to: &result)
                position += reference.length
                continue
            }
            let offset = offsets.sourceOffset(at: position)
            result.append(byte: bytes[position], standingFor: offset, sourceEnd: offset + 1)
            position += 1
        }
        return (result, comments)
    }

    /// The bytes that can start markup: backslash, ` < ! [ * _ ~ and & (a character reference).
    private static let markupBytes: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for byte in "\\`<![*_~&".utf8 { table[Int(byte)] = true }
        return table
    }()

    /// A character reference at `index` as CommonMark has them: with its semicolon, none of its
    /// bytes already removed as markup.
    private static func characterReference(_ bytes: [UInt8], at index: Int, remove: [Bool]) -> (scalar: UInt32, length: Int)? {
        let found = bytes.withUnsafeBufferPointer { HTMLCharacterReferences.decode($0, at: index, end: bytes.count, inAttribute: true) }
        guard let found, bytes[index + found.length - 1] == 0x3B,
              !remove[index..<(index + found.length)].contains(true) else { return nil }
        return (found.scalar == 0 ? 0xFFFD : found.scalar, found.length)
    }

    /// A decoded scalar: a space for a no-break or other space, nothing for a soft hyphen or zero
    /// width space; otherwise its UTF-8, whose first bytes stand for the reference's '&' and whose
    /// last byte stands for its ';', so a span ending on it ends after the reference.
    private static func appendScalar(_ scalar: UInt32, first: Int, last: Int, to result: inout MappedText) {
        switch scalar {
        case 0x09, 0x0A, 0x0C, 0x0D, 0x20, 0xA0:
            result.append(byte: 0x20, standingFor: first, sourceEnd: last + 1)
            return
        case 0xAD, 0x200B:
            return
        default:
            break
        }
        let encoded = Array(String(Character(Unicode.Scalar(scalar) ?? "\u{FFFD}")).utf8)
        for (position, byte) in encoded.enumerated() {
            let at = position == encoded.count - 1 && encoded.count > 1 ? last : first
            result.append(byte: byte, standingFor: at, sourceEnd: at + 1)
        }
    }

    static func isASCIIPunctuation(_ byte: UInt8) -> Bool {
        (byte >= 0x21 && byte <= 0x2F) || (byte >= 0x3A && byte <= 0x40) || (byte >= 0x5B && byte <= 0x60) || (byte >= 0x7B && byte <= 0x7E)
    }

    private static func trimmed(_ bytes: [UInt8]) -> String {
        String(decoding: bytes, as: UTF8.self).trimmingASCIIWhitespace()
    }

    private static func findBacktickRun(_ bytes: [UInt8], width: Int, from start: Int) -> Int? {
        var index = start
        while index < bytes.count {
            if bytes[index] == 0x60 {
                var run = index
                while run < bytes.count, bytes[run] == 0x60 { run += 1 }
                if run - index == width { return index }
                index = run
            } else {
                index += 1
            }
        }
        return nil
    }

    static func htmlComment(_ bytes: [UInt8], at index: Int, limit: Int? = nil) -> Int? {
        let limit = min(limit ?? bytes.count, bytes.count)
        guard index + 3 < limit, bytes[index + 1] == 0x21, bytes[index + 2] == 0x2D, bytes[index + 3] == 0x2D else { return nil }
        var scan = index + 4
        while scan + 2 < limit {
            if bytes[scan] == 0x2D, bytes[scan + 1] == 0x2D, bytes[scan + 2] == 0x3E { return scan + 3 }
            scan += 1
        }
        return nil
    }

    private static func autolink(_ bytes: [UInt8], at index: Int) -> Int? {
        var scan = index + 1
        var sawColonOrAt = false
        while scan < bytes.count, scan - index < 2048 {
            let byte = bytes[scan]
            if byte == 0x3E { return sawColonOrAt && scan > index + 1 ? scan + 1 : nil }
            if ByteClass.isSpace(byte) || byte == 0x3C { return nil }
            if byte == 0x3A || byte == 0x40 { sawColonOrAt = true }
            scan += 1
        }
        return nil
    }

    /// `<tag ...>` or `</tag>`: a letter after `<` (or `/`), and a `>` before any line's end.
    private static func htmlTag(_ bytes: [UInt8], at index: Int) -> Int? {
        var scan = index + 1
        if scan < bytes.count, bytes[scan] == 0x2F { scan += 1 }
        guard scan < bytes.count, ByteClass.isLetterASCII(bytes[scan]) else { return nil }
        var quote: UInt8 = 0
        while scan < bytes.count, scan - index < 4096 {
            let byte = bytes[scan]
            if quote != 0 {
                if byte == quote { quote = 0 }
            } else if byte == 0x22 || byte == 0x27 {
                quote = byte
            } else if byte == 0x3E {
                return scan + 1
            } else if byte == 0x3C {
                return nil
            }
            scan += 1
        }
        return nil
    }

    /// For `[text](dest)` or `[text][ref]` starting at `openBracket`: the index of `]` and the end.
    private static func linkEnd(_ bytes: [UInt8], openBracket: Int) -> (closeBracket: Int, end: Int)? {
        var depth = 0
        var scan = openBracket
        var close: Int?
        while scan < bytes.count, scan - openBracket < 4096 {
            let byte = bytes[scan]
            if byte == 0x5C { scan += 2; continue }
            if byte == 0x5B { depth += 1 }
            if byte == 0x5D {
                depth -= 1
                if depth == 0 { close = scan; break }
            }
            scan += 1
        }
        guard let close, close + 1 < bytes.count else { return nil }
        let opener = bytes[close + 1]
        let closer: UInt8
        switch opener {
        case 0x28: closer = 0x29
        case 0x5B: closer = 0x5D
        default: return nil
        }
        var nesting = 0
        scan = close + 1
        while scan < bytes.count, scan - close < 4096 {
            let byte = bytes[scan]
            if byte == opener { nesting += 1 }
            if byte == closer {
                nesting -= 1
                if nesting == 0 { return (close, scan + 1) }
            }
            scan += 1
        }
        return nil
    }
}
