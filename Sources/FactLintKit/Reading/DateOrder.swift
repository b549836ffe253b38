/// How to read an all-numeric date such as `05/06/2024` when both readings are possible.
public enum DateOrder: String, Sendable, Hashable, Codable, CaseIterable {
    /// Month first: 05/06/2024 is May 6 (United States).
    case monthDayYear = "MDY"
    /// Day first: 05/06/2024 is 5 June (most of the world).
    case dayMonthYear = "DMY"
}
