/// Why a JSON document was refused, and where: a byte offset and the 1-based line and column
/// (in Unicode scalars) of that byte.
public struct JSONParseError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var offset: Int
    public var line: Int
    public var column: Int

    public var description: String { "\(message) at line \(line), column \(column)" }
}

/// An RFC 8259 JSON reader over UTF-8 bytes, for input from clients that may be hostile: it
/// refuses invalid UTF-8 (naming the byte), nesting deeper than ``maximumDepth`` (before any
/// recursion could exhaust the stack), control characters in strings and trailing data.
/// Unpaired surrogate escapes read as U+FFFD. A repeated key keeps its last value.
public struct JSONParser {
    public static let defaultMaximumDepth = 64

    private let bytes: [UInt8]
    private let maximumDepth: Int
    private var index = 0
    private var depth = 0

    public init(bytes: [UInt8], maximumDepth: Int = JSONParser.defaultMaximumDepth) {
        self.bytes = bytes
        self.maximumDepth = maximumDepth
    }

    public mutating func parseDocument() throws(JSONParseError) -> JSONValue {
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { index = 3 }
        skipWhitespace()
        let value = try parseValue()
        skipWhitespace()
        if index < bytes.count { throw error("unexpected \(describe(at: index)) after the end of the JSON value") }
        return value
    }

    private mutating func parseValue() throws(JSONParseError) -> JSONValue {
        guard index < bytes.count else { throw error("the JSON ends where a value was expected") }
        switch bytes[index] {
        case 0x7B: return try parseObject()
        case 0x5B: return try parseArray()
        case 0x22: return .string(try parseString())
        case 0x74: try literal("true"); return .bool(true)
        case 0x66: try literal("false"); return .bool(false)
        case 0x6E: try literal("null"); return .null
        case 0x2D, 0x30...0x39: return try parseNumber()
        default: throw error("unexpected \(describe(at: index)) where a value was expected")
        }
    }

    private mutating func enter() throws(JSONParseError) {
        depth += 1
        if depth > maximumDepth { throw error("the JSON is nested more than \(maximumDepth) levels deep") }
    }

