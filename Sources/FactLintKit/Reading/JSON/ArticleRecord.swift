/// One article of a CMS export (a JSON object), before it is read: where each part is, as the
/// export's field names say.
public struct ArticleRecord: Sendable {
    /// The path shown in reports: the file and the record, `export.json#post-123`.
    public var path: String
    public var title: String?
    public var date: String?
    /// The body as the CMS stores it: HTML, Markdown or plain text.
    public var body: String
    public var bodyFormat: ArticleFormat
    /// The record's id as shown in JSON Lines output (`id`, else `slug`, else its number).
    public var id: String

    public init(path: String, title: String?, date: String?, body: String, bodyFormat: ArticleFormat, id: String) {
        self.path = path
        self.title = title
        self.date = date
        self.body = body
        self.bodyFormat = bodyFormat
        self.id = id
    }

    /// Reads one record from a JSON object. `number` (1-based) names a record with no id.
    /// Returns nil, with a message, when the object has no body field.
    public static func from(_ object: JSONNode, file: String, number: Int, fields: JSONFieldMap) -> Result<ArticleRecord, JSONError> {
        guard case .object = object.value else {
            return .failure(JSONError(message: "record \(number) is not a JSON object", offset: object.span.lowerBound))
        }
        func first(_ part: JSONFieldMap.Part) -> (name: String, text: String)? {
            for name in fields.names[part] ?? [] {
                if let text = object.at(path: name)?.text { return (name, text) }
            }
            return nil
        }
        guard let body = first(.body) else {
            let tried = (fields.names[.body] ?? []).joined(separator: ", ")
            return .failure(JSONError(message: "record \(number) has no article body (looked for \(tried); name the field with --map body=FIELD or input: in .factlint.yml)", offset: object.span.lowerBound))
        }
        var id = String(number)
        var fragment = String(number)
        if let found = first(.id), !found.text.isEmpty {
            id = found.text
            // A numeric id reads better with its type: "post-123".
            if found.text.utf8.allSatisfy(ByteClass.isDigit) {
                fragment = (object["type"]?.text ?? "post") + "-" + found.text
            } else {
                fragment = found.text
            }
        }
        let format: ArticleFormat
        switch body.name {
        case "markdown": format = .markdown
        case "text": format = .plainText
        case "html", "content.rendered": format = .html
        default: format = looksLikeHTML(body.text) ? .html : .markdown
        }
        return .success(ArticleRecord(path: file + "#" + fragment, title: first(.title)?.text, date: first(.date)?.text,
                                      body: body.text, bodyFormat: format, id: id))
    }

    /// Whether a body holds HTML tags (`<p>`, `</p>`, `<br/>`): a '<' followed by a letter or '/'
    /// and closed by a '>'.
    static func looksLikeHTML(_ text: String) -> Bool {
        var sawOpen = false
        var previous: UInt8 = 0
        for byte in text.utf8.prefix(4096) {
            if previous == 0x3C, ByteClass.isLetterASCII(byte) || byte == 0x2F { sawOpen = true }
            if sawOpen, byte == 0x3E { return true }
            previous = byte
        }
        return false
    }
}
