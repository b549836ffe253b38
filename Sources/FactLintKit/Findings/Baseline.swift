import Foundation

/// Known findings an archive adopts the tool with: `--write-baseline` records them, `--baseline`
/// hides them. A finding is matched by rule, path and the text it points at (spacing folded), not
/// by line, so edits above it do not bring it back.
public struct Baseline: Sendable {
    struct Entry: Hashable, Codable {
        var rule: String
        var path: String
        var text: String
    }

    private var counts: [Entry: Int] = [:]

    public init() {}

    /// Records every finding of a report.
    public init(report: LintReport) {
        for file in report.files {
            guard let source = file.source else { continue }
            for finding in file.findings { counts[Self.entry(finding, source), default: 0] += 1 }
        }
    }

    static func entry(_ finding: Finding, _ source: SourceText) -> Entry {
        let text = source.text(of: finding.span).split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }).joined(separator: " ")
        return Entry(rule: finding.ruleID, path: finding.path, text: text)
    }

    /// Reads a baseline file.
    public static func read(_ path: String) -> Result<Baseline, FileReadError> {
        switch InputCollector.readFile(path) {
        case let .failure(error): return .failure(error)
        case let .success(bytes):
            guard let entries = try? JSONDecoder().decode([Entry].self, from: Data(bytes)) else {
                return .failure(FileReadError(message: "\(path) is not a factlint baseline (a JSON list written by --write-baseline)"))
            }
            var baseline = Baseline()
            for entry in entries { baseline.counts[entry, default: 0] += 1 }
            return .success(baseline)
        }
    }

    /// The baseline as JSON, sorted, one entry per finding.
    public func serialized() -> String {
        var json = JSONWriter()
        json.beginArray()
        for (entry, count) in counts.sorted(by: { ($0.key.path, $0.key.rule, $0.key.text) < ($1.key.path, $1.key.rule, $1.key.text) }) {
            for _ in 0..<count {
                json.beginObject()
                json.string("rule", entry.rule)
                json.string("path", entry.path)
                json.string("text", entry.text)
                json.endObject()
            }
        }
        json.endArray()
        return json.output + "\n"
    }

    /// How many findings the baseline records.
    public var count: Int { counts.values.reduce(0, +) }

    /// The report without the findings the baseline knows; ``LintReport/hiddenByBaseline``
    /// says how many it hid.
    public func filter(_ report: LintReport) -> LintReport {
        var remaining = counts
        var result = report
        var hidden = 0
        for index in result.files.indices {
            guard let source = result.files[index].source else { continue }
            result.files[index].findings.removeAll { finding in
                let entry = Self.entry(finding, source)
                guard let left = remaining[entry], left > 0 else { return false }
                remaining[entry] = left - 1
                hidden += 1
                return true
            }
        }
        result.hiddenByBaseline += hidden
        return result
    }
}
