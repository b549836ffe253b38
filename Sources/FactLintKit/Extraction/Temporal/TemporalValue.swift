/// What a temporal expression means, typed: a day, a month, a quarter, a duration with its unit
/// and length, and so on. Checks compare these; the TIMEX3 string (``timex``) is derived from
/// them for output only and is never parsed back.
public enum TemporalValue: Sendable, Hashable {
    /// `2024-05-15`.
    case day(CalendarDate)
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
        case .day(let date): return date.iso
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

    /// The first and last day of a calendar year, month or day; nil for everything else.
    var calendarInterval: (start: CalendarDate, end: CalendarDate)? {
        switch self {
        case .day(let date):
            return date.isValid ? (date, date) : nil
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
