/// An attribute of a start tag, by source position: the value is kept as a raw range so its
/// character references are decoded only when the value is read, with every byte still mapped.
struct HTMLAttribute: Sendable {
    /// The name, lowercased.
    var name: String
    /// The raw value between its quotes (or unquoted), or nil for an attribute with no value.
    var value: Range<Int>?
}

/// One token of the WHATWG tokenizer, by byte ranges into the source.
enum HTMLToken: Sendable {
    case startTag(name: String, attributes: [HTMLAttribute], selfClosing: Bool, span: Range<Int>)
    case endTag(name: String, span: Range<Int>)
    /// Character data. `decodes` is false for raw text (script, style), where `&` is literal.
    case text(Range<Int>, decodes: Bool)
    /// A comment: its content and the whole comment.
    case comment(content: Range<Int>, span: Range<Int>)
}

/// A place where the page breaks the HTML syntax; the reader goes on as a browser would and
/// reports these as located warnings.
struct HTMLProblem: Sendable, Hashable {
    enum Kind: Sendable, Hashable, CaseIterable {
        case strayLessThan
        case unterminatedTag
        case unterminatedComment
        case unterminatedRawText
        case unclosedElement
        case strayEndTag
        case tooDeep
    }

    var kind: Kind
    /// Where the problem starts (the tag, the `<`).
    var span: Range<Int>
    /// The element concerned, when there is one.
    var element: String?
}
