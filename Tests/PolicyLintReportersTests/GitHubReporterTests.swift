import PolicyLintCore
import PolicyLintReporters
import XCTest

/// Workflow commands escape their properties and messages as GitHub requires.
final class GitHubReporterTests: XCTestCase {
    private func lines() throws -> [String] {
        GitHubReporter().render(ReportFixture.report(), context: try ReportFixture.context())
            .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    }

    func testEscapesPropertiesAndMessage() throws {
        let line = try XCTUnwrap(try lines().first { $0.contains("unknown-key") })
        XCTAssertEqual(line,
                       "::warning file=policies/small grants%2C 2027.yaml,line=6,col=3,endLine=6,endColumn=15,title=policylint unknown-key::"
                       + "unknown key 'match_fundng': did you mean 'match_funding'? 100%25 of <funds> | a & b, *not* `code`%0Asecond line")
        XCTAssertEqual(line.split(separator: "\n").count, 1)
    }

    func testSeveritiesWaiversAndSummary() throws {
        let lines = try lines()
        XCTAssertEqual(lines.count, 7, "five commands (the baselined finding left out), the summary and the final newline")
        XCTAssertTrue(lines[0].hasPrefix("::error file=policies/community-fund.yaml,line=8,col=15,endLine=8,endColumn=19,title=policylint match-funding-required::"))
        XCTAssertTrue(lines[1].hasPrefix("::notice "))
        XCTAssertTrue(lines[1].contains("title=policylint payment-in-arrears (waived)::waived warning: "))
        XCTAssertTrue(lines[2].hasPrefix("::notice file=policies/community-fund.yaml,line=13,"))
        XCTAssertTrue(lines[2].hasSuffix("(waiver expired 2025-12-31)"))
        XCTAssertEqual(lines[4], "::error file=policies/broken.yaml,line=3,col=1,endLine=3,endColumn=1,title=policylint invalid-yaml::"
                       + "the flow sequence is not closed before the end of the file", "control characters are dropped")
        XCTAssertEqual(lines[5], "policylint: Found 2 errors, 1 warning and 1 info in 4 files (1 waived, 1 in the baseline).")
        XCTAssertEqual(lines.filter { $0.hasPrefix("::") }.count, 5)
    }
}
