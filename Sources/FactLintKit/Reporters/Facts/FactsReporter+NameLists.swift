/// The name-lists section of `factlint facts`: the lists whose items are separate names, with
/// their kind and items, so an editor can see why two close spellings were not paired.
extension FactsReporter {
    /// `nameLists`: each list's kind ("coordinated", "line-up") and its items, each with its
    /// text and location.
    func writeNameLists(_ file: ArticleFacts, into json: inout JSONWriter) {
        let source = file.article.source
        json.beginArray("nameLists")
        for list in file.nameLists {
            json.beginObject()
            json.string("kind", list.kind.rawValue)
            json.beginArray("items")
            for item in list.items {
                json.beginObject()
                json.string("text", item.text)
                JSONReporter.write(source.location(of: item.span), into: &json)
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }

    func renderNameLists(_ file: ArticleFacts) -> String {
        guard !file.nameLists.isEmpty else { return "" }
        let source = file.article.source
        var out = "  name lists:\n"
        for list in file.nameLists {
            out += "    \(list.kind.rawValue) (line \(source.location(of: list.items[0].span).line)): \(list.items.map(\.text).joined(separator: " | "))\n"
        }
        return out
    }
}
