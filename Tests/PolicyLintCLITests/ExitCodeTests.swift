import XCTest
import PolicyLintTestSupport

/// The built binary's exit codes and located errors, as a user or CI sees them.
final class ExitCodeTests: XCTestCase {
    private func run(_ arguments: [String], stdin: String? = nil) throws -> BinaryRunner.Outcome {
        try BinaryRunner.run(arguments, stdin: stdin.map { Data($0.utf8) })
    }

    private func runBytes(_ arguments: [String], stdin: [UInt8]) throws -> BinaryRunner.Outcome {
        try BinaryRunner.run(arguments, stdin: Data(stdin))
    }

    func testShippedPoliciesHaveFindingsAndExitOne() throws {
        let outcome = try run(["check", "policies/"])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("policies/community-wellbeing-fund-barriers.yaml:"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Found "), outcome.stdout)
    }

    func testTheRewriteHasNoErrors() throws {
        let outcome = try run(["check", "policies/community-wellbeing-fund-rewrite.yaml", "policies/anti-racist-community-grants.yaml"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("error["), outcome.stdout)
    }

    func testUnclosedFlowFromStdinExitsTwoWithALocatedError() throws {
        let outcome = try run(["check", "-"], stdin: "a: [")
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("<stdin>:1:5: error[invalid-yaml]"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("1 | a: ["), outcome.stdout)
    }

    func testBillionLaughsExitsTwoQuickly() throws {
        var text = "a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for level in 1...9 {
            text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let started = Date()
        let outcome = try run(["check", "-"], stdin: text)
        let elapsed = Date().timeIntervalSince(started)
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("<stdin>:4:"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("alias-bomb"), outcome.stdout)
        XCTAssertLessThan(elapsed, 10, "a hang guard only; the benchmark reports real timings")
    }

    func testDuplicateKeyInvalidUTF8BinaryAndEmptyFiles() throws {
        let cases: [(String, [UInt8], String)] = [
            ("duplicate-key", Array("policy: 1\npolicy: 1\n".utf8), "<stdin>:2:1:"),
            ("invalid-encoding", Array("title: caf".utf8) + [0xE9] + Array("\n".utf8), "<stdin>:1:11:"),
            ("binary-file", [0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00], "<stdin>:1:7:"),
            ("empty-file", [], "<stdin>:1:1:"),
        ]
        for (id, bytes, location) in cases {
            let outcome = try runBytes(["check", "-"], stdin: bytes)
            XCTAssertEqual(outcome.exitCode, 2, id)
            XCTAssertTrue(outcome.stdout.contains("\(location) error[\(id)]"), "\(id): \(outcome.stdout)")
        }
    }

    func testAnEmptyDocumentBetweenOrAfterPoliciesIsSkipped() throws {
        let policy = { (id: String) in "policy: 1\nid: \(id)\ntitle: Fund \(id)\nkind: grant\n" }
        for text in ["---\n" + policy("fund-a") + "---\n",
                     policy("fund-a") + "---\n---\n# archived\n---\n" + policy("fund-b") + "...\n---\n"] {
            let outcome = try run(["check", "-", "--isolated", "--format", "json"], stdin: text)
            XCTAssertEqual(outcome.exitCode, 0, "an empty document is no policy, not a broken one: \(text)\n\(outcome.stdout)")
            XCTAssertFalse(outcome.stdout.contains("must be a mapping"), outcome.stdout)
        }
        let onlyEmpty = try run(["check", "-", "--isolated", "--format", "concise"], stdin: "---\n# nothing yet\n---\n")
        XCTAssertEqual(onlyEmpty.exitCode, 2)
        XCTAssertTrue(onlyEmpty.stdout.contains("<stdin>:1:1: error[empty-file] the file holds no policy"), onlyEmpty.stdout)
        let explicitNull = try run(["check", "-", "--isolated", "--format", "concise"], stdin: policy("fund-a") + "--- ~\n")
        XCTAssertEqual(explicitNull.exitCode, 2, "a null written out is something written, and not a policy")
        XCTAssertTrue(explicitNull.stdout.contains("error[wrong-type]"), explicitNull.stdout)
    }

    func testStandardInputNamedTwiceIsAUsageError() throws {
        for command in ["check", "report"] {
            let outcome = try run([command, "-", "-", "--isolated"], stdin: "policy: 1\nid: a\ntitle: A\nkind: grant\n")
            XCTAssertEqual(outcome.exitCode, 2, "\(command): the second '-' would read an empty stream: \(outcome.stdout)")
            XCTAssertTrue(outcome.stderr.contains("'-' is given more than once"), outcome.stderr)
            XCTAssertEqual(outcome.stdout, "", "\(command): nothing is checked")
        }
    }

    func testUsageErrorsExitTwo() throws {
        XCTAssertEqual(try run(["check", "--no-such-flag"]).exitCode, 2)
        XCTAssertEqual(try run(["check", "--fail-on", "sometimes", "policies"]).exitCode, 2)
        let missing = try run(["check", "no/such/place.yaml"])
        XCTAssertEqual(missing.exitCode, 2)
        XCTAssertTrue(missing.stderr.contains("no such file"), missing.stderr)
    }

    func testFailOnWarningTurnsWarningsIntoFailures() throws {
        let policy = "policy: 1\nid: x\ntitle: X\nkind: grant\nfunding: {totl: 1}\n"
        XCTAssertEqual(try run(["check", "-", "--no-builtin"], stdin: policy).exitCode, 0)
        XCTAssertEqual(try run(["check", "-", "--no-builtin", "--fail-on", "warning"], stdin: policy).exitCode, 1)
    }

    func testColourOnlyWhenAsked() throws {
        let policy = "policy: 1\nid: x\ntitle: X\nkind: grnt\n"
        XCTAssertFalse(try run(["check", "-"], stdin: policy).stdout.contains("\u{1B}["))
        XCTAssertTrue(try run(["check", "-", "--color", "always"], stdin: policy).stdout.contains("\u{1B}["))
    }

    func testSchemaIsJSON() throws {
        let outcome = try run(["schema"])
        XCTAssertEqual(outcome.exitCode, 0)
        let object = try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any]
        XCTAssertEqual(object?["type"] as? String, "object")
    }

    func testABadUserRulebookExitsTwoWithALocatedError() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let rulebook = directory.appendingPathComponent("mine.yaml")
        try """
        rulebook: mine
        format: 1
        rules:
          - id: my-rule
            title: Mine
            severity: warning
            principles: [match-core-funding]
            when: funding.totl > 5.0
            message: Too much.
            why: Because.
            alternatives: [Less.]
            examples: {fail: ["funding: {total: 9}"], pass: ["funding: {total: 1}"]}

        """.write(to: rulebook, atomically: true, encoding: .utf8)
        let outcome = try run(["check", "policies", "--rules", rulebook.path])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("mine.yaml:8:"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("did you mean 'total'"), outcome.stderr)
    }

