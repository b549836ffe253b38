/// Weekdays written with dates that have no year, in an article with no publication date
/// ("Saturday 20 August", "Thursday 11 March"). No date can be checked alone, since some year
/// fits any weekday, but the dates of one story must fit one stretch of twelve months: "Monday 6
/// December" and "Thursday 9 December" cannot both be right, nor "Saturday 20 August" and
/// "Thursday 11 March".
///
/// Every stretch of twelve months from 1901 to 2100 is tried. When none fits every date and
/// some fit all but one, the one left out is the finding, with the weekday it falls on in those
/// stretches (those within one calendar year first); when the stretches disagree on which
/// date is wrong (two dates only), the later one is reported against the earlier. Two or more
/// dates wrong at once, or a weekday that differs between the stretches, are left alone.
struct YearlessWeekdays {
    struct Stated {
        /// Index in ``ArticleFacts/temporal``.
        var expression: Int
        var month: Int
        var day: Int
        /// ISO weekday, 1 for Monday.
        var weekday: Int
        /// A weekday given apart from the date, for the same event ("Tuesday's meeting on 19
        /// January"): its index in ``ArticleFacts/temporal``.
        var weekdayExpression: Int? = nil
    }

    struct Misfit {
        var stated: Stated
        /// The weekday its date falls on wherever the other dates fit.
        var actual: Int
        /// A date that fits, to name in the message.
        var witness: Stated
    }

    static let years = 1901...2099

    /// The one date that does not fit with the others, if there is exactly one.
    static func misfit(_ stated: [Stated]) -> Misfit? {
        guard stated.count >= 2 else { return nil }
        var best = 0
        // For each best stretch: which date it leaves out and the weekday that date has there.
        var leftOut: [(index: Int, actual: Int, sameYear: Bool)] = []
        for year in years {
            for firstMonth in 1...12 {
                var fits = 0
                var out: (index: Int, actual: Int, sameYear: Bool)?
                for (index, date) in stated.enumerated() {
                    let inYear = date.month >= firstMonth ? year : year + 1
                    guard date.day <= CalendarDate.daysIn(month: date.month, year: inYear) else { out = (index, 0, firstMonth == 1); continue }
                    let actual = CalendarDate(year: inYear, month: date.month, day: date.day).weekday
                    if actual == date.weekday { fits += 1 } else { out = (index, actual, firstMonth == 1) }
                }
                if fits == stated.count { return nil }
                if fits > best {
                    best = fits
                    leftOut = []
                }
                if fits == best, let out { leftOut.append(out) }
            }
        }
        guard best == stated.count - 1 else { return nil }
        // The later date, when the stretches blame different ones of two; of three or more,
        // the stretches must agree on which one is wrong.
        let suspects = Set(leftOut.map(\.index))
        guard suspects.count == 1 || stated.count == 2, let blamed = suspects.max() else { return nil }
        // The weekday it has in one calendar year with the others, where such a year exists:
        // "Thursday 11 March" is a Friday in the years where 20 August is a Saturday.
        let blamedOut = leftOut.filter { $0.index == blamed }
        let sameYear = blamedOut.filter(\.sameYear)
        let actuals = Set((sameYear.isEmpty ? blamedOut : sameYear).map(\.actual))
        guard actuals.count == 1, let actual = actuals.first, actual != 0 else { return nil }
        guard let witness = stated.indices.first(where: { $0 != blamed }) else { return nil }
        return Misfit(stated: stated[blamed], actual: actual, witness: stated[witness])
    }
}
