/// One change told as a rise and as a fall: "prices rose 4 pct" and later "the 4 pct cut in
/// prices". The two figures must be the same size, of the same measure (read from a noun or
/// an equivalence, with the same modifiers), unit, owner and period, and neither quoted.
public struct DirectionConflictCheck: Check {
    public static let name = "direction-conflict"
    public static let summary = "One change is described as a rise and as a fall."
    public static let parameters: [ParameterSpec] = []
    public static let placeholders: [String: String] = commonPlaceholders.merging([
        "figure": "the change as written here",
        "word": "the direction word here ('cut')",
        "other.word": "the direction word of the other statement ('rose')",
        "other.line": "the line of the other statement",
        "measure": "what changed",
    ]) { $1 }

    public init(parameters: ParameterValues) throws(ParameterError) {}

    public func run(on facts: ArticleFacts, scope: RuleScope) -> [CheckMatch] {
        let changes = facts.claims.filter { frame in
            frame.kind == .changeBy && frame.direction != 0 && frame.position != .quote && frame.position != .table && frame.rangeWith == nil
                && (frame.measure.isStrong || frame.measure.source == .changed) && frame.quantity.hedge == .exact && !frame.isPartitive
                && (frame.isHeadline || facts.isInScope(sentence: frame.quantity.sentence, scope))
        }
        var matches: [CheckMatch] = []
        var reported = Set<SourceSpan>()
        for index in changes.indices where !changes[index].isHeadline {
            let later = changes[index]
            guard let earlier = changes[..<index].first(where: { isSameChange($0, later) }) ?? changes.first(where: { $0.isHeadline && isSameChange($0, later) }),
                  reported.insert(later.quantity.span).inserted else { continue }
            matches.append(CheckMatch(span: later.quantity.span, values: [
                "figure": later.quantity.text, "word": later.directionWord ?? (later.direction > 0 ? "up" : "down"),
                "other.word": earlier.directionWord ?? (earlier.direction > 0 ? "up" : "down"),
                "other.line": String(facts.line(of: earlier.quantity.span)), "measure": later.measure.text,
            ], related: [.init(span: earlier.quantity.span, message: "'\(earlier.directionWord ?? "")' here")]))
        }
        return matches
    }

    private func isSameChange(_ a: ClaimFrame, _ b: ClaimFrame) -> Bool {
        guard a.direction != b.direction, a.quantity.sentence != b.quantity.sentence, a.quantity.unit == b.quantity.unit,
              a.quantity.isSameFigure(as: b.quantity), a.quantity.value != 0,
              a.measure.head == b.measure.head, Set(a.measure.modifiers) == Set(b.measure.modifiers),
              Set(a.qualifiers) == Set(b.qualifiers), a.subject == b.subject, a.period == b.period else { return false }
        return true
    }
}
