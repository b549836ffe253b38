extension PersonTitle {
    /// The title's structure in one line, as `facts` and a finding's evidence show it:
    /// "minister: government office; rank deputy; portfolio finance; org Tarvik".
    public var structureSummary: String {
        var parts = ["\(role): \(kind.rawValue) \(postClass.rawValue)"]
        if !modifiers.isEmpty { parts.append("rank \(modifiers.joined(separator: " "))") }
        if !qualifiers.isEmpty { parts.append("portfolio \(qualifiers.sorted().joined(separator: " "))") }
        if let org { parts.append("org \(org)\(orgKey.map { $0 == org.lowercased() ? "" : " = \($0)" } ?? " (unnamed)")") }
        if let party { parts.append("party \(party)") }
        if tenure != .current { parts.append(tenure.rawValue) }
        if !heldWith.isEmpty { parts.append("with \(heldWith.joined(separator: ", "))") }
        return parts.joined(separator: "; ")
    }
}
