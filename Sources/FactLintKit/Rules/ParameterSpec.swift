/// A parameter a check type accepts in a rule file, with its type and default.
public struct ParameterSpec: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case integer = "a whole number"
        case number = "a number"
        case string = "a string"
        case boolean = "true or false"
        case stringList = "a list of strings"
        case pattern = "a pattern, like '{person} said'"
        case regex = "a regular expression"
        case patternList = "a pattern or a list of patterns"
    }

    public var name: String
    public var kind: Kind
    /// The default, written as YAML would show it; nil when the parameter is required.
    public var defaultValue: String?
    public var help: String

    public init(_ name: String, _ kind: Kind, default defaultValue: String?, help: String) {
        self.name = name
        self.kind = kind
        self.defaultValue = defaultValue
        self.help = help
    }
}
