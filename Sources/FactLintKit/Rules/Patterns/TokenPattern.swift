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
        /// Alternatives that are more than words (a nested group, a slot, an optional part):
        /// `(hit (out|back) at|slammed)`. Tried in the order written.
        case group([[Element]])
    }

    public let elements: [Element]
    /// The pattern as written.
    public let source: String

    /// Parses a pattern; the error says what is wrong and where. Literal text is split into
    /// words exactly as an article is, so every word written can match a word read.
    public init(_ source: String) throws(PatternError) {
        self.source = source
        var parser = Parser(scalars: Array(source.unicodeScalars)[...])
        let alternatives = try parser.alternatives(closing: nil)
        guard alternatives.count == 1 else {
            throw PatternError(message: "a '|' stands outside parentheses; put the alternatives in a group, like (slammed|blasted)")
        }
        let elements = alternatives[0]
        guard !elements.isEmpty else { throw PatternError(message: "the pattern is empty") }
        guard elements.contains(where: Self.isRequired) else {
            throw PatternError(message: "the pattern matches nothing but gaps and optional words; give it at least one word or slot")
        }
        self.elements = elements
    }

    /// A pattern of already parsed elements.
    init(elements: [Element], source: String) {
        self.elements = elements
        self.source = source
    }

    /// Whether an element must consume at least one word.
    static func isRequired(_ element: Element) -> Bool {
        switch element {
        case .gap, .optional: return false
        case .word, .slot: return true
        case let .group(options): return options.allSatisfy { $0.contains(where: isRequired) }
        }
    }

    /// A recursive-descent reader of the pattern language.
    /// Deepest nesting of groups accepted; the parser recurses once per level.
    static let maximumDepth = 16

    private struct Parser {
        var scalars: ArraySlice<Unicode.Scalar>
        var depth = 0

        mutating func skipSpaces() { while let first = scalars.first, first == " " || first == "\t" { scalars.removeFirst() } }

        /// Sequences separated by `|`, up to the closing `)` (consumed) or the end.
        mutating func alternatives(closing: Unicode.Scalar?) throws(PatternError) -> [[Element]] {
            var options: [[Element]] = [[]]
            while true {
                skipSpaces()
                guard let first = scalars.first else {
                    if closing != nil { throw PatternError(message: "a '(' in the pattern is never closed") }
                    return options
                }
                switch first {
                case "|":
                    scalars.removeFirst()
                    options.append([])
                case ")":
                    guard closing != nil else { throw PatternError(message: "a ')' has no '(' before it") }
                    scalars.removeFirst()
                    return options
                case "}":
                    throw PatternError(message: "a '}' has no '{' before it")
                case "?":
                    throw PatternError(message: "a '?' must follow a word, a slot or a group it makes optional")
                default:
                    var parsed = try atoms()
                    if scalars.first == "?" {
                        scalars.removeFirst()
                        parsed[parsed.count - 1] = .optional(parsed[parsed.count - 1])
                    }
                    options[options.count - 1].append(contentsOf: parsed)
                }
            }
        }

        /// One slot, group or gap, or the words of a run of literal text.
        mutating func atoms() throws(PatternError) -> [Element] {
            let first = scalars.first!
            if first == "{" {
                guard let close = scalars.firstIndex(of: "}") else { throw PatternError(message: "a '{' in the pattern is never closed") }
                let name = String(String.UnicodeScalarView(scalars[scalars.index(after: scalars.startIndex)..<close]))
                guard let slot = Slot(rawValue: name) else {
                    let hint = Suggestion.closest(to: name, in: Slot.allCases.map(\.rawValue)).map { " Did you mean '{\($0)}'?" } ?? ""
                    throw PatternError(message: "'{\(name)}' is not a slot.\(hint) Slots: \(Slot.allCases.map { "{\($0.rawValue)}" }.joined(separator: ", ")).")
                }
                scalars = scalars[scalars.index(after: close)...]
                return [.slot(slot)]
            }
            if first == "(" {
                let opening = scalars
                scalars.removeFirst()
                depth += 1
                guard depth <= TokenPattern.maximumDepth else {
                    throw PatternError(message: "groups nest more than \(TokenPattern.maximumDepth) deep")
                }
                let options = try alternatives(closing: ")")
                depth -= 1
                let written = String(String.UnicodeScalarView(opening.prefix(opening.count - scalars.count)))
                guard !options.contains(where: \.isEmpty) else {
                    throw PatternError(message: "'\(written)' has an empty alternative; write (said|says)")
                }
                return [Self.group(options)]
            }
            if scalars.starts(with: "...".unicodeScalars) {
                scalars = scalars.dropFirst(3)
                return [.gap(5)]
            }
            var run = ""
            while let next = scalars.first, !" \t?{}()|".unicodeScalars.contains(next), !scalars.starts(with: "...".unicodeScalars) {
                run.unicodeScalars.append(next)
                scalars.removeFirst()
            }
            let words = Tokenizer.words(run)
            guard !words.isEmpty else { throw PatternError(message: "the pattern has a stray '\(String(first))'") }
            return words.map { .word([[$0]]) }
        }

        /// A group of word sequences becomes one `.word` element (the fast path); anything else
        /// stays a group.
        static func group(_ options: [[Element]]) -> Element {
            var sequences: [[String]] = []
            for option in options {
                var words: [String] = []
                for element in option {
                    guard case let .word(choices) = element, choices.count == 1 else { return .group(options) }
                    words.append(contentsOf: choices[0])
                }
                sequences.append(words)
            }
            return .word(Set(sequences).sorted { $0.count > $1.count || ($0.count == $1.count && $0.lexicographicallyPrecedes($1)) })
        }
    }

    /// The slots the pattern uses, in order, including those in groups.
    public var slots: [Slot] {
        func collect(_ element: Element) -> [Slot] {
            switch element {
            case let .slot(slot): return [slot]
            case let .optional(inner): return collect(inner)
            case let .group(options): return options.flatMap { $0.flatMap(collect) }
            case .word, .gap: return []
            }
        }
        return elements.flatMap(collect)
    }
}

/// A pattern that cannot be parsed.
public struct PatternError: Error, Sendable {
    public var message: String
}
