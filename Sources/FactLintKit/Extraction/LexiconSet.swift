import Yams

/// All lexicons in effect: the built-in ones from `Rules/lexicons/`, extended by a newsroom's own.
public struct LexiconSet: Sendable {
    public private(set) var lexicons: [String: Lexicon] = [:]
    /// One bit per lexicon, for the classes of a word.
    public private(set) var bits: [String: UInt64] = [:]
    /// For every single-word spelling, the bits of the lexicons it is in: one lookup per token
    /// answers every membership question the extractors ask.
    public private(set) var classesBySpelling: [String: UInt64] = [:]

    public init() {}

    /// The bits of the named lexicons, for testing ``Token/classes``.
    public func mask(_ names: String...) -> UInt64 {
        names.reduce(0) { $0 | (bits[$1] ?? 0) }
    }

    /// The lexicon classes of a lowercased word.
    public func classes(of lower: String) -> UInt64 { classesBySpelling[lower] ?? 0 }

    /// The lexicons compiled into the binary.
    public static let builtIn: LexiconSet = {
        var set = LexiconSet()
        for file in EmbeddedRules.files where file.path.hasPrefix("Rules/lexicons/") {
            // Built-in lexicons are checked by the test suite, so a failure here is a build defect.
            if let lexicons = try? LexiconSet.parse(yaml: file.text, source: file.path) {
                for lexicon in lexicons { set.add(lexicon) }
            }
        }
        return set
    }()

    /// Adds a lexicon, merging it into one of the same name.
    public mutating func add(_ lexicon: Lexicon) {
        if var existing = lexicons[lexicon.name] {
            existing.merge(lexicon)
            lexicons[lexicon.name] = existing
        } else {
            lexicons[lexicon.name] = lexicon
        }
        guard lexicons[lexicon.name]?.tokenClasses ?? lexicon.tokenClasses else { return }
        if bits[lexicon.name] == nil, bits.count < 64 { bits[lexicon.name] = 1 << UInt64(bits.count) }
        guard let bit = bits[lexicon.name] else { return }
        for spelling in lexicon.keysBySpelling.keys where !spelling.contains(" ") {
            classesBySpelling[spelling, default: 0] |= bit
        }
    }

    /// The lexicon of that name, or an empty one.
    public subscript(name: String) -> Lexicon {
        lexicons[name] ?? Lexicon(name: name, keysBySpelling: [:], source: "")
    }

    /// Reads every lexicon document in a YAML text.
    public static func parse(yaml: String, source: String, skippingOthers: Bool = false) throws -> [Lexicon] {
        var result: [Lexicon] = []
        for document in try YAMLSafety.documents(yaml) {
            if skippingOthers && document.mapping?["lexicon"] == nil { continue }
            guard let mapping = document.mapping, let name = mapping["lexicon"]?.string else {
                throw LexiconError(source: source, message: "a lexicon document needs a 'lexicon:' name")
            }
            var spellings: [String: String] = [:]
            var displayNames: [String: String] = [:]
            if let words = mapping["words"]?.sequence {
                for word in words { if let text = word.string { spellings[text.lowercased()] = text } }
            }
            if let entries = mapping["entries"]?.mapping {
                for (key, value) in entries {
                    guard let keyText = key.string else { continue }
                    if let first = value.sequence?.first?.string { displayNames[keyText] = first }
                    for variant in value.sequence ?? [] {
                        if let text = variant.string { spellings[text.lowercased()] = keyText }
                    }
                }
            }
            var lexicon = Lexicon(name: name, description: mapping["description"]?.string,
                                  keysBySpelling: spellings, source: source, displayNames: displayNames)
            if mapping["classes"]?.bool == false { lexicon.tokenClasses = false }
            result.append(lexicon)
        }
        return result
    }
}

/// A lexicon file that could not be read.
public struct LexiconError: Error, CustomStringConvertible {
    public var source: String
    public var message: String
    public var description: String { "\(source): \(message)" }
}
