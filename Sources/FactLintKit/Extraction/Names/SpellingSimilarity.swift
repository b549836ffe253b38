/// How close two spellings of a name are, letter by letter. Works on Unicode scalars of short
/// words; names are short.
enum SpellingSimilarity {
    /// Edits (insert, delete, change, swap of neighbours) between two words, ignoring case.
    static func distance(_ a: String, _ b: String) -> Int {
        Suggestion.editDistance(Array(a.lowercased().unicodeScalars), Array(b.lowercased().unicodeScalars))
    }

    /// Whether two different words can be one name misspelt: one edit in a word of five letters
    /// or more, two in a word of seven or more; a changed first letter only when the rest (five
    /// letters or more) is the same ("Cavanagh", "Kavanagh").
    static func isClose(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.lowercased(), b.lowercased())
        guard x != y else { return false }
        let shortest = min(x.count, y.count)
        guard shortest >= 5, abs(x.count - y.count) <= 2 else { return false }
        if x.first != y.first {
            return x.count == y.count && shortest >= 6 && x.dropFirst() == y.dropFirst()
        }
        let edits = distance(x, y)
        return edits == 1 || (edits == 2 && shortest >= 7)
    }

    /// The letters of an ASCII word in lower case as bits (each byte modulo 64), for
    /// ``mayBeClose(_:_:)``; nil for other words.
    static func letterBits(_ text: String) -> UInt64? {
        guard text.isASCII else { return nil }
        var bits: UInt64 = 0
        for byte in text.utf8 { bits |= 1 << UInt64((ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte) & 63) }
        return bits
    }

    /// Whether two words' ``letterBits(_:)`` allow ``isClose(_:_:)``, a cheap test before it:
    /// each of its two edits takes at most one letter out of a word and puts one in, so close
    /// words differ in four letters at most. A word not in ASCII allows anything (a changed
    /// first letter compares the rest as characters, not bytes).
    static func mayBeClose(_ a: UInt64?, _ b: UInt64?) -> Bool {
        guard let a, let b else { return true }
        return (a ^ b).nonzeroBitCount <= 4
    }

    /// Whether a word inside a longer name can be a slip for another: close, or one letter
    /// added or dropped at the end ("Flag", "Flags"; "Ban", "Bank").
    static func isCloseInName(_ a: String, _ b: String) -> Bool {
        if isClose(a, b) { return true }
        let (x, y) = (a.lowercased(), b.lowercased())
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        return short.count >= 3 && long.count == short.count + 1 && long.hasPrefix(short) && x != y
    }

    /// Endings that make one word's family: "Terrorism" and "Terrorists", "Olympiad" and
    /// "Olympic", "Slovaks" and "Slovakia", "Zealand" and "Zealander".
    static let familyEndings: Set<String> = ["", "s", "es", "ism", "isms", "ist", "ists", "ic", "ics", "ical", "iad", "er", "ers", "ia",
                                             "ian", "ians", "an", "ans", "ese", "ish", "ite", "ites", "ity", "y"]

    /// Whether two words are one stem of four letters or more with two family endings.
    static func isSuffixVariant(_ a: String, _ b: String) -> Bool {
        let (x, y) = (Array(a.lowercased()), Array(b.lowercased()))
        let shared = zip(x, y).prefix { $0 == $1 }.count
        guard shared >= 4 else { return false }
        return (4...shared).contains { stem in
            let (first, second) = (String(x[stem...]), String(y[stem...]))
            // "Haulks" and "Haulkes", "Hughs" and "Hughes": no family, a letter dropped.
            return familyEndings.contains(first) && familyEndings.contains(second) && Set([first, second]) != ["s", "es"]
        }
    }

    /// "Canada" and "Canadian", "Democrat" and "Democrats", "Beckham" and "Beckhams", "Italian"
    /// and "Italiano": one word's family (a plural, a people, an adjective), not a misspelling.
    /// The endings (`derived-endings`) are those of the article's lexicon set.
    static func isDerivedForm(_ a: String, _ b: String, endings: Lexicon) -> Bool {
        let (x, y) = (a.lowercased(), b.lowercased())
        let (short, long) = x.count <= y.count ? (x, y) : (y, x)
        let shared = zip(short, long).prefix { $0 == $1 }.count
        guard shared >= short.count - 1 else { return false }
        let tail = String(long.dropFirst(shared))
        // Of one length, both are forms of what they share ("Saudia", "Saudis") or one is a slip
        // ("Aragones", "Aragonez"; "Unites", "United").
        if short.count == long.count {
            return endings.contains(lowercased: tail) && endings.contains(lowercased: String(short.dropFirst(shared)))
        }
        // "Haulks" and "Haulkes": an "s" for an "es" is a letter dropped, not another form.
        if shared == short.count - 1, short.hasASCIISuffix("s"), tail == "es" { return false }
        // "Erbyn" and "Erbynn": a last letter doubled is a slip, not the ending "n" of "Cuban".
        if shared == short.count, tail.count == 1, tail.last == short.last { return false }
        if endings.contains(lowercased: tail) { return true }
        // "Italian" and "Italiano": the ending "ano" starts with the short word's last letters.
        guard shared == short.count, !tail.isEmpty else { return false }
        return (1...2).contains { letters in short.count > letters && endings.contains(lowercased: String(short.suffix(letters)) + tail) }
    }

    /// Whether two words differ only by a plural "s" ("Flag", "Flags").
    static func isPlural(_ a: String, _ b: String) -> Bool {
        let (x, y) = (a.lowercased(), b.lowercased())
        return (x + "s" == y) || (y + "s" == x)
    }

    /// Whether a word is a single initial ("W.", "W").
    static func isInitial(_ word: String) -> Bool {
        let letters = word.unicodeScalars.filter { $0 != "." }
        return letters.count == 1 && letters.first!.properties.isUppercase
    }

    /// Whether a word is letters, hyphens and apostrophes only (ASCII words by their bytes).
    static func hasOnlyNameLetters(_ text: String) -> Bool {
        if text.isASCII {
            return text.utf8.allSatisfy { ByteClass.isLetterASCII($0) || $0 == 0x2D || $0 == 0x27 }
        }
        return text.unicodeScalars.allSatisfy { $0.properties.isAlphabetic || $0 == "-" || $0 == "'" || $0 == "\u{2019}" }
    }

    /// A name without hyphens, spaces and case ("Nord-Est" and "Nord Est" give "nordest").
    static func squeezed(_ text: String) -> String {
        if text.isASCII {
            // ASCII: by bytes.
            var bytes: [UInt8] = []
            bytes.reserveCapacity(text.utf8.count)
            for byte in text.utf8 where byte != 0x2D && byte != 0x20 { bytes.append(ByteClass.isUpperASCII(byte) ? byte | 0x20 : byte) }
            return String(decoding: bytes, as: UTF8.self)
        }
        return String(text.lowercased().unicodeScalars.filter { $0 != "-" && $0 != " " && $0 != "\u{2010}" && $0 != "\u{2011}" }.map(Character.init))
    }
}
