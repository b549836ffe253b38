import FactLintKit
import Testing

@Suite("Timeline")
struct TimelineTests {
    /// The facts of a one-article story published on `date`.
    func timeline(_ text: String, published date: String = "2024-05-15") -> ArticleFacts {
        facts("---\ndate: \(date)\n---\n\n" + text)
    }

    /// Each event as `trigger:status@date,date`, in reading order.
    func summary(_ facts: ArticleFacts) -> [String] {
        facts.timeline.events.map { event in
            let dates = event.anchors.map { "\($0.relation.rawValue) \(facts.temporal[$0.temporal].text)" }
            return "\(event.trigger):\(event.status.rawValue)" + (dates.isEmpty ? "" : "@" + dates.joined(separator: ","))
        }
    }

    @Test("each date is anchored to the event it dates, with how")
    func anchoring() {
        let facts = timeline("The plant, which opened in 1998, closed on March 3 after the 2019 floods. Talks ran until June.")
        #expect(summary(facts) == ["opening:reported@at 1998", "closure:reported@at March 3", "flood:reported@modifier 2019",
                                   "talks:reported@until June", "ran:reported@until June"])
    }

    @Test("a relative clause's date dates its noun, unless the clause tells of the noun; a date closing the clause skips the main verb")
    func relativeClauses() {
        let facts = timeline("The strike, which began a week ago, goes on. The talks, which were announced yesterday, open in June. "
            + "The flooding that swamped the town last month has cost 4 mln crowns. Vell told reporters that the best course now would be to wait.")
        #expect(summary(facts) == ["strike:stated@at a week ago", "start:reported@at a week ago", "talks:stated",
                                   "announcement:reported@at yesterday,at June", "flood:stated@at last month",
                                   "swamped:reported@at last month", "wait:conditional@at now"])
    }

    @Test("a date before an infinitive dates the verb before it, unless a word of plan comes first")
    func infinitiveOfPurpose() {
        let purpose = timeline("Mr Tollard said he sent a letter to the banks on May 6 to clarify the terms.")
        #expect(summary(purpose).contains("sent:reported@at May 6"))
        #expect(!summary(purpose).contains { $0.hasPrefix("clarify") && $0.hasSuffix("May 6") })
        let plan = timeline("Ms Kestrova said she aimed in 2025 to recoup the cost of the pier.")
        #expect(summary(plan).contains { $0.hasPrefix("recoup") && $0.hasSuffix("@at 2025") })
    }

    @Test("status: progressive and perfect-infinitive pasts are done; 'was to have', a hanging participle under 'would' and 'before' are not")
    func pastForms() {
        let facts = timeline("""
            Bonds for two lenders were trading below par on May 7. Rebels are said to have seized the depot on May 2. \
            The ship was to have sailed on May 9. The bank would report a strong 2023, boosted by a sale, followed by a drop \
            this year and flat earnings in 2025. The mayor resigned after a vote on May 1. The mayor spoke before a debate on May 20.
            """)
        // The dated events, and the resignation the vote orders.
        #expect(summary(facts).filter { $0.contains("@") || $0.hasPrefix("resignation") } == [
                                   "trading:reported@at May 7", "seized:reported@at May 2", "sailed:scheduled@at May 9",
                                   "followed:scheduled@at this year,at 2025", "resignation:reported", "vote:reported@at May 1",
                                   "debate:stated@at May 20"])
        // "after a vote": the vote comes before the resignation.
        #expect(facts.timeline.constraints.contains { facts.timeline.events[$0.earlier].trigger == "vote"
            && facts.timeline.events[$0.later].trigger == "resignation" })
    }

    @Test("status: a change's result and a participle hanging on a past clause are done; under a present or after a hiring they are not")
    func changes() {
        let facts = timeline("""
            Prices were firmer, with the index rising to 512 on May 20 from 498 a week earlier. Tin rose 4% to close at a \
            record on May 21. Prices are firmer, with the index rising to 530 on May 22. The mill hired 40 people to reach \
            its target on May 23. The crown, which climbed 2 pence over the last month-and-a-half to touch a peak of 1.21 \
            against the yen on May 24, drew buyers. In 2023, declining prices hurt the mill.
            """)
        // "In 2023, declining prices": a participle after a fronted date hangs on no clause.
        #expect(!summary(facts).contains { $0.hasPrefix("declining") })
        #expect(summary(facts).filter { $0.contains("@") } == [
            "rising:reported@at May 20", "close:reported@at May 21", "rising:stated@at May 22", "reach:scheduled@at May 23",
            "touch:reported@at May 24"])
    }

    @Test("status: plans, terms, conditions and rates are not told as done")
    func statuses() {
        let facts = timeline("""
            The council will vote on June 3. The bonds, which are redeemable on March 1, 2031, were sold in 2021. \
            The pool could open in 2026 if work starts. The trust paid 2 million pounds a year between 2015 and 2020. \
            The board never met on May 2.
            """)
        let events = facts.timeline.events
        #expect(events.first { $0.trigger == "vote" }?.status == .scheduled)
        #expect(events.first { $0.trigger == "open" }?.status == .conditional)
        #expect(events.first { $0.trigger == "paid" }?.status == .rate)
        // The sale is told as done; the redemption date dates nothing told as done.
        #expect(events.first { $0.trigger == "sold" }?.status == .reported)
        #expect(!events.contains { $0.status == .reported && $0.anchors.contains { facts.temporal[$0.temporal].text == "March 1, 2031" } })
        #expect(events.first { $0.trigger == "met" }?.isNegated == true)
    }

    @Test("status: a plan's participle before another noun plans that noun; a compound's first word names no event")
    func modifiers() {
        let facts = timeline("""
            Dockers called off their strikes against planned overtime rules. The planned strike was called off. \
            The company has targeted waste removal. The closed-end fund said shut-in crude rose. The shut-down was brief.
            """)
        // "called off" is itself an event, told as done (the end of the strikes).
        #expect(summary(facts) == ["calling-off:reported", "strike:reported", "strike:scheduled", "calling-off:reported", "removal:scheduled",
                                   "closure:reported"])
    }

    @Test("mentions of one event are linked by person or subject; a new one is not")
    func linking() {
        let facts = timeline("""
            The inquiry began hearing evidence on June 5.

            When the inquiry opened last month, its chairman spoke first. A second inquiry opened in 2019.
            """)
        let events = facts.timeline.events
        let began = events.firstIndex { $0.trigger == "start" }!
        let opened = events.indices.filter { events[$0].trigger == "opening" }
        #expect(opened.count == 2)
        #expect(facts.timeline.areLinked(began, opened[0]))
        #expect(!facts.timeline.areLinked(began, opened[1]))
    }

    @Test("order comes from connectives, 'subsequently' and the order knowledge")
    func constraints() {
        let facts = timeline("""
            Janet Pryce, the manager, was suspended on May 9, 2023. She was dismissed on February 2, 2022.

            Okafor had talks with Meridian Air in October 2002. She subsequently joined the company.
            """)
        let events = facts.timeline.events
        let described = facts.timeline.constraints.map { "\(events[$0.earlier].trigger)<\(events[$0.later].trigger) \($0.source.rawValue): \($0.reason)" }
        #expect(described == ["talks<joining connective: subsequently", "suspension<dismissal knowledge: suspension before dismissal"])
        #expect(events.first { $0.trigger == "dismissal" }.map { $0.people.map { facts.people[$0].name } } == ["Janet Pryce"])
    }

    @Test("ages are facts: apposition, year-old and at an event, with the date they hold at")
    func ages() {
        let facts = timeline("""
            Helen Price, 64, will step down. The painter Agnes Moore said the 2001 show was her last, and that at the age of 74 she decided to stop.
            """)
        #expect(facts.timeline.ages.map { "\(facts.people[$0.person].name) \($0.value) \($0.form.rawValue) \($0.at.map { facts.temporal[$0].text } ?? "-")" }
                == ["Helen Price 64 apposition -", "Agnes Moore 74 atEvent 2001"])
    }

    @Test("an undated 'at the age of N' at an event told as done held earlier; not a bare 'at N', a plan or a relative's")
    func earlierAges() {
        let facts = timeline("""
            Lucia Ferrante, 39, became party leader at the age of 31. At the age of 16 she left school.

            Ms Ferrante, whose mother died at the age of 71, said shares closed at 46. She became leader at 30.
            Ms Ferrante said she wanted to retire at the age of 60.
            """)
        #expect(facts.timeline.ages.map { "\(facts.people[$0.person].name) \($0.value) \($0.form.rawValue)" }
                == ["Lucia Ferrante 39 apposition", "Lucia Ferrante 31 earlier", "Lucia Ferrante 16 earlier"])
    }

    @Test("date pairs: a move to a new date, a plan's target against the date it was made, a gap, an anniversary, a stretch to now and a span")
    func datePairs() {
        let facts = timeline("""
            They postponed the shipment to August 3-17 from the planned July 6-21. The vote was brought forward to May 2 from May 9.

            In 2003, the firm launched a plan to triple sales by 2007. The meeting was delayed by a day and will run from May 3 to May 5.
            """)
        #expect(facts.timeline.datePairs.map { "\($0.cue) \($0.kind.rawValue): \(facts.temporal[$0.earlier].text) < \($0.later.map { facts.temporal[$0].text } ?? "published")" } == [
            "postponed postponed: July 6-21 < August 3-17",
            "brought forward brought-forward: May 2 < May 9",
            "launched target: 2003 < 2007",
        ])
        let lengths = timeline("""
            The depot opened in 2008, four years after work began in 1998. Today marks the 50th anniversary of the flood in 1965.

            The club, founded in 1893, celebrated its centenary in 1993. It was the twenty-fifth anniversary of the 1980 flood in 2005.

            Ms Ruiz has run it for 12 years, since 1998. It made 500 tonnes a year since 1981.

            The strikes that have hit the port for the past five weeks were called off. The strikes, which began on April 2, cost millions.

            Prices had risen for the past three weeks. The rise began on March 1.

            A six-week pay freeze, imposed on May 4, expires on June 29. Sales in the nine months ended June 30 rose, and a new plan began on July 1.
            """)
        #expect(lengths.timeline.datePairs.map {
            "\($0.cue) \($0.kind.rawValue) \($0.length.map { "\($0.amount ?? 0)\($0.unit.rawValue)" } ?? "-"): \(lengths.temporal[$0.earlier].text) < \($0.later.map { lengths.temporal[$0].text } ?? "published")"
        } == [
            "four years after gap 4.0Y: 1998 < 2008", "50th anniversary anniversary 50.0Y: 1965 < Today",
            "centenary anniversary 100.0Y: 1893 < 1993", "12 years, since gap 12.0Y: 1998 < published",
            "the past five weeks ongoing 5.0W: April 2 < published",
            "six-week span 6.0W: May 4 < June 29",
        ])
        let text = FactsReporter(format: .text).render([facts], diagnostics: [])
        #expect(text.contains("""
              date pairs:
                5:6 "postponed" postponed: "July 6-21" 2024-07-06 before "August 3-17" 2024-08-03
            """))
    }

    @Test("mentions with nothing to tell them apart are one event: the only two of a kind, every mention of a story's one fire")
    func soleEvents() {
        let pair = timeline("""
            The inquiry follows the conviction last month of a harbour clerk.

            Sentencing followed his conviction on May 9.

            Ivo Ames was arrested in March. Lena Borg was arrested in April.
            """)
        #expect(pair.timeline.events.indices.filter { pair.timeline.events[$0].trigger == "conviction" }.map { pair.timeline.cluster[$0] } == [1, 1])
        #expect(Set(pair.timeline.events.indices.filter { pair.timeline.events[$0].trigger == "arrest" }.map { pair.timeline.cluster[$0] }).count == 2)
        let fire = timeline("""
            Tanks burst into flames on Monday. The blaze was under control by night.

            An explosion started today's fire. A second fire broke out at the docks.
            """)
        let fires = fire.timeline.events.indices.filter { fire.timeline.events[$0].trigger == "fire" }
        #expect(fires.map { fire.timeline.events[$0].text } == ["flames", "blaze", "fire", "fire"])
        // "A second fire" is new, so the story-event join does not run: "The blaze" and
        // "today's fire" still point back (one fire named before them), the second fire stays apart.
        #expect(fires.map { fire.timeline.cluster[$0] } == [fires[0], fires[0], fires[0], fires[3]])
        // Three roots (no determiner points back to one fire named before), joined as the one fire.
        let one = timeline("Tanks burst into flames on Monday. Firemen fought flames at the depot all night.\n\nAn explosion started today's fire.")
        let ones = one.timeline.events.indices.filter { one.timeline.events[$0].trigger == "fire" }
        #expect(Set(ones.map { one.timeline.cluster[$0] }).count == 1)
        #expect(one.timeline.isSole(ones[0], ones[2]))
    }

    @Test("a second verb joined by 'and' takes the first one's subject; one after a comma or a new subject does not")
    func sharedSubjects() {
        let facts = timeline("The strike began on March 1 and ended on March 15. Talks opened in May, and ended in June. Ana Ruiz resigned and Tom Reid retired.")
        #expect(facts.timeline.events.map { "\($0.text):\($0.subject.joined(separator: " "))" } == [
            "strike:", "began:strike", "ended:strike", "Talks:", "opened:talk", "ended:", "resigned:Ruiz ana", "retired:Reid Tom",
        ])
    }

    @Test("facts shows the timeline as text")
    func factsText() {
        let facts = timeline("Roger Kane, chairman of Kane Foods, was arrested on May 3.\n\nKane said his arrest last week had been a mistake.\n")
        let text = FactsReporter(format: .text).render([facts], diagnostics: [])
        #expect(text.contains("""
              events:
                #0 5:41 arrest "arrested" reported; at "May 3" 2024-05-03; people: Roger Kane; subject: Kane roger
                #1 7:15 arrest "arrest" reported; at "last week" 2024-W19; people: Roger Kane; same as #0
            """))
    }

    @Test("lengths of careers and events: whose they are, what they date, and which event noun they are given to")
    func services() {
        let facts = timeline("""
            The singer Marta Velez, whose 40-year career took her from cabaret to opera, has died. \
            Sergeant Alan Pryce retired in 2022 after two decades of service. \
            Dock workers returned after a 44-day strike. Talks lasted nearly two decades of service.
            """)
        let lengths = facts.timeline.services.map { service in
            let person = service.person.map { facts.people[$0].name } ?? "-"
            let event = service.event.map { facts.timeline.events[$0].trigger } ?? "-"
            return "\(facts.temporal[service.duration].text) \(service.noun) \(person) \(event)\(service.isEvent ? " (event)" : "")"
        }
        // A hedged length ("nearly two decades") is not one.
        #expect(lengths == ["40-year career Marta Velez -", "two decades service Alan Pryce retirement", "44-day strike - strike (event)"])
    }

    @Test("a capitalised word of one person's name gives an event that person")
    func nameWords() {
        let facts = timeline("""
            Amira Haddad, 17, has not been back at school since her arrest. Amira was arrested on February 21.
            """, published: "2024-03-06")
        let arrests = facts.timeline.events.indices.filter { facts.timeline.events[$0].trigger == "arrest" }
        #expect(arrests.count == 2)
        #expect(arrests.map { facts.timeline.events[$0].people.map { facts.people[$0].name } } == [["Amira Haddad"], ["Amira Haddad"]])
        #expect(facts.timeline.areLinked(arrests[0], arrests[1]))
    }
}
