@testable import FactLintKit
import Testing

/// The lines the extractor reads as an editor's rather than the story's: notices that an item is
/// a corrected or repeated copy, and labels, table rows and footnotes.
@Suite("Editorial lines")
struct EditorialLinesTests {
    private func notice(_ text: String) -> String? {
        let facts = facts(text)
        return facts.itemNotice.map { facts.article.source.text(of: $0) }
    }

    @Test("item notices: a bracketed or dashed label at the top, a note in brackets or after a dash")
    func notices() {
        #expect(notice("---\ntitle: \"(CORRECTED)-HARLOW FOODS RAISES DIVIDEND\"\n---\n\nHarlow Foods raised its dividend.\n") == "CORRECTED")
        #expect(notice("---\ntitle: \"<CORRECTED> - HARLOW FOODS RAISES DIVIDEND\"\n---\n\nHarlow Foods raised its dividend.\n") == "CORRECTED")
        #expect(notice("Harlow Foods raised its dividend to 12 cts. (Harlow corrects the dividend figure)\n") == "corrects")
        #expect(notice("Harlow Foods raised its dividend to 12 cts. - repeats item sent on Monday\n") == "repeats")
        #expect(notice("Harlow Foods raised its dividend.\n\nCorrection: the first version gave the wrong day.\n") == "Correction")
        // Words of the lexicon used as prose are no notice.
        #expect(notice("---\ntitle: \"TREASURER REPEATS CALL FOR LOWER RATES\"\n---\n\nThe treasurer repeats his call.\n") == nil)
        #expect(notice("---\ntitle: \"MARKET SEEN DUE FOR CORRECTION\"\n---\n\nAnalysts expect a correction - soon.\n") == nil)
    }

    @Test("labels: table headings and lead-ins without a full stop, footnotes to the end of their paragraph")
    func labels() {
        let facts = facts("""
        Mean savings rates at regional lenders

        Rates fell in the week. Lenders said so.

        Wheat 1,200 1,150 Note -- stocks exclude grain held on farms. Figures were revised.

        Buyers and prices are listed below -
        """)
        let labelled = facts.labelSentences.sorted().map { facts.sentences[$0].text }
        #expect(labelled == ["Mean savings rates at regional lenders", "Wheat 1,200 1,150 Note -- stocks exclude grain held on farms.",
                             "Figures were revised.", "Buyers and prices are listed below -"])
    }
}
