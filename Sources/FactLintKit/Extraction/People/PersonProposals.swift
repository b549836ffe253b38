/// What a ``PersonCandidateProposer`` found in one sentence, before mentions of the same
/// person are joined.
struct PersonProposals {
    /// A named person as first read.
    struct Candidate {
        var nameWords: [String]
        var mention: PersonMention
        /// Titles written beside this mention: before it, in the same run, or in apposition.
        var titles: [PersonTitle]
    }

    /// A title standing for a person, with no name.
    struct TitleMention {
        var title: PersonTitle
        var mention: PersonMention
    }

    var candidates: [Candidate] = []
    var titleOnly: [TitleMention] = []
    /// A post standing for a speaker ("the finance minister said"), which may name someone whose
    /// post the story gives otherwise.
    var speakerDescriptions: [TitleMention] = []
    /// Tokens already read as part of a name, so bare surnames are not looked for there.
    var usedTokens: [Int] = []
    /// Single name words with an age set off after them ("Tarvik, 47,"): a surname, of the
    /// person the word already names or of a person of its own.
    var agedSurnames: [Int] = []

    mutating func append(_ other: PersonProposals) {
        candidates.append(contentsOf: other.candidates)
        titleOnly.append(contentsOf: other.titleOnly)
        speakerDescriptions.append(contentsOf: other.speakerDescriptions)
        usedTokens.append(contentsOf: other.usedTokens)
        agedSurnames.append(contentsOf: other.agedSurnames)
    }
}
