import Foundation
import PolicyCondition
import XCTest

/// End-to-end conditions in the style policylint rules use.
final class PolicyScenarioTests: CELTestCase {
    private let bindings: [String: CELValue] = [
        "funding": [
            "match_funding": ["required": true, "share": 0.3],
            "amount": 250_000,
            "currency": "EUR",
            "partners": ["ACME", "Globex"],
        ],
        "deadline": .timestamp(Date(timeIntervalSince1970: 1_799_020_800)),
    ]

    func testTypicalRuleConditions() {
        assertValue("funding.match_funding.required && funding.match_funding.share < 0.5", true, bindings)
        assertValue("funding.amount >= 100000 && funding.currency in ['EUR', 'USD']", true, bindings)
        assertValue("funding.partners.exists(p, p.startsWith('Glo')) && size(funding.partners) == 2", true, bindings)
        assertValue("'ACME' in funding.partners", true, bindings)
        assertValue("deadline.getFullYear() == 2027 && deadline.getMonth() == 0 && deadline.getDate() == 4", true, bindings)
        assertValue("deadline > date('2027-01-01') && (deadline - date('2027-01-01')).inDays() == 3", true, bindings)
        assertValue("!has(funding.match_funding.cap) || funding.match_funding.cap > 0", true, bindings,
                    environment: CELEnvironment(variables: ["funding": .dyn]))
    }

    func testConditionResultTypeLetsHostInsistOnBool() {
        XCTAssertEqual(compile("funding.amount")?.resultType, .int)
        XCTAssertNotEqual(compile("funding.amount")?.resultType, .bool)
        XCTAssertEqual(compile("funding.partners.all(p, size(p) > 2)")?.resultType, .bool)
    }

    func testSameProgramWithDifferentBindings() {
        guard let program = compile("funding.match_funding.share >= 0.25") else { return }
        XCTAssertEqual(program.evaluate(bindings), .value(.bool(true)))
        XCTAssertEqual(program.evaluate(["funding": ["match_funding": ["share": 0.1]]]), .value(.bool(false)))
        XCTAssertEqual(program.evaluate(["funding": ["match_funding": [:]]]), .error(CELEvaluationError("no such key: share")))
    }
}
