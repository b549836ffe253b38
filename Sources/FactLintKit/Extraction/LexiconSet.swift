import CompiledYAML

/// All lexicons in effect: the built-in ones from `Rules/lexicons/`, extended by a newsroom's own.
public struct LexiconSet: Sendable {
    public private(set) var lexicons: [String: Lexicon] = [:]
    /// One bit per lexicon, for the classes of a word.
    public private(set) var bits: [String: WordClasses] = [:]
    /// For every single-word spelling, the bits of the lexicons it is in: one lookup per token
    /// answers every membership question the extractors ask.
    public private(set) var classesBySpelling: [String: WordClasses] = [:]
    /// Lexicons that would give classes but came after every bit was taken, in the order they
    /// were added. The built-in ones must all have bits (a test checks it); a newsroom's own
    /// lexicons need none, since only built-in lexicons are asked for by class.
    public private(set) var unclassed: [String] = []
    /// The lexicons again, looked up by the bytes of their names (see ``indexingNames()``):
    /// checks ask for several lexicons by name in every article, and hashing a name of twenty
    /// letters into the dictionary cost more than the lookups the lexicon then answered.
    private var nameIndex: SpellingTable<Lexicon>?

    public init() {}

    /// The bits of the named lexicons, for testing ``Token/classes``.
    public func mask(_ names: String...) -> WordClasses {
        names.reduce(0) { $0 | (bits[$1] ?? 0) }
    }

    /// The lexicon classes of a lowercased word.
    public func classes(of lower: String) -> WordClasses { classesBySpelling[lower] ?? 0 }

    /// The lexicons compiled into the binary.
    /// The files are read on two threads, every other file on the second (reading them is most
    /// of a one-article run's start-up), and added in the order of their paths, so the set is the
    /// same however the threads run. ``parse(documents:source:skippingOthers:)`` must never
    /// reach this static (nor anything that waits for it): the second thread would wait for the
    /// first, which waits for it.
    public static let builtIn: LexiconSet = {
        let files = BuiltInRuleFiles.all.filter { $0.path.hasPrefix("Rules/lexicons/") }
        // Built-in lexicons are checked by the test suite, so a failure here is a build defect.
        let odd = Background {
            stride(from: 1, to: files.count, by: 2).map { (try? LexiconSet.parse(documents: files[$0].documents, source: files[$0].path)) ?? [] }
        }
        let even = stride(from: 0, to: files.count, by: 2).map { (try? LexiconSet.parse(documents: files[$0].documents, source: files[$0].path)) ?? [] }
        let oddLexicons = odd.value
        var set = LexiconSet()
        // Sized once: grown as it filled, the word-class table cost a third of adding the lexicons.
        set.classesBySpelling.reserveCapacity((even + oddLexicons).reduce(0) { $0 + $1.reduce(0) { $0 + $1.keysBySpelling.count } })
        for index in files.indices {
            for lexicon in index % 2 == 0 ? even[index / 2] : oddLexicons[index / 2] { set.add(lexicon) }
        }
        return set
    }()

    /// Adds a lexicon, merging it into one of the same name.
    public mutating func add(_ lexicon: Lexicon) {
        nameIndex = nil
        // A bit another set gave it means nothing here.
        var lexicon = lexicon
        lexicon.classBit = 0
        if var existing = lexicons[lexicon.name] {
            existing.merge(lexicon)
            lexicons[lexicon.name] = existing
        } else {
            lexicons[lexicon.name] = lexicon
        }
        guard lexicons[lexicon.name]?.tokenClasses ?? lexicon.tokenClasses else { return }
        if bits[lexicon.name] == nil {
            guard bits.count < WordClasses.capacity else {
                if !unclassed.contains(lexicon.name) { unclassed.append(lexicon.name) }
                return
            }
            bits[lexicon.name] = WordClasses(bit: bits.count)
        }
        guard let bit = bits[lexicon.name] else { return }
        for spelling in lexicon.keysBySpelling.keys where !spelling.utf8.contains(0x20) {
            classesBySpelling[spelling, default: 0] |= bit
        }
        // Every one-word spelling of the lexicon as it now stands has the bit (a merge kept
        // the earlier spellings' bits): a word token can be asked by it.
        lexicons[lexicon.name]?.classBit = bit
    }

    /// The lexicon of that name, or an empty one.
    public subscript(name: String) -> Lexicon {
        if let nameIndex {
            let (isASCII, found) = nameIndex.lookup(name)
            if isASCII { return found ?? Lexicon(name: name, keysBySpelling: [:], source: "") }
        }
        return lexicons[name] ?? Lexicon(name: name, keysBySpelling: [:], source: "")
    }

    /// The set with its names indexed for fast lookups by name; adding a lexicon drops the index.
    /// A set with a name beyond ASCII is left to the dictionary: Swift compares strings by
    /// canonical equivalence, so an ASCII name asked for may equal such a name ("\u{212A}" is "K")
    /// where a table of bytes would miss it.
    func indexingNames() -> LexiconSet {
        guard lexicons.keys.allSatisfy({ name in name.utf8.allSatisfy { $0 < 0x80 } }) else { return self }
        var indexed = self
        indexed.nameIndex = SpellingTable(lexicons)
        return indexed
    }

    /// Reads every lexicon document in a YAML text.
    public static func parse(yaml: String, source: String, skippingOthers: Bool = false) throws -> [Lexicon] {
        try parse(documents: YAMLSafety.compiledDocuments(yaml), source: source, skippingOthers: skippingOthers)
    }

    /// Reads every lexicon document of a file, read by Yams or compiled into the binary.
    static func parse(documents: [YAMLNode], source: String, skippingOthers: Bool = false) throws -> [Lexicon] {
        var result: [Lexicon] = []
        for document in documents {
            if skippingOthers && document.mapping?["lexicon"] == nil { continue }
            guard let mapping = document.mapping, let name = mapping["lexicon"]?.string else {
                throw LexiconError(source: source, message: "a lexicon document needs a 'lexicon:' name")
            }
            let words = mapping["words"]?.sequence
            let entries = mapping["entries"]?.mapping
            // Sized up front: growing the tables as they fill was a fifth of loading the lexicons.
            var spellings: [String: String] = [:]
            spellings.reserveCapacity((words?.count ?? 0) + 2 * (entries?.count ?? 0))
            var displayNames: [String: String] = [:]
            displayNames.reserveCapacity(entries?.count ?? 0)
            if let words {
                for word in words { if let text = word.string { spellings[text.lowercased()] = text } }
            }
            if let entries {
                for (key, value) in entries {
                    guard let keyText = key.string else { continue }
                    guard let variants = value.sequence else { continue }
                    if let first = variants.first?.string { displayNames[keyText] = first }
                    for variant in variants {
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
