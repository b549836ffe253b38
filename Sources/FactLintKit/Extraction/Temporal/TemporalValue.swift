/// What a temporal expression means, typed: a day, a month, a quarter, a duration with its unit
/// and length, and so on. Checks compare these; the TIMEX3 string (``timex``) is derived from
/// them for output only and is never parsed back.
public enum TemporalValue: Sendable, Hashable {
    /// `2024-05-15`.
    case day(CalendarDate)
    /// A run of days in one month, "May 1-20": `2024-05-01` in TIMEX3, which has no ranges.
    case days(CalendarDate, CalendarDate)
    /// `2024-05-15T18:57`, `2024-05-15TNI`.
    case time(CalendarDate, DayTime)
    /// `2024-05`.
    case month(year: Int, month: Int)
    /// `2024`.
    case year(Int)
    /// `1986-Q4`.
    case quarter(year: Int, quarter: Int)
    /// `1987-H1`.
    case half(year: Int, half: Int)
    /// `2020-FA`: the season's code from the `seasons` lexicon (SP, SU, FA, WI).
    case season(year: Int, season: String)
    /// `2024-W21`: an ISO week.
    case week(year: Int, week: Int)
    /// `2024-W19-WE`: the weekend of an ISO week.
    case weekend(year: Int, week: Int)
    /// `198`: the decade starting 1980.
    case decade(Int)
    /// `20`: the century starting 2000.
    case century(Int)
    /// `XXXX-05-15`: a day whose year is not known (no publication date).
    case yearlessDay(month: Int, day: Int)
    /// `XXXX-05`.
    case yearlessMonth(Int)
    /// `P3DE`, `PT24H`, `PXM`.
    case duration(TemporalDuration)
    /// `XXXX-WXX-3` (every Wednesday).
    case everyWeekday(Int)
    /// `XXXX-05` as a set (every May).
    case everyMonth(Int)
    /// `P1Y` as a set (every year, annually).
    case every(TimeUnit)
    /// `PAST_REF`, `PRESENT_REF`, `FUTURE_REF`.
    case reference(TemporalReference)

    /// The TIMEX3 value.
    public var timex: String {
        switch self {
        case .day(let date), .days(let date, _): return date.iso
        case .time(let date, let time): return date.iso + "T" + time.timex
        case .month(let year, let month): return pad(year, 4) + "-" + pad(month, 2)
        case .year(let year): return pad(year, 4)
        case .quarter(let year, let quarter): return pad(year, 4) + "-Q" + String(quarter)
        case .half(let year, let half): return pad(year, 4) + "-H" + String(half)
        case .season(let year, let season): return pad(year, 4) + "-" + season
        case .week(let year, let week): return pad(year, 4) + "-W" + pad(week, 2)
        case .weekend(let year, let week): return pad(year, 4) + "-W" + pad(week, 2) + "-WE"
        case .decade(let decade): return String(decade)
        case .century(let century): return String(century)
        case .yearlessDay(let month, let day): return "XXXX-" + pad(month, 2) + "-" + pad(day, 2)
        case .yearlessMonth(let month): return "XXXX-" + pad(month, 2)
        case .duration(let duration): return duration.timex
        case .everyWeekday(let weekday): return "XXXX-WXX-" + String(weekday)
        case .everyMonth(let month): return "XXXX-" + pad(month, 2)
        case .every(let unit): return TemporalDuration(amount: 1, unit: unit).timex
        case .reference(let reference): return reference.rawValue
        }
    }

    /// The ISO week of a day, as a week value.
    static func week(of date: CalendarDate) -> TemporalValue {
        let week = date.isoWeek
        return .week(year: week.year, week: week.week)
    }

    /// The first and last day of any calendar period: a day (or a time's day), week, weekend,
    /// month, quarter, half, season (northern: spring is March to May), year, decade or century.
    /// Nil for durations, sets, references and values without a year.
    public var coverage: (start: CalendarDate, end: CalendarDate)? {
        func days(_ start: CalendarDate, _ end: CalendarDate) -> (start: CalendarDate, end: CalendarDate)? {
            start.isValid && end.isValid && start <= end ? (start, end) : nil
        }
        func months(_ year: Int, _ first: Int, _ count: Int) -> (start: CalendarDate, end: CalendarDate)? {
            let start = CalendarDate(year: year, month: first, day: 1)
            let last = start.adding(months: count - 1)
            return days(start, CalendarDate(year: last.year, month: last.month, day: CalendarDate.daysIn(month: last.month, year: last.year)))
        }
        switch self {
        case .day(let date), .time(let date, _): return days(date, date)
        case .days(let first, let last): return days(first, last)
        case .month(let year, let month): return (1...12).contains(month) ? months(year, month, 1) : nil
        case .year(let year): return months(year, 1, 12)
        case .quarter(let year, let quarter): return (1...4).contains(quarter) ? months(year, quarter * 3 - 2, 3) : nil
        case .half(let year, let half): return (1...2).contains(half) ? months(year, half * 6 - 5, 6) : nil
        case .season(let year, let season):
            switch season {
            case "SP": return months(year, 3, 3)
            case "SU": return months(year, 6, 3)
            case "FA": return months(year, 9, 3)
            case "WI": return months(year, 12, 3)
            default: return nil
            }
        case .week(let year, let week), .weekend(let year, let week):
            // The Monday of ISO week 1 is the Monday on or before January 4.
            let january4 = CalendarDate(year: year, month: 1, day: 4)
            let monday = january4.adding(days: 1 - january4.weekday + (week - 1) * 7)
            if case .weekend = self { return days(monday.adding(days: 5), monday.adding(days: 6)) }
            return days(monday, monday.adding(days: 6))
        case .decade(let decade): return days(CalendarDate(year: decade * 10, month: 1, day: 1), CalendarDate(year: decade * 10 + 9, month: 12, day: 31))
        case .century(let century): return days(CalendarDate(year: century * 100, month: 1, day: 1), CalendarDate(year: century * 100 + 99, month: 12, day: 31))
        default: return nil
        }
    }

    /// The first and last day of a calendar year, month or day; nil for everything else.
    var calendarInterval: (start: CalendarDate, end: CalendarDate)? {
        switch self {
        case .day(let date):
            return date.isValid ? (date, date) : nil
        case .days(let first, let last):
            return first.isValid && last.isValid && first <= last ? (first, last) : nil
        case .month(let year, let month):
            guard (0...9999).contains(year), (1...12).contains(month) else { return nil }
            return (CalendarDate(year: year, month: month, day: 1),
                    CalendarDate(year: year, month: month, day: CalendarDate.daysIn(month: month, year: year)))
        case .year(let year):
            guard (0...9999).contains(year) else { return nil }
            return (CalendarDate(year: year, month: 1, day: 1), CalendarDate(year: year, month: 12, day: 31))
        default:
            return nil
        }
    }
}

/// A time on a day: a clock time or a part of the day.
public enum DayTime: Sendable, Hashable {
    /// 18:57; midnight is 24:00.
    case clock(hour: Int, minute: Int)
    /// A code from the `times-of-day` lexicon: MO, AF, EV, NI.
    case part(String)

    var timex: String {
        switch self {
        case .clock(let hour, let minute): return pad(hour, 2) + ":" + pad(minute, 2)
        case .part(let code): return code
        }
    }
}

/// A reference to the past, the present or the future without a date.
public enum TemporalReference: String, Sendable, Hashable {
    case past = "PAST_REF"
    case present = "PRESENT_REF"
    case future = "FUTURE_REF"
}
