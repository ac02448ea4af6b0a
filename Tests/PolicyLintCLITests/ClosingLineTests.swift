import XCTest
import PolicyLintTestSupport

/// A command stopped by bad input closes with what it, not `check`, did not do.
final class ClosingLineTests: ScratchFolderTestCase {
    /// The last line of standard error.
    private func closingLine(_ outcome: BinaryRunner.Outcome) -> String {
        String(outcome.stderr.split(separator: "\n").last ?? "")
    }

    func testInitIntoAFolderThatDoesNotExistSaysNoConfigWasWritten() throws {
        let outcome = try run(["init", "nosuch"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("cannot write nosuch/.policylint.yaml: the folder nosuch does not exist"), outcome.stderr)
        XCTAssertEqual(closingLine(outcome), "policylint: no config was written.")
        XCTAssertFalse(outcome.stderr.contains("checked"), outcome.stderr)
    }

    func testEachCommandStoppedByABadRulebookSaysWhatItDidNotDo() throws {
        try write("rules: [\n", to: "bad.yaml")
        let expected = [
            ["check", "--rules", "bad.yaml", "."]: "nothing was checked",
            ["rules", "--rules", "bad.yaml"]: "no rules were listed",
            ["explain", "short-application-window", "--rules", "bad.yaml"]: "no rule was explained",
            ["test-rules", "--rules", "bad.yaml"]: "no rule was tested",
            ["report", "--rules", "bad.yaml", "."]: "nothing was checked and no report was written",
        ]
        for (arguments, notDone) in expected {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.exitCode, 2, "\(arguments): \(outcome.stderr)")
            XCTAssertEqual(closingLine(outcome), "policylint: 1 input error; \(notDone).", "\(arguments)")
        }
    }
}
