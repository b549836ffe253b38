/// Two figures whose digits are two neighbours swapped ("27.60", "27.06"; "1,275", "1,725"),
/// at the same scale, with the same decimals and three digits or more: a slip of the keys,
/// where one digit changed ("126", "123") is as often another figure, and two digits ("12",
/// "21") as often two counts. Read from the figures' values and decimals, not from their text.
enum DigitSlip {
    static func isTransposition(_ a: Quantity, _ b: Quantity) -> Bool {
        guard a.scale == b.scale, a.decimals == b.decimals, a.value != b.value else { return false }
        let decimals = a.decimals
        guard decimals <= 6, let x = digits(a.mantissa, decimals), let y = digits(b.mantissa, decimals), x.count == y.count, x.count >= 3
        else { return false }
        let differing = x.indices.filter { x[$0] != y[$0] }
        guard differing.count == 2, differing[1] == differing[0] + 1 else { return false }
        return x[differing[0]] == y[differing[1]] && x[differing[1]] == y[differing[0]]
    }

    /// The digits of a non-negative value with `decimals` places, most significant first.
    private static func digits(_ value: Double, _ decimals: Int) -> [UInt8]? {
        var factor = 1.0
        for _ in 0..<decimals { factor *= 10 }
        let scaled = (abs(value) * factor).rounded()
        guard scaled < 1e15 else { return nil }
        var number = Int(scaled)
        var result: [UInt8] = []
        repeat {
            result.append(UInt8(number % 10))
            number /= 10
        } while number > 0
        return result.reversed()
    }
}
