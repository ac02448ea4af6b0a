import Foundation
import XCTest
import PolicyLintCore

/// Policy dates are read and written without Foundation's `Calendar`, and must agree with it.
final class CalendarDateTests: XCTestCase {
    /// Foundation's Gregorian calendar in UTC, the reference the arithmetic is checked against.
    private let reference: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(secondsFromGMT: 0) ?? calendar.timeZone
        return calendar
    }()

    func testEveryDayOfFourCenturiesAgreesWithFoundation() throws {
        // 1900 to 2300 covers both century rules (1900 and 2100 are not leap years, 2000 is) and days before 1970.
        var day = try XCTUnwrap(reference.date(from: DateComponents(year: 1900, month: 1, day: 1)))
        let end = try XCTUnwrap(reference.date(from: DateComponents(year: 2300, month: 1, day: 1)))
        var checked = 0
        while day < end {
            let parts = reference.dateComponents([.year, .month, .day], from: day)
            let text = String(format: "%04d-%02d-%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0)
            XCTAssertEqual(CalendarDate.parse(text), day, text)
            XCTAssertEqual(CalendarDate.format(day), text)
            day = day.addingTimeInterval(86_400)
            checked += 1
        }
        XCTAssertEqual(checked, 146_097, "four centuries hold 146,097 days")
    }

    func testImpossibleDatesAreRejected() {
        for text in ["2027-02-29", "2100-02-29", "1900-02-29", "2027-04-31", "2027-13-01", "2027-00-10", "2027-01-00",
                     "2027-01-32", "0000-01-01"] {
            XCTAssertNil(CalendarDate.parse(text), text)
        }
        XCTAssertNotNil(CalendarDate.parse("2028-02-29"))
        XCTAssertNotNil(CalendarDate.parse("2000-02-29"))
    }

    func testOnlyTheStrictFormIsRead() {
        for text in ["2027-1-10", "27-01-10", "+027-01-10", "2027-01-10x", " 2027-01-10", "2027/01/10", "2027-01-1０",
                     "", "２０２７-01-10"] {
            XCTAssertNil(CalendarDate.parse(text), text)
        }
    }

    func testWholeDaysBetweenDates() throws {
        let start = try XCTUnwrap(CalendarDate.parse("2027-01-10"))
        let end = try XCTUnwrap(CalendarDate.parse("2027-03-01"))
        XCTAssertEqual(CalendarDate.days(from: start, to: end), 50)
        XCTAssertEqual(CalendarDate.days(from: end, to: start), -50)
    }
}
