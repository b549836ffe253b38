/// A part of a period, or a shift of it: "early March", "the mid-1990s", "late 2023", "earlier
/// this month", "later this year" (`period-parts` lexicon).
public enum PeriodPart: String, Sendable, Hashable {
    case early, mid, late, earlier, later, end, start
}
