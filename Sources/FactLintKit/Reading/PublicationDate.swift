/// A calendar date with an optional time of day, as read from front matter, a date line or
/// `--published`.
public struct PublicationDate: Hashable, Sendable, Comparable {
    public var year: Int
    public var month: Int
    public var day: Int
    /// Hour and minute when the source gave a time.
    public var hour: Int?
    public var minute: Int?
    public var second: Int?
    /// The UTC offset as written (`Z`, `+02:00`), when given.
    public var zone: String?

    public init(year: Int, month: Int, day: Int, hour: Int? = nil, minute: Int? = nil, second: Int? = nil, zone: String? = nil) {
        self.year = year
        self.month = month
        self.day = day
        self.hour = hour
        self.minute = minute
        self.second = second
        self.zone = zone
    }

    /// The day as ISO 8601: `2024-05-15`.
    public var isoDate: String {
        pad(year, 4) + "-" + pad(month, 2) + "-" + pad(day, 2)
    }

    /// The date and time as ISO 8601 (`2024-05-15T18:57`), or the date alone when no time is known.
    public var isoDateTime: String {
        guard let hour, let minute else { return isoDate }
        var text = isoDate + "T" + pad(hour, 2) + ":" + pad(minute, 2)
        if let second { text += ":" + pad(second, 2) }
        if let zone { text += zone }
        return text
    }

    /// The day as a ``CalendarDate``.
    public var calendarDate: CalendarDate { CalendarDate(year: year, month: month, day: day) }

    public static func < (lhs: PublicationDate, rhs: PublicationDate) -> Bool {
        (lhs.year, lhs.month, lhs.day, lhs.hour ?? -1, lhs.minute ?? -1) < (rhs.year, rhs.month, rhs.day, rhs.hour ?? -1, rhs.minute ?? -1)
    }
}

func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(value)
    return digits.count >= width ? digits : String(repeating: "0", count: width - digits.count) + digits
}

extension PublicationDate {
    /// Reads a date given by a person (`--published`): ISO 8601 (`2024-05-15`, `2024-05-15T18:57Z`)
    /// or any format a date line may use (`May 15, 2024`, `15.05.2024 18:57`).
    public static func parse(_ text: String, dateOrder: DateOrder = .monthDayYear, lexicons: LexiconSet = .builtIn) -> PublicationDate? {
        let parser = DateLineParser(lexicons: lexicons, dateOrder: dateOrder)
        let trimmed = text.trimmingASCIIWhitespace()
        return parser.parseNumeric(trimmed) ?? parser.parse(trimmed)
    }
}
