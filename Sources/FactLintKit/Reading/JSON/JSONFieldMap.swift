/// Which fields of a CMS export hold an article's parts. Each part is looked for under its names
/// in order; a dotted name reaches into an object (`title.rendered`). `--map` and a
/// `.factlint.yml` `input:` section put a newsroom's own names first.
public struct JSONFieldMap: Sendable, Hashable {
    public enum Part: String, Sendable, CaseIterable {
        case title, date, body, id
    }

    /// The names tried for each part, in order.
    public var names: [Part: [String]]

    /// The names WordPress, Ghost and most CMS exports use.
    public static let standard = JSONFieldMap(names: [
        .title: ["title.rendered", "title", "headline"],
        .date: ["date", "date_gmt", "published_at", "datePublished"],
        .body: ["content.rendered", "content", "html", "markdown", "body", "text"],
        .id: ["id", "slug"],
    ])

    public init(names: [Part: [String]]) {
        self.names = names
    }

    /// This map with `overrides` tried before the standard names of their parts.
    public func overridden(by overrides: [Part: [String]]) -> JSONFieldMap {
        var result = self
        for (part, first) in overrides { result.names[part] = first + (names[part] ?? []).filter { !first.contains($0) } }
        return result
    }

    /// Reads `title=headline,body=content.raw` (`--map`). Returns the overrides, or a message.
    public static func parse(option text: String) -> Result<[Part: [String]], JSONError> {
        var overrides: [Part: [String]] = [:]
        for pair in text.split(separator: ",") {
            let sides = pair.split(separator: "=", maxSplits: 1).map { String($0).trimmingASCIIWhitespace() }
            guard sides.count == 2, !sides[1].isEmpty else {
                return .failure(JSONError(message: "--map takes PART=FIELD pairs separated by commas, like title=headline,body=content.raw; '\(pair)' is not one", offset: 0))
            }
            guard let part = Part(rawValue: sides[0]) else {
                return .failure(JSONError(message: "--map names the parts \(Part.allCases.map(\.rawValue).joined(separator: ", ")); '\(sides[0])' is not one", offset: 0))
            }
            overrides[part, default: []].append(sides[1])
        }
        return .success(overrides)
    }
}
