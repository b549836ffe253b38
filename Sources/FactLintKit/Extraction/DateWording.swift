/// Writes dates for messages the way an editor reads them: "May 15, 2024", "Wednesday".
public struct DateWording: Sendable {
    let months: Lexicon
    let weekdays: Lexicon

    public init(lexicons: LexiconSet = .builtIn) {
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
    }

    /// "May 15, 2024".
    public func long(_ date: CalendarDate) -> String {
        "\(monthName(date.month)) \(date.day), \(date.year)"
    }

    /// "May 15", for a date whose year is understood.
    public func monthDay(month: Int, day: Int) -> String {
        "\(monthName(month)) \(day)"
    }

    public func monthName(_ month: Int) -> String {
        months.displayName(for: String(month)) ?? String(month)
    }

    /// "Wednesday" for 3.
    public func weekdayName(_ weekday: Int) -> String {
        weekdays.displayName(for: String(weekday)) ?? String(weekday)
    }

    /// "1 day", "4 days", "3 weeks".
    public func distance(days: Int) -> String {
        let count = abs(days)
        return count == 1 ? "1 day" : "\(count) days"
    }
}
