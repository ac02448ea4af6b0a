import XCTest
import PolicyLintTestSupport

/// A config with several mistakes reports them all in one run, each at its place, so fixing takes one pass.
final class ConfigProblemsTests: ScratchFolderTestCase {
    /// The `file:line:column: error[id]` heads of the errors a run printed, in order.
    private func heads(_ outcome: BinaryRunner.Outcome) -> [String] {
        outcome.stderr.split(separator: "\n").compactMap { line in
            guard let end = line.range(of: "] ") else { return nil }
            return String(line[..<end.lowerBound]) + "]"
        }
    }

    func testEveryMistakeOfAConfigIsReportedInOneRun() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - policy: micro-grants-fund\n    rule: short-aplication-window\n    path: process.closes\n    reason: r\n    approver: a\n    expires: 2099-01-01\n",
                  to: "waivers.yaml")
        try write("""
        extends: [recommended]
        fail-onn: warning
        builtin: maybe
        rules:
          tight-word-limt: off
          insurance-*: loud
        parameters:
          min_window_days: -4
          no_such_parameter: 3
          max_decision_days: [56]
        waivers: [waivers.yaml, governance/waivers.yaml]

        """, to: ".policylint.yaml")
        let outcome = try run(["check", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(heads(outcome), [
            ".policylint.yaml:2:1: error[unknown-key]",
            ".policylint.yaml:3:10: error[wrong-type]",
            ".policylint.yaml:5:3: error[unknown-rule]",
            ".policylint.yaml:6:16: error[invalid-value]",
            ".policylint.yaml:8:20: error[invalid-value]",
            ".policylint.yaml:9:3: error[unknown-parameter]",
            ".policylint.yaml:10:22: error[invalid-value]",
            ".policylint.yaml:11:25: error[no-such-file]",
            "waivers.yaml:3:11: error[unknown-waiver-rule]",
        ], "one error per mistake, in file order; a value of the wrong type is reported once: \(outcome.stderr)")
        XCTAssertTrue(outcome.stderr.contains("(did you mean 'fail-on'?)"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("(did you mean 'tight-word-limit'?)"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("9 input errors; nothing was checked."), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("5 |   tight-word-limt: off\n"), "each error has its excerpt: \(outcome.stderr)")
    }

    func testAGlobThatCannotMatchAsMeantIsAnErrorAtTheGlob() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("include: [\"policies/**\", \"[abc\"]\nexclude:\n  - drafts/[z-a]*.yaml\n", to: ".policylint.yaml")
        let outcome = try run(["check", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(heads(outcome), [".policylint.yaml:1:26: error[invalid-value]", ".policylint.yaml:3:5: error[invalid-value]"], outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("glob '[abc' opens a set with '[' that is never closed"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("has the range 'z-a' written backwards"), outcome.stderr)

        let flag = try run(["check", "micro.yaml", "--isolated", "--exclude", "drafts/[!_"])
        XCTAssertEqual(flag.exitCode, 2, flag.stderr)
        XCTAssertTrue(flag.stderr.contains("--exclude: glob 'drafts/[!_' opens a set"), flag.stderr)
    }

    func testTwoConfigsInOneFolderAreAnErrorRatherThanOneSilentlyIgnored() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("fail-on: error\n", to: ".policylint.yaml")
        try write("fail-on: info\n", to: ".policylint.yml")
        for arguments in [["check", "micro.yaml"], ["rules"]] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
            XCTAssertEqual(heads(outcome), [".policylint.yml:1:1: error[ambiguous-config]"], outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("only '.policylint.yaml' would be read, so merge them into it and delete this one"), outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("1 | fail-on: info"), "the ignored file is shown: \(outcome.stderr)")
        }
        XCTAssertNotEqual(try run(["check", "micro.yaml", "--config", ".policylint.yml"]).exitCode, 2, "a config named outright is not ambiguous")
        XCTAssertNotEqual(try run(["check", "micro.yaml", "--isolated"]).exitCode, 2)
    }

    func testEachProblemLinksToThePageAboutItsKindOfFile() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - {policy: micro-grants-fund, rule: short-application-window, path: process.closes, reason: r, approver: a, expires: 2099-01-01, colour: red}\n",
                  to: "waivers.yaml")
        try write("fail-on: 3\nwaivers: [waivers.yaml]\n", to: ".policylint.yaml")
        let document = try jsonObject(["check", "micro.yaml", "--format", "json"])
        XCTAssertEqual((document["summary"] as? [String: Any])?["exitCode"] as? Int, 2)
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.map { "\($0["file"] ?? "") \($0["rule"] ?? "") \($0["url"] ?? "")" }, [
            ".policylint.yaml wrong-type https://github.com/policylint/policylint/blob/main/docs/configuration.md#problems-in-a-config",
            "waivers.yaml unknown-key https://github.com/policylint/policylint/blob/main/docs/ci.md#waivers",
        ])
        let log = try jsonObject(["check", "micro.yaml", "--format", "sarif"])
        let runs = try XCTUnwrap(log["runs"] as? [[String: Any]])
        let driver = try XCTUnwrap((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let descriptors = try XCTUnwrap(driver["notifications"] as? [[String: Any]])
        XCTAssertEqual(descriptors.map { "\($0["id"] ?? "") \($0["helpUri"] ?? "")" }, [
            "wrong-type https://github.com/policylint/policylint/blob/main/docs/configuration.md#problems-in-a-config",
            "unknown-key https://github.com/policylint/policylint/blob/main/docs/ci.md#waivers",
        ])
    }

    func testNamesAreNotJudgedWhileARulebookThatMayDeclareThemIsMissing() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("""
        rulebooks: [rules/local.yaml]
        rules:
          local-rule: error
        parameters:
          local_limit: 3
          min_window_days: 0

        """, to: ".policylint.yaml")
        let outcome = try run(["check", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(heads(outcome), [
            ".policylint.yaml:1:13: error[no-such-file]",
            ".policylint.yaml:6:20: error[invalid-value]",
        ], "the missing rulebook may declare local-rule and local_limit; a known parameter's value is still checked: \(outcome.stderr)")
    }

    func testMistakesInAnExtendedConfigAreReportedWithTheFileThatExtendsIt() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("fail-on: sometimes\nrules:\n  no-feedbak: off\n", to: "shared/base.yaml")
        try write("extends: [shared/base.yaml, stict]\npreview: maybe\n", to: ".policylint.yaml")
        let outcome = try run(["check", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(heads(outcome), [
            ".policylint.yaml:1:29: error[invalid-extends]",
            ".policylint.yaml:2:10: error[wrong-type]",
            "shared/base.yaml:1:10: error[invalid-value]",
        ], "a missing extends target may declare rulebooks, so rule names wait for it: \(outcome.stderr)")
        XCTAssertTrue(outcome.stderr.contains("(did you mean 'strict'?)"), outcome.stderr)

        try write("extends: [shared/base.yaml, strict]\npreview: maybe\n", to: ".policylint.yaml")
        XCTAssertEqual(heads(try run(["check", "micro.yaml"])), [
            ".policylint.yaml:2:10: error[wrong-type]",
            "shared/base.yaml:1:10: error[invalid-value]",
            "shared/base.yaml:3:3: error[unknown-rule]",
        ])
    }

    func testEachMissingFieldOfAWaiverIsReportedThoughAllAreAtOnePlace() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - policy: micro-grants-fund\n    rule: short-application-window\n", to: "waivers.yaml")
        let outcome = try run(["check", "micro.yaml", "--waivers", "waivers.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(heads(outcome), Array(repeating: "waivers.yaml:2:5: error[missing-field]", count: 4), outcome.stderr)
        for field in ["path", "reason", "approver", "expires"] {
            XCTAssertTrue(outcome.stderr.contains("needs '\(field)'"), outcome.stderr)
        }
    }

    func testEveryMistakeOfAWaiversFileIsReportedInOneRunUnknownRulesAmongThem() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("""
        waivers:
          - policy: micro-grants-fund
            rule: short-aplication-window
            path: process.closes
            approver: Director
            expires: 2099-12-31
          - policy: micro-grants-fund
            rule: no-such-rule
            path: process.closes
            reason: Fixed by the funder.
            approver: Director
            expires: 2099-13-01
          - policy: micro-grants-fund
            rule: short-application-window
            path: process.closes
            reason: Fixed by the funder.
            approver: Director
            expires: 2099-12-31
            colour: red

        """, to: "waivers.yaml")
        for arguments in [["--waivers", "waivers.yaml", "--isolated"], ["--no-builtin", "--rules", "missing.yaml", "--waivers", "waivers.yaml", "--isolated"]] {
            let outcome = try run(["check", "micro.yaml"] + arguments)
            XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
            let everyRulebookRead = !arguments.contains("missing.yaml")
            let expected = [
                "waivers.yaml:2:5: error[missing-field]",
                "waivers.yaml:3:11: error[unknown-waiver-rule]",
                "waivers.yaml:8:11: error[unknown-waiver-rule]",
                "waivers.yaml:12:14: error[invalid-value]",
                "waivers.yaml:19:5: error[unknown-key]",
            ]
            XCTAssertEqual(heads(outcome), everyRulebookRead ? expected
                           : expected.filter { !$0.hasSuffix("[unknown-waiver-rule]") } + ["missing.yaml:1:1: error[unreadable-file]"],
                           "every problem of every entry, each at its place; rules are judged only once every rulebook is read: \(outcome.stderr)")
        }
    }

    func testAFileThatIsNotYAMLStopsAtItsFirstProblem() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("rules: {tight-word-limt: off\nfail-onn: x\n", to: ".policylint.yaml")
        let outcome = try run(["check", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertEqual(heads(outcome).count, 1, outcome.stderr)
        XCTAssertTrue(heads(outcome).first?.hasSuffix("error[invalid-yaml]") ?? false, outcome.stderr)
    }
}
