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
