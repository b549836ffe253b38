/// A table of figures: a Markdown pipe table, a wire service's result lines ("Shr 19 cts vs 23
/// cts", "Net 2,140,000 vs 3,075,000"), whose two columns are this period and the one before,
/// or a wire table in plain-text columns.
public struct Table: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable {
        case markdown
        /// Wire result lines: label, this period's figure, "vs", the earlier period's figure.
        case results
        /// A wire table in plain-text columns, its lines folded into paragraphs: rows of a short
        /// label and one figure per column, with a total row (`ColumnTableReader`).
        case columns
    }

    /// One cell holding a figure.
    public struct Cell: Sendable, Hashable {
        /// The figure, with its scale applied; negative for a loss given as "(12.5)".
        public var value: Double
        public var quantity: Quantity
        /// Column index among the table's columns (0 for the first after the label).
        public var column: Int
    }

    public struct Row: Sendable, Hashable {
        /// What a result line's label says its row holds (the `result-row-roles` lexicon).
        public enum Role: String, Sendable, Hashable {
            /// Profit per share: "Shr", "Shr loss".
            case perShare = "per-share"
            /// The profit a per-share figure divides: "Net", "Net loss".
            case profit
            /// The shares a profit is divided among: "Avg shrs".
            case shareCount = "share-count"
        }

        /// The row's label as written ("Net", "North region"), "" when it has none.
        public var label: String
        public var labelSpan: SourceSpan?
        public var cells: [Cell]
        /// For result lines: the section heading above the row ("Year", "Nine mths"), if any.
        public var section: String?
        /// Whether the label says it is a total ("Total", "All regions").
        public var isTotal: Bool
        /// The source line of the row.
        public var line: Int
        /// For result lines: what the label says the row holds, if the lexicon knows it.
        public var role: Role? = nil
    }

    public var kind: Kind
    /// Column headings after the label column (Markdown), ["current", "previous"] (result
    /// lines), or none (a column table, whose headings are not read).
    public var header: [String]
    public var rows: [Row]
    public var span: SourceSpan
    /// Indices of the blocks the table is read from.
    public var blocks: Range<Int>
}
