/// A name in angle brackets in wire copy: Reuters writes a company without a stock ticker as
/// "<Tollards Group PLC>" or "<Harlow Industrie>". Markdown would take it for an HTML tag and drop
/// it with its words; it is the story's text, so only its brackets are left out.
///
/// Read as a name: a capital letter after `<`, then letters, digits, spaces and name punctuation
/// (`.`, `,`, `&`, `'`, `-`, `(`, `)`) to a `>` on the same line, with a lower-case letter or a
/// space inside, and a first word that is no HTML element's name in capitals ("<TD NOWRAP>" stays
/// a tag; "<Time Vane Inc>" is a name). Tickers in capitals ("<GM>", "<VOWG.F>") stay markup, as
/// before.
enum BracketedName {
    /// The index just past the closing `>` when `bytes[index]` opens a bracketed name.
    static func end(_ bytes: [UInt8], at index: Int) -> Int? {
        var scan = index + 1
        guard scan < bytes.count, bytes[scan] >= 0x41, bytes[scan] <= 0x5A else { return nil }
        var sawLowercaseOrSpace = false
        var firstWordEnd: Int?
        while scan < bytes.count, scan - index < 200 {
            let byte = bytes[scan]
            switch byte {
            case 0x3E:  // >
                guard sawLowercaseOrSpace, scan > index + 1, bytes[scan - 1] != 0x20 else { return nil }
                // "<TD NOWRAP>" is old HTML; "<Time Vane Inc>" a firm whose name opens with a
                // word that is also an element's.
                let firstWord = bytes[(index + 1)..<(firstWordEnd ?? scan)]
                let isCapitals = !firstWord.contains { $0 >= 0x61 && $0 <= 0x7A }
                return isCapitals && htmlElements.contains(String(decoding: firstWord, as: UTF8.self).lowercased()) ? nil : scan + 1
            case 0x61...0x7A:
                sawLowercaseOrSpace = true
            case 0x20:
                sawLowercaseOrSpace = true
                if firstWordEnd == nil { firstWordEnd = scan }
            case 0x41...0x5A, 0x30...0x39, 0x2E, 0x2C, 0x26, 0x27, 0x2D, 0x28, 0x29:
                break
            default:
                // Letters beyond ASCII ("<Société Vérane>") are name letters too; quotes,
                // "=", "/" and line ends are a tag's or not a name at all.
                guard byte >= 0x80 else { return nil }
                sawLowercaseOrSpace = true
            }
            scan += 1
        }
        return nil
    }

    /// The element names of HTML (current and obsolete), in lower case.
    static let htmlElements: Set<String> = [
        "a", "abbr", "acronym", "address", "applet", "area", "article", "aside", "audio", "b", "base", "basefont", "bdi",
        "bdo", "big", "blink", "blockquote", "body", "br", "button", "canvas", "caption", "center", "cite", "code", "col",
        "colgroup", "data", "datalist", "dd", "del", "details", "dfn", "dialog", "dir", "div", "dl", "dt", "em", "embed",
        "fieldset", "figcaption", "figure", "font", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5",
        "h6", "head", "header", "hgroup", "hr", "html", "i", "iframe", "img", "input", "ins", "kbd", "label", "legend", "li",
        "link", "main", "map", "mark", "marquee", "menu", "meta", "meter", "nav", "nobr", "noframes", "noscript", "object",
        "ol", "optgroup", "option", "output", "p", "param", "picture", "pre", "progress", "q", "rp", "rt", "ruby", "s",
        "samp", "script", "search", "section", "select", "slot", "small", "source", "span", "strike", "strong", "style",
        "sub", "summary", "sup", "svg", "table", "tbody", "td", "template", "textarea", "tfoot", "th", "thead", "time",
        "title", "tr", "track", "tt", "u", "ul", "var", "video", "wbr", "math",
    ]
}
