/// Text renderings of numbers as CEL's `string()` produces them.
enum ValueFormatting {
    /// Formats a double: integral values without a fraction ("3"), others in shortest form ("1.5", "1e+100").
    static func format(_ value: Double) -> String {
        if value.isNaN { return "NaN" }
        if value.isInfinite { return value < 0 ? "-Infinity" : "+Infinity" }
        if value == value.rounded(), abs(value) < 1e21 {
            if abs(value) < 9.2e18 { return String(Int64(value)) }
        }
        let text = "\(value)"
        if let exponent = text.firstIndex(of: "e") {
            let mantissa = text[..<exponent]
            var power = String(text[text.index(after: exponent)...])
            if !power.hasPrefix("-") && !power.hasPrefix("+") { power = "+" + power }
            let trimmedMantissa = mantissa.hasSuffix(".0") ? String(mantissa.dropLast(2)) : String(mantissa)
            return trimmedMantissa + "e" + power
        }
        return text
    }
}
