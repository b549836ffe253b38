/// Reads a line that is nothing but a publication date, in the formats news pages print:
/// `15.05.2024 18:57`, `2024-05-15 18:57`, `May 15, 2024 6:57 PM`, `15 May 2024`,
/// `Wednesday, May 15, 2024`, `Published: 05/15/2024 10:00 GMT`.
///
/// A line with other words in it ("HOME PAGE 21/05/2024 09:14") is not a date line.
struct DateLineParser: Sendable {
    let months: Lexicon
    let weekdays: Lexicon
    /// Labels that may open a date line ("Published:", "Updated on").
    let labels: Lexicon
    /// Zone names that may close a date line ("GMT").
    let zones: Lexicon
    let dateOrder: DateOrder

    init(lexicons: LexiconSet, dateOrder: DateOrder) {
        months = lexicons["months"]
        weekdays = lexicons["weekdays"]
        labels = lexicons["date-line-labels"]
        zones = lexicons["time-zones"]
        self.dateOrder = dateOrder
    }

    /// The longest line, in UTF-8 bytes, that may be a date line.
    static let maximumLength = 80

    /// The date on the line, or nil if the line is not a date line.
    func parse(_ line: String) -> PublicationDate? {
        guard line.utf8.count <= Self.maximumLength else { return nil }
        var text = line.trimmingASCIIWhitespace()
        // "Published: …", "Updated on …"
        if let colon = text.firstIndex(of: ":"), labels.contains(lowercased: text[..<colon].lowercased().trimmingASCIIWhitespace()) {
            text = String(text[text.index(after: colon)...])
        }
        var tokens = tokenize(text)
        if let first = tokens.first, labels.contains(lowercased: first.lowercased()) { tokens.removeFirst() }
        if tokens.count >= 2, labels.contains(lowercased: (tokens[0] + " " + tokens[1]).lowercased()) { tokens.removeFirst(2) }
        guard !tokens.isEmpty else { return nil }
        if weekdays.key(for: tokens[0].trimmingTrailingPeriod()) != nil { tokens.removeFirst() }
        guard !tokens.isEmpty else { return nil }

        var date: PublicationDate?
        var rest: ArraySlice<String>
        if let numeric = parseNumeric(tokens[0]) {
            date = numeric
            rest = tokens.dropFirst()
        } else if tokens.count >= 3, let month = monthNumber(tokens[0]), let day = Int(tokens[1]), let year = year(tokens[2]) {
            date = PublicationDate(year: year, month: month, day: day)
            rest = tokens.dropFirst(3)
        } else if tokens.count >= 3, let day = Int(tokens[0]), let month = monthNumber(tokens[1]), let year = year(tokens[2]) {
            date = PublicationDate(year: year, month: month, day: day)
            rest = tokens.dropFirst(3)
        } else {
            return nil
        }
        guard var found = date, found.calendarDate.isValid else { return nil }
        if found.hour == nil, let first = rest.first, let time = parseTime(first) {
            rest = rest.dropFirst()
            var hour = time.hour
            if let meridiem = rest.first?.lowercased().replacingOccurrences(of: ".", with: ""), meridiem == "am" || meridiem == "pm" {
                rest = rest.dropFirst()
                guard hour >= 1 && hour <= 12 else { return nil }
                if meridiem == "pm" && hour != 12 { hour += 12 }
                if meridiem == "am" && hour == 12 { hour = 0 }
            }
            found.hour = hour
            found.minute = time.minute
            found.second = time.second
        }
        if let zone = rest.first, zones.contains(lowercased: zone.lowercased()) || isOffset(zone) {
            rest = rest.dropFirst()
        }
        return rest.isEmpty ? found : nil
    }

