/// Something that happens, named by a verb or a noun ("was elected", "the floods"), with the
/// dates that date it, who or what it concerns, and whether it happened.
public struct Event: Sendable, Hashable {
    /// The event's key in the `event-triggers` lexicon ("election"), or, for a verb not in it,
    /// the verb as written in lowercase ("completed").
    public var trigger: String
    /// Its family in `event-families` ("selection"), when it has one.
    public var family: String?
    /// Whether the trigger is in the lexicon (rather than a verb found by its form).
    public var isKnown: Bool
    /// Whether it is named by a noun ("the election") rather than a verb ("was elected").
    public var isNoun: Bool
    /// The trigger as written.
    public var text: String
    public var span: SourceSpan
    public var sentence: Int
    /// Token indices of the trigger in ``ArticleFacts/tokens``.
    public var tokens: Range<Int>
    public var status: EventStatus
    /// Inside a quotation.
    public var isQuoted: Bool
    /// Denied: "did not resign", "never opened".
    public var isNegated: Bool
    /// People it concerns, as indices into ``ArticleFacts/people``: its subject, or the
    /// possessor of a noun ("Volcker's reappointment"), a pronoun resolved to the person before.
    public var people: [Int]
    /// The words of its subject ("inquiry" in "The inquiry, chaired by …, began"; "Riverside",
    /// "Relief"), or of what an event noun is of ("Lune", "valley" in "the Lune valley floods").
    /// Names keep their capital; other words are lowercase and singular.
    public var subject: [String]
    /// Whether the subject (or the event noun) is introduced as new: "a second plant", "a flood".
    public var isIndefinite = false
    /// Whether an event noun points back to one already known: "the derby", "Friday's derby".
    public var isDefinite = false
    /// The edge of a period ("the week ended Feb 21", "the year ending in March"): each period
    /// has its own, so it is never one event with another mention.
    public var isPeriodEdge = false
    /// Whether an event noun is what a verb told as done happened in: "in", "at" or "on" within
    /// three words before it, right after a past form ("was ousted in an army coup", "killed
    /// in the blast").
    public var isSettingOfPastVerb = false
    /// For an event noun that is the object of a verb of the `end` family told as done
    /// ("completed its acquisition of Tollard Bank"): the token after the object, its "of" and
    /// the capitalised name after it included. A date right there dates the completion.
    public var completedObjectEnd: Int?
    /// For a verb: its object when a possessive determiner opens it, straight after the verb
    /// ("closed its discussions", "sold their Tarvik stake"), up to two words; nil otherwise.
    public var possessedObject: Range<Int>?
    /// Other content words around the trigger, in the same form.
    public var participants: [String]
    /// The temporal expressions that date it.
    public var anchors: [EventAnchor]

    public init(trigger: String, family: String?, isKnown: Bool, isNoun: Bool, text: String, span: SourceSpan, sentence: Int,
                tokens: Range<Int>, status: EventStatus, isQuoted: Bool = false, isNegated: Bool = false, people: [Int] = [],
                subject: [String] = [], participants: [String] = [], anchors: [EventAnchor] = []) {
        self.trigger = trigger
        self.family = family
        self.isKnown = isKnown
        self.isNoun = isNoun
        self.text = text
        self.span = span
        self.sentence = sentence
        self.tokens = tokens
        self.status = status
        self.isQuoted = isQuoted
        self.isNegated = isNegated
        self.people = people
        self.subject = subject
        self.participants = participants
        self.anchors = anchors
    }
}

/// A temporal expression dating an event, and how: "on March 3", "since 2004", "the 2011 floods".
public struct EventAnchor: Sendable, Hashable {
    /// Index into ``ArticleFacts/temporal``.
    public var temporal: Int
    public var relation: TemporalRelation

    public init(temporal: Int, relation: TemporalRelation) {
        self.temporal = temporal
        self.relation = relation
    }
}

/// How a date stands to the event it dates.
public enum TemporalRelation: String, Sendable, Hashable, CaseIterable {
    /// The event happened at that time: "on March 3", "in 2011", "last week", "Friday".
    case at
    /// "the 2011 floods", "Friday's match", "last summer's flood".
    case modifier
    /// The event started then and goes on: "since 2004".
    case since
    /// The event ran or runs up to then: "until March", "through 2020".
    case until
    /// A deadline: "by 2030".
    case by
    /// "before 2027".
    case before
    /// "after the 2011 floods", "after March 3".
    case after
    /// The start of a stretch: "from 1991".
    case from
    /// The end of a stretch: "to 2020".
    case to
    /// "during 2020", "within a year".
    case during
    /// The period something is for: "the budget for 2027", "a rise pledged for next year".
    case purpose
}
