import XCTest
import PolicyLintTestSupport

/// What a policy writer sees from `check`, pinned through the built binary.
final class OutputSnapshotTests: XCTestCase {
    private func assertSnapshot(_ arguments: [String], named name: String, stdin: String? = nil, file: StaticString = #filePath, line: UInt = #line) throws {
        let outcome = try BinaryRunner.run(arguments, stdin: stdin.map { Data($0.utf8) })
        let text = "$ policylint \(arguments.joined(separator: " "))\n\(outcome.stdout)\(outcome.stderr.isEmpty ? "" : "--- stderr\n" + outcome.stderr)--- exit \(outcome.exitCode)\n"
        XCTAssertNil(Snapshot.mismatch(text, named: name), file: file, line: line)
    }

    func testFullTextOutput() throws {
        try assertSnapshot(["check", "policies/community-wellbeing-fund-barriers.yaml", "--isolated",
                            "--select", "match-funding-required,audited-accounts-required", "--select", "short-application-window,very-short-application-window"],
                           named: "check-text.txt")
    }

    func testConciseOutputAndFailOn() throws {
        try assertSnapshot(["check", "policies/micro-grants-fund.yaml", "--isolated", "--format", "concise", "--fail-on", "warning",
                            "--select", "short-application-window", "--select", "heavy-monitoring-on-small-grant"],
                           named: "check-concise.txt")
    }

    func testFormatErrorsFromStandardInput() throws {
        try assertSnapshot(["check", "-", "--isolated", "--no-builtin"], named: "check-format-errors.txt",
                           stdin: "policy: 1\nid: Draft Fund\ntitle: Draft\nkind: grnt\nfunding:\n  match_funding: {required: yes, share: 25%}\n  totl: 5000\n")
    }

    func testABadRulebookOnStandardError() throws {
        try assertSnapshot(["check", "policies", "--isolated", "--rules", "Tests/Fixtures/bad-rulebook.yaml"], named: "check-bad-rulebook.txt")
    }
}
