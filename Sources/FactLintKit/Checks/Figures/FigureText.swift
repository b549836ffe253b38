/// Writes a computed figure the way the article writes the figure it stands for: the same
/// currency sign, scale and unit words, and digits enough to show the difference.
enum FigureText {
    /// "£592" for 592 written like "more than £600"; "1,600 pence" like "1420 pence".
    static func render(_ value: Double, like reference: Quantity, _ facts: ArticleFacts, decimals: Int? = nil) -> String {
        let numberText = facts.tokens[reference.tokens.lowerBound].text
        var prefix = "", suffix = ""
        if let range = reference.text.range(of: numberText) {
            prefix = String(reference.text[..<range.lowerBound])
            suffix = String(reference.text[range.upperBound...])
        }
        // "more than £": only the sign stays.
        if let space = prefix.lastIndex(of: " ") { prefix = String(prefix[prefix.index(after: space)...]) }
        return prefix + number(value / reference.scale, decimals: decimals ?? reference.decimals) + suffix
    }

    /// Two values written as the range `reference` is ("22 to 25 cts" gives "25 to 28 cts"): the
    /// words before its first number and after its last are kept, read from the article's text
    /// at the tokens' own places.
    static func renderRange(_ low: Double, _ high: Double, like reference: Quantity, _ facts: ArticleFacts, decimals: Int) -> String {
        let tokens = facts.tokens
        let first = tokens[reference.tokens.lowerBound], last = tokens[reference.extent.upperBound - 1]
        guard let lastNumber = reference.extent.last(where: { tokens[$0].kind == .number }), lastNumber > reference.tokens.lowerBound,
              tokens[lastNumber].block == last.block, first.block == last.block else {
            return render(low, like: reference, facts, decimals: decimals)
        }
        let text = facts.article.blocks[last.block].text
        var prefix = reference.extent.lowerBound < reference.tokens.lowerBound
            ? text.string(in: tokens[reference.extent.lowerBound].range.lowerBound..<first.range.lowerBound) : ""
        // "between £": only the sign stays.
        if let space = prefix.lastIndex(of: " ") { prefix = String(prefix[prefix.index(after: space)...]) }
        let suffix = text.string(in: tokens[lastNumber].range.upperBound..<last.range.upperBound)
        return prefix + number(low / reference.scale, decimals: decimals) + " to " + number(high / reference.scale, decimals: decimals) + suffix
    }

    /// A number with thousands separators and the given decimals ("1,362", "5.54").
    static func number(_ value: Double, decimals: Int) -> String {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let rounded = (abs(value) * factor).rounded() / factor
        guard rounded < 1e15 else { return String(value) }
        let whole = Int(rounded)
        var digits = String(whole)
        var grouped = ""
        while digits.count > 3 {
            grouped = "," + digits.suffix(3) + grouped
            digits.removeLast(3)
        }
        grouped = digits + grouped
        var text = (value < 0 && rounded > 0 ? "-" : "") + grouped
        if decimals > 0 {
            var fraction = String(Int(((rounded - Double(whole)) * factor).rounded()))
            while fraction.count < decimals { fraction = "0" + fraction }
            text += "." + fraction
        }
        return text
    }

    /// A percentage to one decimal ("18.1%"), or whole when it is whole.
    static func percent(_ value: Double) -> String {
        let tenth = (value * 10).rounded() / 10
        return number(tenth, decimals: tenth == tenth.rounded() ? 0 : 1) + "%"
    }
}
