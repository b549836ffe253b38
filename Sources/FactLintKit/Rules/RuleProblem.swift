/// A mistake in a rule or configuration file, with where it is and how to fix it.
public struct RuleProblem: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int
    public var message: String

    public init(file: String, line: Int, column: Int, message: String) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
    }

    /// `file:line:col: error: message`, the form editors and CI annotate.
    public var description: String { "\(file):\(line):\(column): error: \(message)" }

    public static func < (lhs: RuleProblem, rhs: RuleProblem) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
