import Foundation

/// Parsing and formatting of RFC 3339 timestamps and plain dates, in UTC.
enum TimestampText {
    /// Parses an RFC 3339 timestamp such as "2027-01-10T00:00:00Z" or "2027-01-10T09:30:00.5+02:00".
    static func parse(_ text: String) -> Date? {
        var reader = Array(text.unicodeScalars)[...]
        guard let (year, month, day) = readDate(&reader), let separator = reader.popFirst(),
              separator == "T" || separator == "t",
              let hour = readNumber(&reader, digits: 2), hour <= 23, reader.popFirst() == ":",
              let minute = readNumber(&reader, digits: 2), minute <= 59, reader.popFirst() == ":",
              let second = readNumber(&reader, digits: 2), second <= 59
        else { return nil }
        var fraction = 0.0
        if reader.first == "." {
            reader.removeFirst()
            var digits = ""
            while let scalar = reader.first, ("0"..."9").contains(scalar) {
                digits.unicodeScalars.append(scalar)
                reader.removeFirst()
            }
            guard !digits.isEmpty, digits.count <= 9, let value = Double("0." + digits) else { return nil }
            fraction = value
        }
        var offsetSeconds: Int64 = 0
        switch reader.popFirst() {
        case "Z", "z":
            break
        case let sign? where sign == "+" || sign == "-":
            guard let offsetHours = readNumber(&reader, digits: 2), offsetHours <= 23, reader.popFirst() == ":",
                  let offsetMinutes = readNumber(&reader, digits: 2), offsetMinutes <= 59 else { return nil }
            offsetSeconds = (offsetHours * 3600 + offsetMinutes * 60) * (sign == "-" ? -1 : 1)
        default:
            return nil
        }
        guard reader.isEmpty else { return nil }
        let days = CalendarMath.days(year: year, month: month, day: day)
        let epochSeconds = Double(days * 86_400 + hour * 3600 + minute * 60 + second - offsetSeconds) + fraction
        guard CalendarMath.isInRange(epochSeconds) else { return nil }
        return Date(timeIntervalSince1970: epochSeconds)
    }

    /// Parses a calendar date "YYYY-MM-DD" as midnight UTC (policylint extension `date()`).
    static func parseDate(_ text: String) -> Date? {
        var reader = Array(text.unicodeScalars)[...]
        guard let (year, month, day) = readDate(&reader), reader.isEmpty else { return nil }
        return Date(timeIntervalSince1970: Double(CalendarMath.days(year: year, month: month, day: day) * 86_400))
    }

    private static func readDate(_ reader: inout ArraySlice<Unicode.Scalar>) -> (Int64, Int64, Int64)? {
        guard let year = readNumber(&reader, digits: 4), year >= 1, reader.popFirst() == "-",
              let month = readNumber(&reader, digits: 2), (1...12).contains(month), reader.popFirst() == "-",
              let day = readNumber(&reader, digits: 2), day >= 1, day <= CalendarMath.daysInMonth(year: year, month: month)
        else { return nil }
        return (year, month, day)
    }

    private static func readNumber(_ reader: inout ArraySlice<Unicode.Scalar>, digits: Int) -> Int64? {
        var value: Int64 = 0
        for _ in 0..<digits {
            guard let scalar = reader.popFirst(), ("0"..."9").contains(scalar) else { return nil }
            value = value * 10 + Int64(scalar.value - 48)
        }
        return value
    }

    /// Splits a date into whole epoch seconds and microseconds (rounded, as `Date` holds about a microsecond).
    /// Returns nil when the date is outside CEL's timestamp range.
    static func epochComponents(_ date: Date) -> (seconds: Int64, microseconds: Int64)? {
        let interval = date.timeIntervalSince1970
        guard CalendarMath.isInRange(interval) else { return nil }
        var seconds = Int64(interval.rounded(.down))
        var microseconds = Int64(((interval - Double(seconds)) * 1_000_000).rounded())
        if microseconds >= 1_000_000 {
            seconds += 1
            microseconds -= 1_000_000
        }
        return (seconds, microseconds)
    }

    /// Formats as RFC 3339 in UTC, e.g. "2009-02-13T23:31:30Z" or "2009-02-13T23:31:30.5Z".
    static func format(_ date: Date) -> String {
        guard let (seconds, microseconds) = epochComponents(date) else { return "<timestamp out of range>" }
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let secondOfDay = seconds - days * 86_400
        let (year, month, day) = CalendarMath.civilDate(days: days)
        var text = String(format: "%04lld-%02lld-%02lldT%02lld:%02lld:%02lld", year, month, day,
                          secondOfDay / 3600, secondOfDay % 3600 / 60, secondOfDay % 60)
        if microseconds > 0 {
            var fraction = String(format: "%06lld", microseconds)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text + "Z"
    }
}
