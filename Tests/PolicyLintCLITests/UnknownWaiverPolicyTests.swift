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

    func testTheWarningIsReportedWithItsWaiversFileInEveryFormatWhateverTheJobs() throws {
        try repository(waivers: ["micro-grants-fnd"])
        try write(try shippedPolicy("youth-services-tender.yaml"), to: "policies/tender.yaml")
        let arguments = ["check", "policies", "--format"]
        for format in ["text", "concise", "json", "sarif", "junit", "github", "markdown"] {
            let outputs = try ["1", "2", "4"].map { try run(arguments + [format, "--jobs", $0]).stdout }
            XCTAssertEqual(Set(outputs).count, 1, "\(format) output depends on --jobs")
        }

        let concise = try run(arguments + ["concise"]).stdout.split(separator: "\n")
        XCTAssertTrue(concise.dropLast().last?.hasPrefix("waivers.yaml:2:13: warning[unknown-waiver-policy]") ?? false,
                      "after every policy's findings, as the waivers file's own: \(concise)")

        let json = try jsonObject(arguments + ["json"])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.map { "\($0["path"] ?? "") \($0["role"] ?? "") \($0["findings"] ?? "")" }.last, "waivers.yaml waivers 1")
        XCTAssertEqual((files.last?["sha256"] as? String)?.count, 64)
        XCTAssertEqual(files.dropLast().compactMap { $0["role"] as? String }, ["policy", "policy"])
        XCTAssertEqual((json["summary"] as? [String: Any])?["files"] as? Int, 2, "a waivers file is not a policy checked")

        let sarif = try jsonObject(arguments + ["sarif"])
        let sarifRun = try XCTUnwrap((sarif["runs"] as? [[String: Any]])?.first)
        let artifacts = try XCTUnwrap(sarifRun["artifacts"] as? [[String: Any]])
        XCTAssertEqual((artifacts.last?["location"] as? [String: Any])?["uri"] as? String, "waivers.yaml")
        let result = try XCTUnwrap((sarifRun["results"] as? [[String: Any]])?.first { $0["ruleId"] as? String == "unknown-waiver-policy" })
        let artifact = try XCTUnwrap(((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["artifactLocation"] as? [String: Any])
        XCTAssertEqual(artifact["index"] as? Int, artifacts.count - 1)

        let junit = try run(arguments + ["junit"]).stdout
        let suite = try XCTUnwrap(junit.components(separatedBy: "<testsuite ").last)
        XCTAssertTrue(suite.hasPrefix("name=\"waivers.yaml\" tests=\"1\""), junit)
        XCTAssertTrue(suite.contains("<property name=\"sha256\" value=\""), suite)
        XCTAssertTrue(suite.contains("classname=\"waivers.yaml\" name=\"unknown-waiver-policy at 2:13\""), suite)

        let report = try run(["report", "policies", "--format", "markdown", "--date", "2027-01-01"]).stdout
        XCTAssertTrue(report.contains("## Waivers files\n"), report)
        XCTAssertTrue(report.contains("`waivers.yaml:2:13`: the waiver of 'short-application-window'"), report)
        XCTAssertFalse(report.contains("## waivers.yaml"), "a waivers file is not a policy of the report: \(report)")
    }

    func testNothingIsJudgedWhenAPolicyCouldNotBeRead() throws {
        try repository(waivers: ["micro-grants-fnd", "youth-services-tender"])
        try write("id: [youth-services-tender\n", to: "policies/tender.yaml")
        let outcome = try run(["check", ".", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout)
        XCTAssertEqual(warnings(outcome), [], "the unreadable file may hold the policy a waiver names: \(outcome.stdout)")
    }
}
