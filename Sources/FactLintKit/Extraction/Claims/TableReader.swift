/// Reads tables from blocks: a Markdown pipe table (one block; its rows are its source lines,
/// cells split at "|", the first row the header), and runs of wire result lines, each its own
/// paragraph: "Shr 38 cts vs 41 cts", "Net loss 2,410 vs profit 198,560", with section lines
/// ("Year", "Nine mths") between them.
struct TableReader: Sendable {
    let reader: QuantityReader
    let vocabulary: ClaimVocabulary

    func tables(tokens: [Token], sentences: [Sentence], article: Article) -> [Table] {
        var tables: [Table] = []
        // Tokens of each block.
        var blockTokens: [Int: Range<Int>] = [:]
        var start = 0
        while start < tokens.count {
            var end = start
            while end < tokens.count, tokens[end].block == tokens[start].block { end += 1 }
            blockTokens[tokens[start].block] = start..<end
            start = end
        }
        var results: (rows: [Table.Row], first: Int, last: Int, section: String?)?
        func closeResults() {
            if let run = results, run.rows.count >= 2 {
                let span = article.blocks[run.first].text.sourceSpan(of: 0..<article.blocks[run.first].text.count)
                    .union(article.blocks[run.last].text.sourceSpan(of: 0..<article.blocks[run.last].text.count))
                tables.append(Table(kind: .results, header: ["current", "previous"], rows: run.rows, span: span, blocks: run.first..<(run.last + 1)))
            }
            results = nil
        }
        for (blockIndex, block) in article.blocks.enumerated() {
            guard let range = blockTokens[blockIndex], !range.isEmpty else { continue }
            if block.kind == .paragraph, tokens[range.lowerBound].isMark("|"), let table = markdownTable(blockIndex, range, tokens, article) {
                closeResults()
                tables.append(table)
                continue
            }
            if let row = resultRow(range, tokens, article, section: results?.section) {
                if results == nil { results = ([], blockIndex, blockIndex, nil) }
                results!.rows.append(row)
                results!.last = blockIndex
                continue
            }
            // "Year", "Nine mths", "4th qtr": a section line between result rows.
            if results != nil, range.count <= 4, !range.contains(where: { tokens[$0].kind == .number && tokens[$0].text.utf8.count > 2 }) {
                results!.section = article.blocks[blockIndex].text.string
                continue
            }
            closeResults()
        }
        closeResults()
        return tables
    }

    /// "Shr 38 cts vs 41 cts", "Net loss 2,410 vs profit 198,560": a label, then figures
    /// separated by "vs".
    private func resultRow(_ fullRange: Range<Int>, _ tokens: [Token], _ article: Article, section: String?) -> Table.Row? {
        // The first line may open with the wire dateline ("CAMBRIDGE, Mass., March 11 - Shr …").
        var range = fullRange
        if let dateline = article.dateline?.span {
            let text = article.blocks[tokens[range.lowerBound].block].text
            while !range.isEmpty, text.sourceSpan(of: tokens[range.lowerBound].range).start < dateline.end { range = (range.lowerBound + 1)..<range.upperBound }
            if !range.isEmpty, tokens[range.lowerBound].isMark("-") { range = (range.lowerBound + 1)..<range.upperBound }
        }
        // Without a recognised dateline: "WAUKESHA, WIS., Oct 20 - Shr Class A …".
        if let dash = range.prefix(12).first(where: { tokens[$0].isMark("-") && tokens[$0].spaceBefore }), dash > range.lowerBound {
            range = (dash + 1)..<range.upperBound
        }
        guard !range.isEmpty else { return nil }
        // A result line is short: a label of a few words and a few figures, not prose that
        // happens to say "versus".
        guard range.count <= 16, let versus = range.first(where: { vocabulary.versusWords.contains(tokens, $0) }),
              tokens[range.lowerBound].kind == .word, !range.contains(where: { tokens[$0].isMark(".") && $0 + 1 < range.upperBound && tokens[$0 + 1].isCapitalized })
        else { return nil }
        var labelEnd = range.lowerBound
        while labelEnd < versus, tokens[labelEnd].kind == .word && reader.value(of: tokens[labelEnd]) == nil || tokens[labelEnd].isMark(anyOf: "-/") {
            labelEnd += 1
        }
        guard labelEnd > range.lowerBound, labelEnd < versus, labelEnd - range.lowerBound <= 5 else { return nil }
        var cells: [Table.Cell] = []
        var column = 0
        var index = labelEnd
        while index < range.upperBound, column < 4 {
            let partEnd = (index..<range.upperBound).first { vocabulary.versusWords.contains(tokens, $0) } ?? range.upperBound
            if let cell = cell(index..<partEnd, column: column, tokens, article) { cells.append(cell) } else if partEnd - index > 0 {
                // "nil", "loss nil": a cell without a figure keeps its column.
            }
            column += 1
            index = partEnd + 1
        }
        guard !cells.isEmpty else { return nil }
        let labelText = (range.lowerBound..<labelEnd).map { tokens[$0].text }.joined(separator: " ")
        let first = tokens[range.lowerBound], last = tokens[labelEnd - 1]
        let text = article.blocks[first.block].text
        let labelSpan = text.sourceSpan(of: first.range.lowerBound..<last.range.upperBound)
        let role = vocabulary.rowRoles.key(lowercased: labelText.lowercased()).flatMap(Table.Row.Role.init(rawValue:))
        return Table.Row(label: labelText, labelSpan: labelSpan, cells: cells, section: section,
                         isTotal: vocabulary.totalLabels.contains(tokens, range.lowerBound), line: article.source.line(atOffset: labelSpan.start),
                         role: role)
    }

