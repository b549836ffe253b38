import Foundation

/// A user's regular expression, run with a time limit so a pathological one cannot hang a run.
public struct BoundedRegex: @unchecked Sendable {
    private let expression: NSRegularExpression
    /// Milliseconds one sentence may take.
    public let limit: Double

    public init(_ pattern: String, limitMilliseconds: Double) throws(PatternError) {
        do {
            expression = try NSRegularExpression(pattern: pattern, options: [.caseInsensitive])
        } catch {
            throw PatternError(message: BoundedRegex.problem(pattern) ?? "it cannot be compiled")
        }
        limit = limitMilliseconds
    }

    /// Why a pattern does not compile, or nil when it does.
    public static func problem(_ pattern: String) -> String? {
        guard pattern.utf8.count <= 4096 else { return "it is longer than 4,096 bytes" }
        do {
            _ = try NSRegularExpression(pattern: pattern, options: [])
            return nil
        } catch {
            return "it does not compile (\((error as NSError).localizedDescription))"
        }
    }

    /// UTF-8 byte ranges of the matches in a text, and whether the time limit cut the search short.
    public func matches(in text: String) -> (ranges: [Range<Int>], timedOut: Bool) {
        let deadline = Date().addingTimeInterval(limit / 1000)
        var ranges: [Range<Int>] = []
        var timedOut = false
        let string = text as NSString
        expression.enumerateMatches(in: text, options: [.reportProgress], range: NSRange(location: 0, length: string.length)) { result, _, stop in
            if Date() > deadline {
                timedOut = true
                stop.pointee = true
                return
            }
            guard let result, result.range.length > 0, let range = Range(result.range, in: text) else { return }
            let start = text.utf8.distance(from: text.utf8.startIndex, to: range.lowerBound)
            let end = text.utf8.distance(from: text.utf8.startIndex, to: range.upperBound)
            ranges.append(start..<end)
        }
        return (ranges, timedOut)
    }
}
