/// Two records of one thing that reach back to different times: "their poorest harvest for 12
/// years" in 1986 and "the poorest harvest since 1979"; "a seven-year low, the lowest level
/// since 1976". A record told with a length goes back that length from the date its sentence
/// gives it (or the publication date); a record told with "since" goes back to its date. Two
/// records are of one thing when they point the same way (both lows or both highs) and name the
/// same thing ("harvest") or share a sentence. Half the length's unit is allowed either
/// way, and the dates are compared as the periods they name.
public struct RecordSpanCheck: Check {
    public static let name = "record-span"
    public static let summary = "A record told with a length goes back to another time than the same record told with 'since'."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "record": "the record as written here ('poorest harvest for 12 years')",
        "other.record": "the other record as written ('poorest harvest since 1979')",
        "other.line": "the line of the other record",
        "computation": "how far back the length goes from when the record is told ('1986 less 12 years is 1974')",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let records = facts.timeline.records
        guard records.count >= 2, let published = facts.anchor else { return [] }
        let wording = DateWording(lexicons: facts.lexicons)
        var matches: [CheckMatch] = []
        for (lengthIndex, lengthRecord) in records.enumerated() {
            guard case .length(let durationIndex) = lengthRecord.reach, case .duration(let length)? = facts.temporal[durationIndex].resolved,
                  let amount = length.amount, let unitDays = length.unit.days, let lengthText = DateWording.length(length) else { continue }
            // When the record is told, and how far back its length goes from then.
            let told = lengthRecord.toldOn.flatMap { facts.temporal[$0].interval } ?? (published, published)
            let back = Self.shift(told, by: amount, length.unit)
            for (sinceIndex, sinceRecord) in records.enumerated() {
                guard case .since(let dateIndex) = sinceRecord.reach, sinceRecord.polarity == lengthRecord.polarity,
                      let reachedTo = facts.temporal[dateIndex].interval,
                      isSameRecord(lengthIndex, sinceIndex, records) else { continue }
                let gap = max(reachedTo.start.dayNumber - back.end.dayNumber, back.start.dayNumber - reachedTo.end.dayNumber)
                guard Double(gap) > unitDays / 2 else { continue }
                let (here, other) = lengthRecord.span > sinceRecord.span ? (lengthRecord, sinceRecord) : (sinceRecord, lengthRecord)
                guard facts.isInScope(sentence: here.sentence, scope) else { continue }
                matches.append(CheckMatch(span: here.span, values: [
                    "record": facts.article.source.text(of: here.span),
                    "other.record": facts.article.source.text(of: other.span),
                    "other.line": String(facts.line(of: other.span)),
                    "computation": "\(wording.describe(told)) less \(lengthText) is \(wording.describe(back))",
                ], related: [.init(span: other.span, message: "the same record told here")]))
            }
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// Whether two records are of one thing: the same thing named ("harvest"), or the same
    /// sentence. Two records of a story that name different things are of different things as
    /// often as not ("its biggest cargo in three years" and "the fastest pace since 1980").
    private func isSameRecord(_ a: Int, _ b: Int, _ records: [RecordSpan]) -> Bool {
        if let head = records[a].head, head == records[b].head { return true }
        return records[a].sentence == records[b].sentence
    }

    /// A stretch of days moved back by a length: whole months for months, years and decades,
    /// days for weeks.
    static func shift(_ days: (start: CalendarDate, end: CalendarDate), by amount: Double, _ unit: TimeUnit)
        -> (start: CalendarDate, end: CalendarDate) {
        switch unit {
        case .week:
            let count = Int((amount * 7).rounded())
            return (days.start.adding(days: -count), days.end.adding(days: -count))
        default:
            let perUnit: Double = unit == .decade ? 120 : unit == .year ? 12 : 1
            let count = Int((amount * perUnit).rounded())
            return (days.start.adding(months: -count), days.end.adding(months: -count))
        }
    }
}
