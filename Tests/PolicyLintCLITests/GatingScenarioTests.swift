import XCTest
import PolicyLintTestSupport

/// CI gating end to end: baselines in a git repository, waivers, configs and `init`.
final class GatingScenarioTests: ScratchFolderTestCase {
    private func git(_ arguments: [String]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        XCTAssertEqual(process.terminationStatus, 0, "git \(arguments.joined(separator: " "))")
    }

    func testBaselineFailsOnlyOnNewFindingsAndSurvivesInsertedLines() throws {
        let original = try shippedPolicy("micro-grants-fund.yaml")
        try write(original, to: "policies/micro.yaml")
        try git(["init", "-q"])
        try git(["-c", "user.name=t", "-c", "user.email=t@example.org", "add", "."])
        try git(["-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-qm", "policy"])

        let written = try run(["check", "policies", "--fail-on", "warning", "--write-baseline", "baseline.json"])
        XCTAssertEqual(written.exitCode, 0, written.stdout + written.stderr)
        XCTAssertTrue(try read("baseline.json").contains("short-application-window"))
        XCTAssertEqual(try run(["check", "policies", "--fail-on", "warning", "--baseline", "baseline.json"]).exitCode, 0)

        try write(original.replacingOccurrences(of: "  feedback: written\n", with: "  feedback: none\n"), to: "policies/micro.yaml")
        let newBarrier = try run(["check", "policies", "--fail-on", "warning", "--baseline", "baseline.json", "--format", "concise"])
        XCTAssertEqual(newBarrier.exitCode, 1, newBarrier.stdout)
        let reported = newBarrier.stdout.split(separator: "\n").filter { $0.contains("[") && $0.contains("]") }
        XCTAssertEqual(reported.count, 1, newBarrier.stdout)
        XCTAssertTrue(reported.first?.contains("[no-feedback]") ?? false, newBarrier.stdout)

        try write("# A comment added at the top.\n# And another line.\n\n" + original, to: "policies/micro.yaml")
        let shifted = try run(["check", "policies", "--fail-on", "warning", "--baseline", "baseline.json"])
        XCTAssertEqual(shifted.exitCode, 0, shifted.stdout)
        XCTAssertTrue(shifted.stdout.contains("in the baseline"), shifted.stdout)
    }

    func testAnExpiredWaiverFailsNamingApproverAndDate() throws {
        let policy = try shippedPolicy("micro-grants-fund.yaml") + """
        waivers:
          - rule: short-application-window
            path: process.closes
            reason: Launch date fixed by the national funder.
            approver: Head of Communities
            expires: 2027-03-31

        """
        try write(policy, to: "micro.yaml")
        let inForce = try run(["check", "micro.yaml", "--today", "2027-03-01"])
        XCTAssertEqual(inForce.exitCode, 0, inForce.stdout)
        XCTAssertTrue(inForce.stdout.contains("(waived until 2027-03-31)"), inForce.stdout)
        XCTAssertTrue(inForce.stdout.contains("1 waived"), inForce.stdout)

        let expired = try run(["check", "micro.yaml", "--today", "2027-04-01"])
        XCTAssertEqual(expired.exitCode, 1, expired.stdout)
        XCTAssertTrue(expired.stdout.contains("error[waiver-expired]"), expired.stdout)
        XCTAssertTrue(expired.stdout.contains("approved by Head of Communities, expired on 2027-03-31"), expired.stdout)

        // A baseline written while the waiver is expired must not accept the expiry: it fails every run until renewed.
        let writing = try run(["check", "micro.yaml", "--today", "2027-04-01", "--write-baseline", "baseline.json"])
        XCTAssertEqual(writing.exitCode, 1, "the run that writes the baseline still fails on the expiry: \(writing.stdout)")
        let baseline = try read("baseline.json")
        XCTAssertFalse(baseline.contains("waiver-expired"), baseline)
        let baselined = try run(["check", "micro.yaml", "--today", "2027-04-01", "--baseline", "baseline.json", "--format", "json"])
        XCTAssertEqual(baselined.exitCode, 1, baselined.stdout)
        XCTAssertTrue(baselined.stdout.contains("\"category\" : \"waiver\""), baselined.stdout)
    }

