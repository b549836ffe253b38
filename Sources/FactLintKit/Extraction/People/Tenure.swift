/// When a person holds a post, as the copy says it.
public enum Tenure: String, Sendable, Hashable {
    /// Held now: "Finance Minister Ana Ruiz".
    case current
    /// Marked as held before: "former deputy governor", "ex-chairman", "then a detective".
    case former
    /// Held in the past by the sentence's own account: "has served as prime minister", "his
    /// years as treasurer", "chairman until 2019", "finance minister between 1984 and 1986".
    case past
    /// Not yet held: "President-elect", "chief executive designate", "will become chairman".
    case future
    /// Held now and about to end: "outgoing chairman".
    case outgoing
}
