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

    func testFormatAndInputErrorsQuotingTheInputAreOneLineToo() throws {
        try write("""
        policy: 1
        id: line-break-fund
        title: Line Break Fund
        kind: grant
        "x\\n::warning::key": 1
        status: "draft\\n::warning::value"
        """, to: "fund.yaml")
        let checked = try run(["check", "fund.yaml", "--isolated", "--format", "concise"])
        XCTAssertEqual(checked.exitCode, 2, checked.stdout + checked.stderr)
        XCTAssertTrue(checked.stdout.contains("unknown key 'x ::warning::key' at the top level"), checked.stdout)
        XCTAssertTrue(checked.stdout.contains("'draft ::warning::value' is not a valid value for status"), checked.stdout)
        XCTAssertFalse(checked.stdout.split(separator: "\n").contains { $0.hasPrefix("::") }, checked.stdout)

        try write("waivers:\n  - policy: line-break-fund\n    rule: \"no-rule\\n::warning::rule\"\n    path: x\n    reason: r\n    approver: a\n    expires: 2099-01-01\n",
                  to: "waivers.yaml")
        let stopped = try run(["check", "fund.yaml", "--isolated", "--waivers", "waivers.yaml"])
        XCTAssertEqual(stopped.exitCode, 2, stopped.stderr)
        XCTAssertTrue(stopped.stderr.contains("waiver names rule 'no-rule ::warning::rule', which does not exist"), stopped.stderr)
        XCTAssertFalse(stopped.stderr.split(separator: "\n").contains { $0.hasPrefix("::") }, stopped.stderr)
    }
}
