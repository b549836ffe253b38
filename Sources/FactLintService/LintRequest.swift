import FactLintKit

/// A request to `POST /v1/lint`: the article's fields, read from JSON and checked, each mistake
/// named by its field.
///
///     {"title": "…", "published": "2024-05-15", "format": "markdown", "body": "…", "config": "…"}
///
/// A CMS post (issue 16's export record: `title.rendered`, `date_gmt`, `content.rendered`, …) is
/// read the same way; `published` and `body` are looked for before the CMS names.
public struct LintRequest: Sendable {
    /// The article as a CMS record: title, date and body, each a region of its text, so findings
    /// are located within the field they are in.
    public var record: ArticleRecord
    /// A configuration for this request, as `.factlint.yml` text (a JSON object is read the same way).
    public var config: String?
    /// Fields that were not understood, for a warning in the answer.
    public var ignoredFields: [String]

    /// Why a request was refused: the HTTP status, what is wrong, and the field.
    public struct Problem: Error, Sendable, Equatable {
        public var status: Int
        public var message: String
        public var field: String?

        public init(status: Int = 400, message: String, field: String? = nil) {
            self.status = status
            self.message = message
            self.field = field
        }
    }

    /// The record's path; findings name the field after it (`article/title`).
    static let recordPath = "article"
    static let fields = ["title", "published", "format", "body", "config"]
    static let formats: [String: ArticleFormat] = ["markdown": .markdown, "md": .markdown, "text": .plainText, "html": .html]
    static let fieldMap = JSONFieldMap.standard.overridden(by: [.date: ["published"], .body: ["body"]])

    /// Reads a request body. Invalid UTF-8, malformed or too deeply nested JSON and fields of the
    /// wrong kind are problems; fields it does not know are ignored and reported.
    public static func parse(_ bytes: [UInt8]) -> Result<LintRequest, Problem> {
        if let bad = firstInvalidUTF8(bytes) {
            return .failure(Problem(message: "the request body is not valid UTF-8 (byte \(bad) is 0x\(String(bytes[bad], radix: 16, uppercase: true))); send the article as UTF-8 JSON"))
        }
        let node: JSONNode
        switch JSONParser.parse(bytes) {
        case let .success(parsed): node = parsed
        case let .failure(error):
            let (line, column) = position(of: error.offset, in: bytes)
            return .failure(Problem(message: "the request body is not valid JSON: \(error.message) (line \(line), column \(column))"))
        }
        guard case let .object(members) = node.value else {
            return .failure(Problem(message: "the request body must be a JSON object like {\"title\": …, \"body\": …}, not \(kind(node))"))
        }
        // A CMS post's title and body may be objects ({"rendered": "…"}).
        for key in ["title", "published", "format", "body"] {
            if let value = node[key], !isString(value), !(["title", "body"].contains(key) && isObject(value)) {
                return .failure(Problem(message: "'\(key)' must be a string, not \(kind(value))", field: key))
            }
        }
        var record: ArticleRecord
        switch ArticleRecord.from(node, file: recordPath, number: 1, fields: fieldMap) {
        case let .success(found): record = found
        case .failure:
            return .failure(Problem(message: "'body' is missing: send the article's text as a string (or a CMS post with 'content')", field: "body"))
        }
        if let format = node["format"]?.text {
            guard let known = formats[format.lowercased()] else {
                return .failure(Problem(message: "'format' must be markdown, text or html, not '\(format)'", field: "format"))
            }
            record.bodyFormat = known
        }
        if let published = node["published"]?.text {
            if published.trimmingASCIIWhitespaceCompat().isEmpty {
                record.date = nil
            } else if PublicationDate.parse(published) == nil {
                return .failure(Problem(message: "'published' is not a date factlint can read: '\(published)'; write it as 2024-05-15 or 2024-05-15T18:57Z", field: "published"))
            }
        }
        var request = LintRequest(record: record, config: nil, ignoredFields: [])
        if let config = node["config"] {
            switch config.value {
            case let .string(text): request.config = text
            case .object: request.config = String(decoding: bytes[config.span], as: UTF8.self)
            case .null: break
            default: return .failure(Problem(message: "'config' must be .factlint.yml text or a JSON object, not \(kind(config))", field: "config"))
            }
        }
        // A CMS post carries many fields factlint has no use for; a request in factlint's own
        // shape should not, so a misspelt field there is pointed out.
        if node["body"] != nil {
            let known = Set(fields + JSONFieldMap.standard.names.values.flatMap { $0 }.map { String($0.split(separator: ".")[0]) })
            request.ignoredFields = members.map(\.key).filter { !known.contains($0) }.sorted()
        }
        return .success(request)
    }

    static func isObject(_ node: JSONNode) -> Bool {
        if case .object = node.value { return true }
        return false
    }

    static func isString(_ node: JSONNode) -> Bool {
        switch node.value {
        case .string, .null: return true
        default: return false
        }
    }

    static func kind(_ node: JSONNode) -> String {
        switch node.value {
        case .object: return "an object"
        case .array: return "an array"
        case .string: return "a string"
        case .number: return "a number"
        case .bool: return "true or false"
        case .null: return "null"
        }
    }

    /// The offset of the first byte that is not valid UTF-8, or nil.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        if String(validating: bytes, as: UTF8.self) != nil { return nil }
        var index = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 { index += 1; continue }
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
            default: return index
            }
            guard index + length <= bytes.count, bytes[index + 1] >= low, bytes[index + 1] <= high else { return index }
            for offset in 2..<max(2, length) where bytes[index + offset] & 0xC0 != 0x80 { return index }
            index += length
        }
        return nil
    }

    /// 1-based line and column (in Unicode scalars) of a byte offset.
    static func position(of offset: Int, in bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1
        var column = 1
        for index in 0..<min(offset, bytes.count) {
            if bytes[index] == 0x0A { line += 1; column = 1 } else if bytes[index] & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }
}

extension String {
    func trimmingASCIIWhitespaceCompat() -> String {
        var scalars = Substring(self)
        while let first = scalars.first, first == " " || first == "\t" || first == "\n" || first == "\r" { scalars = scalars.dropFirst() }
        while let last = scalars.last, last == " " || last == "\t" || last == "\n" || last == "\r" { scalars = scalars.dropLast() }
        return String(scalars)
    }
}
