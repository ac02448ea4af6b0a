import XCTest
@testable import PolicyLintCore

/// Every rule's own examples, run with only that rule on: fail examples fire, pass examples do not.
final class RuleExamplesTests: XCTestCase {
    private func builtInRules() throws -> [Rule] {
        try RuleSetBuilder(rulebookPaths: []).allRules
    }

    func testTheBuiltInRulebookHasEnoughRules() throws {
        XCTAssertGreaterThanOrEqual(try builtInRules().count, 25)
    }

    func testEveryRuleNamesAPrincipleAndAnAlternative() throws {
        for rule in try builtInRules() {
            XCTAssertFalse(rule.principles.isEmpty, rule.id)
            XCTAssertFalse(rule.alternatives.isEmpty, rule.id)
            XCTAssertFalse(rule.why.isEmpty, rule.id)
        }
    }

    func testEveryRulesOwnExamples() throws {
        let builder = try RuleSetBuilder(rulebookPaths: [])
        for rule in builder.allRules {
            XCTAssertEqual(try builder.engine(selection: RuleSelection(select: [rule.id], preview: true)).rules.map(\.id), [rule.id])
        }
        // Each example runs with only its rule on: fail examples must fire, pass examples must not, and each must be
        // a valid policy fragment; `policylint test-rules` runs the same checker on any rulebook.
        let outcome = try RuleExampleChecker(builder: builder).check(builder.allRules)
        XCTAssertEqual(outcome.examples, builder.allRules.reduce(0) { $0 + $1.failExamples.count + $1.passExamples.count })
        for failure in outcome.failures {
            XCTFail("\(failure.location.description) \(failure.ruleID): \(failure.shouldFire ? "fail" : "pass") example \(failure.index): \(failure.problem)")
        }
    }
}
