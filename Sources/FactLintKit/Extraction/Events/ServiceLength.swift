/// A stretch of someone's working life given as a length: "his 45-year career", "two decades
/// of service", "resigned after three years in the post". Its ends are told elsewhere: the
/// debut, joining or appointment that began it, and the retirement, resignation or death that
/// ended it.
public struct ServiceLength: Sendable, Hashable {
    /// Index into ``ArticleFacts/temporal`` of the duration.
    public var duration: Int
    /// What the stretch is of, as the `service-words` lexicon keys it ("career", "post").
    public var noun: String
    /// Index into ``ArticleFacts/people`` of whose it is, when the text says.
    public var person: Int?
    /// Index into ``Timeline/events`` of the event the duration dates ("resigned after three
    /// years in the post"), when there is one.
    public var event: Int?
    public var sentence: Int
    /// Whether the noun names an event rather than a service ("the 44-day strike", "a
    /// three-week inquiry"): its ends are the beginning and the end of that thing.
    public var isEvent = false
    /// Whether the stretch is one post held ("after eight years in the role", "as chief
    /// executive") rather than a career: joining a firm does not start it.
    public var isOffice = false

    public init(duration: Int, noun: String, person: Int?, event: Int?, sentence: Int) {
        self.duration = duration
        self.noun = noun
        self.person = person
        self.event = event
        self.sentence = sentence
    }
}
