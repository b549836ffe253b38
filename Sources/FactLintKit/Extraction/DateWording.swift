/// Writes dates for messages the way an editor reads them: "May 15, 2024", "Wednesday".
public struct DateWording: Sendable {
    /// A length in days as an editor reads it: "about 3 years", "about 5 months", "45 days".
    /// Past 1e15 (a "10^70-year" typo) the figure is printed as a Double.
    static func length(days: Double) -> String {
        let whole = { (value: Double) in wholeNumberText(value) ?? String(value) }
        if days >= 730 { return "about \(whole((days / 365.25).rounded())) years" }
        if days >= 60 { return "about \(whole((days / 30.44).rounded())) months" }
        return "\(whole(days.rounded(.towardZero))) days"
    }

    /// A whole number of years: "1 year", "9 years".
    static func years(_ count: Int) -> String {
        count == 1 || count == -1 ? "\(count) year" : "\(count) years"
    }

    /// Months as whole years and months: "6 years and 6 months", "7 years", "5 months".
    static func yearsAndMonths(_ months: Int) -> String {
        let years = months / 12, rest = months % 12
        let monthText = rest == 1 ? "1 month" : "\(rest) months"
        if years == 0 { return monthText }
        return rest == 0 ? Self.years(years) : "\(Self.years(years)) and \(monthText)"
    }

    /// A length of weeks, months, years or decades as its amount and unit: "7 years", "3.5
    /// years", "1 decade"; nil for other units or a vague amount.
    static func length(_ duration: TemporalDuration) -> String? {
        guard let amount = duration.amount else { return nil }
        let unit: String
        switch duration.unit {
        case .week: unit = "week"
        case .month: unit = "month"
        case .year: unit = "year"
        case .decade: unit = "decade"
        default: return nil
        }
        return (wholeNumberText(amount) ?? String(amount)) + " " + unit + (amount == 1 ? "" : "s")
    }

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

    /// A stretch of days as an editor writes it: "May 15, 2024", "January 2026", "2026",
    /// "March 11 to 20, 1987", "June 1, 2023 to May 31, 2024".
    public func describe(_ days: (start: CalendarDate, end: CalendarDate)) -> String {
        let (start, end) = days
        if start == end { return long(start) }
        let wholeMonths = start.day == 1 && end.day == CalendarDate.daysIn(month: end.month, year: end.year)
        if wholeMonths, start.year == end.year, start.month == end.month { return "\(monthName(start.month)) \(start.year)" }
        if wholeMonths, start.year == end.year, start.month == 1, end.month == 12 { return String(start.year) }
        if wholeMonths, start.month == 1, end.month == 12 { return "\(start.year) to \(end.year)" }
        if wholeMonths, start.year == end.year { return "\(monthName(start.month)) to \(monthName(end.month)) \(start.year)" }
        if wholeMonths { return "\(monthName(start.month)) \(start.year) to \(monthName(end.month)) \(end.year)" }
        if start.year == end.year, start.month == end.month { return "\(monthName(start.month)) \(start.day) to \(end.day), \(start.year)" }
        return "\(long(start)) to \(long(end))"
    }
}
