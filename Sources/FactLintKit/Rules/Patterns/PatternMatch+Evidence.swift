extension PatternMatch.Binding {
    /// The binding as evidence, under a role name (the slot's name unless given).
    public func evidence(as name: String? = nil) -> Evidence {
        Evidence(name: name ?? slot.rawValue, kind: slot.evidenceKind, text: text, span: span, value: readableKey)
    }

    /// The compared value as an editor reads it: "64" for the number key "64.0"; nil when it
    /// says no more than the text.
    var readableKey: String? {
        switch slot {
        case .number:
            return Double(key).flatMap(wholeNumberText) ?? key
        case .org, .place, .any:
            return nil
        default:
            return key.lowercased() == text.lowercased() ? nil : key
        }
    }
}

extension PatternMatch {
    /// The matched text, then what each slot bound, in order.
    func evidence(text: String) -> [Evidence] {
        [Evidence(name: "match", kind: .match, text: text, span: span)] + bindings.map { $0.evidence() }
    }
}

extension TokenPattern.Slot {
    var evidenceKind: Evidence.Kind {
        switch self {
        case .person: return .person
        case .title: return .title
        case .date: return .date
        case .number: return .number
        case .quantity: return .quantity
        case .org: return .org
        case .place: return .place
        case .any: return .word
        }
    }
}
