import FactLintKit

/// A document the editor has open: its current text, kept in step with the editor's changes,
/// and what was last published for it.
struct OpenDocument {
    let uri: String
    /// The file's path, or a name in the workspace for an unsaved buffer; it picks the
    /// `.factlint.yml` and, by its suffix, the format.
    let path: String
    let format: ArticleFormat
    /// The editor's version number of the text.
    var version: Int
    var text: SourceText
    /// Bumped by every change to the text or to the configuration; a lint result for an older
    /// generation is thrown away.
    var generation = 0
    /// The run in progress, cancelled when a newer change arrives.
    var running: LintCancellation?
    /// What the published diagnostics were computed from, for code actions.
    var published: LintedText?

    /// A finished lint of one text.
    struct LintedText {
        var text: SourceText
        var findings: [Finding]
        var linter: Linter
    }

    init(uri: String, path: String, languageID: String, version: Int, text: String) {
        self.uri = uri
        self.path = path
        format = ArticleFormat(path: path) ?? (languageID == "markdown" ? .markdown : .plainText)
        self.version = version
        self.text = SourceText(text)
    }

    /// Applies one `TextDocumentContentChangeEvent`: with a `range` it replaces that range
    /// (incremental sync), without one it replaces the whole text (full sync).
    mutating func apply(change: JSONTree) throws(LSPError) {
        guard let newText = change["text"]?.stringValue else {
            throw LSPError(code: .invalidParams, message: "a content change needs 'text'")
        }
        guard let range = change["range"], !range.isNull else {
            text = SourceText(newText)
            return
        }
        guard let start = Self.position(range["start"]), let end = Self.position(range["end"]) else {
            throw LSPError(code: .invalidParams, message: "a content change's range needs start and end positions")
        }
        let lower = text.offset(utf16Line: start.line, character: start.character)
        let upper = max(lower, text.offset(utf16Line: end.line, character: end.character))
        var bytes = text.bytes
        bytes.replaceSubrange(lower..<upper, with: Array(newText.utf8))
        text = SourceText(rawBytes: bytes)
    }

    static func position(_ value: JSONTree?) -> (line: Int, character: Int)? {
        guard let line = value?["line"]?.intValue, let character = value?["character"]?.intValue, line >= 0, character >= 0 else { return nil }
        return (line, character)
    }
}