    func testRulesListAndExplainEveryRule() throws {
        let listing = try run(["rules", "--format", "json"])
        XCTAssertEqual(listing.exitCode, 0, listing.stderr)
        let rules = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(listing.stdout.utf8)) as? [[String: Any]])
        XCTAssertGreaterThanOrEqual(rules.count, 25)
        let ids = try rules.map { try XCTUnwrap($0["id"] as? String) }
        // One run explains every rule, in the listing's order, each with its reasons and alternatives.
        let explained = try run(["explain", "--all"])
        XCTAssertEqual(explained.exitCode, 0, explained.stderr)
        let documents = explained.stdout.components(separatedBy: "\n---\n\n")
        XCTAssertEqual(documents.count, ids.count)
        for (document, id) in zip(documents, ids) {
            XCTAssertTrue(document.hasPrefix("# \(id)\n"), id)
            XCTAssertTrue(document.contains("## Why this excludes people"), id)
            XCTAssertTrue(document.contains("## What to do instead"), id)
        }
        let one = try run(["explain", ids[0]])
        XCTAssertEqual(one.exitCode, 0, one.stderr)
        XCTAssertEqual(one.stdout, documents[0] + "\n", "one rule alone reads as it does among all of them")
        XCTAssertEqual(try run(["explain", "no-such-rule"]).exitCode, 2)
    }

    func testExplainTakesSeveralRulesAndGlobsAndChecksEveryNameFirst() throws {
        let globbed = try run(["explain", "insurance-*", "match-funding-required", "insurance-required-at-application"])
        XCTAssertEqual(globbed.exitCode, 0, globbed.stderr)
        let titles = globbed.stdout.split(separator: "\n").filter { $0.hasPrefix("# ") }.map(String.init)
        XCTAssertEqual(titles.count, Set(titles).count, "each rule once: \(titles)")
        XCTAssertTrue(titles.contains("# match-funding-required"), "\(titles)")
        XCTAssertTrue(titles.contains("# insurance-required-at-application"), "\(titles)")
        XCTAssertTrue(titles.contains("# insurance-at-application-in-prose"), "\(titles)")
        XCTAssertTrue(titles.allSatisfy { $0.hasPrefix("# insurance-") || $0 == "# match-funding-required" }, "\(titles)")

        // A name that matches nothing stops the run before anything is printed, and every such name is reported.
        let typo = try run(["explain", "match-funding-required", "match-fundng-required", "insurence-*"])
        XCTAssertEqual(typo.exitCode, 2)
        XCTAssertEqual(typo.stdout, "")
        XCTAssertTrue(typo.stderr.contains("no rule 'match-fundng-required' (did you mean 'match-funding-required'?)"), typo.stderr)
        XCTAssertTrue(typo.stderr.contains("no rule 'insurence-*'"), typo.stderr)

        for arguments in [["explain"], ["explain", "--all", "match-funding-required"]] {
            let usage = try run(arguments)
            XCTAssertEqual(usage.exitCode, 2, arguments.joined(separator: " "))
            XCTAssertTrue(usage.stderr.contains("--all"), usage.stderr)
        }
    }

    func testSelectAndIgnore() throws {
        let only = try run(["check", "policies/community-wellbeing-fund-barriers.yaml", "--select", "match-funding-required", "--format", "concise"])
        let lines = only.stdout.split(separator: "\n").filter { $0.contains("[") }
        XCTAssertFalse(lines.isEmpty, only.stdout + only.stderr)
        XCTAssertTrue(lines.allSatisfy { $0.contains("[match-funding-required]") }, only.stdout)
        XCTAssertEqual(try run(["check", "policies", "--select", "no-such-rule"]).exitCode, 2)
    }

    func testANegativeJobCountGetsItsOwnMessage() throws {
        for arguments in [["-j", "-1"], ["--jobs", "-1"], ["--jobs=-1"]] {
            let outcome = try run(["check", "policies/micro-grants-fund.yaml"] + arguments)
            XCTAssertEqual(outcome.exitCode, 2, arguments.joined(separator: " "))
            XCTAssertTrue(outcome.stderr.contains("--jobs must be 0 (every core) or more"), outcome.stderr)
        }
    }
}
