/// The digits of a whole number held in a Double ("12", not "12.0"), or nil when it has a
/// fraction, is not finite or lies past 1e15, where `Int(value)` could trap and a Double no longer
/// holds every whole number.
func wholeNumberText(_ value: Double) -> String? {
    guard value.isFinite, value == value.rounded(), abs(value) < 1e15 else { return nil }
    return String(Int(value))
}
