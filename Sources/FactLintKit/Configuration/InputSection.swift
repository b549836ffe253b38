import Yams

extension JSONFieldMap {
    /// Reads a `.factlint.yml` `input:` section, which names a CMS export's fields:
    ///
    ///     input:
    ///       title: headline            # or a list, tried in order
    ///       body: [body_html, content.raw]
    ///       date: first_published_at
    ///       id: uuid
    static func parse(section node: Node, problem: (Mark?, String) -> Void) -> [Part: [String]] {
        guard let pairs = node.mapping else {
            problem(node.mark, "'input' maps the parts title, date, body and id to the export's field names, like 'input: {body: body_html}'")
            return [:]
        }
        var overrides: [Part: [String]] = [:]
        for (keyNode, value) in pairs {
            guard let name = keyNode.string, let part = Part(rawValue: name) else {
                problem(keyNode.mark, "'input' names the parts \(Part.allCases.map(\.rawValue).joined(separator: ", ")); '\(keyNode.string ?? "")' is not one")
                continue
            }
            if let text = value.scalar?.string, !text.isEmpty {
                overrides[part] = [text]
            } else if let items = value.sequence, !items.isEmpty, items.allSatisfy({ $0.scalar != nil }) {
                overrides[part] = items.compactMap { $0.scalar?.string }
            } else {
                problem(value.mark, "'input: \(name)' is a field name or a list of them")
            }
        }
        return overrides
    }
}
