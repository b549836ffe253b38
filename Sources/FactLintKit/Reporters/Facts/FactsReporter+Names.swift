/// The names section of `factlint facts`: every proper-name cluster with its spellings, how
/// often and where each is used, and why two spellings were joined.
extension FactsReporter {
    func writeNames(_ file: ArticleFacts, into json: inout JSONWriter) {
        let source = file.article.source
        json.beginArray("names")
        for cluster in file.names {
            json.beginObject()
            json.string("kind", cluster.kind.rawValue)
            if let person = cluster.person { json.string("person", person) }
            if let evidence = cluster.evidence { json.string("evidence", evidence.rawValue) }
            json.beginArray("spellings")
            for spelling in cluster.spellings {
                json.beginObject()
                json.string("text", spelling.text)
                json.int("count", spelling.count)
                json.beginArray("lines")
                for span in spelling.spans { json.int(nil, source.location(of: span).line) }
                json.endArray()
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }

    func renderNames(_ file: ArticleFacts) -> String {
        guard !file.names.isEmpty else { return "" }
        let source = file.article.source
        var out = "  names:\n"
        for cluster in file.names {
            let spellings = cluster.spellings.map { spelling in
                "\"\(spelling.text)\" x\(spelling.count) (line\(spelling.count > 1 ? "s" : "") \(spelling.spans.map { String(source.location(of: $0).line) }.joined(separator: ", ")))"
            }
            out += "    \(cluster.kind.rawValue): \(spellings.joined(separator: " / "))\(cluster.evidence.map { " [\($0.rawValue)]" } ?? "")\n"
        }
        return out
    }
}
