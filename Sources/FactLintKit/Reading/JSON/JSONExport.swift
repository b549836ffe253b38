/// A CMS export: one JSON article object, or an array of them (a `posts` or `articles` array
/// inside an object is found too), split into ``ArticleRecord``s.
public enum JSONExport {
    /// The records of an export file. A record without a body is a located error; the others are read.
    public static func records(bytes: [UInt8], path: String, fields: JSONFieldMap) -> (records: [ArticleRecord], diagnostics: [Diagnostic]) {
        let source = SourceText(rawBytes: bytes)
        let parsed: JSONNode
        switch JSONParser.parse(source.bytes) {
        case let .success(node): parsed = node
        case let .failure(error):
            let location = source.location(of: SourceSpan(start: error.offset, end: error.offset))
            return ([], [Diagnostic(path: path, level: .error, message: "this is not valid JSON: \(error.message)", location: location)])
        }
        var items: [JSONNode]
        switch parsed.value {
        case let .array(list): items = list
        case .object:
            // Exports often wrap the list: {"posts": [...]}, {"data": {"posts": [...]}}.
            items = [parsed]
            for key in ["posts", "articles", "items", "data.posts"] {
                if case let .array(list)? = parsed.at(path: key)?.value { items = list; break }
            }
        default:
            return ([], [Diagnostic(path: path, level: .error, message: "a JSON export is an article object or an array of them")])
        }
        var records: [ArticleRecord] = []
        var diagnostics: [Diagnostic] = []
        for (index, item) in items.enumerated() {
            switch ArticleRecord.from(item, file: path, number: index + 1, fields: fields) {
            case let .success(record): records.append(record)
            case let .failure(error):
                diagnostics.append(Diagnostic(path: path, level: .error, message: error.message,
                                              location: source.location(of: SourceSpan(start: error.offset, end: error.offset))))
            }
        }
        if items.isEmpty {
            diagnostics.append(Diagnostic(path: path, level: .warning, message: "the export holds no articles"))
        }
        return (records, diagnostics)
    }
}
