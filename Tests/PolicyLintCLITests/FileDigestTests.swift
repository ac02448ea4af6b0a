import XCTest
import PolicyLintTestSupport

/// Every machine format gives a file's SHA-256 when the file was read, and leaves it out (JSON: null) when it was not,
/// rather than writing an empty digest.
final class FileDigestTests: ScratchFolderTestCase {
    func testAFileThatCouldNotBeReadHasNoDigestInAnyFormat() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write(String(repeating: "# too long\n", count: 1000), to: "large.yaml")
        let arguments = ["check", "micro.yaml", "large.yaml", "--max-file-size", "9000", "--isolated", "--format"]

        let junit = try run(arguments + ["junit"])
        XCTAssertEqual(junit.exitCode, 2, junit.stderr)
        XCTAssertFalse(junit.stdout.contains("value=\"\""), junit.stdout)
        let suites = junit.stdout.components(separatedBy: "<testsuite ").dropFirst()
        XCTAssertEqual(suites.count, 2, junit.stdout)
        XCTAssertTrue(suites.first?.contains("<property name=\"sha256\" value=\"") ?? false, junit.stdout)
        XCTAssertFalse(suites.last?.contains("<properties>") ?? true, "a file with no digest and no policy has no properties: \(junit.stdout)")

        let json = try jsonObject(arguments + ["json"])
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual((files.first?["sha256"] as? String)?.count, 64)
        XCTAssertTrue(files.last?["sha256"] is NSNull, "\(files)")

        let sarif = try jsonObject(arguments + ["sarif"])
        let artifacts = try XCTUnwrap(((sarif["runs"] as? [[String: Any]])?.first?["artifacts"]) as? [[String: Any]])
        XCTAssertEqual(((artifacts.first?["hashes"] as? [String: String])?["sha-256"])?.count, 64)
        XCTAssertNil(artifacts.last?["hashes"], "\(artifacts)")
    }

    func testSuitesForFilesThatStoppedTheRunHaveNoEmptyDigest() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try write("waivers:\n  - {policy: micro-grants-fund, colour: red}\n", to: "waivers.yaml")
        try write("fail-onn: warning\nwaivers: [waivers.yaml]\n", to: ".policylint.yaml")
        let junit = try run(["check", "micro.yaml", "--format", "junit"])
        XCTAssertEqual(junit.exitCode, 2, junit.stderr)
        XCTAssertTrue(junit.stdout.contains("<testsuite name=\".policylint.yaml\""), junit.stdout)
        XCTAssertTrue(junit.stdout.contains("<testsuite name=\"waivers.yaml\""), junit.stdout)
        XCTAssertFalse(junit.stdout.contains("sha256"), junit.stdout)
        XCTAssertFalse(junit.stdout.contains("value=\"\""), junit.stdout)
    }
}
