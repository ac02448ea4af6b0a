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

    func testARulebookThatDoesNotLoadIsAnInputError() throws {
        try write("format: 1\nrulebook: local\nrules: []\nextra: 1\n", to: "bad.yaml")
        let outcome = try run(["test-rules", "--rules", "bad.yaml", "--no-builtin"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("bad.yaml:"), outcome.stderr)
    }
}
