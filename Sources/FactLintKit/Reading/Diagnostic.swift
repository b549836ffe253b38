/// A problem with an input or configuration file itself (not a finding in its prose): an
/// unreadable file, invalid UTF-8, broken front matter, a rule file with a mistake.
public struct Diagnostic: Hashable, Sendable, Comparable {
    public enum Level: String, Sendable, Hashable, Comparable {
        case error
        case warning
        case info

        private var rank: Int {
            switch self {
            case .error: return 0
            case .warning: return 1
            case .info: return 2
            }
        }

        public static func < (lhs: Level, rhs: Level) -> Bool { lhs.rank < rhs.rank }
    }

    public var path: String
    public var level: Level
    public var message: String
    /// Where in the file, when known.
    public var location: SourceLocation?

    public init(path: String, level: Level, message: String, location: SourceLocation? = nil) {
        self.path = path
        self.level = level
        self.message = message
        self.location = location
    }

    public static func < (lhs: Diagnostic, rhs: Diagnostic) -> Bool {
        let left = lhs.location ?? SourceLocation(line: 0, column: 0, endLine: 0, endColumn: 0)
        let right = rhs.location ?? SourceLocation(line: 0, column: 0, endLine: 0, endColumn: 0)
        return (lhs.path, left.line, left.column, lhs.message) < (rhs.path, right.line, right.column, rhs.message)
    }
}
