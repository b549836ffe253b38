extension HTMLReader {
    /// Walks the story's element and cuts its text into blocks where a block element starts or
    /// ends, as a browser lays it out; inline elements run on inside the block.
    struct BlockWalker {
        struct Context {
            var kind: Block.Kind
            var quoteDepth: Int
        }

        let reader: HTMLReader
        let tree: HTMLTree
        /// The `<h1>` read as the headline.
        let headline: Int?
        var blocks: [Block] = []
        var dateline: Dateline?
        private var builder: HTMLTextBuilder

        init(reader: HTMLReader, tree: HTMLTree, headline: Int?) {
            self.reader = reader
            self.tree = tree
            self.headline = headline
            builder = HTMLTextBuilder(source: reader.source.bytes)
        }

        mutating func flush(_ context: Context) {
            guard !builder.isEmpty else { return }
            blocks.append(Block(kind: context.kind, text: builder.take(), quoteDepth: context.quoteDepth))
        }

        mutating func walk(_ index: Int, context: Context) {
            for child in tree.nodes[index].children {
                let node = tree.nodes[child]
                switch node.kind {
                case .text:
                    builder.append(node.content, decodes: node.decodes)
                case .comment:
                    continue
                case .element:
                    if reader.isFurniture(node) {
                        if !HTMLReader.inlineElements.contains(node.name) { flush(context) }
                        continue
                    }
                    if node.name == "br" {
                        builder.appendSpace(at: node.span.lowerBound)
                        continue
                    }
                    if dateline == nil, !HTMLReader.inlineElements.contains(node.name), isDatelineElement(node) {
                        let text = reader.blockText(tree, child)
                        if let found = reader.wireDatelines.parse(text, source: reader.source, standalone: true) {
                            dateline = found.dateline
                            continue
                        }
                    }
                    if HTMLReader.inlineElements.contains(node.name) {
                        walk(child, context: context)
                        continue
                    }
                    flush(context)
                    var inner = context
                    switch node.name {
                    case "p": if context.kind != .listItem && context.kind != .blockQuote { inner.kind = .paragraph }
                    case "h1", "h2", "h3", "h4", "h5", "h6": inner.kind = child == headline ? .headline : .heading
                    case "li": inner.kind = .listItem
                    case "blockquote":
                        inner.kind = .blockQuote
                        inner.quoteDepth += 1
                    default: break
                    }
                    walk(child, context: inner)
                    flush(inner)
                }
            }
        }

        /// A block of its own marked as the dateline; one inside the first paragraph is read with
        /// that paragraph, whose opening wire dateline the article reader takes.
        private func isDatelineElement(_ node: HTMLNode) -> Bool {
            guard let value = reader.attribute(node, "class") else { return false }
            return value.lowercased().split(whereSeparator: { $0 == " " || $0 == "\t" }).contains { $0 == "dateline" || $0.hasSuffix("-dateline") || $0.hasSuffix("__dateline") }
        }
    }

    /// One located warning for each kind of syntax problem, with how many more there are.
    func diagnostics(for problems: [HTMLProblem]) -> [Diagnostic] {
        var result: [Diagnostic] = []
        for kind in HTMLProblem.Kind.allCases {
            let found = problems.filter { $0.kind == kind }.sorted { $0.span.lowerBound < $1.span.lowerBound }
            guard let first = found.first else { continue }
            let element = first.element ?? ""
            var message: String
            switch kind {
            case .strayLessThan: message = "a '<' that does not open a tag was read as text"
            case .unterminatedTag: message = "the page ends inside a tag; the tag was dropped"
            case .unterminatedComment: message = "a comment is never closed; the rest of the page was read as a comment"
            case .unterminatedRawText: message = "<\(element)> is never closed; the rest of the page was read as its content"
            case .unclosedElement: message = "<\(element)> is not closed; it was closed where the element around it ends"
            case .strayEndTag: message = "</\(element)> closes nothing that is open; it was ignored"
            case .tooDeep: message = "elements nest more than \(HTMLTree.maximumDepth) deep; deeper ones were read as if at that depth"
            }
            if found.count > 1 { message += " (and \(found.count - 1) more like it)" }
            let span = SourceSpan(start: first.span.lowerBound, end: first.span.upperBound)
            result.append(Diagnostic(path: path, level: .warning, message: "HTML: " + message, location: source.location(of: span)))
        }
        return result
    }
}
