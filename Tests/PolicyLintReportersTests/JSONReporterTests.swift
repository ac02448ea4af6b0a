import Foundation
import PolicyLintReporters
import PolicyLintCore
import XCTest

/// The JSON report parses back into the documented shape.
final class JSONReporterTests: XCTestCase {
    private func document() throws -> [String: Any] {
        let text = JSONReporter().render(ReportFixture.report(), context: try ReportFixture.context())
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    func testHeaderAndSummary() throws {
        let json = try document()
        XCTAssertEqual(json["version"] as? Int, 1)
        let tool = try XCTUnwrap(json["tool"] as? [String: Any])
        XCTAssertEqual(tool["name"] as? String, "policylint")
        XCTAssertEqual(tool["rulebooks"] as? [String], ["test-rules 2026.1"])
        let summary = try XCTUnwrap(json["summary"] as? [String: Any])
        XCTAssertEqual(summary["files"] as? Int, 4)
        XCTAssertEqual(summary["errors"] as? Int, 2)
        XCTAssertEqual(summary["warnings"] as? Int, 1)
        XCTAssertEqual(summary["infos"] as? Int, 1)
        XCTAssertEqual(summary["waived"] as? Int, 1)
        XCTAssertEqual(summary["baselined"] as? Int, 1)
        XCTAssertEqual(summary["exitCode"] as? Int, 2)
        let files = try XCTUnwrap(json["files"] as? [[String: Any]])
        XCTAssertEqual(files.compactMap { $0["path"] as? String },
                       [ReportFixture.fundPath, ReportFixture.smallGrantsPath, ReportFixture.brokenPath, ReportFixture.cleanPath])
        XCTAssertEqual(files[3]["policies"] as? [String], ["clean-fund"])
        XCTAssertEqual(files[1]["failOn"] as? String, "error")
        XCTAssertTrue(files[0]["failOn"] is NSNull)
        XCTAssertEqual((files[0]["sha256"] as? String)?.count, 64)
    }

    func testFindingFields() throws {
        let findings = try XCTUnwrap(try document()["findings"] as? [[String: Any]])
        XCTAssertEqual(findings.count, 6)
        XCTAssertEqual(findings.map { $0["baselined"] as? Bool }, [false, false, false, false, true, false])
        let first = findings[0]
        XCTAssertEqual(first["rule"] as? String, "match-funding-required")
        XCTAssertEqual(first["severity"] as? String, "error")
        XCTAssertEqual(first["category"] as? String, "rule")
        XCTAssertEqual(first["policy"] as? String, "community-wellbeing-fund-2027")
        XCTAssertEqual(first["path"] as? String, "funding.match_funding.required")
        XCTAssertEqual(first["alternatives"] as? [String], ["Fund the whole cost of the work.", "Accept volunteer time and premises as in-kind match."])
        let start = try XCTUnwrap(first["start"] as? [String: Any])
        XCTAssertEqual(start["line"] as? Int, 8)
        XCTAssertEqual(start["column"] as? Int, 15)
        let fix = try XCTUnwrap(first["fix"] as? [String: Any])
        XCTAssertEqual((fix["set"] as? [[String: Any]])?.first?["value"] as? String, "false")
        XCTAssertTrue(first["waiver"] is NSNull, "absent values are written as null")

        let waived = findings[1]
        XCTAssertEqual(waived["waived"] as? Bool, true)
        XCTAssertEqual((waived["waiver"] as? [String: Any])?["approver"] as? String, "Director of Finance")

        let multiLine = findings[2]
        let begin = try XCTUnwrap(multiLine["start"] as? [String: Any])
        let end = try XCTUnwrap(multiLine["end"] as? [String: Any])
        XCTAssertEqual(begin["line"] as? Int, 13)
        XCTAssertEqual(end["line"] as? Int, 14)
        let byteLength = try XCTUnwrap(end["offset"] as? Int) - XCTUnwrap(begin["offset"] as? Int)
        XCTAssertEqual(byteLength, "“established” organisations —\n    with 3 years’ trading and a café-style".utf8.count)
        XCTAssertEqual(multiLine["waived"] as? Bool, false, "an expired waiver does not waive")
        XCTAssertEqual((multiLine["excerpt"] as? [String: Any])?["lines"] as? [String],
                       ["    Applicants must be “established” organisations —", "    with 3 years’ trading and a café-style"])

        let input = findings[5]
        XCTAssertEqual(input["category"] as? String, "input")
        XCTAssertTrue(input["policy"] is NSNull)
        XCTAssertEqual(input["url"] as? String, PolicyLintVersion.docsBase + "policy-format.md#input-that-cannot-be-read",
                       "input findings link to the docs that explain them")
    }
}
