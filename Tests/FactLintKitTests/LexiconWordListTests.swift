import Testing
@testable import FactLintKit

/// The readers' small word lists are lexicons (`grammar.yml` and the rest): each name is one list,
/// and a newsroom's own spellings reach the reader that uses it.
@Suite("Lexicon word lists")
struct LexiconWordListTests {
    @Test("no two built-in lexicon documents share a name: a second would merge into the first and change what it means")
    func namesAreUnique() throws {
        var seen: [String: String] = [:]
        for file in BuiltInRuleFiles.all where file.path.hasPrefix("Rules/lexicons/") {
            for lexicon in try LexiconSet.parse(documents: file.documents, source: file.path) {
                #expect(seen[lexicon.name] == nil, "'\(lexicon.name)' is in \(seen[lexicon.name] ?? "") and in \(file.path)")
                seen[lexicon.name] = file.path
            }
        }
        #expect(seen["stem-suffixes"] == "Rules/lexicons/grammar.yml")
    }

    @Test("the built-in lexicons read on two threads are the set read file by file on one")
    func builtInReadInParallel() throws {
        var sequential = LexiconSet()
        for file in BuiltInRuleFiles.all where file.path.hasPrefix("Rules/lexicons/") {
            for lexicon in try LexiconSet.parse(documents: file.documents, source: file.path) { sequential.add(lexicon) }
        }
        let built = LexiconSet.builtIn
        #expect(built.lexicons.count > 100)
        #expect(built.lexicons == sequential.lexicons)
        #expect(built.bits == sequential.bits)
        #expect(built.classesBySpelling == sequential.classesBySpelling)
    }

    @Test("every built-in lexicon that gives classes has a class bit, and the lexicons past the last bit are named, not dropped in silence")
    func classBits() throws {
        let built = LexiconSet.builtIn
        #expect(built.unclassed.isEmpty, "no class bit for \(built.unclassed)")
        let classed = built.lexicons.values.filter(\.tokenClasses).map(\.name)
        #expect(Set(built.bits.keys) == Set(classed))
        // Lexicons 65 and on had no bit when the classes were one machine word.
        #expect(classed.count > 64)
        #expect(built.classes(of: "half") & built.mask("period-words") != 0)
        #expect(built.classes(of: "tuesday") & built.mask("weekdays") != 0)
        #expect(built.classes(of: "tuesday") & built.mask("period-words") == 0)

        var full = LexiconSet()
        for index in 0..<WordClasses.capacity {
            full.add(Lexicon(name: "list-\(index)", keysBySpelling: ["word\(index)": "word\(index)"], source: "test"))
        }
        full.add(Lexicon(name: "one-too-many", keysBySpelling: ["extra": "extra"], source: "test"))
        full.add(Lexicon(name: "one-too-many", keysBySpelling: ["more": "more"], source: "test"))
        #expect(full.bits.count == WordClasses.capacity)
        #expect(full.unclassed == ["one-too-many"])
        #expect(full.classes(of: "extra") == 0)
        #expect(full["one-too-many"].contains(lowercased: "more"))
        #expect(full.classes(of: "word127") == full.mask("list-127"))
        #expect(full.mask("list-127") != full.mask("list-63"))
        #expect(full.mask("list-127") & full.mask("list-63") == 0)
    }

    @Test("lexicons are found by name through the name index, and a lexicon added afterwards is not missed")
    func nameIndex() throws {
        let indexed = LexiconSet.builtIn.indexingNames()
        #expect(indexed["months"].contains(lowercased: "march"))
        #expect(indexed["months"].name == "months")
        // A name no lexicon has gives an empty lexicon of that name, indexed or not.
        #expect(indexed["no-such-list"].name == "no-such-list")
        #expect(!indexed["no-such-list"].contains(lowercased: "march"))
        var extended = indexed
        for lexicon in try LexiconSet.parse(yaml: "lexicon: house-words\nwords: [stet]\n---\nlexicon: mots-clés\nwords: [dépêche]\n",
                                            source: "house.yml") { extended.add(lexicon) }
        #expect(extended["house-words"].contains(lowercased: "stet"))
        #expect(extended.indexingNames()["house-words"].contains(lowercased: "stet"))
        // A set with a name beyond ASCII is not indexed: it is looked up in its dictionary.
        #expect(extended.indexingNames()["mots-clés"].contains(lowercased: "dépêche"))
        #expect(extended.indexingNames()["house-words"].contains(lowercased: "stet"))
        // Every built-in lexicon is the same found through the index as through the dictionary.
        for name in LexiconSet.builtIn.lexicons.keys {
            #expect(indexed[name] == LexiconSet.builtIn[name], "\(name)")
        }
    }

    @Test("a hedge of several words is read before a figure, and a word that starts none is not joined")
    func hedgePhrases() {
        let facts = facts("Output rose to more than 40 mln tonnes. Exports were nearly 12 mln tonnes.\n")
        #expect(facts.claims.map(\.quantity.hedge) == [.above, .about])
        #expect(facts.claims.map(\.quantity.text) == ["more than 40 mln tonnes", "nearly 12 mln tonnes"])
    }

    @Test("a newsroom's label in date-line-labels opens a date line")
    func newsroomDateLineLabel() throws {
        #expect(PublicationDate.parse("Stand: 15 May 2024") == nil)
        var lexicons = LexiconSet.builtIn
        for lexicon in try LexiconSet.parse(yaml: "lexicon: date-line-labels\nwords: [stand]\n", source: "house.yml") { lexicons.add(lexicon) }
        #expect(PublicationDate.parse("Stand: 15 May 2024", lexicons: lexicons) == PublicationDate(year: 2024, month: 5, day: 15))
    }

    @Test("the stemmer removes the endings of stem-suffixes, longest first, and a newsroom's own")
    func stemmerEndings() throws {
        let builtIn = Stemmer(lexicons: .builtIn)
        #expect(builtIn.stem("redundancies") == "redundancy")
        #expect(builtIn.stem("biddings") == "bid")
        #expect(builtIn.stem("rises") == "rise")
        #expect(builtIn.stem("agreements") == "agreement")
        var lexicons = LexiconSet.builtIn
        for lexicon in try LexiconSet.parse(yaml: "lexicon: stem-suffixes\nentries:\n  drop: [ments]\n", source: "house.yml") { lexicons.add(lexicon) }
        #expect(Stemmer(lexicons: lexicons).stem("agreements") == "agree")
    }
}
