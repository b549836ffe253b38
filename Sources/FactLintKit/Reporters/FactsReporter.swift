/// Prints what the parser read (`factlint facts`): headline, publication date, dateline and
/// sentences with their locations, as JSON or as text.
public struct FactsReporter: Sendable {
    public enum Format: String, Sendable, CaseIterable {
        case text
        case json
    }

    public var format: Format

    public init(format: Format) { self.format = format }

    public func render(_ facts: [ArticleFacts], diagnostics: [Diagnostic]) -> String {
        switch format {
        case .json: return renderJSON(facts, diagnostics: diagnostics)
        case .text: return renderText(facts, diagnostics: diagnostics)
        }
    }

    private func renderJSON(_ facts: [ArticleFacts], diagnostics: [Diagnostic]) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.beginArray("files")
        for file in facts {
            let article = file.article
            let source = article.source
            json.beginObject()
            json.string("path", article.path)
            json.string("format", article.format == .markdown ? "markdown" : "text")
            json.string("headline", article.headline?.text.string)
            json.string("published", article.published?.isoDate)
            json.string("publishedDateTime", article.published?.isoDateTime)
            if let dateline = article.dateline {
                json.beginObject("dateline")
                json.string("text", dateline.text)
                json.string("place", dateline.place)
                json.string("agency", dateline.agency)
                json.int("month", dateline.month)
                json.int("day", dateline.day)
                JSONReporter.write(source.location(of: dateline.span), into: &json)
                json.endObject()
            } else {
                json.string("dateline", nil)
            }
            json.beginArray("sentences")
            for sentence in file.sentences {
                json.beginObject()
                json.string("text", sentence.text)
                JSONReporter.write(source.location(of: sentence.span), into: &json)
                json.string("block", sentence.blockKind.rawValue)
                json.endObject()
            }
            json.endArray()
            writePeople(file, into: &json)
            writeNames(file, into: &json)
            writeNameLists(file, into: &json)
            writeClaims(file, into: &json)
            json.beginArray("temporal")
            for expression in file.temporal {
                json.beginObject()
                json.string("text", expression.text)
                JSONReporter.write(source.location(of: expression.span), into: &json)
                json.string("type", expression.kind.rawValue)
                json.string("value", expression.value)
                json.endObject()
            }
            json.endArray()
            writeTimeline(file, into: &json)
            json.endObject()
        }
        json.endArray()
        json.beginArray("errors")
        for diagnostic in diagnostics.sorted() {
            json.beginObject()
            json.string("path", diagnostic.path)
            json.string("level", diagnostic.level.rawValue)
            json.string("message", diagnostic.message)
            json.endObject()
        }
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    private func renderText(_ facts: [ArticleFacts], diagnostics: [Diagnostic]) -> String {
        var out = ""
        for diagnostic in diagnostics.sorted() {
            out += "\(diagnostic.path): \(diagnostic.level.rawValue): \(diagnostic.message)\n"
        }
        for file in facts {
            let article = file.article
            let source = article.source
            out += "\(article.path)\n"
            out += "  headline:  \(article.headline?.text.string ?? "(none)")\n"
            out += "  published: \(article.published?.isoDateTime ?? "(unknown)")\n"
            if let dateline = article.dateline {
                let location = source.location(of: dateline.span)
                out += "  dateline:  \(dateline.text) (line \(location.line))\n"
            }
            if !file.temporal.isEmpty {
                out += "  temporal:\n"
                for expression in file.temporal {
                    let location = source.location(of: expression.span)
                    out += "    \(location.line):\(location.column) \(expression.kind.rawValue) \(expression.value ?? "(unresolved)") \"\(expression.text)\"\n"
                }
            }
            out += timelineText(file)
            out += renderPeople(file)
            out += renderNames(file)
            out += renderNameLists(file)
            out += claimsText(file)
            out += "  sentences:\n"
            for sentence in file.sentences {
                let location = source.location(of: sentence.span)
                out += "    \(location.line):\(location.column)-\(location.endLine):\(location.endColumn) [\(sentence.blockKind.rawValue)] \(sentence.text)\n"
            }
        }
        return out
    }
}
