import Foundation
import PolicyLintCore
import PolicyLintTestSupport
import XCTest

/// `policylint report` on policies it could not read, or read only in part: such a policy is never shown as clean.
final class ReportReadingProblemTests: ScratchFolderTestCase {
    private let unreadable = [
        "empty.yaml": "",
        "comments.yaml": "# nothing here yet\n# still nothing\n",
        "invalid.yaml": "policy: 1\nid: [unclosed\n",
        "bad-kind.yaml": "policy: 1\nid: bad-kind\ntitle: Bad kind\nkind: grnat\n",
    ]
    private let misspeltKey = """
    policy: 1
    id: typo-fund
    title: Typo fund
    kind: grant
    funding:
      match_fundng: {required: true, in_kind_accepted: false}

    """

    func testPoliciesThatCouldNotBeReadAreScoredNotChecked() throws {
        for (name, text) in unreadable.sorted(by: { $0.key < $1.key }) {
            try write(text, to: name)
            let markdown = try run(["report", name, "--format", "markdown"])
            XCTAssertEqual(markdown.exitCode, 2, name)
            XCTAssertTrue(markdown.stdout.contains("**? Could not be checked**"), name)
            XCTAssertFalse(markdown.stdout.contains("No barriers found"), "\(name): nothing unread is shown as clean")
            XCTAssertTrue(markdown.stdout.contains("| Build trusted relationships | 0 | 0 | 0 | 0 | – Not checked |"), name)
            XCTAssertTrue(markdown.stdout.contains("| ✖ Error | a barrier that shuts organisations out | 0 | Yes |"),
                          "\(name): a format or input problem is not counted as a barrier")
            XCTAssertTrue(markdown.stdout.contains("| ? Problem reading the policy | a part of the policy policylint could not read, so no rule checked it | 1 |"), name)

            let html = try run(["report", name])
            XCTAssertEqual(html.exitCode, 2, name)
            let chartTitle = try XCTUnwrap(html.stdout.components(separatedBy: "-chart-title\">").dropFirst().first?.components(separatedBy: "</title>").first)
            XCTAssertFalse(chartTitle.contains("no barriers found"), "\(name): \(chartTitle)")
            XCTAssertTrue(chartTitle.contains("not checked"), "\(name): \(chartTitle)")
            XCTAssertFalse(html.stdout.contains("<span aria-hidden=\"true\">✔</span> No barriers found"), name)
        }
    }