    func testABaselineOfOneDocumentDoesNotAcceptTheSamePhraseInAnother() throws {
        try write("# Fund A\n\n## Eligibility\n\nApplicants must provide audited accounts.\n", to: "a.md")
        XCTAssertEqual(try run(["check", "a.md", "--write-baseline", "baseline.json"]).exitCode, 0)
        XCTAssertEqual(try run(["check", "./a.md", "--baseline", "baseline.json"]).exitCode, 0, "the same file, spelt another way")
        try write("# Fund B\n\n## Eligibility\n\nApplicants must provide audited accounts.\n", to: "b.md")
        let other = try run(["check", "b.md", "--baseline", "baseline.json", "--format", "concise"])
        XCTAssertEqual(other.exitCode, 1, other.stdout)
        XCTAssertTrue(other.stdout.contains("b.md:5:"), other.stdout)
    }

    func testRequotingOrRenumberingAValueKeepsTheBaseline() throws {
        let policy = "policy: 1\nid: q\ntitle: Q\nkind: contract\nfunding:\n  payment:\n    terms_days: 45\nrisk:\n  liability_cap: unlimited\n"
        try write(policy, to: "q.yaml")
        XCTAssertEqual(try run(["check", "q.yaml", "--fail-on", "info", "--write-baseline", "baseline.json"]).exitCode, 0)
        XCTAssertTrue(try read("baseline.json").contains("long-payment-terms"))
        for rewritten in [policy.replacingOccurrences(of: "unlimited", with: "\"unlimited\""),
                          policy.replacingOccurrences(of: "unlimited", with: "'unlimited'"),
                          policy.replacingOccurrences(of: "45", with: "0x2D"),
                          policy.replacingOccurrences(of: "45", with: "+45")] {
            try write(rewritten, to: "q.yaml")
            let outcome = try run(["check", "q.yaml", "--fail-on", "info", "--baseline", "baseline.json", "--format", "concise"])
            XCTAssertEqual(outcome.exitCode, 0, rewritten + outcome.stdout)
        }
        try write(policy.replacingOccurrences(of: "45", with: "60"), to: "q.yaml")
        XCTAssertEqual(try run(["check", "q.yaml", "--fail-on", "info", "--baseline", "baseline.json"]).exitCode, 1, "a new value is a new finding")
    }

