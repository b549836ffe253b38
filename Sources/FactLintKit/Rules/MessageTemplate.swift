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
        var parts: [Part] = []
        var literal = ""
        var scalars = Array(text.unicodeScalars)[...]
        while let scalar = scalars.popFirst() {
            if scalar == "{" {
                if scalars.first == "{" { scalars.removeFirst(); literal.unicodeScalars.append("{"); continue }
                guard let close = scalars.firstIndex(of: "}") else {
                    throw TemplateError(message: "a '{' is never closed; write '{{' for a literal brace")
                }
                let name = String(String.UnicodeScalarView(scalars[scalars.startIndex..<close]))
                guard !name.isEmpty, name.unicodeScalars.allSatisfy({ $0.properties.isAlphabetic || $0 == "." || $0 == "-" || $0 == "_" || ("0"..."9").contains($0) }) else {
                    throw TemplateError(message: "'{\(name)}' is not a placeholder name; names are letters, digits, '.', '-' and '_'")
                }
                if !literal.isEmpty { parts.append(.literal(literal)); literal = "" }
                parts.append(.placeholder(name))
                scalars = scalars[scalars.index(after: close)...]
            } else if scalar == "}" {
                if scalars.first == "}" { scalars.removeFirst() }
                literal.unicodeScalars.append("}")
            } else {
                literal.unicodeScalars.append(scalar)
            }
        }
        if !literal.isEmpty { parts.append(.literal(literal)) }
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
