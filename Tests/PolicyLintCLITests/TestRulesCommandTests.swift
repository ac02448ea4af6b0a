import XCTest
import PolicyLintTestSupport

/// `policylint test-rules` runs a rulebook's own examples as its tests.
final class TestRulesCommandTests: ScratchFolderTestCase {
    /// A one-rule rulebook whose examples are given.
    private func rulebook(fail: String, pass: String) -> String {
        """
        format: 1
        rulebook: local
        version: "1"
        title: Local rules
        rules:
          - id: nominated-by-councillor
            title: Applicants must be nominated
            severity: warning
            principles: [match-trusted-relationships]
            match:
              patterns: ['\\bnominated by\\b']
            message: The text asks for a nomination ("{match}").
            why: Nomination routes funding through existing contacts.
            alternatives: [Let any eligible group apply.]
            examples:
              fail:
                - '\(fail)'
              pass:
                - '\(pass)'

        """
    }

    func testTheBuiltInRulebooksExamplesAllBehave() throws {
        let outcome = try run(["test-rules", "--color", "never"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
        XCTAssertTrue(outcome.stdout.hasPrefix("All "), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains(" behave."), outcome.stdout)
    }

    func testExamplesThatMisbehaveAreReportedWhereTheyAreWritten() throws {
        try write(rulebook(fail: "sections: {x: \"Groups must be nominated by a councillor.\"}",
                           pass: "sections: {x: \"Anyone may apply.\"}"), to: "good.yaml")
        let good = try run(["test-rules", "--rules", "good.yaml", "--no-builtin"])
        XCTAssertEqual(good.exitCode, 0, good.stdout)
        XCTAssertEqual(good.stdout, "All 2 examples of 1 rule behave.\n")

        try write(rulebook(fail: "sections: {x: \"Anyone may apply.\"}",
                           pass: "sections: {x: \"Groups must be nominated by a councillor.\"}"), to: "swapped.yaml")
        let swapped = try run(["test-rules", "--rules", "swapped.yaml", "--no-builtin", "--color", "never"])
        XCTAssertEqual(swapped.exitCode, 1, swapped.stdout)
        XCTAssertTrue(swapped.stdout.contains("swapped.yaml:17:11: error[nominated-by-councillor] fail example 1: the fail example does not fire the rule"), swapped.stdout)
        XCTAssertTrue(swapped.stdout.contains("swapped.yaml:19:11: error[nominated-by-councillor] pass example 1: the pass example fires the rule"), swapped.stdout)
        XCTAssertTrue(swapped.stdout.hasSuffix("2 of 2 examples of 1 rule do not behave.\n"), swapped.stdout)

        try write(rulebook(fail: "sections: [oops", pass: "sections: {x: \"Anyone may apply.\"}"), to: "broken.yaml")
        let broken = try run(["test-rules", "--rules", "broken.yaml", "--no-builtin", "--color", "never"])
        XCTAssertEqual(broken.exitCode, 1, broken.stdout)
        XCTAssertTrue(broken.stdout.contains("not a valid policy fragment"), broken.stdout)
    }

    func testAnExampleThatIsNotValidYAMLIsReportedAtItsFaultInTheRulebook() throws {
        let block = rulebook(fail: "x", pass: "sections: {x: \"Anyone may apply.\"}")
            .replacingOccurrences(of: "        - 'x'\n", with: "        - |\n          sections:\n            x: Groups must be nominated.\n             y: [\n")
        try write(block, to: "block.yaml")
        let outcome = try run(["test-rules", "--rules", "block.yaml", "--no-builtin", "--color", "never"])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("block.yaml:20:15: error[nominated-by-councillor] fail example 1: the example is not a valid policy fragment: mapping values are not allowed"),
                      "at the line of the rulebook where the fault is: \(outcome.stdout)")

        try write(rulebook(fail: "sections: {x: [oops}", pass: "sections: {x: \"Anyone may apply.\"}"), to: "flow.yaml")
        let flow = try run(["test-rules", "--rules", "flow.yaml", "--no-builtin", "--color", "never"])
        let reported = flow.stdout.split(separator: "\n").first { $0.contains("fail example 1") } ?? ""
        XCTAssertTrue(reported.hasPrefix("flow.yaml:17:"), flow.stdout)
        XCTAssertFalse(reported.contains("starts at line 5"), "no line of the wrapped example is named: \(flow.stdout)")
    }

    func testAnEmptyExampleListIsReportedAtTheList() throws {
        try write(rulebook(fail: "x", pass: "y").replacingOccurrences(of: "        - 'x'\n", with: "").replacingOccurrences(of: "fail:\n", with: "fail: []\n"),
                  to: "empty.yaml")
        let outcome = try run(["test-rules", "--rules", "empty.yaml", "--no-builtin"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout)
        XCTAssertTrue(outcome.stderr.contains("empty.yaml:16:13: error[invalid-rule] rule 'nominated-by-councillor': give at least one failing example"), outcome.stderr)
    }

    func testARulebookThatDoesNotLoadIsAnInputError() throws {
        try write("format: 1\nrulebook: local\nrules: []\nextra: 1\n", to: "bad.yaml")
        let outcome = try run(["test-rules", "--rules", "bad.yaml", "--no-builtin"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("bad.yaml:"), outcome.stderr)
    }
}
