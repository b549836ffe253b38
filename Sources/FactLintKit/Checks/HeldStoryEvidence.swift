/// What in a story's own text says that an earlier dateline is a slip rather than a story held
/// for a few days. Wire copy is often moved two to four days after it was filed, and it keeps
/// its dateline; copy editors do not count that as an error. The text does count:
/// - a day or a week told relative to the day of writing ("yesterday", "on Friday", "this
///   week") that, counted from the publication date, does not take in the dateline's day: the
///   reader gets another day than the writer meant, or the dateline is wrong;
/// - a day after the dateline told as past ("the board voted on March 14" under a March 12
///   dateline): the story was written after the day it is datelined.
struct HeldStoryEvidence {
    /// The expression that speaks against the dateline, and how to say so.
    struct Finding {
        var expression: TemporalExpression
        var reason: String
    }

    /// The first expression, in reading order, that speaks against `dateline`; nil when the
    /// story reads the same from either date.
    static func find(in facts: ArticleFacts, dateline: CalendarDate, published: CalendarDate,
                     datelineSpan: SourceSpan) -> Finding? {
        let wording = DateWording(lexicons: facts.lexicons)
        for expression in facts.temporal where expression.kind == .date || expression.kind == .time {
            // The dateline's own date is not evidence about itself.
            if expression.span.start < datelineSpan.end && datelineSpan.start < expression.span.end { continue }
            guard let value = expression.resolved else { continue }
            let line = facts.line(of: expression.span)
            if expression.isRelative, let unit = shortUnit(value),
               let days = expression.coverage(published: published), !(days.start <= dateline && dateline <= days.end) {
                return Finding(expression: expression,
                               reason: "; '\(expression.text)' on line \(line), counted from the publication date, is \(wording.describe(days)), \(unit)")
            }
            if expression.isExplicit, expression.tense == .past, let day = explicitDay(value),
               dateline < day, day <= published {
                return Finding(expression: expression,
                               reason: "; line \(line) tells of \(wording.long(day)) as past, after the dateline")
            }
        }
        return nil
    }

    /// How a value of a day's or a week's size misses the dateline; nil for longer periods,
    /// whose meaning two or three days rarely change ("last month", "this year").
    private static func shortUnit(_ value: TemporalValue) -> String? {
        switch value {
        case .day, .days, .time: return "not the dateline's day"
        case .week, .weekend: return "a week without the dateline's day"
        default: return nil
        }
    }

    private static func explicitDay(_ value: TemporalValue) -> CalendarDate? {
        switch value {
        case .day(let date), .time(let date, _): return date
        default: return nil
        }
    }
}
