import XCTest
import PolicyLintTestSupport

/// A config cannot set one threshold past another that its rulebook says it may not exceed (`at_most`), such as a
/// "very short" window longer than the shortest acceptable one.
final class ParameterOrderTests: ScratchFolderTestCase {
    /// The `file:line:column: error[id] message` lines a run printed.
    private func errorLines(_ outcome: BinaryRunner.Outcome) -> [String] {
        outcome.stderr.split(separator: "\n").map(String.init).filter { $0.contains(": error[") }
    }

    func testAVeryShortWindowLongerThanTheShortestAcceptableOneIsAnErrorAtTheConfigEntry() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("parameters:\n  min_window_days: 14\n  very_short_window_days: 30\n", to: ".policylint.yaml")
        let outcome = try run(["check", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(errorLines(outcome), [
            ".policylint.yaml:3:27: error[invalid-value] parameter 'very_short_window_days' (30) may not be above 'min_window_days' (14), as its rulebook says (at_most)",
        ], outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("3 |   very_short_window_days: 30\n"), "the error has its excerpt: \(outcome.stderr)")
    }

    func testEitherParameterSetAloneIsComparedWithTheOthersDefault() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("parameters:\n  very_short_window_days: 30\n", to: ".policylint.yaml")
        let raised = try run(["check", "micro.yaml"])
        XCTAssertEqual(raised.exitCode, 2, raised.stderr)
        XCTAssertEqual(errorLines(raised).first?.hasPrefix(".policylint.yaml:2:27: error[invalid-value] parameter 'very_short_window_days' (30) may not be above 'min_window_days' (28, its default)"),
                       true, raised.stderr)

        try write("parameters:\n  min_window_days: 10\n", to: ".policylint.yaml")
        let lowered = try run(["check", "micro.yaml"])
        XCTAssertEqual(lowered.exitCode, 2, lowered.stderr)
        XCTAssertEqual(errorLines(lowered).first?.hasPrefix(".policylint.yaml:2:20: error[invalid-value] parameter 'very_short_window_days' (15, its default) may not be above 'min_window_days' (10)"),
                       true, lowered.stderr)
    }

    func testThresholdsInOrderAreAccepted() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        for config in ["parameters:\n  min_window_days: 21\n  very_short_window_days: 10\n",
                       "parameters:\n  min_window_days: 14\n  very_short_window_days: 14\n"] {
            try write(config, to: ".policylint.yaml")
            let outcome = try run(["check", "micro.yaml", "--format", "concise"])
            XCTAssertNotEqual(outcome.exitCode, 2, "\(config): \(outcome.stderr)")
            XCTAssertTrue(errorLines(outcome).isEmpty, outcome.stderr)
        }
    }
}
