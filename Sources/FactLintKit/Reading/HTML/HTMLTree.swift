/// One node of a page: an element, a run of text or a comment, by source ranges.
struct HTMLNode: Sendable {
    enum Kind: Sendable { case element, text, comment }

    var kind: Kind
    /// The tag name, lowercased (elements only).
    var name: String
    var attributes: [HTMLAttribute]
    /// The start tag, the text or the whole comment.
    var span: Range<Int>
    /// The raw text (text nodes) or the comment's content.
    var content: Range<Int>
    /// Whether the text's character references decode (not in script or style).
    var decodes: Bool
    var parent: Int
    var children: [Int] = []

    func attribute(_ name: String) -> Range<Int>? {
        attributes.first { $0.name == name }?.value
    }

    func hasAttribute(_ name: String) -> Bool { attributes.contains { $0.name == name } }
}

/// The element tree of a page, built from tokens with the parts of WHATWG tree construction that
/// decide where prose belongs: void elements, the end tags a page may leave out (`p`, `li`, `td`,
/// …), a `p` closed by the block that follows it, and end tags that close what was left open.
/// Each repair is recorded as a problem so the reader can warn about a broken page.
struct HTMLTree: Sendable {
    private(set) var nodes: [HTMLNode]
    private(set) var problems: [HTMLProblem] = []

    /// Deeper elements are kept as children of the last one at this depth.
    static let maximumDepth = 400

    static let voidElements: Set<String> = [
        "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr",
        "param", "keygen", "basefont", "bgsound", "frame",
    ]
    /// Elements whose end tag may be left out: leaving them open is not worth a warning.
    static let optionalEnd: Set<String> = [
        "html", "head", "body", "p", "li", "dt", "dd", "option", "optgroup", "rb", "rt", "rtc", "rp", "tr", "td",
        "th", "tbody", "thead", "tfoot", "colgroup", "caption",
    ]
    /// Start tags that close an open `p`.
    static let closesParagraph: Set<String> = [
        "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
        "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr",
        "main", "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt", "listing",
        "xmp", "search",
    ]
    /// Elements that bound the search for an open `p` or `li` (a scope, loosely).
    private static let scopeBoundaries: Set<String> = [
        "html", "body", "table", "td", "th", "caption", "template", "button", "object", "applet", "marquee",
        "ul", "ol", "menu", "article", "section", "nav", "aside", "main", "header", "footer", "blockquote", "div",
        "figure", "dl",
    ]
    static let headings: Set<String> = ["h1", "h2", "h3", "h4", "h5", "h6"]

