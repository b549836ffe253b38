/// The timeline in `factlint facts`: each event with its trigger, status, dates, people and the
/// event it is a mention of, then the order constraints between events, people's ages, and the
/// pairs of dates whose order the words fix; the text form lists lengths of service, records
/// ("the lowest since 1981") and things named with their length ("the five-year plan") too.
extension FactsReporter {
    /// Writes `"events"`, `"order"`, `"ages"` and `"datePairs"` into a file's JSON object.
    func writeTimeline(_ file: ArticleFacts, into json: inout JSONWriter) {
        let source = file.article.source
        let timeline = file.timeline
        json.beginArray("events")
        for (index, event) in timeline.events.enumerated() {
            json.beginObject()
            json.int("id", index)
            json.string("trigger", event.trigger)
            json.string("family", event.family)
            json.string("text", event.text)
            JSONReporter.write(source.location(of: event.span), into: &json)
            json.string("kind", event.isNoun ? "noun" : "verb")
            json.string("status", event.status.rawValue)
            if event.isQuoted { json.bool("quoted", true) }
            if event.isNegated { json.bool("negated", true) }
            json.beginArray("people")
            for person in event.people where file.people.indices.contains(person) { json.string(nil, file.people[person].name) }
            json.endArray()
            json.beginArray("subject")
            for word in event.subject { json.string(nil, word) }
            json.endArray()
            json.beginArray("dates")
            for anchor in event.anchors {
                let expression = file.temporal[anchor.temporal]
                json.beginObject()
                json.int("temporal", anchor.temporal)
                json.string("relation", anchor.relation.rawValue)
                json.string("text", expression.text)
                json.string("value", expression.value)
                json.endObject()
            }
            json.endArray()
            if timeline.cluster[index] != index { json.int("sameAs", timeline.cluster[index]) }
            json.endObject()
        }
        json.endArray()
        json.beginArray("order")
        for constraint in timeline.constraints {
            json.beginObject()
            json.int("earlier", constraint.earlier)
            json.int("later", constraint.later)
            json.string("source", constraint.source.rawValue)
            json.string("reason", constraint.reason)
            json.endObject()
        }
        json.endArray()
        json.beginArray("ages")
        for age in timeline.ages {
            json.beginObject()
            json.int("value", age.value)
            if file.people.indices.contains(age.person) { json.string("person", file.people[age.person].name) }
            json.string("form", age.form.rawValue)
            JSONReporter.write(source.location(of: age.span), into: &json)
            if let at = age.at { json.int("temporal", at) }
            if age.inferred { json.bool("inferred", true) }
            json.endObject()
        }
        json.endArray()
        json.beginArray("datePairs")
        for pair in timeline.datePairs {
            json.beginObject()
            json.string("kind", pair.kind.rawValue)
            json.string("cue", pair.cue)
            JSONReporter.write(source.location(of: pair.cueSpan), into: &json)
            json.int("earlier", pair.earlier)
            // Without a later date, the pair runs to the publication date.
            if let later = pair.later { json.int("later", later) } else { json.bool("toPublication", true) }
            json.endObject()
        }
        json.endArray()
    }

    /// The timeline as text lines, or nothing when there are no events.
    func timelineText(_ file: ArticleFacts) -> String {
        let timeline = file.timeline
        guard !timeline.events.isEmpty || !timeline.datePairs.isEmpty || !timeline.ages.isEmpty || !timeline.records.isEmpty
            || !timeline.namedLengths.isEmpty else { return "" }
        let source = file.article.source
        var out = timeline.events.isEmpty ? "" : "  events:\n"
        for (index, event) in timeline.events.enumerated() {
            let location = source.location(of: event.span)
            var line = "    #\(index) \(location.line):\(location.column) \(event.trigger) \"\(event.text)\" \(event.status.rawValue)"
            if event.isNegated { line += " (denied)" }
            if event.isQuoted { line += " (quoted)" }
            for anchor in event.anchors {
                let expression = file.temporal[anchor.temporal]
                line += "; \(anchor.relation.rawValue) \"\(expression.text)\" \(expression.value ?? "(unresolved)")"
            }
            let people = event.people.filter { file.people.indices.contains($0) }.map { file.people[$0].name }
            if !people.isEmpty { line += "; people: " + people.joined(separator: ", ") }
            if !event.subject.isEmpty { line += "; subject: " + event.subject.joined(separator: " ") }
            if timeline.cluster[index] != index { line += "; same as #\(timeline.cluster[index])" }
            out += line + "\n"
        }
        if !timeline.constraints.isEmpty {
            out += "  order:\n"
            for constraint in timeline.constraints {
                out += "    #\(constraint.earlier) before #\(constraint.later) (\(constraint.source.rawValue): \(constraint.reason))\n"
            }
        }
        if !timeline.services.isEmpty {
            out += "  services:\n"
            for service in timeline.services {
                let duration = file.temporal[service.duration]
                let location = source.location(of: duration.span)
                var line = "    \(location.line):\(location.column) \"\(duration.text)\" \(service.noun)"
                if let person = service.person, file.people.indices.contains(person) { line += "; person: " + file.people[person].name }
                if let event = service.event { line += "; dates #\(event)" }
                out += line + "\n"
            }
        }
        if !timeline.records.isEmpty {
            out += "  records:\n"
            for record in timeline.records {
                let location = source.location(of: record.span)
                var line = "    \(location.line):\(location.column) \"\(source.text(of: record.span))\" \(record.polarity > 0 ? "high" : "low")"
                switch record.reach {
                case .since(let date): line += "; since \"\(file.temporal[date].text)\""
                case .length(let length): line += "; back \"\(file.temporal[length].text)\""
                }
                if let head = record.head { line += "; of " + head }
                if let told = record.toldOn { line += "; told on \"\(file.temporal[told].text)\"" }
                out += line + "\n"
            }
        }
        if !timeline.namedLengths.isEmpty {
            out += "  lengths:\n"
            for named in timeline.namedLengths {
                let location = source.location(of: named.span)
                out += "    \(location.line):\(location.column) \"\(source.text(of: named.span))\" \(named.words.joined(separator: " "))"
                    + (named.determiner == .none ? "" : "; " + named.determiner.rawValue) + "\n"
            }
        }
        if !timeline.ages.isEmpty {
            out += "  ages:\n"
            for age in timeline.ages {
                let location = source.location(of: age.span)
                var line = "    \(location.line):\(location.column) \(age.value)"
                if file.people.indices.contains(age.person) { line += " " + file.people[age.person].name }
                line += " (\(age.form.rawValue)"
                if let at = age.at { line += ", at \"\(file.temporal[at].text)\"" }
                if age.inferred { line += ", inferred" }
                out += line + ")\n"
            }
        }
        if !timeline.datePairs.isEmpty {
            out += "  date pairs:\n"
            for pair in timeline.datePairs {
                let location = source.location(of: pair.cueSpan)
                let earlier = file.temporal[pair.earlier]
                let later = pair.later.map { "\"\(file.temporal[$0].text)\" \(file.temporal[$0].value ?? "(unresolved)")" } ?? "the publication date"
                out += "    \(location.line):\(location.column) \"\(pair.cue)\" \(pair.kind.rawValue): \"\(earlier.text)\" \(earlier.value ?? "(unresolved)") before \(later)\n"
            }
        }
        return out
    }
}
