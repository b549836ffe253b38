/// Every built-in check type, by the name rules use in `check:`. The one place a new check type
/// is registered.
public enum CheckRegistry {
    public static let all: [String: any Check.Type] = {
        let types: [any Check.Type] = [
            RepetitionCheck.self,
            DoubledPhraseCheck.self,
            WeekdayDateCheck.self,
            DatelineDateCheck.self,
            DateAfterPublicationCheck.self,
            RelativeDateAgreementCheck.self,
            DateOrderCheck.self,
            DurationSpanCheck.self,
            ServiceSpanCheck.self,
            RecordSpanCheck.self,
            NamedLengthCheck.self,
            TitleAgreementCheck.self,
            TitleUniquenessCheck.self,
            NameSpellingCheck.self,
            HonorificAgreementCheck.self,
            GenderAgreementCheck.self,
            FirstReferenceCheck.self,
            RosterTitleCheck.self,
            NumberAgreementCheck.self,
            PercentChangeCheck.self,
            ArithmeticCheck.self,
            DirectionConflictCheck.self,
            AgeAgreementCheck.self,
            PartWholeCheck.self,
            QuoteAttributionCheck.self,
            QuoteAlterationCheck.self,
            ListCountCheck.self,
            PatternCheck.self,
            ConsistencyCheck.self,
            UniquenessCheck.self,
            OrderCheck.self,
            RequireCheck.self,
            CountCheck.self,
        ]
        return Dictionary(uniqueKeysWithValues: types.map { ($0.name, $0) })
    }()

    /// Check names, sorted.
    public static var names: [String] { all.keys.sorted() }
}