    /// Splits on spaces, commas, pipes and parentheses.
    private func tokenize(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case " ", "\t", ",", "|", "(", ")", "\u{00A0}", "\u{2013}", "\u{2014}":
                if !current.isEmpty { tokens.append(current); current = "" }
            default:
                current.unicodeScalars.append(scalar)
            }
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens.filter { $0 != "-" && $0 != "at" && $0 != "·" }
    }

    private func monthNumber(_ token: String) -> Int? {
        months.key(for: token.trimmingTrailingPeriod()).flatMap(Int.init)
    }

    private func year(_ token: String) -> Int? {
        guard token.utf8.count == 4, let value = Int(token), value >= 1000 else { return nil }
        return value
    }

    /// `15.05.2024`, `2024-05-15`, `2024-05-15T18:57:00Z`, `05/15/2024`, `15/05/2024`.
    func parseNumeric(_ token: String) -> PublicationDate? {
        let bytes = Array(token.utf8)
        var numbers: [Int] = []
        var widths: [Int] = []
        var separators: [UInt8] = []
        var index = 0
        while index < bytes.count, numbers.count < 3 {
            var value = 0
            let start = index
            while index < bytes.count, ByteClass.isDigit(bytes[index]), index - start < 4 {
                value = value * 10 + Int(bytes[index] - 0x30)
                index += 1
            }
            guard index > start else { return nil }
            numbers.append(value)
            widths.append(index - start)
            if numbers.count < 3 {
                guard index < bytes.count, bytes[index] == 0x2E || bytes[index] == 0x2F || bytes[index] == 0x2D else { return nil }
                separators.append(bytes[index])
                index += 1
            }
        }
        guard numbers.count == 3, separators[0] == separators[1] else { return nil }
        var date: PublicationDate
        if widths[0] == 4 {
            date = PublicationDate(year: numbers[0], month: numbers[1], day: numbers[2])
        } else if widths[2] == 4 {
            let dayFirst: Bool
            if separators[0] == 0x2E || numbers[0] > 12 {
                dayFirst = true
            } else if numbers[1] > 12 {
                dayFirst = false
            } else {
                dayFirst = dateOrder == .dayMonthYear
            }
            date = dayFirst ? PublicationDate(year: numbers[2], month: numbers[1], day: numbers[0])
                            : PublicationDate(year: numbers[2], month: numbers[0], day: numbers[1])
        } else {
            return nil
        }
        guard date.calendarDate.isValid else { return nil }
        if index < bytes.count {
            // ISO 8601 time part.
            guard bytes[index] == 0x54 || bytes[index] == 0x74 else { return nil }
            // Read in bytes: Character by Character, this one field cost more than the rest of
            // reading a short story. An ISO time is ASCII; one with any other byte is not a time
            // (a combining mark would make its Characters and its bytes disagree).
            guard !bytes[(index + 1)...].contains(where: { $0 >= 0x80 }) else { return nil }
            var end = bytes.count
            var zone: String?
            if bytes[end - 1] == 0x5A || bytes[end - 1] == 0x7A {
                end -= 1
                zone = "Z"
            } else if let sign = bytes[(index + 1)...].lastIndex(where: { $0 == 0x2B || $0 == 0x2D }) {
                zone = String(decoding: bytes[sign...], as: UTF8.self)
                end = sign
            }
            if let dot = bytes[(index + 1)..<end].firstIndex(of: 0x2E) { end = dot }
            let timeText = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
            guard let time = parseTime(timeText) else { return nil }
            date.hour = time.hour
            date.minute = time.minute
            date.second = time.second
            date.zone = zone
        }
        return date
    }

    /// `18:57`, `6:57`, `18:57:03`.
    private func parseTime(_ token: String) -> (hour: Int, minute: Int, second: Int?)? {
        // Split as bytes: a field Int reads is ASCII, so its bytes are its characters.
        let parts = token.utf8.split(separator: UInt8(ascii: ":"), omittingEmptySubsequences: false)
        guard parts.count == 2 || parts.count == 3 else { return nil }
        guard let hour = Int(Substring(parts[0])), parts[0].count <= 2, let minute = Int(Substring(parts[1])), parts[1].count == 2 else { return nil }
        var second: Int?
        if parts.count == 3 {
            guard let value = Int(Substring(parts[2])), parts[2].count == 2 else { return nil }
            second = value
        }
        guard hour < 24, minute < 60, (second ?? 0) < 61 else { return nil }
        return (hour, minute, second)
    }

    private func isOffset(_ token: String) -> Bool {
        guard let first = token.first, first == "+" || first == "-" else { return false }
        return token.dropFirst().allSatisfy { $0.isNumber || $0 == ":" } && token.count >= 3
    }
}

extension String {
    /// The string without one trailing period.
    func trimmingTrailingPeriod() -> String {
        hasSuffix(".") ? String(dropLast()) : self
    }
}
