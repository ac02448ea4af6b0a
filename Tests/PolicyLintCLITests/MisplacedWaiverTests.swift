import XCTest
import PolicyLintTestSupport

/// A waivers-file entry for a policy that a config which does not list the waivers file governs never reaches its
/// policy, so it is reported, naming the config that governs the policy.
final class MisplacedWaiverTests: ScratchFolderTestCase {
    /// A repository: the root config lists `waivers.yaml`, whose one waiver accepts the youth tender's payment in arrears;
    /// the tender lives under `youth/`, next to `youthConfig` (named `youthConfigName`), when there is one.
    private func repository(youthConfig: String?, youthConfigName: String = ".policylint.yaml") throws {
        try write("waivers: [waivers.yaml]\n", to: ".policylint.yaml")
        try write("waivers:\n  - policy: youth-services-tender\n    rule: payment-in-arrears\n    path: funding.payment.timing\n    reason: Statutory.\n    approver: Director\n    expires: 2099-12-31\n",
                  to: "waivers.yaml")
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write(try shippedPolicy("youth-services-tender.yaml"), to: "youth/tender.yaml")
        if let youthConfig { try write(youthConfig, to: "youth/\(youthConfigName)") }
    }

    private func lines(_ outcome: BinaryRunner.Outcome, _ id: String) -> [Substring] {
        outcome.stdout.split(separator: "\n").filter { $0.contains("[\(id)]") }
    }

    func testAWaiverForAPolicyAnotherConfigGovernsIsReportedAtItsEntryNamingThatConfig() throws {
        for name in [".policylint.yaml", ".policylint.yml"] {
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("youth/.policylint.yaml"))
            try repository(youthConfig: "extends: [recommended]\n", youthConfigName: name)
            let outcome = try run(["check", ".", "--format", "concise"])
            XCTAssertEqual(outcome.exitCode, 0, "a warning: \(outcome.stdout)\(outcome.stderr)")
            XCTAssertEqual(lines(outcome, "misplaced-waiver"), [
                "waivers.yaml:2:13: warning[misplaced-waiver] the waiver of 'payment-in-arrears' at funding.payment.timing names policy 'youth-services-tender' (youth/tender.yaml), which is governed by youth/\(name); that config does not list this waivers file, so the waiver never applies: move it to a waivers file youth/\(name) lists",
            ])
            XCTAssertFalse(outcome.stdout.contains("waived until"), "the waiver accepts nothing: \(outcome.stdout)")
            XCTAssertEqual(lines(outcome, "unused-waiver"), [], outcome.stdout)
            XCTAssertEqual(lines(outcome, "unknown-waiver-policy"), [], "the policy exists: \(outcome.stdout)")
            XCTAssertEqual(try run(["check", ".", "--fail-on", "warning"]).exitCode, 1)
        }
        // Naming the files rather than walking the folder finds it too: both configs are in the run.
        let document = try jsonObject(["check", "micro.yaml", "youth/tender.yaml", "--format", "json"])
        let finding = try XCTUnwrap((document["findings"] as? [[String: Any]])?.first { $0["rule"] as? String == "misplaced-waiver" })
        XCTAssertEqual(finding["file"] as? String, "waivers.yaml")
        XCTAssertEqual(finding["path"] as? String, "waivers[0].policy")
        XCTAssertEqual(finding["category"] as? String, "waiver")
        XCTAssertEqual(finding["url"] as? String, "https://github.com/policylint/policylint/blob/main/docs/ci.md#waivers")
        let files = try XCTUnwrap(document["files"] as? [[String: Any]])
        XCTAssertEqual(files.last?["path"] as? String, "waivers.yaml")
        XCTAssertEqual(files.last?["role"] as? String, "waivers")
    }

    func testAWaiverThatReachesItsPolicyIsNotReported() throws {
        // The youth config inherits the root's waivers, or lists the same file, or the file is named on the command line.
        for (youthConfig, extra) in [("extends: [../.policylint.yaml]\n", []), ("waivers: [../waivers.yaml]\n", []),
                                     ("extends: [recommended]\n", ["--waivers", "waivers.yaml"])] {
            try repository(youthConfig: youthConfig)
            let outcome = try run(["check", ".", "--format", "concise"] + extra)
            XCTAssertEqual(lines(outcome, "misplaced-waiver"), [], "\(youthConfig): \(outcome.stdout)")
            XCTAssertTrue(outcome.stdout.contains("(waived until 2099-12-31)"), "\(youthConfig): \(outcome.stdout)")
        }
    }
}
