/// What in a story's own text says that an earlier dateline is a slip rather than a story held
/// for a day or two. Wire copy is often moved a little after it was filed, and it keeps its
/// dateline; copy editors do not count that as an error. The text does count:
/// - a day or a week told relative to the day of writing ("yesterday", "on Friday", "this
///   week") that, counted from the publication date, lies wholly after the dateline: the
///   reader gets another day than a writer on the dateline meant, or the dateline is wrong.
///   "On Tuesday" before the dateline reads the same from either date and is no evidence;
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
            let line = facts.line(of: expression.span)
            if expression.isRelative, expression.isShort(published: published), let days = expression.coverage(published: published), dateline < days.start {
                return Finding(expression: expression,
                               reason: "; '\(expression.text)' on line \(line), counted from the publication date, is \(wording.describe(days)), after the dateline")
            }
            if expression.isExplicit, expression.tense == .past, let day = expression.day, dateline < day, day <= published {
                return Finding(expression: expression,
                               reason: "; line \(line) tells of \(wording.long(day)) as past, after the dateline")
            }
        }
        return nil
    }
}
