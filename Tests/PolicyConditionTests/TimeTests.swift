import Foundation
import PolicyCondition
import XCTest

/// Timestamps and durations (timestamps.textproto).
final class TimeTests: CELTestCase {
    // timestamps.textproto, section "timestamp_conversions".
    func testTimestampConversions() {
        assertValue("int(timestamp('2009-02-13T23:31:30Z'))", 1_234_567_890)
        assertValue("string(timestamp('2009-02-13T23:31:30Z'))", "2009-02-13T23:31:30Z")
        assertValue("string(timestamp('2009-02-13T23:31:30.5Z'))", "2009-02-13T23:31:30.5Z")
        assertValue("timestamp('2009-02-14T01:31:30+02:00') == timestamp('2009-02-13T23:31:30Z')", true)
        assertValue("timestamp(1234567890) == timestamp('2009-02-13T23:31:30Z')", true)
        assertValue("type(timestamp('2009-02-13T23:31:30Z'))", .type("google.protobuf.Timestamp"))
    }

    // timestamps.textproto, section "duration_conversions".
    func testDurationConversions() {
        assertValue("string(duration('1000000s'))", "1000000s")
        assertValue("string(duration('1.5s'))", "1.5s")
        assertValue("duration('24h') == duration('86400s')", true)
        assertValue("duration('90m') == duration('1h30m')", true)
        assertValue("duration('1.5s') == duration('1500ms')", true)
        assertValue("duration('-1h') < duration('0')", true)
    }

    // timestamps.textproto, section "timestamp_selectors" (Fri 2009-02-13 23:31:30 UTC).
    func testTimestampAccessors() {
        let ts = "timestamp('2009-02-13T23:31:30Z')"
        assertValue("\(ts).getFullYear()", 2009)
        assertValue("\(ts).getMonth()", 1)
        assertValue("\(ts).getDate()", 13)
        assertValue("\(ts).getDayOfMonth()", 12)
        assertValue("\(ts).getDayOfWeek()", 5)
        assertValue("\(ts).getDayOfYear()", 43)
        assertValue("\(ts).getHours()", 23)
        assertValue("\(ts).getMinutes()", 31)
        assertValue("\(ts).getSeconds()", 30)
        assertValue("timestamp('2009-02-13T23:31:20.123Z').getMilliseconds()", 123)
        assertValue("timestamp('1969-12-31T23:59:59Z').getDayOfWeek()", 3)
        assertValue("timestamp('0001-01-01T00:00:00Z').getFullYear()", 1)
    }

    // timestamps.textproto, section "duration_converters".
    func testDurationAccessors() {
        assertValue("duration('10000s').getHours()", 2)
        assertValue("duration('3730s').getMinutes()", 62)
        assertValue("duration('3730s').getSeconds()", 3730)
    }

    // timestamps.textproto, section "timestamp_arithmetic".
    func testArithmetic() {
        assertValue("timestamp('2009-02-13T23:00:00Z') + duration('240s') == timestamp('2009-02-13T23:04:00Z')", true)
        assertValue("duration('120s') + timestamp('2009-02-13T23:01:00Z') == timestamp('2009-02-13T23:03:00Z')", true)
        assertValue("duration('600s') + duration('50s') == duration('650s')", true)
        assertValue("timestamp('2009-02-13T23:10:00Z') - duration('600s') == timestamp('2009-02-13T23:00:00Z')", true)
        assertValue("timestamp('2009-02-13T23:31:00Z') - timestamp('2009-02-13T23:29:00Z') == duration('120s')", true)
        assertValue("duration('900s') - duration('42s') == duration('858s')", true)
    }

    // timestamps.textproto, section "comparisons".
    func testComparisons() {
        assertValue("timestamp('2009-02-13T23:00:00Z') <= timestamp('2009-02-13T23:00:00Z')", true)
        assertValue("timestamp('2009-02-13T23:00:00Z') <= timestamp('2009-02-13T22:59:59Z')", false)
        assertValue("timestamp('2009-02-13T23:59:00Z') > timestamp('2009-02-13T23:00:00Z')", true)
        assertValue("duration('200s') < duration('300s')", true)
        assertValue("duration('300s') <= duration('200s')", false)
    }

    // timestamps.textproto, sections "timestamp_range" and "duration_range".
    func testRangeErrors() {
        assertEvaluationError("timestamp('9999-12-31T23:59:59Z') + duration('1s')", "timestamp out of range")
        assertEvaluationError("timestamp('0001-01-01T00:00:00Z') + duration('-1s')", "timestamp out of range")
        assertEvaluationError("duration('200000000000s') + duration('200000000000s')", "duration out of range")
        assertProblem("duration('320000000000s')", "invalid duration \"320000000000s\"", offset: 9, length: 15)
        assertProblem("timestamp('10000-01-01T00:00:00Z')", "invalid timestamp \"10000-01-01T00:00:00Z\"", offset: 10, length: 23)
    }

    func testInvalidLiteralsAreLocated() {
        assertProblem("deadline < timestamp('2027-13-01T00:00:00Z')", "invalid timestamp \"2027-13-01T00:00:00Z\"", offset: 21, length: 22)
        assertProblem("duration('5 days')", "invalid duration \"5 days\"", offset: 9, length: 8)
        assertProblem("date('2027-02-30')", "invalid date \"2027-02-30\"", offset: 5, length: 12)
        assertEvaluationError("timestamp(x)", "invalid timestamp \"soon\"", ["x": "soon"])
    }

    // policylint extensions: date() and duration.inDays().
    func testDateAndInDaysExtensions() {
        assertValue("date('2027-01-10') == timestamp('2027-01-10T00:00:00Z')", true)
        assertValue("(date('2027-03-01') - date('2027-01-10')).inDays()", 50)
        assertValue("duration('47h').inDays()", 1)
        assertValue("duration('-1h').inDays()", -1)
        assertValue("deadline - date('2027-01-01') >= duration('24h')", true,
                    ["deadline": .timestamp(Date(timeIntervalSince1970: 1_799_020_800))])
    }

    func testTimeTypeErrors() {
        assertProblem("timestamp('2027-01-01T00:00:00Z') + 1", "no matching overload for '_+_' applied to (timestamp, int)", offset: 0, length: 37)
        assertProblem("duration('1h').getFullYear()", "no matching overload for 'getFullYear' applied to (duration)", offset: 0, length: 28)
    }
}