    func testRunSummaryDoesNotCountUncheckedPoliciesAsReady() throws {
        try write(try shippedPolicy("community-wellbeing-fund-rewrite.yaml"), to: "ready.yaml")
        try write("", to: "empty.yaml")
        let outcome = try run(["report", "ready.yaml", "empty.yaml", "--format", "markdown"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("**1 of 2 policies is ready to launch; 1 could not be fully checked.**"), outcome.stdout)
    }

    func testMisspeltKeyMakesTheCheckIncompleteAndIsNotABarrier() throws {
        try write(misspeltKey, to: "typo.yaml")
        let outcome = try run(["report", "typo.yaml", "--format", "markdown"])
        XCTAssertEqual(outcome.exitCode, 1, "a policy only partly read is not ready, as a policy with barriers is not: \(outcome.stderr)")
        XCTAssertFalse(outcome.stdout.contains("Ready to launch"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("**? Check incomplete: part of the policy was not read**"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Correct the problems reading the policy listed below first"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("| ▲ Warning | a barrier that makes applying or delivering much harder | 0 | No |"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("#### 1. ? Problem reading the policy: unknown key"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("No barriers found"), "the unread key might hide a barrier")
        XCTAssertTrue(outcome.stdout.contains("| Typo fund | typo.yaml | ? Check incomplete: part of the policy was not read | 0 | 0 | 0 | 0 | 1 |"))
    }

    func testARepeatedPolicyIDLeavesNothingUnread() throws {
        try write(try shippedPolicy("community-wellbeing-fund-rewrite.yaml"), to: "a/x.yaml")
        try write(try shippedPolicy("community-wellbeing-fund-rewrite.yaml"), to: "b/y.yaml")
        let outcome = try run(["report", "a", "b", "--format", "markdown", "--date", "2027-01-05"])
        XCTAssertTrue(outcome.stdout.contains("duplicate-policy-id"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("Check incomplete"), "every field of the copy was read: \(outcome.stdout)")
        XCTAssertFalse(outcome.stdout.contains("Not checked"), outcome.stdout)
    }

    func testWaiverFindingsSayWhyTheyMatterAndReasonsArePunctuated() throws {
        try write("""
        policy: 1
        id: waived-fund
        title: Waived fund
        kind: grant
        funding:
          match_funding: {required: true, in_kind_accepted: false}
        waivers:
          - rule: match-funding-required
            path: funding.match_funding.required
            reason: legal says so
            approver: Head of Legal
            expires: 2099-12-31
          - rule: payment-in-arrears
            path: funding.payment.timing
            reason: nothing to waive
            approver: Head of Finance
            expires: 2099-12-31

        """, to: "waived.yaml")
        for format in ["markdown", "html"] {
            let outcome = try run(["report", "waived.yaml", "--format", format, "--date", "2027-01-05"])
            XCTAssertTrue(outcome.stdout.contains("Reason: legal says so. Approved by Head of Legal."), format)
            XCTAssertTrue(outcome.stdout.contains("Why it matters"), "\(format): the unused waiver is explained, not called exclusion")
        }
        let markdown = try run(["report", "waived.yaml", "--format", "markdown", "--date", "2027-01-05"]).stdout
        let unused = try XCTUnwrap(markdown.components(separatedBy: "#### ").first { $0.contains("`unused-waiver`") })
        XCTAssertTrue(unused.contains("- **Why it matters:**"), unused)
        XCTAssertFalse(unused.contains("Why it excludes people"), unused)

        // Once the waiver has expired the policy is not ready, and the expiry is neither a barrier nor a reading problem.
        let expired = try run(["report", "waived.yaml", "--format", "markdown", "--date", "2100-01-05"])
        XCTAssertEqual(expired.exitCode, 1, expired.stderr)
        XCTAssertTrue(expired.stdout.contains("✖ Not ready"), expired.stdout)
        XCTAssertFalse(expired.stdout.contains("Check incomplete"), "an expired waiver is not a part of the policy left unread")
        XCTAssertTrue(expired.stdout.contains("must be renewed or removed"), "the expired waiver is named as a reason: \(expired.stdout)")
        let expiry = try XCTUnwrap(expired.stdout.components(separatedBy: "#### ").first { $0.contains("`waiver-expired`") })
        XCTAssertFalse(expiry.contains("Problem reading the policy"), expiry)
    }

    func testSignOffHashesEveryFileThatDecidedTheVerdict() throws {
        let rulebook = """
        rulebook: local-rules
        format: 1
        version: "2027.1"
        rules:
          - id: local-arrears
            title: Payment is made in arrears
            severity: warning
            principles: [match-core-funding]
            when: funding.payment.timing == "arrears"
            message: Payment in arrears makes providers lend the funder money.
            why: Groups without reserves cannot carry costs for months.
            alternatives:
              - Pay quarterly in advance.
            examples:
              fail: ["funding: {payment: {timing: arrears}}"]
              pass: ["funding: {payment: {timing: advance}}"]

        """
        let waivers = "waivers:\n  - policy: clean-fund\n    rule: local-arrears\n    path: funding.payment.timing\n    reason: Finance rules\n    approver: Director\n    expires: 2099-01-01\n"
        let config = "rulebooks: [rules/local.yaml]\nwaivers: [waivers.yaml]\n"
        try write(rulebook, to: "rules/local.yaml")
        try write(waivers, to: "waivers.yaml")
        try write(config, to: ".policylint.yaml")
        try write("policy: 1\nid: clean-fund\ntitle: Clean\nkind: grant\nfunding:\n  payment: {timing: arrears}\n", to: "policies/clean.yaml")
        let outcome = try run(["report", "policies/clean.yaml", "--format", "markdown"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout + outcome.stderr)
        for (name, text, role) in [(".policylint.yaml", config, "Config file"), ("waivers.yaml", waivers, "Waivers file"),
                                   ("rules/local.yaml", rulebook, "Rulebook local-rules version 2027.1")] {
            let row = "| \(name) | \(role) | `\(SHA256.hex(Array(text.utf8)))` |"
            XCTAssertTrue(outcome.stdout.contains(row), "missing: \(row)\n\(outcome.stdout)")
        }
        XCTAssertFalse(outcome.stdout.contains(directory.path), "paths inside the working directory are relative")
    }
}
