/// Recognises a wire dateline at the start of a story's first paragraph:
/// `LONDON, March 9 -`, `NEW YORK, March 9 (Reuters) -`, `TARVIK, April 2, Reuter -`,
/// `BALTIMORE (AP) —`.
struct WireDatelineParser: Sendable {
    let months: Lexicon

    init(lexicons: LexiconSet) {
        months = lexicons["months"]
    }

    /// The dateline and the offset (in the block's text) where the story proper begins.
    /// With `standalone`, the text is the dateline alone (a front matter `dateline:`), so no dash
    /// or story has to follow.
    func parse(_ text: MappedText, source: SourceText, standalone: Bool = false) -> (dateline: Dateline, bodyStart: Int)? {
        text.bytes.withUnsafeBufferPointer { bytes -> (Dateline, Int)? in
            let count = min(bytes.count, 160)
            var index = 0
            // Place: words in capitals ("NEW YORK", "ST. LOUIS", "WASHINGTON").
            var placeEnd = 0
            var words = 0
            // A place in capitals ("CHICAGO") is a dateline with or without a date; one written
            // normally ("Chicago") only when the month and day follow.
            var allCaps = true
            while index < count, words < 6 {
                let wordStart = index
                var letters = 0
                while index < count {
                    let byte = bytes[index]
                    if ByteClass.isUpperASCII(byte) { letters += 1; index += 1; continue }
                    if ByteClass.isLowerASCII(byte), index > wordStart, words < 3 { allCaps = false; letters += 1; index += 1; continue }
                    if byte == 0x2E || byte == 0x27 || byte == 0x2D, index > wordStart { index += 1; continue }
                    if byte >= 0xC0 {
                        let scalar = ByteClass.scalar(in: bytes, at: index)
                        if ByteClass.isUppercase(scalar.value) { letters += 1; index += scalar.length; continue }
                    }
                    break
                }
                guard letters >= 1, index > wordStart else { index = wordStart; break }
                words += 1
                placeEnd = index
                guard index < count, bytes[index] == 0x20, index + 1 < count, ByteClass.isUpperASCII(bytes[index + 1]) else { break }
                // Stop before a capitalised word that is not all capitals ("LONDON The …" is not a place).
                var peek = index + 1
                var allCaps = true
                while peek < count, !ByteClass.isSpace(bytes[peek]), bytes[peek] != 0x2C, bytes[peek] != 0x28 {
                    if ByteClass.isLowerASCII(bytes[peek]) { allCaps = false; break }
                    peek += 1
                }
                guard allCaps else { break }
                index += 1
            }
            guard words >= 1, placeEnd >= 2 else { return nil }
            let placeLetters = bytes[0..<placeEnd].filter { ByteClass.isLetterASCII($0) || $0 >= 0x80 }.count
            guard placeLetters >= 2 else { return nil }
            index = placeEnd
            var agency: String?
            var month: Int?
            var day: Int?
            var dateRange: Range<Int>?

            func skipSpaces() { while index < count, bytes[index] == 0x20 { index += 1 } }
            // The dash's length in bytes at a position: -, --, en dash, em dash; 0 for none.
            func dashLength(at position: Int) -> Int {
                if position < count, bytes[position] == 0x2D { return position + 1 < count && bytes[position + 1] == 0x2D ? 2 : 1 }
                if position + 2 < count, bytes[position] == 0xE2, bytes[position + 1] == 0x80, bytes[position + 2] == 0x93 || bytes[position + 2] == 0x94 { return 3 }
                return 0
            }
            func readAgency() {
                var scan = index
                while scan < count, bytes[scan] == 0x20 { scan += 1 }
                guard scan < count, bytes[scan] == 0x28 else { return }
                var close = scan + 1
                while close < count, close - scan < 24, bytes[close] != 0x29 {
                    guard ByteClass.isLetterASCII(bytes[close]) || bytes[close] == 0x20 || bytes[close] == 0x2E || bytes[close] == 0x2D else { return }
                    close += 1
                }
                guard close < count, bytes[close] == 0x29, close > scan + 1 else { return }
                agency = String(decoding: UnsafeBufferPointer(rebasing: bytes[(scan + 1)..<close]), as: UTF8.self)
                index = close + 1
            }
            // ", West Germany" or ", Md." between the place and the date.
            for _ in 0..<2 {
                guard index < count, bytes[index] == 0x2C else { break }
                var scan = index + 1
                while scan < count, bytes[scan] == 0x20 { scan += 1 }
                let regionStart = scan
                var regionWords = 0
                var regionEnd = scan
                while scan < count, regionWords < 3, ByteClass.isUpperASCII(bytes[scan]) {
                    let wordStart = scan
                    while scan < count, ByteClass.isLetterASCII(bytes[scan]) || bytes[scan] == 0x2E || bytes[scan] == 0x2D { scan += 1 }
                    let word = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<scan]), as: UTF8.self)
                    if months.key(for: word.trimmingTrailingPeriod()) != nil { scan = wordStart; break }
                    regionWords += 1
                    regionEnd = scan
                    guard scan < count, bytes[scan] == 0x20, scan + 1 < count, ByteClass.isUpperASCII(bytes[scan + 1]) else { break }
                    scan += 1
                }
                guard regionWords > 0, regionEnd > regionStart else { break }
                index = regionEnd
            }
            readAgency()
            // ", March 9" or ", Jan. 10"
            if index < count, bytes[index] == 0x2C {
                var scan = index + 1
                while scan < count, bytes[scan] == 0x20 { scan += 1 }
                let monthStart = scan
                while scan < count, ByteClass.isLetterASCII(bytes[scan]) { scan += 1 }
                let monthWord = String(decoding: UnsafeBufferPointer(rebasing: bytes[monthStart..<scan]), as: UTF8.self)
                if let number = months.key(for: monthWord).flatMap(Int.init) {
                    if scan < count, bytes[scan] == 0x2E { scan += 1 }
                    while scan < count, bytes[scan] == 0x20 { scan += 1 }
                    let dayStart = scan
                    var value = 0
                    while scan < count, ByteClass.isDigit(bytes[scan]), scan - dayStart < 2 { value = value * 10 + Int(bytes[scan] - 0x30); scan += 1 }
                    if scan > dayStart, value >= 1, value <= 31, scan >= count || !ByteClass.isDigit(bytes[scan]) {
                        month = number
                        day = value
                        dateRange = monthStart..<scan
                        index = scan
                    }
                }
            }
            readAgency()
            // ", Reuter -": the agency after a comma, one capitalised word straight before the dash.
            if agency == nil, index < count, bytes[index] == 0x2C {
                var scan = index + 1
                while scan < count, bytes[scan] == 0x20 { scan += 1 }
                let wordStart = scan
                while scan < count, scan - wordStart < 12, ByteClass.isLetterASCII(bytes[scan]) { scan += 1 }
                let wordEnd = scan
                while scan < count, bytes[scan] == 0x20 { scan += 1 }
                if wordEnd > wordStart + 1, ByteClass.isUpperASCII(bytes[wordStart]), dashLength(at: scan) > 0 {
                    agency = String(decoding: UnsafeBufferPointer(rebasing: bytes[wordStart..<wordEnd]), as: UTF8.self)
                    index = wordEnd
                }
            }
            skipSpaces()
            if standalone {
                guard index >= bytes.count else { return nil }
                let place = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<placeEnd]), as: UTF8.self)
                var end = bytes.count
                while end > 0, bytes[end - 1] == 0x20 { end -= 1 }
                let dateline = Dateline(
                    place: place, placeSpan: text.sourceSpan(of: 0..<placeEnd), month: month, day: day,
                    dateSpan: dateRange.map { text.sourceSpan(of: $0) }, agency: agency,
                    span: text.sourceSpan(of: 0..<end), text: text.string(in: 0..<end))
                return (dateline, end)
            }
            // The dash: -, --, en dash, em dash.
            let dashStart = index
            index += dashLength(at: index)
            guard index > dashStart, index < count else { return nil }
            if !allCaps && month == nil { return nil }
            // A hyphen needs a space after it ("LONDON - The"); a dash may touch the text ("(AP)—The").
            if bytes[dashStart] == 0x2D, bytes[index] != 0x20 { return nil }
            skipSpaces()
            guard index < bytes.count else { return nil }
            var datelineEnd = dashStart
            while datelineEnd > 0, bytes[datelineEnd - 1] == 0x20 { datelineEnd -= 1 }
            let place = String(decoding: UnsafeBufferPointer(rebasing: bytes[0..<placeEnd]), as: UTF8.self)
            let span = text.sourceSpan(of: 0..<datelineEnd)
            let dateline = Dateline(
                place: place, placeSpan: text.sourceSpan(of: 0..<placeEnd),
                month: month, day: day, dateSpan: dateRange.map { text.sourceSpan(of: $0) },
                agency: agency, span: span, text: text.string(in: 0..<datelineEnd))
            return (dateline, index)
        }
    }
}
