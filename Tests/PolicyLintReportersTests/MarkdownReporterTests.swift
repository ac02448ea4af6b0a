import PolicyLintCore
@testable import PolicyLintReporters
import XCTest

/// The Markdown comment has one table row and one details block per finding, with cell text escaped.
final class MarkdownReporterTests: XCTestCase {
    private func markdown() throws -> String {
        MarkdownReporter().render(ReportFixture.report(), context: try ReportFixture.context())
    }

    func testTableAndDetails() throws {
        let text = try markdown()
        XCTAssertTrue(text.hasPrefix(GeneratedOutput.marker + "## policylint report\n\n**Found 2 errors, 1 warning and 1 info in 4 files (1 waived, 1 in the baseline).**\n"), text)
        let rows = text.split(separator: "\n").filter { $0.hasPrefix("| ") && !$0.hasPrefix("| Severity") && !$0.hasPrefix("| ---") }
        XCTAssertEqual(rows.count, 5)
        XCTAssertEqual(text.components(separatedBy: "<details>").count - 1, 5)
        XCTAssertTrue(rows[1].hasPrefix("| warning (waived) |"))
        XCTAssertTrue(rows[0].contains("[match-funding-required](\(PolicyLintReportersTestsDocs.base)match-funding-required.md)"))
        XCTAssertTrue(text.contains("**Why it matters:** Small community-led groups rarely hold reserves"))
        XCTAssertTrue(text.contains("- Accept volunteer time and premises as in-kind match."))
        XCTAssertTrue(text.contains("**Waiver:** Treasury rules require arrears: see \"Finance \\& Audit\" \\<note 4\\>"), text)
    }

    func testCellsAreEscaped() throws {
        let row = try XCTUnwrap(try markdown().split(separator: "\n").first { $0.contains("unknown-key") && $0.hasPrefix("| ") })
        XCTAssertTrue(row.contains("100% of \\<funds\\> \\| a \\& b, \\*not\\* \\`code\\`<br>second line"), String(row))
        // Unescaped pipes are exactly the five column borders.
        let unescapedPipes = row.indices.filter { row[$0] == "|" && ($0 == row.startIndex || row[row.index(before: $0)] != "\\") }
        XCTAssertEqual(unescapedPipes.count, 5)
    }
}

/// The documentation base the Markdown links use.
enum PolicyLintReportersTestsDocs {
    static let base = "https://github.com/policylint/policylint/blob/main/docs/rules/"

    func testCodeSpansInRuleTextStayCodeAndEverythingElseIsEscaped() {
        XCTAssertEqual(MarkdownText.authored("Write `eligibility: {accounts: {audited: false}}` and *accept* statements."),
                       "Write `eligibility: {accounts: {audited: false}}` and \\*accept\\* statements.")
        XCTAssertEqual(MarkdownText.authored("One ` alone stays text"), "One \\` alone stays text")
        XCTAssertEqual(MarkdownText.authored("`a_b` then `c` and ` d"), "`a_b` then `c` and \\` d")
        XCTAssertEqual(MarkdownText.authored("- a list marker"), "\\- a list marker")
    }
}
