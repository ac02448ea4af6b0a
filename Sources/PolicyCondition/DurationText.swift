import Foundation

/// Parsing and formatting of CEL durations such as "24h", "1h30m", "1.5s", "-90m".
enum DurationText {
    /// The largest duration magnitude CEL allows, in seconds (about 10,000 years).
    static let maximumSeconds: Double = 315_576_000_000

    private static let nanosecondsPerUnit: [String: Int64] = [
        "ns": 1, "us": 1_000, "\u{00B5}s": 1_000, "\u{03BC}s": 1_000, "ms": 1_000_000,
        "s": 1_000_000_000, "m": 60_000_000_000, "h": 3_600_000_000_000,
    ]

    /// Parses a duration string into seconds, or nil when malformed or out of range.
    static func parse(_ text: String) -> Double? {
        var reader = Array(text.unicodeScalars)[...]
        var negative = false
        if let sign = reader.first, sign == "-" || sign == "+" {
            negative = sign == "-"
            reader.removeFirst()
        }
        if Array(reader) == ["0"] { return 0 }
        guard !reader.isEmpty else { return nil }
        var seconds: Int64 = 0
        var nanoseconds: Int64 = 0
        while !reader.isEmpty {
            var integerDigits = ""
            var fractionDigits = ""
            while let scalar = reader.first, ("0"..."9").contains(scalar) {
                integerDigits.unicodeScalars.append(scalar)
                reader.removeFirst()
            }
            if reader.first == "." {
                reader.removeFirst()
                while let scalar = reader.first, ("0"..."9").contains(scalar) {
                    fractionDigits.unicodeScalars.append(scalar)
                    reader.removeFirst()
                }
            }
            guard !integerDigits.isEmpty || !fractionDigits.isEmpty else { return nil }
            var unit = ""
            while let scalar = reader.first, !("0"..."9").contains(scalar), scalar != "." {
                unit.unicodeScalars.append(scalar)
                reader.removeFirst()
            }
            guard let unitNanoseconds = nanosecondsPerUnit[unit] else { return nil }
            guard let integerPart = integerDigits.isEmpty ? 0 : Int64(integerDigits),
                  let component = wholeComponent(integerPart, unitNanoseconds: unitNanoseconds) else { return nil }
            let (sumSeconds, overflow) = seconds.addingReportingOverflow(component.seconds)
            guard !overflow else { return nil }
            seconds = sumSeconds
            nanoseconds += component.nanoseconds
            if !fractionDigits.isEmpty, let fraction = Double("0." + fractionDigits) {
                nanoseconds += Int64((fraction * Double(unitNanoseconds)).rounded())
            }
            seconds += nanoseconds / 1_000_000_000
            nanoseconds %= 1_000_000_000
        }
        let total = Double(seconds) + Double(nanoseconds) / 1_000_000_000
        guard total <= maximumSeconds else { return nil }
        return negative ? -total : total
    }

    private static func wholeComponent(_ value: Int64, unitNanoseconds: Int64) -> (seconds: Int64, nanoseconds: Int64)? {
        if unitNanoseconds >= 1_000_000_000 {
            let (seconds, overflow) = value.multipliedReportingOverflow(by: unitNanoseconds / 1_000_000_000)
            return overflow ? nil : (seconds, 0)
        }
        let perSecond = 1_000_000_000 / unitNanoseconds
        return (value / perSecond, (value % perSecond) * unitNanoseconds)
    }

    /// Whether a duration in seconds is within CEL's range.
    static func isInRange(_ seconds: Double) -> Bool { seconds.isFinite && abs(seconds) <= maximumSeconds }

    /// Formats seconds as CEL does: "86400s", "1.5s", "-0.25s".
    static func format(_ seconds: Double) -> String {
        if seconds == seconds.rounded(), abs(seconds) < 9e15 { return "\(Int64(seconds))s" }
        var text = String(format: "%.9f", seconds)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text + "s"
    }
}
