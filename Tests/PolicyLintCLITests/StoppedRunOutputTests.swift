import XCTest
import PolicyLintTestSupport

/// A run stopped before any policy is checked (a broken config, say) still writes the output asked for, whole, saying
/// why, so a CI step that uploads or parses it reports the real cause rather than a missing file.
final class StoppedRunOutputTests: ScratchFolderTestCase {
    private let brokenConfig = "fail-onn: warning\nrules:\n  tight-word-limt: off\n"

    private func json(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testABrokenConfigStillWritesAWholeSARIFLogThatSaysWhy() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "policies/micro.yaml")
        try write(brokenConfig, to: ".policylint.yaml")
        try write("a stale log from the last run\n", to: "results.sarif")
        let outcome = try run(["check", "policies", "--format", "sarif", "--output", "results.sarif"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(".policylint.yaml:1:1: error[unknown-key]"), "the errors are still on standard error: \(outcome.stderr)")
        XCTAssertEqual(outcome.stdout, "")
        let run = try XCTUnwrap((try json(try read("results.sarif"))["runs"] as? [[String: Any]])?.first)
        XCTAssertEqual((run["results"] as? [Any])?.count, 0)
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        XCTAssertEqual(invocation["exitCode"] as? Int, 2)
        let notifications = try XCTUnwrap(invocation["toolConfigurationNotifications"] as? [[String: Any]])
        XCTAssertEqual(notifications.compactMap { ($0["descriptor"] as? [String: Any])?["id"] as? String }, ["unknown-key", "unknown-rule"])
        let region = try XCTUnwrap((notifications[1]["locations"] as? [[String: Any]])?.first.flatMap {
            ($0["physicalLocation"] as? [String: Any])?["region"] as? [String: Any]
        })
        XCTAssertEqual(region["startLine"] as? Int, 3)
        XCTAssertEqual(region["startColumn"] as? Int, 3)
        XCTAssertEqual((region["snippet"] as? [String: Any])?["text"] as? String, "tight-word-limt")
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.contains(".tmp") }, [],
                       "no temporary file is left behind")
    }

    func testJSONJUnitAndMarkdownDescribeTheErrorsThatStoppedTheRun() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - policy: micro-grants-fund\n    rule: no-such-rule\n", to: "waivers.yaml")
        let arguments = ["check", "micro.yaml", "--waivers", "waivers.yaml"]

        let jsonRun = try run(arguments + ["--format", "json"])
        XCTAssertEqual(jsonRun.exitCode, 2, jsonRun.stderr)
        let document = try json(jsonRun.stdout)
        let summary = try XCTUnwrap(document["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 0)
        XCTAssertEqual(summary["exitCode"] as? Int, 2)
        XCTAssertEqual((document["files"] as? [Any])?.count, 0)
        let findings = try XCTUnwrap(document["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.compactMap { $0["rule"] as? String },
                       ["missing-field", "missing-field", "missing-field", "missing-field", "unknown-waiver-rule"])
        XCTAssertEqual(Set(findings.compactMap { $0["file"] as? String }), ["waivers.yaml"])
        XCTAssertEqual(Set(findings.compactMap { $0["category"] as? String }), ["input"])

        let junit = try run(arguments + ["--format", "junit", "-o", "junit.xml"])
        XCTAssertEqual(junit.exitCode, 2, junit.stderr)
        let xml = try read("junit.xml")
        XCTAssertTrue(xml.contains("<testsuite name=\"waivers.yaml\" tests=\"5\" failures=\"0\" errors=\"5\""), xml)
        XCTAssertTrue(xml.contains("<error message=\"&apos;waivers[0]&apos; needs &apos;path&apos;"), xml)

        let markdown = try run(arguments + ["--format", "markdown"])
        XCTAssertEqual(markdown.exitCode, 2, markdown.stderr)
        XCTAssertTrue(markdown.stdout.contains("**Nothing was checked: 5 input errors stopped the run.**"), markdown.stdout)
        XCTAssertTrue(markdown.stdout.contains("| error | waivers.yaml:2:5 | "), markdown.stdout)
    }

    func testTextIsWrittenOnlyToAFileAndACommandLineProblemIsInNoFile() throws {
        try write(brokenConfig, to: "policies/.policylint.yaml")
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "policies/micro.yaml")
        let terminal = try run(["check", "policies"])
        XCTAssertEqual(terminal.exitCode, 2)
        XCTAssertEqual(terminal.stdout, "", "text on the terminal would only repeat standard error")
        let file = try run(["check", "policies", "--format", "concise", "--output", "out.txt"])
        XCTAssertEqual(file.exitCode, 2)
        XCTAssertEqual(try read("out.txt"), """
        policies/.policylint.yaml:1:1: error[unknown-key] unknown key 'fail-onn' at the top level (did you mean 'fail-on'?)
        policies/.policylint.yaml:3:3: error[unknown-rule] no rule matches 'tight-word-limt' (did you mean 'tight-word-limit'?); `policylint rules` lists them
        Nothing was checked: 2 input errors stopped the run.

        """)

        try write("", to: "empty/.keep")
        let nothing = try run(["check", "empty", "--format", "github"])
        XCTAssertEqual(nothing.exitCode, 2)
        XCTAssertEqual(nothing.stdout, "::error title=policylint no-policy-files::no policy files found in empty\npolicylint: Nothing was checked: 1 input error stopped the run.\n")
    }

    func testARunStoppedByABrokenConfigNeverWritesOverAPolicy() throws {
        let policy = try shippedPolicy("micro-grants-fund.yaml")
        try write(policy, to: "micro.yaml")
        try write(policy, to: "policies/other.yaml")
        try write("fail-on: warnin\n", to: ".policylint.yaml")
        for (arguments, target) in [(["check", "micro.yaml", "--format", "json", "--output", "micro.yaml"], "micro.yaml"),
                                    (["check", "policies", "--format", "sarif", "--output", "policies/other.yaml"], "policies/other.yaml"),
                                    (["check", "micro.yaml", "missing.yaml", "--isolated", "--output", "micro.yaml"], "micro.yaml")] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("was not written"), outcome.stderr)
            XCTAssertEqual(try read(target), policy, arguments.joined(separator: " "))
        }
        // A new file, or one policylint wrote, still gets the whole document.
        let fresh = try run(["check", "micro.yaml", "--format", "json", "--output", "out.json"])
        XCTAssertEqual(fresh.exitCode, 2)
        let written = try read("out.json")
        XCTAssertTrue(written.contains("\"exitCode\" : 2"), written)
    }

    func testAnOutputThatIsAFileToCheckIsNeverWritten() throws {
        let policy = try shippedPolicy("micro-grants-fund.yaml")
        try write(policy, to: "micro.yaml")
        let outcome = try run(["check", "micro.yaml", "--format", "sarif", "--output", "micro.yaml"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("error[output-is-input]"), outcome.stderr)
        XCTAssertEqual(try read("micro.yaml"), policy)
    }
}
