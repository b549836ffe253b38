/// A date, time, duration or frequency found in the text, with its TIMEX3-style value.
public struct TemporalExpression: Sendable, Hashable {
    public static func == (lhs: TemporalExpression, rhs: TemporalExpression) -> Bool {
        lhs.kind == rhs.kind && lhs.value == rhs.value && lhs.span == rhs.span && lhs.sentence == rhs.sentence
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(kind)
        hasher.combine(value)
        hasher.combine(span)
    }

    public enum Kind: String, Sendable, Hashable {
        case date = "DATE"
        case time = "TIME"
        case duration = "DURATION"
        case set = "SET"
    }

    public var kind: Kind
    /// What the expression means, typed; nil when it depends on a publication date the article
    /// does not have. Kept in step with ``value`` and ``interval`` by ``setResolved(_:)``.
    public private(set) var resolved: TemporalValue?
    /// The TIMEX3 value (`2024-05-15`, `2023-09`, `2020-FA`, `P44D`, `PAST_REF`), derived from
    /// ``resolved`` for output.
    public private(set) var value: String?
    /// The expression as written.
    public var text: String
    public var block: Int
    /// Byte range in the block's analysis text.
    public var range: Range<Int>
    public var span: SourceSpan
    /// Index of the sentence in ``ArticleFacts/sentences``.
    public var sentence: Int
    /// Token indices in ``ArticleFacts/tokens``.
    public var tokens: Range<Int>

    /// The day meant, when the expression names or resolves to one day.
    public var day: CalendarDate?
    /// Whether the day was written out (month and day), rather than worked out from "yesterday".
    public var isExplicit: Bool
    /// Whether the year was written.
    public var hasYear: Bool
    /// A weekday written with the date ("Thursday, May 15"; "May 15, a Thursday"), ISO numbering.
    public var statedWeekday: Int?
    /// Where that weekday is, in the source.
    public var weekdaySpan: SourceSpan?
    /// The tense of the clause around it.
    public var tense: Tense
    /// For a duration: its length in days when it has one (`P44D` → 44, `P3DE` → 10957).
    public var approximateDays: Double?
    /// For a duration: whether it is hedged ("nearly", "about"); for a date counted back ("a
    /// week ago"), that it is told loosely.
    public var isApproximate: Bool
    /// A month or a day written without its year ("on June 3", "in mid-March"), the year taken
    /// from the publication date and the tense; not "last June", which is placed on purpose.
    public var isYearless = false
    /// "fiscal 2026": a year whose start depends on who keeps it, so it covers the calendar year
    /// before as well.
    public var isFiscal = false
    /// "Since March 20 is a holiday": the subject of its own verb after a "since" that opens
    /// the clause and means "because". It dates no event and is not past for being after "since".
    public var isCausalSubject = false
    /// For the first end of a range ("from 1991 to 2020", "between May and July"), the index in
    /// ``ArticleFacts/temporal`` of the other end.
    public var rangeEnd: Int?
    /// For a day counted from the publication date, the index in ``ArticleFacts/temporal`` of
    /// the written date set beside it to say which day it is: "today, March 25", "yesterday
    /// (May 3)". The two must be one day.
    public var restatedBy: Int?
    /// Whether that range is a window written "between A and B", which something may fall
    /// inside without filling it, rather than a stretch "from A to B".
    public var isWindow = false
    /// The part of the period written with it: "mid-March", "early 2023", "earlier this month".
    public var part: PeriodPart?
    /// For a run of days with no year that no publication date places ("from 20 to 30
    /// January" in an undated story, read as its first day), the run's last day, in the first
    /// day's month, so its length is still known.
    public var yearlessRunLastDay: Int?
    /// The first and last day the value covers, for values that name a calendar year, month or
    /// day (`1991`, `2023-09`, `2024-05-15`); nil for durations, references and seasons.
    public private(set) var interval: (start: CalendarDate, end: CalendarDate)?

