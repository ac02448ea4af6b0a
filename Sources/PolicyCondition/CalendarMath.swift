/// Proleptic Gregorian calendar arithmetic in UTC (days counted from 1970-01-01).
public enum CalendarMath {
    /// Seconds since the Unix epoch of 0001-01-01T00:00:00Z, the earliest CEL timestamp.
    static let minimumEpochSeconds: Double = -62_135_596_800
    /// Seconds since the Unix epoch just past 9999-12-31T23:59:59Z, beyond the latest CEL timestamp.
    static let limitEpochSeconds: Double = 253_402_300_800

    /// Days since 1970-01-01 of the given civil date (month 1-12).
    public static func days(year: Int64, month: Int64, day: Int64) -> Int64 {
        let shiftedYear = month <= 2 ? year - 1 : year
        let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
        let yearOfEra = shiftedYear - era * 400
        let shiftedMonth = month > 2 ? month - 3 : month + 9
        let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The civil date (month 1-12, day 1-31) of a day count since 1970-01-01.
    public static func civilDate(days: Int64) -> (year: Int64, month: Int64, day: Int64) {
        let shifted = days + 719_468
        let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
        let dayOfEra = shifted - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// The number of days in a month of a year.
    public static func daysInMonth(year: Int64, month: Int64) -> Int64 {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Whether epoch seconds fall within CEL's timestamp range (years 1 to 9999).
    static func isInRange(_ epochSeconds: Double) -> Bool {
        epochSeconds >= minimumEpochSeconds && epochSeconds < limitEpochSeconds
    }
}
