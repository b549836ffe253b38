/// A position among a collection's children: the byte offset of a child (or of the end).
public struct YAMLIndex: Comparable, Hashable, Sendable {
    let offset: Int
    public static func < (left: YAMLIndex, right: YAMLIndex) -> Bool { left.offset < right.offset }
}
