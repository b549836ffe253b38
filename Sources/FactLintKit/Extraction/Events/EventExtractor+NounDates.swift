/// What an event noun's own date says of its status.
extension EventExtractor {
    /// Whether an event noun is dated by a relative day ("today", "yesterday") that ends no
    /// later than the publication date.
    func isPastPurpose(_ event: Event, _ input: Input) -> Bool {
        guard let published = input.published else { return false }
        return event.anchors.contains { anchor in
            let expression = input.temporal[anchor.temporal]
            guard expression.isRelative, let days = expression.coverage(published: published) else { return false }
            return days.end <= published
        }
    }

    /// Whether an event noun is dated by its own date before it ("this month's annual meeting",
    /// "the July 2 annual meeting") that is not wholly past.
    func isDatedOccasion(_ event: Event, _ input: Input) -> Bool {
        guard let published = input.published else { return false }
        return event.anchors.contains { anchor in
            let date = input.temporal[anchor.temporal]
            return anchor.relation == .modifier && date.tokens.upperBound <= event.tokens.lowerBound
                && date.coverage(published: published).map { $0.end >= published } ?? false
        }
    }
}
