/// A small JSON writer with keys in the order written, so output is byte-identical across runs
/// and readable in the order a person expects.
public struct JSONWriter {
    public private(set) var output = ""
    private var needsComma: [Bool] = [false]
    private let indentUnit: String
    private var depth = 0

    /// `indent` nil writes compact JSON.
    public init(indent: String? = "  ") {
        indentUnit = indent ?? ""
    }

    private var pretty: Bool { !indentUnit.isEmpty }

    private mutating func separator() {
        if needsComma[needsComma.count - 1] { output += "," }
        needsComma[needsComma.count - 1] = true
        if pretty && depth > 0 {
            output += "\n" + String(repeating: indentUnit, count: depth)
        }
    }

    private mutating func key(_ name: String?) {
        separator()
        if let name {
            output += JSONWriter.quote(name)
            output += pretty ? ": " : ":"
        }
    }

    public mutating func beginObject(_ name: String? = nil) {
        key(name)
        output += "{"
        depth += 1
        needsComma.append(false)
    }

    public mutating func endObject() {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { output += "\n" + String(repeating: indentUnit, count: depth) }
        output += "}"
    }

    public mutating func beginArray(_ name: String? = nil) {
        key(name)
        output += "["
        depth += 1
        needsComma.append(false)
    }

    public mutating func endArray() {
        let hadItems = needsComma.removeLast()
        depth -= 1
        if pretty && hadItems { output += "\n" + String(repeating: indentUnit, count: depth) }
        output += "]"
    }

    public mutating func string(_ name: String?, _ value: String?) {
        key(name)
        output += value.map(JSONWriter.quote) ?? "null"
    }

    public mutating func int(_ name: String?, _ value: Int?) {
        key(name)
        output += value.map(String.init) ?? "null"
    }

    /// A number: whole values without a fraction, others as Swift prints them.
    public mutating func number(_ name: String?, _ value: Double) {
        key(name)
        if let digits = wholeNumberText(value) {
            output += digits
        } else if value.isFinite {
            output += String(value)
        } else {
            output += "null"
        }
    }

    public mutating func bool(_ name: String?, _ value: Bool) {
        key(name)
        output += value ? "true" : "false"
    }

    /// A JSON string literal, escaping what RFC 8259 requires.
    public static func quote(_ text: String) -> String {
        var result = "\""
        result.reserveCapacity(text.utf8.count + 2)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case "\u{08}": result += "\\b"
            case "\u{0C}": result += "\\f"
            default:
                if scalar.value < 0x20 || scalar.value == 0x2028 || scalar.value == 0x2029 {
                    let hex = String(scalar.value, radix: 16)
                    result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    result.unicodeScalars.append(scalar)
                }
            }
        }
        return result + "\""
    }
}
