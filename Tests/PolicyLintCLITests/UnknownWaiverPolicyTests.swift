import XCTest
import PolicyLintTestSupport

/// A waivers-file entry naming a policy id that no checked policy has is reported, but not merely for being about a
/// policy the run did not check.
final class UnknownWaiverPolicyTests: ScratchFolderTestCase {
    /// A waivers-file entry for `policy`, accepting the micro-grants fund's short window.
    private func waiver(_ policy: String) -> String {
        "  - policy: \(policy)\n    rule: short-application-window\n    path: process.closes\n    reason: Fixed by the funder.\n    approver: Director\n    expires: 2099-12-31\n"
    }

    /// A repository: a config naming `waivers.yaml` at its root, the micro-grants fund under `policies/`.
    private func repository(waivers: [String]) throws {
        try write("waivers: [waivers.yaml]\n", to: ".policylint.yaml")
        try write("waivers:\n" + waivers.map(waiver).joined(), to: "waivers.yaml")
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "policies/micro.yaml")
    }

    private func warnings(_ outcome: BinaryRunner.Outcome) -> [Substring] {
        outcome.stdout.split(separator: "\n").filter { $0.contains("[unknown-waiver-policy]") }
    }

    func testAMisspeltIdIsReportedAtTheIdWithTheIdItMeant() throws {
        try repository(waivers: ["micro-grants-fnd"])
        let outcome = try run(["check", "policies/micro.yaml", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 0, "a warning fails only with --fail-on warning: \(outcome.stdout)\(outcome.stderr)")
        XCTAssertEqual(warnings(outcome).count, 1, outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("waivers.yaml:2:13: warning[unknown-waiver-policy]"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("(did you mean 'micro-grants-fund'?)"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("warning[short-application-window]"), "the misspelt waiver accepts nothing: \(outcome.stdout)")
        XCTAssertEqual(try run(["check", "policies/micro.yaml", "--fail-on", "warning"]).exitCode, 1)

        let json = try run(["check", "policies", "--format", "json"])
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [String: Any])
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        let finding = try XCTUnwrap(findings.first { $0["rule"] as? String == "unknown-waiver-policy" })
        XCTAssertEqual(finding["category"] as? String, "waiver")
        XCTAssertEqual(finding["file"] as? String, "waivers.yaml")
        XCTAssertEqual(finding["path"] as? String, "waivers[0].policy")
        let excerpt = try XCTUnwrap(finding["excerpt"] as? [String: Any])
        XCTAssertEqual(excerpt["lines"] as? [String], ["  - policy: micro-grants-fnd"])
    }

    func testAWaiverOfAPolicyOutsideTheRunIsNotReported() throws {
        // Another fund, and another round of this one, neither of them checked by a run of one folder.
        try repository(waivers: ["youth-services-tender", "micro-grants-fund-2025", "micro-grants-fund"])
        for paths in [["policies/micro.yaml"], ["policies"]] {
            let outcome = try run(["check", "--format", "concise"] + paths)
            XCTAssertEqual(warnings(outcome), [], "\(paths): \(outcome.stdout)")
            XCTAssertTrue(outcome.stdout.contains("waived until 2099-12-31"), outcome.stdout)
        }
    }

    func testCheckingEveryPolicyTheConfigGovernsReportsAnyIdNoPolicyHas() throws {
        try repository(waivers: ["youth-services-tender", "micro-grants-fund"])
        let whole = try run(["check", ".", "--format", "concise"])
        XCTAssertEqual(warnings(whole).count, 1, whole.stdout)
        XCTAssertTrue(whole.stdout.contains("waivers.yaml:2:13: warning[unknown-waiver-policy]"), whole.stdout)
        XCTAssertTrue(whole.stdout.contains("'youth-services-tender', which none of the policies its config governs has"), whole.stdout)
        // Leaving part of the folder out, or naming the waivers file only on the command line, checks no longer everything.
        let excluding = try run(["check", ".", "--exclude", "drafts/**", "--format", "concise"])
        XCTAssertEqual(warnings(excluding), [], excluding.stdout)
        try write("", to: ".policylint.yaml")
        let commandLine = try run(["check", ".", "--waivers", "waivers.yaml", "--format", "concise"])
        XCTAssertEqual(warnings(commandLine), [], commandLine.stdout)
    }

    func testAConfigThatInheritsItsWaiversCoversOnlyItsOwnFolder() throws {
        try repository(waivers: ["youth-services-tender", "micro-grants-fund"])
        try write("extends: [../.policylint.yaml]\n", to: "policies/.policylint.yaml")
        let folder = try run(["check", "policies", "--format", "concise"])
        XCTAssertEqual(warnings(folder), [], "the tender may live beside the root config: \(folder.stdout)")
        XCTAssertTrue(folder.stdout.contains("waived until 2099-12-31"), folder.stdout)
        XCTAssertEqual(warnings(try run(["check", ".", "--format", "concise"])).count, 1)
    }

    func testNothingIsJudgedWhenAPolicyCouldNotBeRead() throws {
        try repository(waivers: ["micro-grants-fnd", "youth-services-tender"])
        try write("id: [youth-services-tender\n", to: "policies/tender.yaml")
        let outcome = try run(["check", ".", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout)
        XCTAssertEqual(warnings(outcome), [], "the unreadable file may hold the policy a waiver names: \(outcome.stdout)")
    }
}
