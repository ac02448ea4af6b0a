import XCTest
import PolicyYAML
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
            let engine = try builder.engine(selection: RuleSelection(select: [rule.id], preview: true))
            XCTAssertEqual(engine.rules.map(\.id), [rule.id])
            for (index, example) in rule.failExamples.enumerated() {
                let fired = try run(example, rule: rule, engine: engine, label: "fail[\(index)]")
                XCTAssertFalse(fired.isEmpty, "\(rule.id): fail example \(index) did not fire:\n\(example)")
            }
            for (index, example) in rule.passExamples.enumerated() {
                let fired = try run(example, rule: rule, engine: engine, label: "pass[\(index)]")
                XCTAssertEqual(fired.map(\.message), [], "\(rule.id): pass example \(index) fired:\n\(example)")
            }
        }
    }

    private func run(_ example: String, rule: Rule, engine: RuleEngine, label: String) throws -> [Finding] {
        let source = SourceText(name: "\(rule.id) \(label)", text: ExamplePolicy.wrap(example, kind: rule.appliesTo.first))
        let read = PolicyReader().read(source)
        XCTAssertEqual(read.findings.map(\.message), [], "\(rule.id) \(label) is not a valid policy fragment:\n\(example)")
        return try XCTUnwrap(read.documents.first.map { engine.run(on: $0) }, "\(rule.id) \(label) produced no document")
            .filter { $0.ruleID == rule.id }
    }
}