    init(tokens: [HTMLToken]) {
        nodes = [HTMLNode(kind: .element, name: "#document", attributes: [], span: 0..<0, content: 0..<0, decodes: true, parent: -1)]
        var stack = [0]
        func add(_ node: HTMLNode) -> Int {
            var node = node
            node.parent = stack[stack.count - 1]
            nodes.append(node)
            nodes[node.parent].children.append(nodes.count - 1)
            return nodes.count - 1
        }
        func popTo(_ position: Int, reportUnclosed: Bool) {
            if reportUnclosed {
                for index in stack[(position + 1)...] where !Self.optionalEnd.contains(nodes[index].name) {
                    problems.append(HTMLProblem(kind: .unclosedElement, span: nodes[index].span, element: nodes[index].name))
                }
            }
            stack.removeSubrange(position...)
        }
        /// The stack position of the innermost open `name` not behind a boundary, if any.
        func openInScope(_ name: String, boundaries: Set<String>) -> Int? {
            var position = stack.count - 1
            while position > 0 {
                let open = nodes[stack[position]].name
                if open == name { return position }
                if boundaries.contains(open) { return nil }
                position -= 1
            }
            return nil
        }
        for token in tokens {
            switch token {
            case let .startTag(name, attributes, selfClosing, span):
                if Self.closesParagraph.contains(name), let open = openInScope("p", boundaries: Self.scopeBoundaries) {
                    popTo(open, reportUnclosed: true)
                }
                if name == "li", let open = openInScope("li", boundaries: Self.scopeBoundaries) { popTo(open, reportUnclosed: true) }
                if name == "dt" || name == "dd" {
                    if let open = openInScope("dd", boundaries: Self.scopeBoundaries) ?? openInScope("dt", boundaries: Self.scopeBoundaries) {
                        popTo(open, reportUnclosed: true)
                    }
                }
                if name == "option" || name == "optgroup", nodes[stack[stack.count - 1]].name == "option" { stack.removeLast() }
                if name == "td" || name == "th" || name == "tr" {
                    for cell in ["td", "th"] { if let open = openInScope(cell, boundaries: ["table"]) { popTo(open, reportUnclosed: true) } }
                    if name == "tr", let open = openInScope("tr", boundaries: ["table"]) { popTo(open, reportUnclosed: true) }
                }
                if Self.headings.contains(name), Self.headings.contains(nodes[stack[stack.count - 1]].name) {
                    problems.append(HTMLProblem(kind: .unclosedElement, span: nodes[stack[stack.count - 1]].span, element: nodes[stack[stack.count - 1]].name))
                    stack.removeLast()
                }
                let index = add(HTMLNode(kind: .element, name: name, attributes: attributes, span: span, content: span, decodes: true, parent: 0))
                // A self-closing flag on a normal element is ignored in HTML, except in SVG and MathML;
                // the tokenizer read no raw text after a self-closed `<script/>`, so it is empty too.
                if Self.voidElements.contains(name) || (selfClosing && (Self.rawText(name) || Self.isForeign(name))) { continue }
                if stack.count >= Self.maximumDepth {
                    if problems.last?.kind != .tooDeep { problems.append(HTMLProblem(kind: .tooDeep, span: span, element: name)) }
                    continue
                }
                stack.append(index)
            case let .endTag(name, span):
                if Self.voidElements.contains(name) { continue }  // </br> and the like
                var position = stack.count - 1
                while position > 0, nodes[stack[position]].name != name { position -= 1 }
                if position > 0 {
                    popTo(position, reportUnclosed: true)
                } else if !["p", "html", "body", "head"].contains(name) {
                    problems.append(HTMLProblem(kind: .strayEndTag, span: span, element: name))
                }
            case let .text(range, decodes):
                _ = add(HTMLNode(kind: .text, name: "", attributes: [], span: range, content: range, decodes: decodes, parent: 0))
            case let .comment(content, span):
                _ = add(HTMLNode(kind: .comment, name: "", attributes: [], span: span, content: content, decodes: false, parent: 0))
            }
        }
        if stack.count > 1 { popTo(1, reportUnclosed: true) }
    }

    private static func rawText(_ name: String) -> Bool { HTMLTokenizer.rawTextElements[name] != nil }

    /// Elements that are usually SVG or MathML inside a page, where `<x/>` is empty.
    private static func isForeign(_ name: String) -> Bool {
        !closesParagraph.contains(name) && !["span", "a", "div", "p", "b", "i", "em", "strong", "time", "section"].contains(name)
    }

    /// Every element below `root` (depth first, in document order) for which `match` holds.
    func elements(under root: Int = 0, where match: (HTMLNode) -> Bool) -> [Int] {
        var found: [Int] = []
        var pending = [root]
        while let index = pending.popLast() {
            let node = nodes[index]
            if index != root, node.kind == .element, match(node) { found.append(index) }
            pending.append(contentsOf: node.children.reversed())
        }
        return found
    }

    /// Whether `index` lies inside `ancestor`.
    func isInside(_ index: Int, _ ancestor: Int) -> Bool {
        var current = nodes[index].parent
        while current >= 0 {
            if current == ancestor { return true }
            current = nodes[current].parent
        }
        return false
    }

    /// The nearest enclosing element (or the node itself) for which `match` holds.
    func ancestor(of index: Int, where match: (HTMLNode) -> Bool) -> Int? {
        var current = index
        while current >= 0 {
            if nodes[current].kind == .element, match(nodes[current]) { return current }
            current = nodes[current].parent
        }
        return nil
    }
}
