/// A YAML null: what ``YAMLNode/null`` answers for a plain empty, `~` or `null` scalar, as
/// Yams's `Node.null` does.
public struct YAMLNull: Sendable, Hashable {
    init() {}
}
