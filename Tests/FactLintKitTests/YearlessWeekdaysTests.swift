import Testing
@testable import FactLintKit

/// Weekdays with yearless dates, in an article with no publication date, checked against each
/// other: they must fit one stretch of twelve months.
@Suite("Yearless weekdays")
struct YearlessWeekdaysTests {
    private func stated(_ dates: [(month: Int, day: Int, weekday: Int)]) -> [YearlessWeekdays.Stated] {
        dates.enumerated().map { YearlessWeekdays.Stated(expression: $0.offset, month: $0.element.month, day: $0.element.day, weekday: $0.element.weekday) }
    }

    @Test("the one date that fits no year with the others is found, with the weekday it has in that year")
    func oneMisfit() throws {
        // Saturday 20 August, Sunday 21 August, Thursday 11 March (a Friday in those years).
        let misfit = try #require(YearlessWeekdays.misfit(stated([(8, 20, 6), (8, 21, 7), (3, 11, 4)])))
        #expect(misfit.stated.expression == 2)
        #expect(misfit.actual == 5)
        #expect(misfit.witness.expression == 0)
    }

    @Test("of two dates that cannot both be right, the later is reported")
    func twoDates() throws {
        // Monday 6 December and Wednesday 9 December: the 9th is a Thursday.
        let misfit = try #require(YearlessWeekdays.misfit(stated([(12, 6, 1), (12, 9, 3)])))
        #expect(misfit.stated.expression == 1)
        #expect(misfit.actual == 4)
    }

    @Test("dates that fit one stretch of twelve months, across a new year, are left alone")
    func consistent() {
        // Wednesday 9 May and Tuesday 5 February of the next year (2007-08).
        #expect(YearlessWeekdays.misfit(stated([(5, 9, 3), (2, 5, 2)])) == nil)
        #expect(YearlessWeekdays.misfit(stated([(8, 20, 6), (8, 21, 7), (3, 11, 5)])) == nil)
        #expect(YearlessWeekdays.misfit(stated([(8, 20, 6)])) == nil)
        // February 29 exists in a leap year: Sunday 29 February 2004.
        #expect(YearlessWeekdays.misfit(stated([(2, 29, 7), (3, 1, 1)])) == nil)
    }

    @Test("two dates wrong at once are not guessed at")
    func twoWrong() {
        // Saturday 5 March, Saturday 20 August and Saturday 21 August: either of the two in
        // August may be the wrong one, so neither is reported.
        #expect(YearlessWeekdays.misfit(stated([(3, 5, 6), (8, 20, 6), (8, 21, 6)])) == nil)
        // Monday 6, Monday 7 and Monday 8 December: no two of them fit together.
        #expect(YearlessWeekdays.misfit(stated([(12, 6, 1), (12, 7, 1), (12, 8, 1)])) == nil)
    }
}