    private mutating func parseObject() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var members: [String: JSONValue] = [:]
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x7D {
            index += 1
            depth -= 1
            return .object(members)
        }
        while true {
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 0x22 else {
                throw error(index < bytes.count ? "expected a quoted key, found \(describe(at: index))" : "the JSON ends inside an object")
            }
            let key = try parseString()
            skipWhitespace()
            guard index < bytes.count, bytes[index] == 0x3A else {
                throw error(index < bytes.count ? "expected ':' after the key \"\(key)\", found \(describe(at: index))" : "the JSON ends inside an object")
            }
            index += 1
            skipWhitespace()
            members[key] = try parseValue()
            skipWhitespace()
            guard index < bytes.count else { throw error("the JSON ends inside an object") }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x7D { index += 1; break }
            throw error("expected ',' or '}' in an object, found \(describe(at: index))")
        }
        depth -= 1
        return .object(members)
    }

    private mutating func parseArray() throws(JSONParseError) -> JSONValue {
        try enter()
        index += 1
        var items: [JSONValue] = []
        skipWhitespace()
        if index < bytes.count, bytes[index] == 0x5D {
            index += 1
            depth -= 1
            return .array(items)
        }
        while true {
            skipWhitespace()
            items.append(try parseValue())
            skipWhitespace()
            guard index < bytes.count else { throw error("the JSON ends inside an array") }
            if bytes[index] == 0x2C { index += 1; continue }
            if bytes[index] == 0x5D { index += 1; break }
            throw error("expected ',' or ']' in an array, found \(describe(at: index))")
        }
        depth -= 1
        return .array(items)
    }

    private mutating func parseString() throws(JSONParseError) -> String {
        let open = index
        index += 1
        var output: [UInt8] = []
        var runStart = index
        while true {
            guard index < bytes.count else {
                index = open
                throw error("a string that opens here is not closed")
            }
            let byte = bytes[index]
            if byte == 0x22 {
                output.append(contentsOf: bytes[runStart..<index])
                index += 1
                break
            }
            if byte < 0x20 { throw error("a control character (U+\(hex4(UInt32(byte)))) inside a string; write it as an escape") }
            if byte >= 0x80 {
                let length = Self.validScalarLength(bytes, at: index)
                guard length > 0 else { throw error("invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)))") }
                index += length
                continue
            }
            if byte == 0x5C {
                output.append(contentsOf: bytes[runStart..<index])
                try parseEscape(into: &output)
                runStart = index
                continue
            }
            index += 1
        }
        return String(decoding: output, as: UTF8.self)
    }

    private mutating func parseEscape(into output: inout [UInt8]) throws(JSONParseError) {
        guard index + 1 < bytes.count else { throw error("the JSON ends inside an escape") }
        let code = bytes[index + 1]
        index += 2
        switch code {
        case 0x22: output.append(0x22)
        case 0x5C: output.append(0x5C)
        case 0x2F: output.append(0x2F)
        case 0x62: output.append(0x08)
        case 0x66: output.append(0x0C)
        case 0x6E: output.append(0x0A)
        case 0x72: output.append(0x0D)
        case 0x74: output.append(0x09)
        case 0x75:
            var scalar = try hexQuad()
            if (0xD800...0xDBFF).contains(scalar) {
                if index + 1 < bytes.count, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                    let save = index
                    index += 2
                    let low = try hexQuad()
                    if (0xDC00...0xDFFF).contains(low) {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                        scalar = 0xFFFD
                    }
                } else {
                    scalar = 0xFFFD
                }
            } else if (0xDC00...0xDFFF).contains(scalar) {
                scalar = 0xFFFD
            }
            let unicode = Unicode.Scalar(scalar) ?? "\u{FFFD}"
            output.append(contentsOf: String(unicode).utf8)
        default:
            index -= 2
            throw error("'\\\(String(decoding: [code], as: UTF8.self))' is not a JSON escape")
        }
    }

    private mutating func hexQuad() throws(JSONParseError) -> UInt32 {
        guard index + 4 <= bytes.count else { throw error("the JSON ends inside a \\u escape") }
        var value: UInt32 = 0
        for offset in 0..<4 {
            let byte = bytes[index + offset]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x41...0x46: digit = UInt32(byte - 0x41 + 10)
            case 0x61...0x66: digit = UInt32(byte - 0x61 + 10)
            default: throw error("a \\u escape needs four hexadecimal digits")
            }
            value = value << 4 | digit
        }
        index += 4
        return value
    }

    private mutating func parseNumber() throws(JSONParseError) -> JSONValue {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        guard index < bytes.count, ByteClass.isDigit(bytes[index]) else { throw error("a number needs digits after '-'") }
        if bytes[index] == 0x30 {
            index += 1
        } else {
            while index < bytes.count, ByteClass.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == 0x2E {
            index += 1
            guard index < bytes.count, ByteClass.isDigit(bytes[index]) else { throw error("a number needs digits after '.'") }
            while index < bytes.count, ByteClass.isDigit(bytes[index]) { index += 1 }
        }
        if index < bytes.count, bytes[index] == 0x65 || bytes[index] == 0x45 {
            index += 1
            if index < bytes.count, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            guard index < bytes.count, ByteClass.isDigit(bytes[index]) else { throw error("a number needs digits in its exponent") }
            while index < bytes.count, ByteClass.isDigit(bytes[index]) { index += 1 }
        }
        guard let value = Double(String(decoding: bytes[start..<index], as: UTF8.self)) else {
            index = start
            throw error("this number cannot be read")
        }
        return .number(value)
    }

    private mutating func literal(_ word: String) throws(JSONParseError) {
        let expected = word.utf8
        guard index + expected.count <= bytes.count, bytes[index..<(index + expected.count)].elementsEqual(expected) else {
            throw error("unexpected \(describe(at: index)) where a value was expected")
        }
        index += expected.count
    }

    private mutating func skipWhitespace() {
        while index < bytes.count, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 {
            index += 1
        }
    }

    /// The length of the valid UTF-8 scalar at `index` (lead byte 0x80 or above), or 0.
    static func validScalarLength(_ bytes: [UInt8], at index: Int) -> Int {
        let lead = bytes[index]
        let length: Int
        var low: UInt8 = 0x80
        var high: UInt8 = 0xBF
        switch lead {
        case 0xC2...0xDF: length = 2
        case 0xE0: length = 3; low = 0xA0
        case 0xE1...0xEC, 0xEE...0xEF: length = 3
        case 0xED: length = 3; high = 0x9F
        case 0xF0: length = 4; low = 0x90
        case 0xF1...0xF3: length = 4
        case 0xF4: length = 4; high = 0x8F
        default: return 0
        }
        guard index + length <= bytes.count else { return 0 }
        let second = bytes[index + 1]
        guard second >= low, second <= high else { return 0 }
        for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return 0 }
        return length
    }

    private func describe(at position: Int) -> String {
        let byte = bytes[position]
        if byte >= 0x21, byte < 0x7F { return "'\(String(decoding: [byte], as: UTF8.self))'" }
        return "byte 0x\(String(byte, radix: 16, uppercase: true))"
    }

    private func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    private func error(_ message: String) -> JSONParseError {
        var line = 1
        var column = 1
        var position = 0
        let end = min(index, bytes.count)
        while position < end {
            if bytes[position] == 0x0A { line += 1; column = 1 } else if bytes[position] & 0xC0 != 0x80 { column += 1 }
            position += 1
        }
        return JSONParseError(message: message, offset: index, line: line, column: column)
    }
}
