import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// A user rulebook with mistakes gets located errors, all at once.
final class RulebookLoaderTests: XCTestCase {
    private let goodRule = """
    rulebook: local-rules
    format: 1
    rules:
      - id: long-decision-time
        title: Decisions take too long
        severity: warning
        principles: [ivar-act-with-urgency]
        when: process.decision_days > 60
        message: "Decisions take {process.decision_days | days}."
        why: Small groups cannot wait months for an answer.
        alternatives: [Decide within eight weeks.]
        examples:
          fail: ["process: {decision_days: 90}"]
          pass: ["process: {decision_days: 30}"]

    """

    private func load(_ text: String) -> Result<Rulebook, InputErrors> {
        do {
            let principles = try PrincipleCatalogues.builtIn()
            return .success(try RulebookLoader(principles: principles).load(SourceText(name: "local.yaml", text: text)))
        } catch {
            return .failure(error)
        }
    }

    private func errors(_ text: String) -> [InputError] {
        if case .failure(let errors) = load(text) { return errors.errors }
        return []
    }

    func testAGoodRulebookLoads() throws {
        guard case .success(let rulebook) = load(goodRule) else { return XCTFail("did not load: \(errors(goodRule))") }
        XCTAssertEqual(rulebook.rules.map(\.id), ["long-decision-time"])
    }

    /// `goodRule` with a `parameters:` block declaring one parameter with the given lines.
    private func withParameter(_ lines: String) -> String {
        goodRule.replacingOccurrences(of: "format: 1\n", with: "format: 1\nparameters:\n  max_days:\n" + lines + "    summary: The longest wait.\n")
    }

    func testParameterBoundsAreKeptAndCheckTheDefault() throws {
        guard case .success(let rulebook) = load(withParameter("    type: integer\n    default: 60\n    minimum: 1\n    maximum: 365\n")) else {
            return XCTFail("did not load")
        }
        let parameter = try XCTUnwrap(rulebook.parameters["max_days"])
        XCTAssertEqual(parameter.minimum, 1)
        XCTAssertEqual(parameter.maximum, 365)
        XCTAssertEqual(parameter.fieldType.phrase, "a whole number from 1 to 365")

        let outside = try XCTUnwrap(errors(withParameter("    type: integer\n    default: 0\n    minimum: 1\n")).first)
        XCTAssertEqual(outside.id, "invalid-value")
        XCTAssertTrue(outside.message.contains("the default of parameter 'max_days' must be a whole number of 1 or more"), outside.message)
        XCTAssertEqual(outside.location?.span.start.description, "6:14")
    }

    func testBadParameterBoundsAreLocated() throws {
        let reading = withParameter("    type: number\n    default: 2\n    minimum: 5\n    maximum: 1\n")
            .replacingOccurrences(of: "process.decision_days > 60", with: "process.decision_days > params.max_days")
        XCTAssertEqual(errors(reading).count, 1, "a condition reading a badly declared parameter adds no second error: \(errors(reading))")
        let reversed = try XCTUnwrap(errors(withParameter("    type: number\n    default: 2\n    minimum: 5\n    maximum: 1\n")).first)
        XCTAssertTrue(reversed.message.contains("the maximum of parameter 'max_days' (1) is below its minimum (5)"), reversed.message)
        XCTAssertEqual(reversed.location?.span.start.description, "8:14")

        let unbounded = try XCTUnwrap(errors(withParameter("    type: money\n    default: 2\n    minimum: 0\n")).first)
        XCTAssertTrue(unbounded.message.contains("parameter 'max_days' is money, which takes no minimum"), unbounded.message)
        XCTAssertEqual(unbounded.location?.span.start.description, "7:5")

        let fractional = try XCTUnwrap(errors(withParameter("    type: integer\n    default: 2\n    maximum: 2.5\n")).first)
        XCTAssertTrue(fractional.message.contains("the maximum of parameter 'max_days' must be a whole number"), fractional.message)
        XCTAssertEqual(fractional.location?.span.start.description, "7:14")
    }

    /// `goodRule` with two parameters, `short_days` and `long_days`, declared with the given lines.
    private func withTwoParameters(short: String, long: String) -> String {
        goodRule.replacingOccurrences(of: "format: 1\n", with: "format: 1\nparameters:\n  short_days:\n" + short + "    summary: Short.\n  long_days:\n" + long
                                        + "    summary: Long.\n")
    }

