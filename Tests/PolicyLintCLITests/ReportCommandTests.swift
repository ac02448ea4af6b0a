import Foundation
import PolicyLintCore
import PolicyLintTestSupport
import XCTest

/// `policylint report`: the officers' pre-launch report, run through the built binary.
final class ReportCommandTests: XCTestCase {
    private let barriers = "policies/community-wellbeing-fund-barriers.yaml"
    private let aligned = ["policies/community-wellbeing-fund-rewrite.yaml", "policies/anti-racist-community-grants.yaml"]
    /// A few rules, so the snapshots show every part of the report without changing whenever a rule is added.
    private let snapshotRules = ["--select", "match-funding-required,payment-in-arrears,long-payment-terms",
                                 "--select", "payment-by-results,audited-accounts-required,deficit-language"]
    private let fixed = ["--date", "2027-01-05", "--checked-by", "Test Officer", "--waivers", "Tests/Fixtures/prelaunch-waivers.yaml"]

    func testBarrierPolicyReportIsWrittenAndExitsOne() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("report.html")
        let outcome = try BinaryRunner.run(["report", barriers, "--output", output.path, "--checked-by", "A. Officer"])
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("not ready to launch"), outcome.stderr)
        let html = try String(contentsOf: output, encoding: .utf8)
        let bytes = try Data(contentsOf: PackagePaths.root.appendingPathComponent(barriers))
        for expected in ["Not ready to launch", "Principle scorecard", "Sign-off record", "A. Officer", "match-funding-required",
                         "Applicants must find 25% of costs as match funding", SHA256.hex([UInt8](bytes)),
                         "anti-racist-commissioning version"] {
            XCTAssertTrue(html.contains(expected), "missing: \(expected)")
        }
    }

    func testPrincipleAlignedPoliciesAreReadyToLaunch() throws {
        for format in ["html", "markdown"] {
            let outcome = try BinaryRunner.run(["report"] + aligned + ["--format", format])
            XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
            XCTAssertTrue(outcome.stdout.contains("2 of 2 policies are ready to launch."), format)
            XCTAssertFalse(outcome.stdout.contains("Not ready to launch"), format)
        }
        for policy in aligned {
            let outcome = try BinaryRunner.run(["report", policy, "--format", "markdown"])
            XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
            XCTAssertTrue(outcome.stdout.contains("The policy is ready to launch."), policy)
        }
    }

    func testSnapshotsWithFixedDateAndChecker() throws {
        for (format, name) in [("html", "prelaunch-report.html"), ("markdown", "prelaunch-report.md")] {
            let outcome = try BinaryRunner.run(["report", barriers, "--format", format] + fixed + snapshotRules)
            XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
            if let message = Snapshot.mismatch(outcome.stdout, named: name) { XCTFail(message) }
        }
    }

    func testWaiversInForceAndExpiringSoonAreCalledOut() throws {
        let outcome = try BinaryRunner.run(["report", barriers, "--format", "markdown"] + fixed + snapshotRules)
        XCTAssertTrue(outcome.stdout.contains("Expiring within 30 days:** payment-in-arrears (expires 2027-01-20"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Expiring soon: 15 days left"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("In force: 360 days left"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("Expired: the barrier counts again"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("| Waivers files | Tests/Fixtures/prelaunch-waivers.yaml |"), outcome.stdout)
    }

    func testHonoursTheConfigAndRecordsIt() throws {
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let policy = try String(contentsOf: PackagePaths.root.appendingPathComponent(barriers), encoding: .utf8)
        try policy.write(to: directory.appendingPathComponent("fund.yaml"), atomically: true, encoding: .utf8)
        try "rules:\n  match-funding-required: off\n".write(to: directory.appendingPathComponent(".policylint.yaml"), atomically: true, encoding: .utf8)
        let outcome = try BinaryRunner.run(["report", "fund.yaml", "--format", "markdown", "--checked-by", "T"], in: directory)
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
        XCTAssertFalse(outcome.stdout.contains("`match-funding-required`"), "the config turns the rule off")
        XCTAssertTrue(outcome.stdout.contains(".policylint.yaml |"), "the sign-off names the config file")
    }

    func testUsageAndInputErrorsExitTwo() throws {
        XCTAssertEqual(try BinaryRunner.run(["report"]).exitCode, 2)
        XCTAssertEqual(try BinaryRunner.run(["report", barriers, "--date", "2027-02-30"]).exitCode, 2)
        XCTAssertEqual(try BinaryRunner.run(["report", barriers, "--rules", "no-such-rulebook.yaml"]).exitCode, 2)
        let broken = try BinaryRunner.run(["report", "-", "--format", "markdown"], stdin: Data("policy: 1\nid: [unclosed\n".utf8))
        XCTAssertEqual(broken.exitCode, 2)
        XCTAssertTrue(broken.stdout.contains("Could not be checked"), "the report is still written: \(broken.stdout)")
    }

    /// Renders the HTML report in headless Chromium and checks what a reader sees: findings, scorecard, sign-off.
    func testRendersInHeadlessChromium() throws {
        guard let chromium = Self.chromium() else {
            throw XCTSkip("chromium is not installed (apt-get install chromium; .ci/run installs it): skipping the browser rendering test")
        }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let output = directory.appendingPathComponent("report.html")
        let outcome = try BinaryRunner.run(["report", barriers, "--output", output.path] + fixed)
        XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)

        let process = Process()
        process.executableURL = chromium
        process.arguments = ["--headless", "--disable-gpu", "--no-sandbox", "--user-data-dir=\(directory.appendingPathComponent("profile").path)",
                             "--dump-dom", output.absoluteString]
        let stdout = Pipe()
        process.standardOutput = stdout
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = stdout.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let dom = String(decoding: data, as: UTF8.self)
        XCTAssertEqual(process.terminationStatus, 0, "chromium failed")
        for expected in ["<h1>Pre-launch report: Community Wellbeing Fund 2027</h1>", "Not ready to launch",
                         "id=\"policy-1-scorecard\"", "<svg class=\"chart\" role=\"img\"", "Principle scorecard: open findings against each principle",
                         "Applicants must find 25% of costs as match funding", "Why it excludes people", "Alternatives",
                         "id=\"sign-off\"", "Test Officer", "SHA-256", "Expiring within 30 days"] {
            XCTAssertTrue(dom.contains(expected), "the rendered page lacks: \(expected)")
        }
        XCTAssertFalse(dom.contains("<script"), "the page has no scripts")
    }

    private static func chromium() -> URL? {
        for name in ["chromium", "chromium-browser", "google-chrome"] {
            for directory in (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin").split(separator: ":") {
                let url = URL(fileURLWithPath: String(directory)).appendingPathComponent(name)
                if FileManager.default.isExecutableFile(atPath: url.path) { return url }
            }
        }
        return nil
    }
}
