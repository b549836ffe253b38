/// A mistake in a rule or configuration file, with where it is and how to fix it.
public struct RuleProblem: Error, Sendable, Hashable, Comparable, CustomStringConvertible {
    /// A second place that explains the problem ("first defined here").
    public struct Note: Sendable, Hashable {
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
    }

    public var file: String
    public var line: Int
    public var column: Int
    public var message: String
    public var notes: [Note]

    public init(file: String, line: Int, column: Int, message: String, notes: [Note] = []) {
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.notes = notes
    }

    /// `file:line:col: error: message`, the form editors and CI annotate, then a
    /// `file:line:col: note: …` line for each note.
    public var description: String {
        var text = "\(file):\(line):\(column): error: \(message)"
        for note in notes { text += "\n\(note.file):\(note.line):\(note.column): note: \(note.message)" }
        return text
    }

    public static func < (lhs: RuleProblem, rhs: RuleProblem) -> Bool {
        (lhs.file, lhs.line, lhs.column, lhs.message) < (rhs.file, rhs.line, rhs.column, rhs.message)
    }
}