    func testAtMostNamesAnotherParameterOfTheSameTypeWhoseDefaultItKeepsTo() throws {
        guard case .success(let rulebook) = load(withTwoParameters(short: "    type: integer\n    default: 15\n    at_most: long_days\n",
                                                                   long: "    type: integer\n    default: 28\n")) else {
            return XCTFail("did not load")
        }
        XCTAssertEqual(rulebook.parameters["short_days"]?.atMost, "long_days")

        let cases: [(short: String, long: String, line: Int, message: String)] = [
            ("    type: integer\n    default: 15\n    at_most: lnog_days\n", "    type: integer\n    default: 28\n", 7,
             "at_most names 'lnog_days', which is not another parameter of this rulebook (did you mean 'long_days'?)"),
            ("    type: integer\n    default: 15\n    at_most: short_days\n", "    type: integer\n    default: 28\n", 7,
             "at_most names 'short_days', which is not another parameter of this rulebook"),
            ("    type: integer\n    default: 15\n    at_most: long_days\n", "    type: money\n    default: 28\n", 7,
             "at_most needs two parameters of one number type; 'short_days' is integer and 'long_days' is money"),
            ("    type: integer\n    default: 30\n    at_most: long_days\n", "    type: integer\n    default: 28\n", 6,
             "its default (30) is above that of 'long_days' (28)"),
        ]
        for (short, long, line, message) in cases {
            let found = errors(withTwoParameters(short: short, long: long))
            XCTAssertEqual(found.map(\.id), ["invalid-value"], "\(found)")
            XCTAssertEqual(found.first?.location?.span.start.line, line, "\(found)")
            XCTAssertTrue(found.first?.message.contains(message) ?? false, "\(found)")
        }
    }

    func testOneBadParameterDeclarationDoesNotHideAnothersBadDefault() throws {
        let text = withParameter("    type: integer\n    default: 0\n    minimum: 1\n")
            .replacingOccurrences(of: "parameters:\n", with: "parameters:\n  max_rounds:\n    type: wholenumber\n    default: 2\n    summary: Rounds.\n  max_pages:\n    type: money\n    default: -3\n    summary: Pages.\n")
        let found = errors(text)
        XCTAssertEqual(found.map { $0.location?.span.start.description ?? "" }, ["5:11", "10:14", "14:14"], "\(found)")
        XCTAssertTrue(found[0].message.contains("'wholenumber' is not a valid value for parameters.max_rounds.type"), found[0].message)
        XCTAssertTrue(found[1].message.contains("the default of parameter 'max_pages' must be an amount of money"), found[1].message)
        XCTAssertTrue(found[2].message.contains("the default of parameter 'max_days' must be a whole number of 1 or more"), found[2].message)
    }

    func testAParameterDeclaredAgainByALaterRulebookIsAnErrorAtTheLaterDeclaration() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("policylint-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("local.yaml").path
        let text = goodRule.replacingOccurrences(of: "format: 1\n", with: "format: 1\nparameters:\n  max_questions:\n    type: integer\n    default: 6\n    summary: Fewer.\n")
        try text.write(toFile: path, atomically: true, encoding: .utf8)
        XCTAssertNoThrow(try RuleSetBuilder(rulebookPaths: [path], includeBuiltIn: false), "alone, the rulebook is fine")
        XCTAssertNoThrow(try RuleSetBuilder(rulebookPaths: [path, path], includeBuiltIn: false), "the same file twice is no clash")
        do {
            _ = try RuleSetBuilder(rulebookPaths: [path])
            XCTFail("the built-in rulebook already declares max_questions")
        } catch {
            let clash = try XCTUnwrap(error.errors.first)
            XCTAssertEqual(clash.id, "duplicate-parameter")
            XCTAssertTrue(clash.message.contains("parameter 'max_questions' is already declared by rulebook 'anti-racist-commissioning' (<built-in>/"), clash.message)
            XCTAssertEqual(clash.location?.file, path)
            XCTAssertEqual(clash.location?.span.start.description, "4:3")
        }
    }

    func testAMisspeltKeyIsLocated() throws {
        let error = try XCTUnwrap(errors(goodRule.replacingOccurrences(of: "    severity:", with: "    severty:")).first)
        XCTAssertEqual(error.id, "unknown-key")
        XCTAssertTrue(error.message.contains("did you mean 'severity'"), error.message)
        XCTAssertEqual(error.location?.span.start.description, "6:5")
    }

