import XCTest
import PolicyLintTestSupport

/// A finding's message is one line in every format, whatever text of the policy it quotes, so one-line-per-finding
/// output stays parseable and no policy can write a line a CI system reads as a command (`::error::`, `::add-mask::`).
final class OneLineMessageTests: ScratchFolderTestCase {
    func testAQuotedValueWithLineBreaksCannotStartALineOfOutput() throws {
        try write("""
        policy: 1
        id: line-break-fund
        title: Line Break Fund
        kind: grant
        eligibility:
          accreditations: ["ISO 9001\\n::add-mask::secret", "CHAS"]
        """, to: "fund.yaml")
        for format in ["concise", "text", "markdown"] {
            let outcome = try run(["check", "fund.yaml", "--isolated", "--format", format])
            XCTAssertEqual(outcome.exitCode, 0, outcome.stdout + outcome.stderr)
            XCTAssertTrue(outcome.stdout.contains("Applicants must hold ISO 9001 ::add-mask::secret and CHAS."), "\(format): \(outcome.stdout)")
            XCTAssertFalse(outcome.stdout.split(separator: "\n").contains { $0.hasPrefix("::") }, "\(format): \(outcome.stdout)")
        }
    }
}