    /// A Markdown pipe table: its rows are the block's source lines.
    private func markdownTable(_ blockIndex: Int, _ range: Range<Int>, _ tokens: [Token], _ article: Article) -> Table? {
        let text = article.blocks[blockIndex].text
        var rows: [[Range<Int>]] = []
        var rowLines: [Int] = []
        var line = -1
        var cells: [Range<Int>] = []
        var cellStart = -1
        for index in range {
            let tokenLine = article.source.line(atOffset: text.sourceSpan(of: tokens[index].range).start)
            if tokenLine != line {
                if !cells.isEmpty { rows.append(cells) }
                cells = []
                cellStart = -1
                line = tokenLine
                rowLines.append(line)
            }
            if tokens[index].isMark("|") {
                if cellStart >= 0 { cells.append(cellStart..<index) }
                cellStart = index + 1
            }
        }
        if !cells.isEmpty { rows.append(cells) }
        guard rows.count >= 3, rows.allSatisfy({ $0.count >= 2 }) else { return nil }
        let header = rows[0].dropFirst().map { cellText($0, tokens, text) }
        var tableRows: [Table.Row] = []
        for (rowIndex, row) in rows.enumerated().dropFirst() {
            let label = row[0]
            var values: [Table.Cell] = []
            for (column, cellRange) in row.dropFirst().enumerated() {
                if let cell = cell(cellRange, column: column, tokens, article) { values.append(cell) }
            }
            let labelText = cellText(label, tokens, text)
            let labelSpan = label.isEmpty ? nil : text.sourceSpan(of: tokens[label.lowerBound].range.lowerBound..<tokens[label.upperBound - 1].range.upperBound)
            let isTotal = label.contains { vocabulary.totalLabels.contains(tokens, $0) }
            tableRows.append(Table.Row(label: labelText, labelSpan: labelSpan, cells: values, section: nil, isTotal: isTotal,
                                       line: rowIndex < rowLines.count ? rowLines[rowIndex] : line))
        }
        return Table(kind: .markdown, header: header, rows: tableRows, span: text.sourceSpan(of: 0..<text.count), blocks: blockIndex..<(blockIndex + 1))
    }

    private func cellText(_ range: Range<Int>, _ tokens: [Token], _ text: MappedText) -> String {
        guard !range.isEmpty else { return "" }
        return text.string(in: tokens[range.lowerBound].range.lowerBound..<tokens[range.upperBound - 1].range.upperBound)
    }

    /// The figure of a cell: "420", "£4.2bn", "12.5%", "(3.1)" (a loss), "loss 2,410".
    private func cell(_ range: Range<Int>, column: Int, _ tokens: [Token], _ article: Article) -> Table.Cell? {
        guard let number = range.first(where: { reader.value(of: tokens[$0]) != nil && !vocabulary.indefiniteArticles.contains(tokens, $0) }),
              let (value, decimals, _) = reader.value(of: tokens[number]) else { return nil }
        var end = number + 1
        var scale = 1.0
        if end < range.upperBound, let key = reader.scales.key(tokens, end), let factor = Double(key) { scale = factor; end += 1 }
        var unit = ""
        if number > range.lowerBound, let key = reader.units.key(for: tokens[number - 1].text), tokens[number - 1].kind == .punctuation { unit = key }
        if unit.isEmpty, end < range.upperBound, let key = reader.units.key(tokens, end) ?? reader.units.key(for: tokens[end].text) { unit = key; end += 1 }
        let negative = range.contains { tokens[$0].lower == "loss" } || (number > range.lowerBound && tokens[number - 1].isMark(anyOf: "(-"))
        let start = range.lowerBound
        let first = tokens[start], last = tokens[max(end, range.upperBound) - 1]
        let text = article.blocks[first.block].text
        let byteRange = first.range.lowerBound..<last.range.upperBound
        let quantity = Quantity(value: value * scale * (negative ? -1 : 1), unit: unit, hedge: .exact, decimals: decimals, scale: scale,
                                text: text.string(in: byteRange), span: text.sourceSpan(of: byteRange), sentence: -1,
                                tokens: number..<(number + 1), extent: start..<max(end, range.upperBound))
        return Table.Cell(value: quantity.value, quantity: quantity, column: column)
    }
}
