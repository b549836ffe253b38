/// The people section of `factlint facts`: each person with their mentions and structured
/// titles (head, kind, class, rank, portfolio, organisation, party, tenure).
extension FactsReporter {
    func writePeople(_ file: ArticleFacts, into json: inout JSONWriter) {
        let source = file.article.source
        json.beginArray("people")
        for person in file.people {
            json.beginObject()
            json.string("name", person.name)
            json.beginArray("mentions")
            for mention in person.mentions {
                json.beginObject()
                json.string("text", mention.text)
                JSONReporter.write(source.location(of: mention.span), into: &json)
                json.string("kind", mention.kind.rawValue)
                if let honorific = mention.honorific { json.string("honorific", honorific) }
                json.endObject()
            }
            json.endArray()
            json.beginArray("titles")
            for title in person.titles {
                json.beginObject()
                json.string("title", title.text)
                json.string("org", title.org)
                JSONReporter.write(source.location(of: title.span), into: &json)
                json.string("role", title.role)
                json.string("kind", title.kind.rawValue)
                json.string("class", title.postClass.rawValue)
                json.beginArray("rank")
                for rank in title.modifiers { json.string(nil, rank) }
                json.endArray()
                json.beginArray("portfolio")
                for word in title.qualifiers.sorted() { json.string(nil, word) }
                json.endArray()
                if let key = title.orgKey { json.string("orgKey", key) }
                if let place = title.contextPlace { json.string("contextPlace", place) }
                if let org = title.contextOrg { json.string("contextOrg", org) }
                if let party = title.party { json.string("party", party) }
                json.string("tenure", title.tenure.rawValue)
                if title.isFormer { json.bool("former", true) }
                if title.isIndefinite { json.bool("indefinite", true) }
                if !title.heldWith.isEmpty {
                    json.beginArray("heldWith")
                    for head in title.heldWith { json.string(nil, head) }
                    json.endArray()
                }
                json.endObject()
            }
            json.endArray()
            if person.changesPost { json.bool("changesPost", true) }
            if person.leavesPost { json.bool("leavesPost", true) }
            if !person.genderEvidence.isEmpty {
                json.beginArray("gender")
                for evidence in person.genderEvidence {
                    json.beginObject()
                    json.string("gender", evidence.gender.rawValue)
                    json.string("source", evidence.source.rawValue)
                    json.string("text", evidence.text)
                    JSONReporter.write(source.location(of: evidence.span), into: &json)
                    json.endObject()
                }
                json.endArray()
            }
            json.endObject()
        }
        json.endArray()
    }

    func renderPeople(_ file: ArticleFacts) -> String {
        guard !file.people.isEmpty else { return "" }
        let source = file.article.source
        var out = "  people:\n"
        for person in file.people {
            out += "    \(person.name)\n"
            for title in person.titles {
                let location = source.location(of: title.span)
                out += "      \(location.line):\(location.column) title \"\(title.text)\" (\(title.structureSummary))\n"
            }
            for mention in person.mentions {
                let location = source.location(of: mention.span)
                out += "      \(location.line):\(location.column) \(mention.kind.rawValue) \"\(mention.text)\"\n"
            }
        }
        return out
    }
}
