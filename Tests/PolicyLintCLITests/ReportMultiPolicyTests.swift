import Foundation
import PolicyLintCore
import PolicyLintTestSupport
import XCTest

/// `policylint report` on files holding several policies (YAML documents): a verdict for each, counted as policies.
final class ReportMultiPolicyTests: ScratchFolderTestCase {
    private let threePolicies = """
    policy: 1
    id: fund-a
    title: Fund A
    kind: grant
    funding:
      match_funding: {required: true, in_kind_accepted: false}
    ---
    policy: 1
    id: fund-b
    title: Fund B
    kind: grant
    ---
    policy: 1
    id: fund-c
    title: Fund C
    kind: grant
    funding:
      match_fundng: {required: true}

    """

    func testEachPolicyInAFileGetsItsOwnSectionAndVerdict() throws {
        try write(threePolicies, to: "funds.yaml")
        try write("policy: 1\nid: single-fund\ntitle: Single fund\nkind: grant\n", to: "single.yaml")
        let outcome = try run(["report", "funds.yaml", "single.yaml", "--format", "markdown"])
        XCTAssertEqual(outcome.exitCode, 1, "Fund C was only partly read, so it is not ready")
        let text = outcome.stdout
        XCTAssertTrue(text.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: 4 policies in 2 files\n"), text)
        XCTAssertTrue(text.contains("**2 of 4 policies are ready to launch; 1 could not be fully checked.**"), text)
        for row in ["| Fund A | funds.yaml | ✖ Not ready to launch | 1 | 0 | 0 | 0 | 0 |",
                    "| Fund B | funds.yaml | ✔ Ready to launch | 0 | 0 | 0 | 0 | 0 |",
                    "| Fund C | funds.yaml | ? Check incomplete: part of the policy was not read | 0 | 0 | 0 | 0 | 1 |",
                    "| Single fund | single.yaml | ✔ Ready to launch | 0 | 0 | 0 | 0 | 0 |"] {
            XCTAssertTrue(text.contains(row), "missing: \(row)\n\(text)")
        }
        let sections = text.components(separatedBy: "\n## ")
        let fundA = try XCTUnwrap(sections.first { $0.hasPrefix("Fund A\n") })
        XCTAssertTrue(fundA.contains("Policy id: `fund-a`") && fundA.contains("`match-funding-required`"), fundA)
        let fundC = try XCTUnwrap(sections.first { $0.hasPrefix("Fund C\n") })
        XCTAssertTrue(fundC.contains("`unknown-key`") && !fundC.contains("`match-funding-required`"), fundC)
        XCTAssertTrue(text.contains("| funds.yaml | fund-a: ✖ Not ready to launch; fund-b: ✔ Ready to launch; fund-c: ? Check incomplete"),
                      "the sign-off lists each file once, with each policy's verdict")
        let html = try run(["report", "funds.yaml", "single.yaml", "-o", "report.html"])
        XCTAssertTrue(html.stderr.contains("wrote report.html (4 policies in 2 files)"), html.stderr)
    }

    func testAWaiversFileFindingGoesToThePolicyItNames() throws {
        try write(threePolicies, to: "funds.yaml")
        try write("waivers:\n  - policy: fund-b\n    rule: payment-in-arrears\n    path: funding.payment.timing\n    reason: Finance rules.\n    approver: Director\n    expires: 2099-01-01\n",
                  to: "waivers.yaml")
        let text = try run(["report", "funds.yaml", "--waivers", "waivers.yaml", "--format", "markdown"]).stdout
        let fundB = try XCTUnwrap(text.components(separatedBy: "\n## ").first { $0.hasPrefix("Fund B\n") })
        XCTAssertTrue(fundB.contains("`unused-waiver`"), fundB)
    }

    func testAFileThatCannotBeSplitNamesEachFindingsPolicy() throws {
        try write("policy: 1\nid: fund-a\ntitle: Fund A\nkind: grant\nfunding:\n  match_funding: {required: true, in_kind_accepted: false}\n---\n- not a policy\n---\npolicy: 1\nid: fund-b\ntitle: Fund B\nkind: grant\n",
                  to: "odd.yaml")
        let text = try run(["report", "odd.yaml", "--format", "markdown"]).stdout
        XCTAssertTrue(text.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: 2 policies in 1 file\n"), text)
        XCTAssertTrue(text.contains("**0 of 2 policies are ready to launch; 2 could not be fully checked.**"), text)
        XCTAssertTrue(text.contains("- **Where:** line 6, column 29 of odd.yaml, policy fund-a, field funding.match\\_funding.required"), text)
    }
}
