import FactLintKit
import Testing

@Suite("Temporal tagger")
struct TemporalTaggerTests {
    /// The values found in a one-paragraph article published on `date`.
    func values(_ text: String, published date: String? = "2024-05-15") -> [String] {
        let matter = date.map { "---\ndate: \($0)\n---\n\n" } ?? ""
        let extracted = facts(matter + text)
        return extracted.temporal.map { "\($0.text)=\($0.kind.rawValue):\($0.value ?? "nil")" }
    }

    @Test("relative dates resolve against the publication date, as on a saved news page")
    func relativeDates() {
        #expect(values("Ruritania on Wednesday held a parade. Last month, Freedonia announced a pullout.") == [
            "Wednesday=DATE:2024-05-15", "Last month=DATE:2024-04",
        ])
        #expect(values("Last September, troops withdrew after a fall 2020 campaign and nearly three decades of dispute since 1991.") == [
            "Last September=DATE:2023-09", "fall 2020=DATE:2020-FA", "nearly three decades=DURATION:P3DE", "1991=DATE:1991",
        ])
        #expect(values("It happened yesterday and two days ago; more talks come next week and a year earlier there were none.") == [
            "yesterday=DATE:2024-05-14", "two days ago=DATE:2024-05-13", "next week=DATE:2024-W21", "a year earlier=DATE:2023",
        ])
    }

    @Test("absolute dates in news formats, with and without weekdays")
    func absoluteDates() {
        #expect(values("Talks began Tuesday, Jan. 10, and ended on 15 May 2024. The deal dates from May 15, 2024.") == [
            "Tuesday, Jan. 10=DATE:2024-01-10", "15 May 2024=DATE:2024-05-15", "May 15, 2024=DATE:2024-05-15",
        ])
        #expect(values("Sales in the fourth quarter and the 1980s beat March 1987.", published: "1987-05-01") == [
            "the fourth quarter=DATE:1986-Q4", "the 1980s=DATE:198", "March 1987=DATE:1987-03",
        ])
        // The hyphen after a part word is the part's own, not a range or a minus.
        #expect(values("She was reappointed in mid-1978 and left in early 1983.") == ["mid-1978=DATE:1978", "early 1983=DATE:1983"])
        // Wire style writes a day as a word after its month; a count after a month stays a count.
        #expect(values("The plant shuts from March five to May 1.", published: "1987-03-04") == [
            "March five=DATE:1987-03-05", "May 1=DATE:1987-05-01",
        ])
        #expect(values("In March two men were arrested.", published: "1987-05-04") == ["March=DATE:1987-03"])
        // A month written whole in lower case is a month before a day; a common word is not.
        #expect(values("She resigned on february 17 and may 17 rivals march 12 miles in june.", published: "1987-05-04") == [
            "february 17=DATE:1987-02-17",
        ])
        // Two days running joined by "and" are one run; two days apart stay two dates.
        #expect(values("Leaders meet on Monday and Tuesday, June 29 and 30, and again on July 3 and 30.", published: "1987-06-19").suffix(2) == [
            "Tuesday, June 29 and 30=DATE:1987-06-29", "July 3=DATE:1987-07-03",
        ])
    }

    @Test("a weekday with a bare day goes on in the month of the date before it in the sentence")
    func bareDayAfterDate() {
        #expect(values("Ruiz plays on Monday 6 December, and Reid on Wednesday 8.", published: "2004-11-30") == [
            "Monday 6 December=DATE:2004-12-06", "Wednesday 8=DATE:2004-12-08",
        ])
        #expect(values("Ruiz plays on Monday 6 December, and Reid on Wednesday 8.", published: nil) == [
            "Monday 6 December=DATE:XXXX-12-06", "Wednesday 8=DATE:XXXX-12-08",
        ])
        // Not a count after a weekday, nor a bare day with no date before it.
        #expect(values("On Monday 6 December talks began, and on Wednesday 12 people died.", published: "2004-11-30") == [
            "Monday 6 December=DATE:2004-12-06", "Wednesday=DATE:2004-11-24",
        ])
        #expect(values("Reid played on Wednesday 8.", published: "2004-11-30") == ["Wednesday=DATE:2004-11-24"])
    }

    @Test("a run of days in one month is one date covering its days; two days joined by a dash are a range")
    func dayRuns() {
        #expect(values("Shipment moved to August 3-17 from July 6\u{2013}21; talks run 12-14 May.", published: "1987-06-15") == [
            "August 3-17=DATE:1987-08-03", "July 6\u{2013}21=DATE:1987-07-06", "12-14 May=DATE:1987-05-12",
        ])
        let run = facts("---\ndate: 1987-04-15\n---\n\nThe fair ran May 3-7 and again May 30-June 2.\n")
        #expect(run.temporal.map { $0.interval.map { "\($0.start.iso)/\($0.end.iso)" } ?? "-" } == [
            "1987-05-03/1987-05-07", "1987-05-30/1987-05-30", "1987-06-02/1987-06-02",
        ])
        #expect(run.temporal.map(\.isDayRun) == [true, false, false])
        #expect(run.temporal[1].rangeEnd == 2)
        // After "from" or "between", the month may follow the last day only.
        let written = facts("---\ndate: 2025-01-05\n---\n\nThe season runs from 20 to 30 January, the fair between 3 and 7 May.\n")
        #expect(written.temporal.map { $0.interval.map { "\($0.start.iso)/\($0.end.iso)" } ?? "-" } == [
            "2025-01-20/2025-01-30", "2025-05-03/2025-05-07",
        ])
        #expect(written.temporal.map(\.text) == ["20 to 30 January", "3 and 7 May"])
        // Not a run: a unit or a percent after it, a range that runs backwards, a score.
        #expect(values("June 15-20-day contracts rose 5-10 pct; May 20-3 was odd.", published: "1987-04-15") == ["June=DATE:1987-06"])
    }

    @Test("the verbs decide whether a weekday is the last one or the next one")
    func tense() {
        // Published on a Wednesday.
        #expect(values("The minister resigned on Friday.") == ["Friday=DATE:2024-05-10"])
        #expect(values("The minister will resign on Friday.") == ["Friday=DATE:2024-05-17"])
        // An adverb between the auxiliary and an irregular participle leaves the future alone.
        #expect(values("Workers will be temporarily laid off until mid-July.", published: "2024-03-26") == ["mid-July=DATE:2024-07"])
        // A headline's "TO" before a verb is the wire's future; published on a Monday.
        let headline = { (title: String) in
            facts("---\ntitle: \"\(title)\"\ndate: 1987-03-23\n---\n\nThe house met.\n").temporal.map { "\($0.text)=\($0.value ?? "nil")" }
        }
        #expect(headline("PARLIAMENT TO HOLD TUESDAY VOTE ON PORT PACT") == ["TUESDAY=1987-03-24"])
        #expect(headline("PARLIAMENT HELD TUESDAY VOTE ON PORT PACT") == ["TUESDAY=1987-03-17"])
        // In the body "to" is no future by itself.
        #expect(values("Sales rose to 5 mln on Tuesday.", published: "1987-03-23") == ["Tuesday=DATE:1987-03-17"])
    }

    @Test("a part of the day written after a date belongs to it")
    func partOfDay() {
        #expect(values("Troops left on April 2, 2024 night and returned on May 3 morning.") == [
            "April 2, 2024 night=TIME:2024-04-02TNI", "May 3 morning=TIME:2024-05-03TMO",
        ])
    }

    @Test("durations, including hyphenated and spelled-out ones")
    func durations() {
        #expect(values("The 44-day war lasted the last twenty four hours of a five-year plan.") == [
            "44-day=DURATION:P44D", "the last twenty four hours=DURATION:PT24H", "five-year=DURATION:P5Y",
        ])
        // A unit alone before "-long" is one unit.
        #expect(values("Its week-long season follows a month-long strike.") == ["week-long=DURATION:P1W", "month-long=DURATION:P1M"])
    }

    @Test("a whole number and a half or a quarter, as wire copy writes them")
    func fractionalDurations() {
        #expect(values("Tin fell to 3-1/2 year lows under a 4-1/4-year pact, and rose 10-1/2 pct.") == [
            "3-1/2 year=DURATION:P3.5Y", "4-1/4-year=DURATION:P4.25Y",
        ])
    }

    @Test("a range's yearless end takes the year that keeps it in order")
    func ranges() {
        #expect(values("It ran from Sept. 27 to Nov. 10, 2020.", published: "2021-01-15") == [
            "Sept. 27=DATE:2020-09-27", "Nov. 10, 2020=DATE:2020-11-10",
        ])
    }

    @Test("without a publication date relative expressions stay unresolved")
    func noAnchor() {
        #expect(values("It happened yesterday, on Friday, in 1991.", published: nil) == [
            "yesterday=DATE:nil", "Friday=DATE:nil", "1991=DATE:1991",
        ])
    }

    @Test("'May' the verb and counts that look like years are not dates")
    func notDates() {
        #expect(values("Prices may rise. The firm sold 1990 tonnes of steel.") == [])
    }

    @Test("expressions keep their exact source columns")
    func columns() throws {
        let extracted = facts("---\ndate: 2024-05-15\n---\n\nThe café 👍 reopened on Wednesday.\n")
        let found = try #require(extracted.temporal.first)
        #expect(where_(extracted.article, found.span) == "5:24-5:33")
    }

    @Test("values are typed; the TIMEX string is computed from them")
    func typedValues() {
        let extracted = facts("---\ndate: 2024-05-15\n---\n\nNearly three decades after fall 2020, the third quarter, last week and May 3 came.\n")
        let resolved = extracted.temporal.map(\.resolved)
        #expect(resolved == [
            .duration(TemporalDuration(amount: 3, unit: .decade, isApproximate: true)),
            .season(year: 2020, season: "FA"),
            // A past verb puts a quarter still to come in the previous year.
            .quarter(year: 2023, quarter: 3),
            .week(year: 2024, week: 19),
            .day(CalendarDate(year: 2024, month: 5, day: 3)),
        ])
        #expect(extracted.temporal.map { $0.value ?? "nil" } == ["P3DE", "2020-FA", "2023-Q3", "2024-W19", "2024-05-03"])
    }

    @Test("a newsroom's lexicon adds spellings to the tagger's grammar")
    func newsroomSpellings() throws {
        var lexicons = LexiconSet.builtIn
        lexicons.add(Lexicon(name: "temporal-relations", keysBySpelling: ["prior": "previous"], source: "newsroom.yml"))
        let article = read("---\ndate: 2024-05-15\n---\n\nThe deal closed prior Friday, and the talks ran prior week.\n")
        let extracted = FactExtractor(lexicons: lexicons).extract(from: article)
        #expect(extracted.temporal.map { "\($0.text)=\($0.value ?? "nil")" } == ["prior Friday=2024-05-10", "prior week=2024-W19"])
        #expect(values("The deal closed prior Friday.") == ["Friday=DATE:2024-05-10"])
    }
}
