/// A finding message with named placeholders: `This sentence repeats line {other.line}`.
/// `{{` and `}}` write literal braces.
public struct MessageTemplate: Sendable, Hashable {
    enum Part: Sendable, Hashable {
        case literal(String)
        case placeholder(String)
    }

    let parts: [Part]
    /// The template as written.
    public let text: String

    /// Parses a template; throws with the offending placeholder or brace.
    public init(_ text: String) throws(TemplateError) {
        self.text = text
        // Read as bytes (braces are ASCII, so they never fall inside a longer character):
        // built scalar by scalar, the templates were a fifth of loading the built-in rules.
        let bytes = Array(text.utf8)
        let open = UInt8(ascii: "{"), shut = UInt8(ascii: "}")
        var parts: [Part] = []
        var literal: [UInt8] = []
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == open {
                if index < bytes.count, bytes[index] == open { index += 1; literal.append(open); continue }
                guard let close = bytes[index...].firstIndex(of: shut) else {
                    throw TemplateError(message: "a '{' is never closed; write '{{' for a literal brace")
                }
                let name = String(decoding: bytes[index..<close], as: UTF8.self)
                guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "_" || ("0"..."9").contains($0) }) else {
                    throw TemplateError(message: "'{\(name)}' is not a placeholder name; names are letters, digits, '.', '-' and '_'")
                }
                if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))); literal = [] }
                parts.append(.placeholder(name))
                index = close + 1
            } else if byte == shut {
                if index < bytes.count, bytes[index] == shut { index += 1 }
                literal.append(shut)
            } else {
                literal.append(byte)
            }
        }
        if !literal.isEmpty { parts.append(.literal(String(decoding: literal, as: UTF8.self))) }
        self.parts = parts
    }

    /// Placeholder names used, in order of first use.
    public var placeholders: [String] {
        var seen: [String] = []
        for case let .placeholder(name) in parts where !seen.contains(name) { seen.append(name) }
        return seen
    }

    /// The message with placeholders filled in; a missing value is left as written.
    public func render(_ values: [String: String]) -> String {
        var result = ""
        for part in parts {
            switch part {
            case let .literal(text): result += text
            case let .placeholder(name): result += values[name] ?? "{\(name)}"
            }
        }
        return result
    }
}

/// A template that cannot be parsed.
public struct TemplateError: Error, Sendable {
    public var message: String
}
