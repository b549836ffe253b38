/// A strict JSON reader (RFC 8259) on UTF-8 bytes that keeps every value's byte range. Nesting is
/// limited so hostile input cannot exhaust the stack.
public struct JSONParser {
    public static let maximumDepth = 256

    private let bytes: UnsafeBufferPointer<UInt8>
    private let end: Int
    private var index: Int
    private var depth = 0

    private init(bytes: UnsafeBufferPointer<UInt8>, range: Range<Int>) {
        self.bytes = bytes
        index = range.lowerBound
        end = range.upperBound
    }

    /// Reads one JSON value filling `range` of `bytes` (white space around it allowed).
    public static func parse(_ bytes: [UInt8], range: Range<Int>? = nil) -> Result<JSONNode, JSONError> {
        bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(bytes: buffer, range: range ?? 0..<buffer.count)
            do {
                parser.skipSpace()
                let value = try parser.value()
                parser.skipSpace()
                guard parser.index == parser.end else { throw parser.error("unexpected text after the JSON value") }
                return .success(value)
            } catch let error as JSONError {
                return .failure(error)
            } catch {
                return .failure(JSONError(message: "\(error)", offset: 0))
            }
        }
    }

    private func error(_ message: String) -> JSONError { JSONError(message: message, offset: index) }

    private mutating func skipSpace() {
        while index < end, bytes[index] == 0x20 || bytes[index] == 0x0A || bytes[index] == 0x0D || bytes[index] == 0x09 { index += 1 }
    }

    private mutating func value() throws -> JSONNode {
        guard index < end else { throw error("the JSON ends where a value was expected") }
        let start = index
        switch bytes[index] {
        case 0x7B: return try object()
        case 0x5B: return try array()
        case 0x22: return JSONNode(value: .string(try string()), span: start..<index)
        case 0x74: try literal("true"); return JSONNode(value: .bool(true), span: start..<index)
        case 0x66: try literal("false"); return JSONNode(value: .bool(false), span: start..<index)
        case 0x6E: try literal("null"); return JSONNode(value: .null, span: start..<index)
        case 0x2D, 0x30...0x39: return try number()
        default: throw error("unexpected character where a JSON value was expected")
        }
    }

    private mutating func literal(_ word: StaticString) throws {
        let length = word.utf8CodeUnitCount
        guard index + length <= end else { throw error("unexpected end of JSON") }
        for offset in 0..<length where bytes[index + offset] != word.utf8Start[offset] { throw error("unexpected character in JSON") }
        index += length
    }

    private mutating func number() throws -> JSONNode {
        let start = index
        if bytes[index] == 0x2D { index += 1 }
        let digits = index
        while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
        guard index > digits else { throw error("a number needs digits") }
        if index < end, bytes[index] == 0x2E {
            index += 1
            while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
        }
        if index < end, bytes[index] | 0x20 == 0x65 {
            index += 1
            if index < end, bytes[index] == 0x2B || bytes[index] == 0x2D { index += 1 }
            while index < end, ByteClass.isDigit(bytes[index]) { index += 1 }
        }
        return JSONNode(value: .number(String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)), span: start..<index)
    }

    private mutating func enter() throws {
        depth += 1
        guard depth <= Self.maximumDepth else { throw error("JSON nested more than \(Self.maximumDepth) deep") }
    }

    private mutating func object() throws -> JSONNode {
        let start = index
        try enter()
        index += 1
        var members: [(key: String, value: JSONNode)] = []
        skipSpace()
        if index < end, bytes[index] == 0x7D {
            index += 1
        } else {
            while true {
                skipSpace()
                guard index < end, bytes[index] == 0x22 else { throw error("an object key must be a string in double quotes") }
                let key = try string()
                skipSpace()
                guard index < end, bytes[index] == 0x3A else { throw error("expected ':' after an object key") }
                index += 1
                skipSpace()
                members.append((key, try value()))
                skipSpace()
                guard index < end else { throw error("the JSON ends inside an object") }
                if bytes[index] == 0x2C { index += 1; continue }
                guard bytes[index] == 0x7D else { throw error("expected ',' or '}' in an object") }
                index += 1
                break
            }
        }
        depth -= 1
        return JSONNode(value: .object(members), span: start..<index)
    }

    private mutating func array() throws -> JSONNode {
        let start = index
        try enter()
        index += 1
        var items: [JSONNode] = []
        skipSpace()
        if index < end, bytes[index] == 0x5D {
            index += 1
        } else {
            while true {
                skipSpace()
                items.append(try value())
                skipSpace()
                guard index < end else { throw error("the JSON ends inside an array") }
                if bytes[index] == 0x2C { index += 1; continue }
                guard bytes[index] == 0x5D else { throw error("expected ',' or ']' in an array") }
                index += 1
                break
            }
        }
        depth -= 1
        return JSONNode(value: .array(items), span: start..<index)
    }

    /// A string from its opening quote; leaves `index` after the closing one.
    private mutating func string() throws -> String {
        index += 1
        let start = index
        while index < end, bytes[index] != 0x22, bytes[index] != 0x5C {
            guard bytes[index] >= 0x20 else { throw error("a control character must be escaped in a JSON string") }
            index += 1
        }
        guard index < end else { throw error("the JSON ends inside a string") }
        if bytes[index] == 0x22 {
            index += 1
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<(index - 1)]), as: UTF8.self)
        }
        var decoded = Array(UnsafeBufferPointer(rebasing: bytes[start..<index]))
        while index < end, bytes[index] != 0x22 {
            let byte = bytes[index]
            guard byte >= 0x20 else { throw error("a control character must be escaped in a JSON string") }
            guard byte == 0x5C else {
                decoded.append(byte)
                index += 1
                continue
            }
            guard index + 1 < end else { throw error("the JSON ends inside a string") }
            let escape = bytes[index + 1]
            index += 2
            switch escape {
            case 0x22, 0x5C, 0x2F: decoded.append(escape)
            case 0x62: decoded.append(0x08)
            case 0x66: decoded.append(0x0C)
            case 0x6E: decoded.append(0x0A)
            case 0x72: decoded.append(0x0D)
            case 0x74: decoded.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if scalar >= 0xD800, scalar < 0xDC00, index + 1 < end, bytes[index] == 0x5C, bytes[index + 1] == 0x75 {
                    let save = index
                    index += 2
                    let low = try hex4()
                    if low >= 0xDC00, low < 0xE000 {
                        scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                    } else {
                        index = save
                    }
                }
                let character = Unicode.Scalar(scalar) ?? "\u{FFFD}"
                decoded.append(contentsOf: Array(String(Character(character)).utf8))
            default:
                throw error("unknown escape in a JSON string")
            }
        }
        guard index < end else { throw error("the JSON ends inside a string") }
        index += 1
        return String(decoding: decoded, as: UTF8.self)
    }

    private mutating func hex4() throws -> UInt32 {
        guard index + 4 <= end else { throw error("\\u needs four hex digits") }
        var value: UInt32 = 0
        for _ in 0..<4 {
            let byte = bytes[index] | 0x20
            let digit: UInt32
            if ByteClass.isDigit(bytes[index]) { digit = UInt32(bytes[index] - 0x30) }
            else if byte >= 0x61, byte <= 0x66 { digit = UInt32(byte - 0x61 + 10) }
            else { throw error("\\u needs four hex digits") }
            value = value << 4 | digit
            index += 1
        }
        return value
    }
}