    public init(kind: Kind, resolved: TemporalValue?, text: String, block: Int, range: Range<Int>, span: SourceSpan, sentence: Int,
                tokens: Range<Int>, day: CalendarDate? = nil, isExplicit: Bool = false, hasYear: Bool = false,
                statedWeekday: Int? = nil, weekdaySpan: SourceSpan? = nil, tense: Tense = .present,
                approximateDays: Double? = nil, isApproximate: Bool = false) {
        self.kind = kind
        self.resolved = resolved
        value = resolved?.timex
        self.text = text
        self.block = block
        self.range = range
        self.span = span
        self.sentence = sentence
        self.tokens = tokens
        self.day = day
        self.isExplicit = isExplicit
        self.hasYear = hasYear
        self.statedWeekday = statedWeekday
        self.weekdaySpan = weekdaySpan
        self.tense = tense
        self.approximateDays = approximateDays
        self.isApproximate = isApproximate
        interval = kind == .date ? resolved?.calendarInterval : nil
    }

    /// Changes the meaning, and the value and interval with it.
    public mutating func setResolved(_ newValue: TemporalValue?) {
        resolved = newValue
        value = newValue?.timex
        interval = kind == .date ? newValue?.calendarInterval : nil
    }
}

extension TemporalExpression {
    /// Whether the expression was placed against the publication date ("last month", "Friday",
    /// "two weeks ago") rather than written out.
    public var isRelative: Bool {
        !isExplicit && resolved != nil && (kind == .date || kind == .time)
    }

    /// Whether the expression is a season ("the summer of 1987", "last spring").
    public var isSeason: Bool {
        if case .season? = resolved { return true }
        return false
    }

    /// Whether the expression covers less than a week (a day, a weekend, a week), whose
    /// meaning a day or two can change, unlike a month or a year.
    public func isShort(published: CalendarDate?) -> Bool {
        coverage(published: published).map { $0.end.dayNumber - $0.start.dayNumber < 7 } ?? false
    }

    /// The days the expression covers, for any calendar period (a day, a time's day, a week,
    /// month, quarter, half, season, year, decade or century), narrowed by its part ("mid-March"
    /// is March 11 to 20) and, for "earlier this month" and "later this year", cut at the
    /// publication date. Nil for durations, sets and references.
    public func coverage(published: CalendarDate?) -> (start: CalendarDate, end: CalendarDate)? {
        guard kind == .date || kind == .time, var whole = resolved?.coverage else { return nil }
        if isFiscal { whole.start = CalendarDate(year: whole.start.year - 1, month: 1, day: 1) }
        guard let part else { return whole }
        let length = whole.end.dayNumber - whole.start.dayNumber + 1
        let third = length / 3
        switch part {
        case .early:
            return (whole.start, CalendarDate(dayNumber: whole.start.dayNumber + third - 1))
        case .mid:
            return (CalendarDate(dayNumber: whole.start.dayNumber + third), CalendarDate(dayNumber: whole.end.dayNumber - third))
        case .late:
            return (CalendarDate(dayNumber: whole.end.dayNumber - third + 1), whole.end)
        case .earlier:
            guard let published, published >= whole.start, published <= whole.end else { return whole }
            return (whole.start, published)
        case .later:
            guard let published, published >= whole.start, published <= whole.end else { return whole }
            return (published, whole.end)
        case .end, .start:
            return whole
        }
    }

    /// Whether the expression is a run of days written as one ("May 3-7").
    public var isDayRun: Bool {
        if case .days? = resolved { return true }
        return false
    }

    /// Whether two calendar values cannot describe the same time: neither contains the other.
    public func conflicts(with other: TemporalExpression) -> Bool {
        guard let mine = interval, let theirs = other.interval else { return false }
        let mineInside = mine.start >= theirs.start && mine.end <= theirs.end
        let theirsInside = theirs.start >= mine.start && theirs.end <= mine.end
        return !mineInside && !theirsInside
    }
}
