/// A person given an age that another fact rules out: another age ("Doyle, 64," and later "the
/// 66-year-old Doyle"), or a birth date ("Born in June 1938", and "has died at the age of
/// 74" in March 2011). An age in apposition or "N-year-old" holds on the publication date; "at
/// the age of 74" holds when its sentence's event happened, as dated in the sentence ("The 2001
/// show was her last, when at the age of 74 she decided to stop"). Ages are read from the timeline's age
/// facts and joined to people through the people facts.
public struct AgeAgreementCheck: Check {
    public static let name = "age-agreement"
    public static let summary = "One person is given an age that another age or the birth date rules out."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "person": "the person's name",
        "age": "the age out of line",
        "other.age": "the other age, or the age the birth date gives ('68 or 69')",
        "other.line": "the line of the other age or of the birth date",
        "reason": "what the other side is, in words ('born in June 1938, Pike was 72 on March 14, 2011')",
    ]) { $1 }

    /// How far an inferred age may be from the other for the two to be one person's.
    static let inferredSlack = 2
    /// How far apart two ages may be when every inferred one of them has the person named before
    /// it in its own paragraph ("Smith, 61, ... The 56-year-old"): such an inference does not
    /// reach across a paragraph to a name that may be someone else's.
    static let nearbySlack = 5

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let wording = DateWording(lexicons: facts.lexicons)
        var matches: [CheckMatch] = []
        var byPerson: [Int: [AgeStatement]] = [:]
        for age in facts.timeline.ages where facts.isInScope(sentence: age.sentence, scope) { byPerson[age.person, default: []].append(age) }
        for person in byPerson.keys.sorted() where facts.people.indices.contains(person) {
            let name = facts.people[person].name
            let ages = byPerson[person]!.sorted { $0.span < $1.span }
            if let birth = birth(of: person, facts) {
                // Against the birth date: the first age it rules out. An age at an undated past
                // event is ruled out only by being older than the person is now.
                for age in ages where !age.inferred {
                    guard let when = reference(of: age, facts) else { continue }
                    let range = possibleAges(born: birth.days, at: when)
                    guard age.form == .earlier ? age.value > range.upperBound : !range.contains(age.value) else { continue }
                    let line = facts.line(of: birth.span)
                    matches.append(CheckMatch(span: age.span, values: [
                        "person": name, "age": String(age.value), "other.age": Self.describe(range), "other.line": String(line),
                        "reason": "born \(birth.text) (line \(line)) \(Self.verdict(range, name: name, when: when, wording))",
                    ], related: [.init(span: birth.span, message: "\(name) was born \(birth.text) here")]))
                    break
                }
                // Two ages the birth date allows may still rule each other out (92 and 93 in a
                // year of birth), and without a publication date the birth date rules out none.
                if let last = matches.last, ages.contains(where: { $0.span == last.span }) { continue }
            }
            // An age at an undated past event older than an age given for now.
            if let match = olderBefore(ages, name: name, facts) {
                matches.append(match)
                continue
            }
            // Against another age: the birth years the two allow do not meet.
            let dated = ages.filter { $0.form != .earlier }
            guard let first = dated.first else { continue }
            // An inferred age far from the other is more likely someone else's than a slip.
            for later in dated.dropFirst() where later.value != first.value && conflict(first, later, facts)
                && (!(first.inferred || later.inferred) || abs(first.value - later.value) <= slack(first, later, person: person, facts)) {
                let line = facts.line(of: first.span)
                var reason = "\(first.value) on line \(line)"
                // Ages on different days: say what the other age makes this one.
                if let from = reference(of: first, facts), let to = reference(of: later, facts), from != to {
                    reason += ", which \(Self.verdict(possibleAges(born: born(first.value, at: from), at: to), name: name, when: to, wording))"
                }
                matches.append(CheckMatch(span: later.span, values: [
                    "person": name, "age": String(later.value), "other.age": String(first.value), "other.line": String(line),
                    "reason": reason,
                ], related: [.init(span: first.span, message: "\(name) is \(first.value) here")]))
                break
            }
        }
        return matches.sorted { $0.span < $1.span }
    }

    /// How far two ages, one of them at least inferred, may be apart and still be compared:
    /// ``nearbySlack`` when each inferred one has the person named before it in its paragraph,
    /// or the story names no one else, else ``inferredSlack``.
    private func slack(_ first: AgeStatement, _ second: AgeStatement, person: Int, _ facts: ArticleFacts) -> Int {
        if facts.people.count == 1 { return Self.nearbySlack }
        let isNear = { (age: AgeStatement) in
            !age.inferred || facts.people[person].mentions.contains { mention in
                mention.kind != .title && mention.span.start < age.span.start
                    && facts.sentences[mention.sentence].blockIndex == facts.sentences[age.sentence].blockIndex
            }
        }
        return isNear(first) && isNear(second) ? Self.nearbySlack : Self.inferredSlack
    }

    /// "Mr Dorrance, 43," and "became leader at 46": an age at an undated past event above an age
    /// that holds now (in apposition or "N-year-old", not inferred). Without a publication date
    /// an age at a dated event told in the past counts too ("died at the age of 91 on 12 March 2009"
    /// and "The 90-year-old was found dead"), and so does a now-age inferred to be the person's
    /// when it is within ``inferredSlack`` of the other.
    private func olderBefore(_ ages: [AgeStatement], name: String, _ facts: ArticleFacts) -> CheckMatch? {
        let now = ages.filter { ($0.form == .apposition || $0.form == .yearOld) && $0.at == nil }
        let undated = facts.anchor == nil
        for earlier in ages where earlier.form == .earlier
            || undated && earlier.form == .atEvent && earlier.at.map({ facts.temporal[$0].tense == .past }) == true {
            guard let current = now.first(where: { $0.value < earlier.value
                && (!$0.inferred || undated && earlier.value - $0.value <= Self.inferredSlack) }) else { continue }
            let line = facts.line(of: current.span)
            let when = earlier.at.flatMap { facts.temporal[$0].coverage(published: facts.anchor) }
                .map { DateWording(lexicons: facts.lexicons).describe($0) } ?? "this"
            return CheckMatch(span: earlier.span, values: [
                "person": name, "age": String(earlier.value), "other.age": String(current.value), "other.line": String(line),
                "reason": "\(current.value) on line \(line), the age now, and \(when) came before it",
            ], related: [.init(span: current.span, message: "\(name) is \(current.value) here")])
        }
        return nil
    }

    /// The person's birth date, from an event `age-words` names as a birth, told with its year.
    private func birth(of person: Int, _ facts: ArticleFacts) -> (days: (start: CalendarDate, end: CalendarDate), span: SourceSpan, text: String)? {
        let ageWords = facts.lexicons["age-words"]
        for event in facts.timeline.events where event.people.contains(person) && event.isKnown && !event.isNegated
            && ageWords.key(for: event.trigger) == "birth" {
            for anchor in event.anchors where anchor.relation == .at || anchor.relation == .modifier {
                let expression = facts.temporal[anchor.temporal]
                guard expression.isExplicit, expression.hasYear, let days = expression.coverage(published: facts.anchor) else { continue }
                return (days, expression.span, (expression.day != nil ? "on " : "in ") + expression.text)
            }
        }
        return nil
    }

    /// The days an age holds on: its sentence's date for an age at an event, else the publication date.
    private func reference(of age: AgeStatement, _ facts: ArticleFacts) -> (start: CalendarDate, end: CalendarDate)? {
        if let at = age.at, let days = facts.temporal[at].coverage(published: facts.anchor) { return days }
        return facts.anchor.map { ($0, $0) }
    }

    /// The ages someone born within `born` can be on some day within `at`.
    private func possibleAges(born: (start: CalendarDate, end: CalendarDate), at: (start: CalendarDate, end: CalendarDate)) -> ClosedRange<Int> {
        let youngest = years(from: born.end, to: at.start)
        let oldest = years(from: born.start, to: at.end)
        return min(youngest, oldest)...max(youngest, oldest)
    }

    private func years(from birth: CalendarDate, to day: CalendarDate) -> Int {
        day.year - birth.year - ((day.month, day.day) < (birth.month, birth.day) ? 1 : 0)
    }

    /// Whether two ages of one person cannot both hold: the birth days each allows do not meet.
    /// Without a publication date, ages in apposition are compared as they stand.
    private func conflict(_ a: AgeStatement, _ b: AgeStatement, _ facts: ArticleFacts) -> Bool {
        guard let first = reference(of: a, facts), let second = reference(of: b, facts) else { return a.at == nil && b.at == nil }
        let bornA = born(a.value, at: first)
        let bornB = born(b.value, at: second)
        return bornA.end < bornB.start || bornB.end < bornA.start
    }

    /// What a range of possible ages says of a day: "makes Pike 42 to 44 in 1997", or, when
    /// the day comes before any birth the range allows, "puts Pike's birth after 1940".
    static func verdict(_ ages: ClosedRange<Int>, name: String, when: (start: CalendarDate, end: CalendarDate), _ wording: DateWording) -> String {
        if ages.upperBound < 0 { return "puts \(name)'s birth after \(wording.describe(when))" }
        return "makes \(name) \(describe(max(0, ages.lowerBound)...ages.upperBound)) \(when.start == when.end ? "on" : "in") \(wording.describe(when))"
    }

    /// "42", "42 or 43", "42 to 44".
    static func describe(_ ages: ClosedRange<Int>) -> String {
        switch ages.count {
        case 1: "\(ages.lowerBound)"
        case 2: "\(ages.lowerBound) or \(ages.upperBound)"
        default: "\(ages.lowerBound) to \(ages.upperBound)"
        }
    }

    /// The birth days that make someone `age` on some day within `at`.
    private func born(_ age: Int, at: (start: CalendarDate, end: CalendarDate)) -> (start: CalendarDate, end: CalendarDate) {
        (at.start.adding(years: -(age + 1)).adding(days: 1), at.end.adding(years: -age))
    }
}

extension CalendarDate {
    /// The same day moved by whole years (February 29 becomes February 28).
    func adding(years: Int) -> CalendarDate { adding(months: 12 * years) }
}
