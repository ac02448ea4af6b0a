import Foundation

/// Writes numbers for people: `25`, not `25.0`; `0.25`, not `0.250000`.
public enum NumberText {
    /// The shortest plain form of a number.
    public static func plain(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value > 0 ? "infinity" : "-infinity" }
        if value == value.rounded(), abs(value) < 1e15 { return String(Int64(value)) }
        return String(value)
    }

    /// A number with thousands separators and at most two decimals: `1,250,000` or `12.5`.
    public static func grouped(_ value: Double) -> String {
        guard value.isFinite else { return plain(value) }
        let hundredths = (abs(value) * 100).rounded()
        // Past Int64's range the whole part is written out digit by digit (`1e20` as 100,000,000,000,000,000,000).
        let whole = hundredths < 9e17 ? String(Int64(hundredths) / 100) : String(format: "%.0f", abs(value).rounded())
        let fraction = hundredths < 9e17 ? Int64(hundredths) % 100 : 0
        var digits = whole
        var index = digits.count - 3
        while index > 0 {
            digits.insert(",", at: digits.index(digits.startIndex, offsetBy: index))
            index -= 3
        }
        let sign = value < 0 && hundredths > 0 ? "-" : ""
        if fraction == 0 { return sign + digits }
        let decimals = fraction % 10 == 0 ? String(fraction / 10) : (fraction < 10 ? "0" + String(fraction) : String(fraction))
        return sign + digits + "." + decimals
    }
}
