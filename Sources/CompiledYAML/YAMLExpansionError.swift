/// A YAML text whose aliases (`*name`) repeat what they name so often that its compiled form
/// would pass the limit: an alias bomb, refused rather than expanded.
public struct YAMLExpansionError: Error, CustomStringConvertible, Sendable {
    /// The limit it passed, in bytes.
    public let limit: Int

    public var description: String {
        "its aliases ('*name') expand it to more than \(limit / 1024) KiB"
    }
}
