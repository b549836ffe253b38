/// Reads wire tables set in plain-text columns, whose line breaks the export has folded: each
/// row is a short label and one figure per column, rows running on within a paragraph or from
/// one paragraph to the next ("Raw 412.5-p 398.1 377.0 Milled 61.2 60.4-r 58.9", then
/// "Total 473.7 458.5 435.9 Bran --"). A footnote letter joined to a figure ("-p", "-r") is
/// skipped.
///
/// A run of rows ends at a section line ("Bran --", "Stocks:"), at a header of dates
/// ("03/31/91 02/28/91"), and at prose: a label longer than a row's, a clause mark, or "vs"
/// (a result line, `TableReader`'s), and at a label of marks only ("(" before "2.0 28.4" whose
/// bracket never closes): the layout is not what was read. After prose no row is taken until the next paragraph or
/// section line, since the first row of a table that begins mid-paragraph cannot be told from
/// the words before it, and a run missing its first row would not add up. Only runs that hold
/// a total row are kept.
struct ColumnTableReader: Sendable {
    let reader: QuantityReader
    let vocabulary: ClaimVocabulary
    /// The most tokens a row's label has: "Non-Food Uses/Other" is six, "Oil & Gas (net)" seven.
    static let longestLabel = 7

    func tables(tokens: [Token], article: Article) -> [Table] {
        // Cheap test first: a capitalised total label ("Total", "TOTAL") anywhere.
        // By index: iterating the tokens themselves copied each one, and both its strings.
        guard tokens.indices.contains(where: {
            tokens[$0].kind == .word && tokens[$0].isCapitalized && vocabulary.totalLabels.contains(tokens, $0)
        }) else { return [] }
        var tables: [Table] = []
        var rows: [Table.Row] = []
        var open = true
        func close() {
            if rows.count >= 3, rows.dropFirst().contains(where: \.isTotal), let table = table(rows, tokens, article) { tables.append(table) }
            rows = []
        }
        var index = 0
        while index < tokens.count {
            // A row's label: a few words, with inner hyphens, slashes and dots.
            let labelStart = index
            // A new paragraph may hold the next rows, even after prose.
            if index == 0 || tokens[index].block != tokens[index - 1].block { open = true }
            var stop: Stop = .figure
            var hasWord = false
            while index < tokens.count, tokens[index].kind != .number {
                if index > labelStart, tokens[index].block != tokens[index - 1].block { stop = .paragraph; break }
                if tokens[index].kind == .punctuation {
                    if isSectionMark(index, tokens) { stop = .section; break }
                    if !isLabelMark(tokens[index]) { stop = .prose; break }
                } else if vocabulary.versusWords.contains(tokens, index) {
                    // "Shr 12 cts vs 10 cts": a result line, whose figures are not columns.
                    stop = .prose
                    break
                } else {
                    hasWord = true
                }
                index += 1
            }
            // Too long for a row's label, or no word in it: prose, or a layout misread.
            if stop == .figure, index - labelStart > Self.longestLabel || index > labelStart && !hasWord { stop = .prose }
            if stop == .figure, index < tokens.count, index > labelStart, tokens[index].block != tokens[labelStart].block { stop = .paragraph }
            switch stop {
            case .paragraph:
                continue
            case .section:
                close()
                open = true
                while index < tokens.count, tokens[index].kind == .punctuation { index += 1 }
                continue
            case .prose:
                close()
                open = false
                index += 1
                continue
            case .figure:
                break
            }
            guard index < tokens.count else { break }
            let start = index
            let cells = readCells(&index, tokens, article)
            // A label before no figure (dates such as "03/31/91" are none: a header), or figures
            // without a label.
            guard !cells.isEmpty, index > start, labelStart < start else {
                close()
                if index == start { index += 1 }
                continue
            }
            guard open else { continue }
            let first = tokens[labelStart], last = tokens[start - 1]
            let text = article.blocks[first.block].text
            let labelSpan = text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
            let label = (labelStart..<start).map { tokens[$0].text }.joined(separator: " ")
            rows.append(Table.Row(label: label, labelSpan: labelSpan, cells: cells, section: nil,
                                  isTotal: vocabulary.totalLabels.contains(first), line: article.source.line(atOffset: labelSpan.start)))
        }
        close()
        return tables
    }

    private enum Stop { case figure, paragraph, section, prose }

    /// "--", a spaced dash or a colon: a section line's end.
    private func isSectionMark(_ index: Int, _ tokens: [Token]) -> Bool {
        let token = tokens[index]
        if token.isMark(":") { return true }
        return token.isMark("-") && (token.spaceBefore || index + 1 < tokens.count && tokens[index + 1].isMark("-"))
    }

    /// Marks inside a label: "Non-Food", "Feed/Seed", "U.S.", "Oil & Gas", "(net)".
    @inline(__always)
    private func isLabelMark(_ token: Token) -> Bool {
        token.isMark(anyOf: "-/.&()'")
    }

    /// The figures after a label, one per column: "412.5-p", "(3.1)" and " -3.1" (negative).
    private func readCells(_ index: inout Int, _ tokens: [Token], _ article: Article) -> [Table.Cell] {
        var cells: [Table.Cell] = []
        while index < tokens.count {
            var number = index, negative = false
            if tokens[index].isMark("(") || tokens[index].isMark("-") && tokens[index].spaceBefore, index + 1 < tokens.count,
               tokens[index + 1].kind == .number, !tokens[index + 1].spaceBefore {
                number = index + 1
                negative = true
            }
            guard tokens[number].kind == .number, tokens[number].block == tokens[index].block,
                  let (value, decimals, _) = reader.value(of: tokens[number]) else { break }
            var end = number + 1
            if tokens[index].isMark("(") {
                guard end < tokens.count, tokens[end].isMark(")") else { break }
                end += 1
            }
            let text = article.blocks[tokens[index].block].text
            let byteRange = tokens[index].range.lowerBound..<tokens[end - 1].range.upperBound
            let quantity = Quantity(value: negative ? -value : value, unit: "", hedge: .exact, decimals: decimals, scale: 1,
                                    text: text.string(in: byteRange), span: text.sourceSpan(of: byteRange), sentence: -1,
                                    tokens: number..<(number + 1), extent: index..<end)
            cells.append(Table.Cell(value: quantity.value, quantity: quantity, column: cells.count))
            index = end
            // A footnote letter joined to the figure: "412.5-p".
            if index + 1 < tokens.count, tokens[index].isMark("-"), !tokens[index].spaceBefore, tokens[index + 1].kind == .word,
               !tokens[index + 1].spaceBefore, tokens[index + 1].text.utf8.count == 1 {
                index += 2
            }
        }
        return cells
    }

    private func table(_ rows: [Table.Row], _ tokens: [Token], _ article: Article) -> Table? {
        guard let firstSpan = rows.first?.labelSpan, let lastCell = rows.last?.cells.last else { return nil }
        let firstBlock = tokens[rows[0].cells[0].quantity.tokens.lowerBound].block
        let lastBlock = tokens[lastCell.quantity.tokens.lowerBound].block
        return Table(kind: .columns, header: [], rows: rows, span: firstSpan.union(lastCell.quantity.span), blocks: firstBlock..<(lastBlock + 1))
    }
}
