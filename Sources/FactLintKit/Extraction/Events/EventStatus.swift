/// Whether an event is told as having happened, and if not, what it is.
public enum EventStatus: String, Sendable, Hashable, CaseIterable {
    /// The statuses of something that holds as told: done, or stated as a fact ("is 45 km long").
    static let toldOrStated: Set<EventStatus> = [.reported, .stated]
    /// Statuses whose mentions can be linked as one event: told as done, stated, or planned.
    static let linkable: Set<EventStatus> = [.reported, .stated, .scheduled]

    /// Asserted as having happened: "the board voted on March 3".
    case reported
    /// Planned or expected: "the vote is scheduled for March 3", "will vote", "postponed until May".
    case scheduled
    /// A term or a deadline of a contract or an instrument: "redeemable on March 1, 2031",
    /// "expires in 2029", "effective from July 1".
    case term
    /// Conditional or hypothetical: "if work starts before 2027", "could close by 2030".
    case conditional
    /// Recurring, or a rate: "3 billion a year between 2020 and 2025", "every March".
    case rate
    /// The basis of a comparison: "than in 2023", "compared with a year earlier".
    case comparison
    /// Present or undetermined: "is director since 2004", a headline without a verb.
    case stated
}
