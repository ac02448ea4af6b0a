import PolicyCondition
import XCTest

/// Field selection and the has() macro (fields.textproto, macros.textproto "has").
final class FieldAccessTests: CELTestCase {
    let funding: CELValue = [
        "match_funding": ["required": true, "share": 0.25],
        "amount": 5000,
        "currency": "EUR",
        "partners": ["a", "b"],
    ]

    func testNestedSelection() {
        assertValue("funding.match_funding.share", 0.25, ["funding": funding])
        assertValue("funding.match_funding.required && funding.amount > 1000", true, ["funding": funding])
        assertValue("funding['currency']", "EUR", ["funding": funding])
        assertValue("m.a + m['b']", 3, ["m": ["a": 1, "b": 2]])
    }

    // fields.textproto "map_missing_key": selecting an absent key is an error.
    func testMissingFieldIsAnError() {
        let partial: CELValue = ["match_funding": ["required": true]]
        assertEvaluationError("funding.match_funding.share > 0.1", "no such key: share", ["funding": partial])
        assertEvaluationError("x.y", "no such key: y", ["x": [:]])
    }

    func testSelectingOnNullOrScalarIsAnError() {
        assertEvaluationError("x.y", "cannot select field 'y' on null", ["x": .null])
        assertEvaluationError("x.y", "cannot select field 'y' on int", ["x": 3])
    }

    func testUnboundVariableIsAnError() {
        assertEvaluationError("x == 1", "no value bound for variable 'x'")
    }

    // macros.textproto "has": presence of map keys.
    func testHasOnPresentAndAbsentFields() {
        assertValue("has(funding.match_funding.share)", true, ["funding": funding])
        assertValue("has(funding.match_funding.deadline_days)", false,
                    ["funding": funding], environment: CELEnvironment(variables: ["funding": .dyn]))
        assertValue("has(x.a)", true, ["x": ["a": .null]])
        assertValue("has(x.b)", false, ["x": ["a": 1]])
    }

    // Documented deviation: missing or null intermediate links make has() false instead of an error.
    func testHasIsLenientAboutMissingIntermediates() {
        let environment = CELEnvironment(variables: ["x": .dyn])
        assertValue("has(x.a.b.c)", false, ["x": [:]], environment: environment)
        assertValue("has(x.a.b)", false, ["x": ["a": .null]], environment: environment)
        assertValue("has(x.a)", false, ["x": .null], environment: environment)
        assertValue("has(x.a)", false, [:], environment: environment)
        assertValue("!has(funding.match_funding.share) || funding.match_funding.share > 0.1", true,
                    ["funding": ["amount": 1]])
    }

    func testHasOnScalarIsAnError() {
        assertEvaluationError("has(x.a.b)", "cannot select field 'a' on int", ["x": 1])
        assertEvaluationError("has(x.a.b)", "cannot test field 'b' on string", ["x": ["a": "text"]])
    }
}
