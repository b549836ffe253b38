/// The figures section of `factlint facts`: every claim frame, quotation and table, letting a rule
/// author see just what the figure and quotation rules compare.
extension FactsReporter {
    func writeClaims(_ file: ArticleFacts, into json: inout JSONWriter) {
        let source = file.article.source
        json.beginArray("claims")
        for claim in file.claims {
            json.beginObject()
            json.beginObject("quantity")
            json.number("value", claim.quantity.value)
            json.string("unit", claim.quantity.unit)
            json.string("text", claim.quantity.text)
            JSONReporter.write(source.location(of: claim.quantity.span), into: &json)
            if claim.quantity.hedge != .exact { json.string("hedge", claim.quantity.hedge.rawValue) }
            if claim.quantity.decimals > 0 { json.int("decimals", claim.quantity.decimals) }
            if let end = claim.rangeWith { json.number("rangeWith", end) }
            json.endObject()
            json.string("kind", claim.kind.rawValue)
            if claim.direction != 0 { json.string("direction", claim.direction > 0 ? "up" : "down") }
            if !claim.measure.isEmpty {
                json.beginObject("measure")
                json.string("head", claim.measure.head)
                json.beginArray("modifiers")
                for modifier in claim.measure.modifiers { json.string(nil, modifier) }
                json.endArray()
                json.string("from", claim.measure.source.rawValue)
                json.string("text", claim.measure.text)
                json.endObject()
            }
            if let subject = claim.subject { json.string("subject", subject) }
            if let period = claim.period { json.string("period", period) }
            if !claim.qualifiers.isEmpty {
                json.beginArray("qualifiers")
                for qualifier in claim.qualifiers { json.string(nil, qualifier) }
                json.endArray()
            }
            json.string("position", claim.position.rawValue)
            if claim.isDefinite { json.bool("definite", true) }
            if claim.isPartitive { json.bool("partitive", true) }
            if claim.isConversion { json.bool("conversion", true) }
            if let spread = claim.spreadOver { json.string("spreadOver", file.temporal[spread].value ?? file.temporal[spread].text) }
            if let yes = claim.tallyYes { json.int("for", yes) }
            if let no = claim.tallyNo { json.int("against", no) }
            json.beginArray("subject")
            for word in claim.subjectWords { json.string(nil, word) }
            json.endArray()
            if claim.isHeadline { json.bool("headline", true) }
            json.endObject()
        }
        json.endArray()
        json.beginArray("quotations")
        for quotation in file.quotations {
            json.beginObject()
            json.string("text", quotation.text)
            JSONReporter.write(source.location(of: quotation.span), into: &json)
            json.string("speaker", quotation.speaker)
            if quotation.isFragment { json.bool("fragment", true) }
            json.endObject()
        }
        json.endArray()
        json.beginArray("tables")
        for table in file.tables {
            json.beginObject()
            json.string("kind", table.kind.rawValue)
            JSONReporter.write(source.location(of: table.span), into: &json)
            json.beginArray("header")
            for heading in table.header { json.string(nil, heading) }
            json.endArray()
            json.beginArray("rows")
            for row in table.rows {
                json.beginObject()
                json.string("label", row.label)
                json.int("line", row.line)
                if let section = row.section { json.string("section", section) }
                if row.isTotal { json.bool("total", true) }
                json.beginArray("cells")
                for cell in row.cells {
                    json.beginObject()
                    json.int("column", cell.column)
                    json.number("value", cell.value)
                    json.string("text", cell.quantity.text)
                    json.endObject()
                }
                json.endArray()
                json.endObject()
            }
            json.endArray()
            json.endObject()
        }
        json.endArray()
    }

    func claimsText(_ file: ArticleFacts) -> String {
        let source = file.article.source
        var out = ""
        if !file.claims.isEmpty {
            out += "  claims:\n"
            for claim in file.claims {
                let location = source.location(of: claim.quantity.span)
                var parts = ["\(location.line):\(location.column)", claim.kind.rawValue]
                if claim.direction != 0 { parts.append(claim.direction > 0 ? "up" : "down") }
                parts.append("\"\(claim.quantity.text)\"")
                parts.append("= \(wholeNumberText(claim.quantity.value) ?? String(claim.quantity.value)) \(claim.quantity.unit.isEmpty ? "(no unit)" : claim.quantity.unit)")
                if claim.quantity.hedge != .exact { parts.append("(\(claim.quantity.hedge.rawValue))") }
                if !claim.measure.isEmpty {
                    let modifiers = claim.measure.modifiers.isEmpty ? "" : " [" + claim.measure.modifiers.joined(separator: " ") + "]"
                    parts.append("measure: \(claim.measure.head)\(modifiers) (\(claim.measure.source.rawValue))")
                }
                if let subject = claim.subject { parts.append("subject: \(subject)") }
                if let period = claim.period { parts.append("period: \(period)") }
                if !claim.qualifiers.isEmpty { parts.append("basis: " + claim.qualifiers.joined(separator: ", ")) }
                if claim.isDefinite { parts.append("definite") }
                if claim.isPartitive { parts.append("partitive") }
                if claim.isConversion { parts.append("conversion") }
                if let spread = claim.spreadOver { parts.append("over: \(file.temporal[spread].value ?? file.temporal[spread].text)") }
                if let yes = claim.tallyYes { parts.append("for \(yes)") }
                if let no = claim.tallyNo { parts.append("against \(no)") }
                parts.append("[\(claim.position.rawValue)]")
                out += "    " + parts.joined(separator: " ") + "\n"
            }
        }
        if !file.quotations.isEmpty {
            out += "  quotations:\n"
            for quotation in file.quotations {
                let location = source.location(of: quotation.span)
                out += "    \(location.line):\(location.column) \(quotation.speaker ?? "(unattributed)")\(quotation.isFragment ? " (fragment)" : ""): \"\(quotation.text)\"\n"
            }
        }
        for table in file.tables {
            out += "  table (\(table.kind.rawValue), line \(source.location(of: table.span).line)): \(table.header.joined(separator: " | "))\n"
            for row in table.rows {
                let cells = row.cells.map { "\($0.column): \($0.quantity.text)" }.joined(separator: "; ")
                out += "    \(row.line) \(row.isTotal ? "[total] " : "")\(row.label)\(row.section.map { " (\($0))" } ?? ""): \(cells)\n"
            }
        }
        return out
    }
}