    func testAnEmptyConfigChangesNothing() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        let isolated = try run(["check", "micro.yaml", "--isolated", "--format", "concise"])
        for text in ["", "# settings will go here\n"] {
            try write(text, to: ".policylint.yaml")
            let outcome = try run(["check", "micro.yaml", "--format", "concise"])
            XCTAssertEqual(outcome.exitCode, isolated.exitCode, outcome.stderr)
            XCTAssertEqual(outcome.stdout, isolated.stdout)
        }
    }

    func testABrokenBaselineIsDescribedInPlainWordsAtItsLineAndColumn() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        let cases: [(text: String, expected: [String])] = [
            ("{\"version\": 1, \"findings\": [], \n", ["baseline.json:1:31: error[invalid-baseline] the baseline is not valid JSON: the JSON ends early, expected a member name in double quotes", "1 | {"]),
            ("[1, 2]\n", ["baseline.json:1:1", "must be a mapping"]),
            ("{\"version\": 9, \"findings\": []}\n", ["baseline.json:1:13", "baseline version 9 is not supported"]),
            ("{\"version\": \"1\", \"tool\": \"policylint\", \"findings\": []}\n", ["baseline.json:1:13", "'version' must be a whole number"]),
            ("{\"version\": \"1\", \"tool\": \"policylint\", \"findings\": []}\n", ["JSON reads a quoted value as a string, so remove the quotes: 1"]),
            ("{\"version\": 1, \"tool\": 5, \"findings\": []}\n", ["baseline.json:1:24", "JSON reads 5 as a number, so put it in double quotes to write it as text: \"5\""]),
            ("{\"version\": 1, \"tool\": \"policylint\",\n \"findings\": [{\"fingerprint\": \"abc\", \"rule\": \"r\", \"file\": \"f\", \"message\": \"m\"}]}\n",
             ["baseline.json:2:31", "fingerprint"]),
        ]
        for (text, expected) in cases {
            try write(text, to: "baseline.json")
            let outcome = try run(["check", "micro.yaml", "--baseline", "baseline.json"])
            XCTAssertEqual(outcome.exitCode, 2, text)
            for part in expected { XCTAssertTrue(outcome.stderr.contains(part), "\(text): expected \(part) in \(outcome.stderr)") }
            XCTAssertFalse(outcome.stderr.contains("Dictionary"), outcome.stderr)
            XCTAssertFalse(outcome.stderr.contains("YAML reads"), "a JSON file gets JSON's advice: \(outcome.stderr)")
        }
    }

    func testAWaiversFileNamingNoRuleIsAnInputError() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - policy: micro-grants-fund\n    rule: short-aplication-window\n    path: process.closes\n    reason: r\n    approver: a\n    expires: 2099-01-01\n",
                  to: "waivers.yaml")
        let outcome = try run(["check", "micro.yaml", "--waivers", "waivers.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("waivers.yaml:3:11"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("did you mean 'short-application-window'"), outcome.stderr)
    }

    func testAWaiverThatMatchesNothingIsAWarningAndAMalformedOneAnError() throws {
        let base = try shippedPolicy("anti-racist-community-grants.yaml")
        try write(base + "waivers:\n  - rule: no-feedback\n    path: process.feedback\n    reason: r\n    approver: a\n    expires: 2099-01-01\n", to: "unused.yaml")
        let unused = try run(["check", "unused.yaml", "--format", "concise"])
        XCTAssertTrue(unused.stdout.contains("warning[unused-waiver]"), unused.stdout)
        try write(base + "waivers:\n  - rule: no-feedback\n    reason: r\n    expires: 2099-13-01\n", to: "bad.yaml")
        let malformed = try run(["check", "bad.yaml", "--format", "concise"])
        XCTAssertEqual(malformed.exitCode, 2, malformed.stdout)
        XCTAssertTrue(malformed.stdout.contains("error[missing-field]"), malformed.stdout)
        XCTAssertTrue(malformed.stdout.contains("error[invalid-value]"), malformed.stdout)
    }

    func testAnUnusedWaiverSaysWhyWhenTheBarrierIsStillThere() throws {
        let waiver = { (path: String) in
            "  - rule: short-application-window\n    path: \(path)\n    reason: Statutory deadline.\n    approver: Head of Communities\n    expires: 2099-12-31\n"
        }
        let policy = try shippedPolicy("micro-grants-fund.yaml") + "waivers:\n" + waiver("process") + waiver("process.closes") + waiver("process.closes")
        try write(policy, to: "micro.yaml")
        let outcome = try run(["check", "micro.yaml", "--isolated", "--format", "concise"])
        let unused = outcome.stdout.split(separator: "\n").filter { $0.contains("[unused-waiver]") }
        XCTAssertEqual(unused.count, 2, outcome.stdout)
        XCTAssertTrue(unused.contains { $0.contains("the waiver of 'short-application-window' at process matches no finding: 'short-application-window' is reported at process.closes, so the barrier is still there; correct the waiver's path") },
                      "a mistyped path names where the finding is, rather than saying the barrier has gone: \(unused)")
        XCTAssertTrue(unused.contains { $0.contains("the waiver of 'short-application-window' at process.closes repeats the waiver at micro.yaml:") && $0.hasSuffix("which already accepts that finding; remove one of them") },
                      "a repeated waiver says so: \(unused)")
        XCTAssertFalse(outcome.stdout.contains("remove it if the barrier has gone"), outcome.stdout)
    }

    func testAWaiverWithABlankReasonAcceptsNothing() throws {
        let policy = try shippedPolicy("micro-grants-fund.yaml") + "waivers:\n  - rule: short-application-window\n    path: process.closes\n    reason: \"\"\n    approver: Head of Communities\n    expires: 2099-12-31\n"
        try write(policy, to: "blank.yaml")
        let outcome = try run(["check", "blank.yaml", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 2, "a blank reason is a broken waiver: \(outcome.stdout)")
        XCTAssertTrue(outcome.stdout.contains("error[missing-field]"), outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("waived until"), "a waiver that records no reason accepts nothing: \(outcome.stdout)")
        XCTAssertFalse(outcome.stdout.contains("unused-waiver"), outcome.stdout)
    }

    func testAWaiverOfARuleLeftOutOfTheRunIsNeitherUnusedNorExpired() throws {
        let base = try shippedPolicy("anti-racist-community-grants.yaml")
        try write(base + "waivers:\n  - rule: no-feedback\n    path: process.feedback\n    reason: r\n    approver: a\n    expires: 2020-01-01\n", to: "w.yaml")
        let everything = try run(["check", "w.yaml", "--format", "concise"])
        XCTAssertTrue(everything.stdout.contains("error[waiver-expired]"), everything.stdout)
        for leftOut in [["--select", "match-funding-required"], ["--ignore", "no-feedback"]] {
            let outcome = try run(["check", "w.yaml", "--format", "concise", "--fail-on", "info"] + leftOut)
            XCTAssertFalse(outcome.stdout.contains("waiver"), "\(leftOut): \(outcome.stdout)")
        }
        try write("rules:\n  no-feedback: off\n", to: ".policylint.yaml")
        let off = try run(["check", "w.yaml", "--format", "concise"])
        XCTAssertFalse(off.stdout.contains("waiver"), off.stdout)
    }

    func testAWaiversFileAppliesByPolicyID() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("""
        waivers:
          - policy: micro-grants-fund
            rule: short-application-window
            path: process.closes
            reason: Fixed by the funder.
            approver: Director
            expires: 2099-12-31

        """, to: "waivers.yaml")
        let outcome = try run(["check", "micro.yaml", "--waivers", "waivers.yaml", "--fail-on", "warning", "--select", "short-application-window"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("waived until 2099-12-31"), outcome.stdout)
    }

    func testFilesAConfigNamesAreReportedRelativeToTheRepositoryAndMissingOnesAtTheConfig() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - policy: micro-grants-fund\n    rule: short-application-window\n    path: process.closes\n    reason: r\n    approver: a\n    expires: 2020-01-01\n",
                  to: "governance/waivers.yaml")
        try write("waivers: [governance/waivers.yaml]\n", to: ".policylint.yaml")
        let annotated = try run(["check", "micro.yaml", "--format", "github"])
        XCTAssertEqual(annotated.exitCode, 1, annotated.stdout)
        XCTAssertTrue(annotated.stdout.contains("::error file=governance/waivers.yaml,line=3,"),
                      "GitHub can attach only a repository-relative path to the pull request: \(annotated.stdout)")
        XCTAssertFalse(annotated.stdout.contains(directory.path), annotated.stdout)

        try write("rulebooks: [rules/local.yaml]\nwaivers: [governance/waivers.yaml, governance/waiver.yaml]\n", to: ".policylint.yaml")
        let missing = try run(["check", "micro.yaml"])
        XCTAssertEqual(missing.exitCode, 2)
        XCTAssertTrue(missing.stderr.contains(".policylint.yaml:1:13: error[no-such-file] the rulebook 'rules/local.yaml' does not exist"), missing.stderr)
        XCTAssertTrue(missing.stderr.contains(".policylint.yaml:2:36: error[no-such-file] the waivers file 'governance/waiver.yaml' does not exist"), missing.stderr)

        try write("rulebooks: [governance]\n", to: ".policylint.yaml")
        let folder = try run(["check", "micro.yaml"])
        XCTAssertEqual(folder.exitCode, 2)
        XCTAssertTrue(folder.stderr.contains("the rulebook 'governance' is a folder; name the file itself"), folder.stderr)
    }

    func testConfigIsFoundByWalkingUpAndSetsRulesParametersAndFailOn() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "funds/2027/micro.yaml")
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "funds/drafts/micro.yaml")
        try write("""
        extends: [strict]
        rules:
          heavy-monitoring-on-small-grant: off
          short-application-window: error
        parameters:
          min_window_days: 20
        exclude: ["funds/drafts/**"]

        """, to: ".policylint.yaml")
        let lenient = try run(["check", "funds", "--format", "concise"])
        XCTAssertEqual(lenient.exitCode, 0, lenient.stdout + lenient.stderr)
        XCTAssertFalse(lenient.stdout.contains("drafts"), lenient.stdout)
        XCTAssertTrue(lenient.stdout.contains("in 1 file"), "the draft is excluded: \(lenient.stdout)")
        XCTAssertFalse(lenient.stdout.contains("heavy-monitoring-on-small-grant"), lenient.stdout)
        XCTAssertFalse(lenient.stdout.contains("short-application-window"), "21 days is not short when the minimum is 20")

        try write("extends: [strict]\nparameters:\n  min_window_days: 42\n", to: ".policylint.yaml")
        let strict = try run(["check", "funds", "--format", "concise"])
        XCTAssertEqual(strict.exitCode, 1, strict.stdout)
        XCTAssertTrue(strict.stdout.contains("less than 42 days"), strict.stdout)
        XCTAssertEqual(try run(["check", "funds", "--isolated"]).exitCode, 0)

        try write("parameters:\n  min_window_day: 42\n  very_short_window_days: \"ten\"\n", to: ".policylint.yaml")
        let wrong = try run(["check", "funds"])
        XCTAssertEqual(wrong.exitCode, 2)
        XCTAssertTrue(wrong.stderr.contains(".policylint.yaml:2:3: error[unknown-parameter]"), "an unknown name is reported at the name: \(wrong.stderr)")
        XCTAssertTrue(wrong.stderr.contains(".policylint.yaml:3:27: error[invalid-value] parameter 'very_short_window_days'"),
                      "a wrong value is reported at the value: \(wrong.stderr)")

        try write("parameters:\n  min_window_days: [28]\n  audit_income_threshold: .inf\n", to: ".policylint.yaml")
        let notScalars = try run(["check", "funds"])
        XCTAssertEqual(notScalars.exitCode, 2)
        XCTAssertTrue(notScalars.stderr.contains(".policylint.yaml:2:20: error[invalid-value] parameter 'min_window_days' must be a whole number of 1 or more"),
                      "a value of the wrong type is said as what the parameter takes: \(notScalars.stderr)")
        XCTAssertTrue(notScalars.stderr.contains(".policylint.yaml:3:27: error[invalid-value] parameter 'audit_income_threshold' must be an amount of money"), notScalars.stderr)
        XCTAssertFalse(notScalars.stderr.contains("wrong-type"), "one problem is reported once: \(notScalars.stderr)")

        try write("parameters:\n  min_window_days: -5\n", to: ".policylint.yaml")
        let negative = try run(["check", "funds"])
        XCTAssertEqual(negative.exitCode, 2, "a value outside the parameter's declared bounds is bad input")
        XCTAssertTrue(negative.stderr.contains(".policylint.yaml:2:20: error[invalid-value] parameter 'min_window_days' must be a whole number of 1 or more"),
                      negative.stderr)
    }

    func testBadConfigsGetLocatedErrors() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("extends: [strikt]\n", to: ".policylint.yaml")
        let preset = try run(["check", "micro.yaml"])
        XCTAssertEqual(preset.exitCode, 2)
        XCTAssertTrue(preset.stderr.contains(".policylint.yaml:1:11: error[invalid-extends]"), preset.stderr)
        XCTAssertTrue(preset.stderr.contains("did you mean 'strict'"), preset.stderr)

        try write("extends: [other.yaml]\n", to: ".policylint.yaml")
        try write("extends: [.policylint.yaml]\n", to: "other.yaml")
        let cycle = try run(["check", "micro.yaml"])
        XCTAssertEqual(cycle.exitCode, 2)
        XCTAssertTrue(cycle.stderr.contains("cycle"), cycle.stderr)

        try write("fail-on: sometimes\nrulez: {}\n", to: ".policylint.yaml")
        let keys = try run(["check", "micro.yaml"])
        XCTAssertEqual(keys.exitCode, 2)
        XCTAssertTrue(keys.stderr.contains(".policylint.yaml:1:10:"), keys.stderr)
        XCTAssertTrue(keys.stderr.contains(".policylint.yaml:2:1: error[unknown-key]"), keys.stderr)
    }

    func testInitWritesAConfigThatLoadsAndRefusesToOverwrite() throws {
        XCTAssertEqual(try run(["init"]).exitCode, 0)
        XCTAssertTrue(try read(".policylint.yaml").contains("extends: [recommended]"))
        try write(try shippedPolicy("anti-racist-community-grants.yaml"), to: "grants.yaml")
        let checked = try run(["check", "grants.yaml"])
        XCTAssertEqual(checked.exitCode, 0, checked.stdout + checked.stderr)
        XCTAssertEqual(try run(["init"]).exitCode, 2)
        XCTAssertEqual(try run(["init", "--force"]).exitCode, 0)
    }

    func testInitNeverShadowsAConfigNamedYml() throws {
        try write("fail-on: warning\n", to: ".policylint.yml")
        let refused = try run(["init"])
        XCTAssertEqual(refused.exitCode, 2, refused.stdout)
        XCTAssertTrue(refused.stderr.contains(".policylint.yml already exists"), refused.stderr)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent(".policylint.yaml").path),
                       "a .policylint.yaml beside it would silently replace the .yml's settings")
        XCTAssertEqual(try run(["init", "--force"]).exitCode, 0)
        XCTAssertTrue(try read(".policylint.yml").contains("extends: [recommended]"), "--force replaces the config the folder has")
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent(".policylint.yaml").path))
    }
}
