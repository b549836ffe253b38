/// The cues the age reader uses beyond the words beside an age: who a story is about, how many
/// "the N-year-old" ages it gives, and where a paragraph starts.
extension EventExtractor {
    /// The ages the story gives as "the N-year-old".
    func epithetAges(_ input: Input) -> Set<Int> {
        var values = Set<Int>()
        for position in input.tokens.indices.dropFirst() where input.tokens[position].kind == .number
            && position + 4 < input.tokens.count && temporalWords.isConnective(input.tokens[position - 1].lower, "the")
            && input.tokens[position + 1].isMark("-") && isAgeWord(position + 4, "old", input) {
            if let value = ageValue(input.tokens[position]) { values.insert(value) }
        }
        return values
    }

    /// The first sentence of the paragraph a sentence is in.
    func paragraphStart(of sentence: Int, _ input: Input) -> Int {
        var first = sentence
        while first > 0, input.sentences[first - 1].blockIndex == input.sentences[sentence].blockIndex { first -= 1 }
        return first
    }

    /// Whether a name's last word is followed by "'s" ("Radcliffe's best friend … said the
    /// 31-year-old" may still be about her).
    func isPossessive(after position: Int, _ input: Input) -> Bool {
        position + 2 < input.tokens.count && input.personAt[position + 1] == nil && input.tokens[position + 1].isApostrophe
            && input.tokens[position + 2].lower == "s"
    }

    /// The person a story is about: named at least three times and more often than anyone
    /// else, and either the one person the headline names or named more than twice as often as
    /// anyone else.
    func mainPerson(_ input: Input) -> Int? {
        let counts = input.people.map(\.mentions.count)
        guard let top = counts.indices.max(by: { counts[$0] < counts[$1] }), counts[top] >= 3,
              counts.indices.allSatisfy({ $0 == top || counts[$0] < counts[top] }) else { return nil }
        let headlined = Set(input.people.indices.filter { person in
            input.people[person].mentions.contains { input.sentences[$0.sentence].blockKind == .headline }
        })
        if headlined == [top] { return top }
        return counts.indices.allSatisfy { $0 == top || counts[$0] * 2 < counts[top] } ? top : nil
    }
}
