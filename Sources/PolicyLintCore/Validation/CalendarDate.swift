import Foundation
import PolicyCondition

/// Reads `YYYY-MM-DD` dates strictly, as midnight UTC, in the proleptic Gregorian calendar (years 0001 to 9999).
///
/// The arithmetic is `CalendarMath`'s rather than Foundation's `Calendar`, whose first use loads time-zone data:
/// dates are read on every run, and that load cost more than the rest of a small file's check.
public enum CalendarDate {
    /// Seconds in a day.
    private static let secondsPerDay = 86_400.0

    /// The date written `YYYY-MM-DD`, or nil when the text is not a real calendar date.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
              let year = number(bytes[0..<4]), let month = number(bytes[5..<7]), let day = number(bytes[8..<10]),
              year >= 1, (1...12).contains(month), (1...CalendarMath.daysInMonth(year: year, month: month)).contains(day)
        else { return nil }
        return Date(timeIntervalSince1970: Double(CalendarMath.days(year: year, month: month, day: day)) * secondsPerDay)
    }

    /// The date as `YYYY-MM-DD` (the UTC day it falls on).
    public static func format(_ date: Date) -> String {
        let days = Int64((date.timeIntervalSince1970 / secondsPerDay).rounded(.down))
        let (year, month, day) = CalendarMath.civilDate(days: days)
        return String(format: "%04lld-%02lld-%02lld", year, month, day)
    }

    /// Whole days from one date to another.
    public static func days(from start: Date, to end: Date) -> Int {
        Int((end.timeIntervalSince(start) / secondsPerDay).rounded(.down))
    }

    /// The number the ASCII digits spell, or nil when any byte is not a digit.
    private static func number(_ bytes: ArraySlice<UInt8>) -> Int64? {
        var value: Int64 = 0
        for byte in bytes {
            guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
            value = value * 10 + Int64(byte - UInt8(ascii: "0"))
        }
        return value
    }
}
