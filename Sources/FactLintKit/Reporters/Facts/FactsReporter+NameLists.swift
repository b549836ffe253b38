/// The name-lists section of `factlint facts`: the lists whose items are separate names, with
/// their kind and items, so an editor can see why two close spellings were not paired.
extension FactsReporter {
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
