/// Vote tallies that cannot describe one vote: "7-2" and "8-1" (nine votes split two ways),
/// or "passed 6-3" and "five in favour". Tallies of different sizes are different votes; a side
/// given alone ("five in favour") is compared only when the article gives one full tally.
enum TallyComparison {
    static func clashes(_ tallies: [ClaimFrame], _ facts: ArticleFacts) -> [(later: ClaimFrame, earlier: ClaimFrame)] {
        let full = tallies.filter { $0.tallyYes != nil && $0.tallyNo != nil }
        var clashes: [(ClaimFrame, ClaimFrame)] = []
        for (index, later) in full.enumerated() {
            let total = (later.tallyYes ?? 0) + (later.tallyNo ?? 0)
            // A tally of the same size with another split; the same split elsewhere clears it.
            let sameSize = full[..<index].filter { ($0.tallyYes ?? 0) + ($0.tallyNo ?? 0) == total && $0.period == later.period }
            guard !sameSize.isEmpty, !sameSize.contains(where: { $0.tallyYes == later.tallyYes && $0.tallyNo == later.tallyNo }),
                  let earlier = sameSize.last else { continue }
            clashes.append((later, earlier))
        }
        // "five in favour" against the one full tally.
        let splits = Set(full.map { "\($0.tallyYes ?? 0)-\($0.tallyNo ?? 0)" })
        if splits.count == 1, let tally = full.first {
            for side in tallies where side.tallyYes == nil || side.tallyNo == nil {
                if let yes = side.tallyYes, yes != tally.tallyYes { clashes.append(ordered(side, tally)) }
                if side.tallyYes == nil, let no = side.tallyNo, no != tally.tallyNo { clashes.append(ordered(side, tally)) }
            }
        }
        return clashes
    }

    private static func ordered(_ a: ClaimFrame, _ b: ClaimFrame) -> (ClaimFrame, ClaimFrame) {
        a.quantity.span > b.quantity.span ? (a, b) : (b, a)
    }
}
