/// A loaded rule: its descriptor, its configured check and how to phrase what it finds.
public struct Rule: Sendable {
    public var descriptor: RuleDescriptor
    public var check: any Check
    public var message: MessageTemplate
    public var scope: RuleScope
    /// Whether the rule runs unless a configuration enables it.
    public var enabledByDefault: Bool
    /// The rule's examples (`examples:`), read on first use for a built-in rule.
    public var examples: [RuleExample] {
        get { deferredExamples?.load() ?? loadedExamples }
        set {
            loadedExamples = newValue
            deferredExamples = nil
        }
    }
    private var loadedExamples: [RuleExample]
    /// A built-in rule's `examples:`, not read yet.
    var deferredExamples: DeferredExamples?
    /// Replacement text for the finding's span, with the message's placeholders (`suggest:`).
    public var suggest: MessageTemplate?
    /// What the rule cannot run without: its check's needs and any the rule file adds.
    public var needs: Set<RuleNeed> = []
    /// Where `replaces:` is written, for a problem with it.
    public var replacesLine: Int?
    public var replacesColumn: Int?

    public var id: String { descriptor.id }

    public init(descriptor: RuleDescriptor, check: any Check, message: MessageTemplate, scope: RuleScope,
                enabledByDefault: Bool, examples: [RuleExample]) {
        self.descriptor = descriptor
        self.check = check
        self.message = message
        self.scope = scope
        self.enabledByDefault = enabledByDefault
        loadedExamples = examples
        needs = type(of: check).needs
    }

    /// Runs the rule over one article's facts. Where the check stopped early, the finding is a
    /// warning that says so, whatever the rule's own severity: an incomplete check must not pass
    /// in silence, nor fail a build as if it had found something.
    public func findings(in facts: ArticleFacts) -> [Finding] {
        withUnsafePointer(to: self) { Rule.findings(of: $0, in: facts) }
    }

    /// ``findings(in:)`` of the rule at a pointer. The linter calls this for each rule in its
    /// buffer: calling a method on the rule there copied the whole rule (its descriptor,
    /// examples and check) for every rule of every article.
    static func findings(of rule: UnsafePointer<Rule>, in facts: ArticleFacts) -> [Finding] {
        let source = facts.article.source
        let scope = rule.pointee.scope
        var matches = rule.pointee.check.run(on: facts, scope: scope)
        if scope.outsideQuotes, !matches.isEmpty {
            let quoted = QuotedRegions.spans(in: facts)
            if !quoted.isEmpty { matches.removeAll { $0.cutShortReason == nil && QuotedRegions.contains(quoted, $0.span.start) } }
        }
        guard !matches.isEmpty else { return [] }
        let ruleID = rule.pointee.descriptor.id, severity = rule.pointee.descriptor.severity
        let message = rule.pointee.message, suggest = rule.pointee.suggest
        return matches.map { match in
            if let reason = match.cutShortReason {
                return Finding(path: facts.article.path(of: match.span), ruleID: ruleID, severity: .warning,
                               message: "Stopped checking this sentence for '\(ruleID)' after \(reason); later matches in it may be missed",
                               span: match.span, location: source.location(of: match.span))
            }
            var values = match.values
            let location = source.location(of: match.span)
            values["line"] = values["line"] ?? String(location.line)
            values["text"] = values["text"] ?? source.text(of: match.span)
            let related = match.related.map {
                RelatedLocation(path: facts.article.path(of: $0.span), span: $0.span, location: source.location(of: $0.span), message: $0.message)
            }
            let evidence = match.evidence.map { item in
                var located = item
                located.location = source.location(of: item.span)
                return located
            }
            var fix: Fix?
            if let suggest {
                fix = Fix(span: match.span, location: location, replacement: suggest.render(values), original: source.text(of: match.span))
            } else if let replacement = match.replacement {
                fix = Fix(span: replacement.span, location: source.location(of: replacement.span), replacement: replacement.text,
                          original: source.text(of: replacement.span))
            }
            return Finding(path: facts.article.path(of: match.span), ruleID: ruleID, severity: severity,
                           message: message.render(values), span: match.span, location: location, related: related,
                           evidence: evidence, fix: fix)
        }
    }
}
