import PolicyLintReporters
import PolicyLintTestSupport
import XCTest

/// Every format's output for the fixture report, compared with a reviewed snapshot.
final class ReporterSnapshotTests: XCTestCase {
    private func render(_ format: OutputFormat) throws -> String {
        format.reporter.render(ReportFixture.report(), context: try ReportFixture.context())
    }

    func testJSONSnapshot() throws {
        XCTAssertNil(Snapshot.mismatch(try render(.json), named: "report.json"))
    }

    func testSARIFSnapshot() throws {
        XCTAssertNil(Snapshot.mismatch(try render(.sarif), named: "report.sarif.json"))
    }

    func testJUnitSnapshot() throws {
        XCTAssertNil(Snapshot.mismatch(try render(.junit), named: "report.junit.xml"))
    }

    func testGitHubSnapshot() throws {
        XCTAssertNil(Snapshot.mismatch(try render(.github), named: "report.github.txt"))
    }

    func testMarkdownSnapshot() throws {
        XCTAssertNil(Snapshot.mismatch(try render(.markdown), named: "report.md"))
    }

    func testEveryFormatHasAReporter() {
        XCTAssertEqual(OutputFormat.allCases.map(\.rawValue), ["text", "concise", "json", "sarif", "junit", "github", "markdown"])
        XCTAssertEqual(OutputFormat(rawValue: "sarif")?.reporter is SARIFReporter, true)
        XCTAssertEqual(OutputFormat(rawValue: "junit")?.reporter is JUnitReporter, true)
    }
}
