/// What a page says about itself in its markup: `<meta>` properties and JSON-LD.
struct HTMLMetadata {
    let tree: HTMLTree
    let source: SourceText
    let dateLines: DateLineParser
    /// `<meta>` elements by their lowercased `property`, `name` or `itemprop`.
    private var metas: [String: Range<Int>] = [:]
    /// The publication date from `<meta>` or JSON-LD, and where it is written.
    private(set) var published: (date: PublicationDate, span: SourceSpan)?

    /// Names a page gives its publication time in `<meta>`, in order of trust.
    static let publishedNames = [
        "article:published_time", "og:article:published_time", "datepublished", "publishdate", "publish-date",
        "pubdate", "dc.date.issued", "parsely-pub-date", "sailthru.date",
    ]

    init(tree: HTMLTree, source: SourceText, dateLines: DateLineParser) {
        self.tree = tree
        self.source = source
        self.dateLines = dateLines
        for index in tree.elements(where: { $0.name == "meta" }) {
            let node = tree.nodes[index]
            guard let content = node.attribute("content") else { continue }
            for key in ["property", "name", "itemprop"] {
                if let range = node.attribute(key) {
                    let name = String(decoding: source.bytes[range], as: UTF8.self).lowercased().trimmingASCIIWhitespace()
                    if metas[name] == nil { metas[name] = content }
                }
            }
        }
        for name in Self.publishedNames {
            if let range = metas[name], let date = date(in: range) {
                published = (date, SourceSpan(start: range.lowerBound, end: range.upperBound))
                return
            }
        }
        published = jsonLDPublished()
    }

    /// The raw `content` of the first `<meta>` with one of these names.
    func content(ofMeta names: [String]) -> Range<Int>? {
        for name in names { if let range = metas[name] { return range } }
        return nil
    }

    private func date(in range: Range<Int>) -> PublicationDate? {
        let value = String(decoding: source.bytes[range], as: UTF8.self).trimmingASCIIWhitespace()
        guard !value.isEmpty else { return nil }
        return dateLines.parseNumeric(value) ?? dateLines.parse(value)
    }

    /// `datePublished` in a `<script type="application/ld+json">`, searched depth first.
    private func jsonLDPublished() -> (date: PublicationDate, span: SourceSpan)? {
        for index in tree.elements(where: { $0.name == "script" }) {
            let node = tree.nodes[index]
            guard let type = node.attribute("type"),
                  String(decoding: source.bytes[type], as: UTF8.self).lowercased().contains("ld+json"),
                  let text = node.children.first.map({ tree.nodes[$0].content }) else { continue }
            guard case let .success(json) = JSONParser.parse(source.bytes, range: text) else { continue }
            var pending = [json]
            while let value = pending.popLast() {
                switch value.value {
                case let .object(members):
                    if let found = members.first(where: { $0.key == "datePublished" })?.value, case .string = found.value,
                       found.span.count >= 2 {
                        let inner = (found.span.lowerBound + 1)..<(found.span.upperBound - 1)
                        if let date = date(in: inner) { return (date, SourceSpan(start: inner.lowerBound, end: inner.upperBound)) }
                    }
                    pending.append(contentsOf: members.reversed().map(\.value))
                case let .array(items):
                    pending.append(contentsOf: items.reversed())
                default:
                    break
                }
            }
        }
        return nil
    }

    /// `<time datetime>` in the story's header: inside a `<header>` of the story, or before its
    /// first paragraph.
    func headerTime(under root: Int) -> (date: PublicationDate, span: SourceSpan)? {
        let firstParagraph = tree.elements(under: root) { $0.name == "p" }.first.map { tree.nodes[$0].span.lowerBound } ?? Int.max
        for index in tree.elements(under: root, where: { $0.name == "time" && $0.hasAttribute("datetime") }) {
            let node = tree.nodes[index]
            let inHeader = tree.ancestor(of: index) { $0.name == "header" }.map { tree.isInside($0, root) } ?? false
            guard inHeader || node.span.lowerBound < firstParagraph, let range = node.attribute("datetime"),
                  let date = date(in: range) else { continue }
            return (date, SourceSpan(start: range.lowerBound, end: range.upperBound))
        }
        return nil
    }
}
