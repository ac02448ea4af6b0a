import XCTest
import PolicyLintTestSupport

/// Baseline entries that accept no finding are reported at their place in the baseline, without failing the run unless
/// `--fail-on-stale-baseline` asks.
final class StaleBaselineTests: ScratchFolderTestCase {
    /// Writes the shipped micro-grants policy and a baseline of its findings, then adds a second policy with none.
    private func baselineOfMicroGrants() throws -> String {
        let original = try shippedPolicy("micro-grants-fund.yaml")
        try write(original, to: "policies/micro.yaml")
        let written = try run(["check", "policies", "--fail-on", "info", "--write-baseline", "baseline.json"])
        XCTAssertEqual(written.exitCode, 0, written.stdout + written.stderr)
        return original
    }

    /// The 1-based line of the baseline entry of `rule`, at its fingerprint.
    private func fingerprintLine(ofRule rule: String) throws -> Int {
        let lines = try read("baseline.json").components(separatedBy: "\n")
        let ruleLine = try XCTUnwrap(lines.firstIndex { $0.contains("\"rule\" : \"\(rule)\"") })
        let fingerprint = try XCTUnwrap(lines[..<ruleLine].lastIndex { $0.contains("\"fingerprint\"") })
        return fingerprint + 1
    }

    func testAnEntryWhoseBarrierHasGoneIsReportedAtItsLineWithoutFailingTheRun() throws {
        let original = try baselineOfMicroGrants()
        let line = try fingerprintLine(ofRule: "short-application-window")
        try write(original.replacingOccurrences(of: "closes: 2027-05-25", with: "closes: 2027-08-25"), to: "policies/micro.yaml")

        let outcome = try run(["check", "policies", "--fail-on", "warning", "--baseline", "baseline.json", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 0, "a stale entry never fails the run: \(outcome.stdout)")
        let stale = outcome.stdout.split(separator: "\n").filter { $0.contains("stale-baseline-entry") }
        XCTAssertEqual(stale.count, 1, outcome.stdout)
        XCTAssertTrue(stale.first?.hasPrefix("baseline.json:\(line):") ?? false, outcome.stdout)
        XCTAssertTrue(stale.first?.contains("'short-application-window' in policy 'micro-grants-fund'") ?? false, outcome.stdout)

        let json = try jsonObject(["check", "policies", "--baseline", "baseline.json", "--format", "json"])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.last?["role"] as? String, "baseline", "\(files)")
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 1, "the baseline is not counted as a policy checked")
    }

    func testTheSummaryCountsStaleEntriesApartFromTheWarningsSoItAgreesWithTheExitCode() throws {
        let original = try baselineOfMicroGrants()
        try write(original.replacingOccurrences(of: "closes: 2027-05-25", with: "closes: 2027-08-25"), to: "policies/micro.yaml")

        let outcome = try run(["check", "policies", "--fail-on", "warning", "--baseline", "baseline.json", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
        let summary = try XCTUnwrap(outcome.stdout.split(separator: "\n").last.map(String.init))
        XCTAssertTrue(summary.hasPrefix("No findings in 1 file ("), "no warning fails the run, and none is counted: \(summary)")
        XCTAssertTrue(summary.hasSuffix(", 1 stale baseline entry)."), summary)

        let json = try jsonObject(["check", "policies", "--fail-on", "warning", "--baseline", "baseline.json", "--format", "json"])
        let counts = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(counts["warnings"] as? Int, 0, "\(counts)")
        XCTAssertEqual(counts["staleBaselineEntries"] as? Int, 1, "\(counts)")
        XCTAssertEqual(counts["failOn"] as? String, "warning", "\(counts)")
        XCTAssertEqual(counts["exitCode"] as? Int, 0, "\(counts)")

        // Asked to, they fail the run, and the summary says so.
        for format in ["concise", "json"] {
            let failing = try run(["check", "policies", "--baseline", "baseline.json", "--fail-on-stale-baseline", "--format", format])
            XCTAssertEqual(failing.exitCode, 1, "\(format): \(failing.stdout)")
            if format == "concise" { XCTAssertTrue(failing.stdout.contains(", 1 stale baseline entry, failing the run)."), failing.stdout) }
            if format == "json" {
                XCTAssertTrue(failing.stdout.contains("\"exitCode\" : 1"), failing.stdout)
                XCTAssertTrue(failing.stdout.contains("\"failOn\" : \"error\""), "the flag is no threshold for findings: \(failing.stdout)")
            }
        }
        try write(original, to: "policies/micro.yaml")
        let clean = try run(["check", "policies", "--baseline", "baseline.json", "--fail-on-stale-baseline", "--format", "concise"])
        XCTAssertEqual(clean.exitCode, 0, "a baseline with no stale entry passes: \(clean.stdout)")
    }

    func testEntriesThatTheRunCouldNotJudgeAreNotReported() throws {
        let original = try baselineOfMicroGrants()
        try write(original.replacingOccurrences(of: "closes: 2027-05-25", with: "closes: 2027-08-25"), to: "policies/micro.yaml")
        try write(original.replacingOccurrences(of: "id: micro-grants-fund", with: "id: other-fund"), to: "other.yaml")
        let cases: [[String]] = [
            ["check", "other.yaml"],                                             // another policy: the baselined one was not checked
            ["check", "policies", "--ignore", "short-application-window"],       // the entry's rule did not run
        ]
        for arguments in cases {
            let outcome = try run(arguments + ["--baseline", "baseline.json", "--format", "concise"])
            XCTAssertFalse(outcome.stdout.contains("stale-baseline-entry"), "\(arguments): \(outcome.stdout)")
        }
    }

    func testAFreshBaselineHasNoStaleEntries() throws {
        _ = try baselineOfMicroGrants()
        let outcome = try run(["check", "policies", "--fail-on", "info", "--baseline", "baseline.json", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("stale-baseline-entry"), outcome.stdout)
    }
}
