/// The time a clause speaks of, as far as the verbs around a date show it.
public enum Tense: String, Sendable, Hashable {
    case past
    case present
    case future
}
