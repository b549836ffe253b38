/// A phrase pattern a rule writes: words, alternatives, optional parts, gaps and typed slots that
/// match facts, not strings.
///
///     said
///     (said|says|told)
///     (a|an)?                 optional
///     ...                     up to five words, any
///     {person} {number} {date} {title} {quantity} {org} {place} {any}
///
/// Words match whole tokens, ignoring case. Punctuation is written as itself (`,`).
public struct TokenPattern: Sendable, Hashable {
    public enum Slot: String, Sendable, Hashable, CaseIterable {
        case person, title, date, number, quantity, org, place, any
    }

    public indirect enum Element: Sendable, Hashable {
        /// One of several word sequences ("said", "on condition"), longest first (then in
        /// alphabetical order), the order in which they are tried; no sequence twice.
        case word([[String]])
        case slot(Slot)
        case gap(Int)
        case optional(Element)
    }

    public let elements: [Element]
    /// The pattern as written.
    public let source: String

    /// Parses a pattern; the error says what is wrong and where.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        var elements: [Element] = []
        var scalars = Array(source.unicodeScalars)[...]
        func skipSpaces() { while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() } }
        skipSpaces()
        while let first = scalars.first {
            var element: Element
            if first == "{" {
                guard let close = scalars.firstIndex(of: "}") else { throw PatternError(message: "a '{' in the pattern is never closed") }
                let name = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                guard let slot = Slot(rawValue: name) else {
                    let hint = Suggestion.closest(to: name, in: Slot.allCases.map(\.rawValue)).map { " Did you mean '{\($0)}'?" } ?? ""
                    throw PatternError(message: "'{\(name)}' is not a slot.\(hint) Slots: \(Slot.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")).")
                }
                element = .slot(slot)
                scalars = scalars[scalars.index(after: close)...]
            } else if first == "(" {
                guard let close = scalars.firstIndex(of: ")") else { throw PatternError(message: "a '(' in the pattern is never closed") }
                let inside = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                let options = inside.split(separator: "|", omittingEmptySubsequences: false).map { String($0).trimmingASCIIWhitespace().lowercased() }
                guard !options.isEmpty, !options.contains(where: \.isEmpty) else {
                    throw PatternError(message: "'(\(inside))' has an empty alternative; write (said|says)")
                }
                element = .word(Set(options.map { option in Tokenizer.words(option) })
                    .sorted { $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1)) })
                scalars = scalars[scalars.index(after: close)...]
            } else if scalars.starts(with: "...".unicodeScalars) {
                element = .gap(5)
                scalars = scalars.dropFirst(3)
            } else {
                var word = ""
                while let next = scalars.first, next != " ", next != "\t", next != "?", next != "{", next != "(" {
                    word.unicodeScalars.append(next)
                    scalars.removeFirst()
                    // Punctuation stands alone.
                    if !next.properties.isAlphabetic && !("0"..."9").contains(next) && next != "'" && next != "-" { break }
                    if let following = scalars.first, !following.properties.isAlphabetic && !("0"..."9").contains(following) && following != "'" && following != "-" { break }
                }
                guard !word.isEmpty else { throw PatternError(message: "the pattern has a stray '\(String(first))'") }
                element = .word([[word.lowercased()]])
            }
            if scalars.first == "?" {
                scalars.removeFirst()
                element = .optional(element)
            }
            elements.append(element)
            skipSpaces()
        }
        guard !elements.isEmpty else { throw PatternError(message: "the pattern is empty") }
        guard elements.contains(where: { if case .gap = $0 { return false }; if case .optional = $0 { return false }; return true }) else {
            throw PatternError(message: "the pattern matches nothing but gaps and optional words; give it at least one word or slot")
        }
        self.elements = elements
    }

    /// The slots the pattern uses, in order.
    public var slots: [Slot] {
        elements.compactMap { element in
            switch element {
            case let .slot(slot): return slot
            case let .optional(.slot(slot)): return slot
            default: return nil
            }
        }
    }
}

/// A pattern that cannot be parsed.
public struct PatternError: Error, Sendable {
    public var message: String
}
