/// SARIF 2.1.0 as GitHub code scanning accepts it: rules described in `tool.driver.rules`,
/// results with regions counted in Unicode code points, and the other side of a contradiction
/// in `relatedLocations`.
public struct SARIFReporter: Reporter {
    public static let toolVersion = FactLintVersion.current

    public init() {}

    public func render(_ report: LintReport) -> String {
        var json = JSONWriter()
        json.beginObject()
        json.string("$schema", "https://json.schemastore.org/sarif-2.1.0.json")
        json.string("version", "2.1.0")
        json.beginArray("runs")
        json.beginObject()
        json.beginObject("tool")
        json.beginObject("driver")
        json.string("name", "factlint")
        json.string("version", Self.toolVersion)
        json.string("semanticVersion", Self.toolVersion)
        json.beginArray("rules")
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in report.rules.enumerated() {
            ruleIndex[rule.id] = index
            json.beginObject()
            json.string("id", rule.id)
            json.string("name", rule.id)
            json.beginObject("shortDescription")
            json.string("text", firstSentence(rule.description.isEmpty ? rule.message : rule.description))
            json.endObject()
            json.beginObject("fullDescription")
            json.string("text", rule.description.isEmpty ? rule.message : rule.description)
            json.endObject()
            json.beginObject("help")
            var help = rule.description.isEmpty ? rule.message : rule.description
            help += "\n\nRun `factlint explain \(rule.id)` for examples."
            if !rule.isBuiltIn { help += " It is a house rule defined in \(rule.sourceLocation); run the command where lint ran, or give the same --config." }
            json.string("text", help)
            json.endObject()
            if let link = rule.link { json.string("helpUri", link) }
            json.beginObject("defaultConfiguration")
            json.string("level", Self.level(rule.severity))
            json.endObject()
            json.beginObject("properties")
            json.beginArray("tags")
            for tag in rule.tags { json.string(nil, tag) }
            json.endArray()
            json.string("check", rule.check)
            json.endObject()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endObject()
        json.string("columnKind", "unicodeCodePoints")
        json.beginArray("results")
        for finding in report.findings {
            json.beginObject()
            json.string("ruleId", finding.ruleID)
            if let index = ruleIndex[finding.ruleID] { json.int("ruleIndex", index) }
            json.string("level", Self.level(finding.severity))
            json.beginObject("message")
            json.string("text", finding.message)
            json.endObject()
            json.beginArray("locations")
            json.beginObject()
            writePhysical(path: finding.path, location: finding.location, into: &json)
            json.endObject()
            json.endArray()
            if !finding.related.isEmpty {
                json.beginArray("relatedLocations")
                for (index, related) in finding.related.enumerated() {
                    json.beginObject()
                    json.int("id", index + 1)
                    writePhysical(path: related.path, location: related.location, into: &json)
                    json.beginObject("message")
                    json.string("text", related.message)
                    json.endObject()
                    json.endObject()
                }
                json.endArray()
            }
            if let fix = finding.fix { writeFixes(fix, path: finding.path, into: &json) }
            json.beginObject("partialFingerprints")
            json.string("factlint/v1", fingerprint(finding))
            json.endObject()
            if !finding.evidence.isEmpty { writeEvidence(finding.evidence, into: &json) }
            json.endObject()
        }
        json.endArray()
        json.beginArray("invocations")
        json.beginObject()
        let diagnostics = report.allDiagnostics
        json.bool("executionSuccessful", !diagnostics.contains { $0.level == .error })
        json.beginArray("toolExecutionNotifications")
        for diagnostic in diagnostics {
            json.beginObject()
            json.string("level", diagnostic.level == .info ? "note" : diagnostic.level.rawValue)
            json.beginObject("message")
            json.string("text", diagnostic.message)
            json.endObject()
            json.beginArray("locations")
            json.beginObject()
            json.beginObject("physicalLocation")
            writeArtifact(diagnostic.path, into: &json)
            if let location = diagnostic.location {
                json.beginObject("region")
                json.int("startLine", location.line)
                json.int("startColumn", location.column)
                json.endObject()
            }
            json.endObject()
            json.endObject()
            json.endArray()
            json.endObject()
        }
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        return json.output + "\n"
    }

    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// SARIF `fixes`: one replacement of the finding's span.
    private func writeFixes(_ fix: Fix, path: String, into json: inout JSONWriter) {
        json.beginArray("fixes")
        json.beginObject()
        json.beginObject("description")
        json.string("text", fix.summary)
        json.endObject()
        json.beginArray("artifactChanges")
        json.beginObject()
        writeArtifact(path, into: &json)
        json.beginArray("replacements")
        json.beginObject()
        writeRegion("deletedRegion", fix.location, into: &json)
        json.beginObject("insertedContent")
        json.string("text", fix.replacement)
        json.endObject()
        json.endObject()
        json.endArray()
        json.endObject()
        json.endArray()
        json.endObject()
        json.endArray()
    }

    /// The evidence in the result's property bag: `properties.evidence`.
    private func writeEvidence(_ evidence: [Evidence], into json: inout JSONWriter) {
        json.beginObject("properties")
        json.beginArray("evidence")
        for item in evidence {
            json.beginObject()
            json.string("name", item.name)
            json.string("kind", item.kind.rawValue)
            json.string("text", item.text)
            if let value = item.value { json.string("value", value) }
            if let location = item.location { writeRegion("region", location, into: &json) }
            json.endObject()
        }
        json.endArray()
        json.endObject()
    }

    private func writeRegion(_ name: String, _ location: SourceLocation, into json: inout JSONWriter) {
        json.beginObject(name)
        json.int("startLine", location.line)
        json.int("startColumn", location.column)
        json.int("endLine", location.endLine)
        json.int("endColumn", location.endColumn)
        json.endObject()
    }

    private func writePhysical(path: String, location: SourceLocation, into json: inout JSONWriter) {
        json.beginObject("physicalLocation")
        writeArtifact(path, into: &json)
        writeRegion("region", location, into: &json)
        json.endObject()
    }

    private func writeArtifact(_ path: String, into json: inout JSONWriter) {
        json.beginObject("artifactLocation")
        if path.hasPrefix("/") {
            json.string("uri", "file://" + Self.percentEncode(path))
        } else {
            json.string("uri", Self.percentEncode(path))
            json.string("uriBaseId", "%SRCROOT%")
        }
        json.endObject()
    }

    /// Percent-encodes a path for a URI, keeping `/` and RFC 3986 unreserved characters.
    static func percentEncode(_ path: String) -> String {
        var result = ""
        for byte in path.utf8 {
            if ByteClass.isAlnumASCII(byte) || byte == 0x2D || byte == 0x2E || byte == 0x5F || byte == 0x7E || byte == 0x2F {
                result.unicodeScalars.append(Unicode.Scalar(byte))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                result += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return result
    }

    /// A stable identity for a finding that survives edits elsewhere in the file: the rule and
    /// the text it points at.
    private func fingerprint(_ finding: Finding) -> String {
        let hash = FNV1a.hash((finding.ruleID + "\u{0}" + finding.message).utf8)
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }

    private func firstSentence(_ text: String) -> String {
        let trimmed = text.trimmingASCIIWhitespace()
        if let range = trimmed.range(of: ". ") { return String(trimmed[..<range.lowerBound]) + "." }
        return trimmed
    }
}