    func testABadExpressionIsLocatedInsideTheCondition() throws {
        let error = try XCTUnwrap(errors(goodRule.replacingOccurrences(of: "process.decision_days > 60", with: "process.decision_days > (60")).first)
        XCTAssertEqual(error.id, "invalid-condition")
        XCTAssertEqual(error.location?.span.start.line, 8)
        XCTAssertGreaterThan(error.location?.span.start.column ?? 0, 11)
    }

    func testAnUnknownFieldPathIsLocatedAtTheField() throws {
        let error = try XCTUnwrap(errors(goodRule.replacingOccurrences(of: "when: process.decision_days", with: "when: process.decison_days")).first)
        XCTAssertEqual(error.id, "invalid-condition")
        XCTAssertEqual(error.location?.span.start.description, "8:19")
        XCTAssertTrue(error.message.contains("decision_days"), error.message)
    }

    func testAnUnknownAtPathAndPrincipleAreBothReported() {
        let text = goodRule
            .replacingOccurrences(of: "[ivar-act-with-urgency]", with: "[ivar-act-with-urgncy]")
            .replacingOccurrences(of: "    message:", with: "    at: process.decision_dayz\n    message:")
        let found = errors(text)
        XCTAssertEqual(found.count, 2, "\(found)")
        XCTAssertTrue(found.contains { $0.message.contains("did you mean 'ivar-act-with-urgency'") })
        XCTAssertTrue(found.contains { $0.message.contains("did you mean 'process.decision_days'") })
    }

    func testAnUnknownMessageFilterIsLocated() throws {
        let error = try XCTUnwrap(errors(goodRule.replacingOccurrences(of: "| days}", with: "| dayz}")).first)
        XCTAssertEqual(error.id, "invalid-message")
        XCTAssertTrue(error.message.contains("did you mean 'days'"), error.message)
        XCTAssertEqual(error.location?.span.start.line, 9)
    }

    func testNonBooleanConditionIsRejected() throws {
        let error = try XCTUnwrap(errors(goodRule.replacingOccurrences(of: "process.decision_days > 60", with: "process.decision_days + 1")).first)
        XCTAssertEqual(error.id, "invalid-condition")
    }

    func testUserRulesOverrideBuiltInRulesById() throws {
        guard case .success(let local) = load(goodRule) else { return XCTFail("did not load") }
        let builtIn = try RulebookLoader(principles: PrincipleCatalogues.builtIn()).builtIn()
        let engine = RuleEngine(rulebooks: [builtIn, local])
        XCTAssertEqual(engine.rules.filter { $0.id == "long-decision-time" }.map(\.rulebook), ["local-rules"])
    }

    func testBuiltInRulebookPassesTheFullFormatCheckThatStartUpSkips() throws {
        let loader = RulebookLoader(principles: try PrincipleCatalogues.builtIn())
        let checked = try loader.load(RulebookLoader.builtInSource)
        let fast = try loader.builtIn()
        XCTAssertEqual(checked.rules.map(\.id), fast.rules.map(\.id))
        XCTAssertGreaterThan(checked.rules.count, 60)
    }

    func testRulesAreReadInOrderAndDuplicatesReportedInPlaceWhenReadConcurrently() throws {
        let rule = goodRule.components(separatedBy: "rules:\n").last ?? ""
        func rulebook(_ ids: [String]) -> String {
            "rulebook: many\nformat: 1\nrules:\n" + ids.map { rule.replacingOccurrences(of: "long-decision-time", with: $0) }.joined()
        }
        let ids = (0..<40).map { "rule-\($0)" }
        guard case .success(let loaded) = load(rulebook(ids)) else { return XCTFail("forty good rules should load") }
        XCTAssertEqual(loaded.rules.map(\.id), ids)
        var withDuplicate = ids
        withDuplicate[30] = "rule-3"
        let problems = errors(rulebook(withDuplicate))
        XCTAssertEqual(problems.map(\.id), ["duplicate-rule"], problems.map(\.message).joined(separator: "\n"))
        XCTAssertTrue(problems.first?.message.contains("rule 'rule-3' is defined twice; the first is at line") ?? false)
        XCTAssertEqual(problems.first?.location?.span.start.line, 4 + 30 * 11)
    }
}
