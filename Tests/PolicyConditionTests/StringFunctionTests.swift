import PolicyCondition
import XCTest

/// String functions (string.textproto sections "contains", "starts_with", "ends_with", "matches"; string_ext lowerAscii/upperAscii).
final class StringFunctionTests: CELTestCase {
    func testContainsStartsEnds() {
        assertValue("'hello world'.contains('o w')", true)
        assertValue("'hello'.contains('')", true)
        assertValue("'hello'.contains('xyz')", false)
        assertValue("'hello'.startsWith('he')", true)
        assertValue("'hello'.startsWith('lo')", false)
        assertValue("'hello'.endsWith('lo')", true)
        assertValue("'hello'.endsWith('')", true)
        assertValue("'e\u{301}'.startsWith('e')", true)
    }

    // string.textproto "matches": partial (unanchored) match.
    func testMatches() {
        assertValue("'hubba'.matches('ubb')", true)
        assertValue("'hubba'.matches('^ubb')", false)
        assertValue("matches('abc123', '[0-9]+$')", true)
        assertValue("x.matches('^[A-Z]{2}-[0-9]{4}$')", true, ["x": "DE-2027"])
        assertValue("x.matches(y)", true, ["x": "abc", "y": "b"])
    }

    func testInvalidLiteralRegexIsLocated() {
        assertProblem("x.matches('a(b')", "invalid regular expression \"a(b\"", offset: 10, length: 5)
        assertProblem("matches(x, '[z-a]')", "invalid regular expression \"[z-a]\"", offset: 11, length: 7)
    }

    func testInvalidDynamicRegexIsAnEvaluationError() {
        assertEvaluationError("x.matches(y)", "invalid regular expression \"(\"", ["x": "abc", "y": "("])
    }

    func testAsciiCase() {
        assertValue("'TacoCat'.lowerAscii()", "tacocat")
        assertValue("'TacoCÉt'.upperAscii()", "TACOCÉT")
    }

    func testStringFunctionTypeErrors() {
        assertProblem("'a'.contains(1)", "no matching overload for 'contains' applied to (string, int)", offset: 0, length: 15)
        assertProblem("'a'.contains('a', 'b')", "wrong number of arguments to 'contains': expected 1, got 2", offset: 4, length: 8)
        assertProblem("contains('a', 'b')", "'contains' is a method; call it as x.contains(...)", offset: 0, length: 8)
        assertEvaluationError("x.startsWith('a')", "no matching overload for 'startsWith' applied to (int, string)", ["x": 1])
    }
}
