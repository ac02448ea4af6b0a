import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import PolicyLintReporters
import XCTest

/// The JUnit XML parses, and failures, errors, skips and clean files are where CI views expect them.
final class JUnitReporterTests: XCTestCase {
    private func document() throws -> XMLDocument {
        let text = JUnitReporter().render(ReportFixture.report(), context: try ReportFixture.context())
        return try XMLDocument(data: Data(text.utf8), options: [])
    }

    private func attribute(_ node: XMLNode?, _ name: String) -> String? {
        (node as? XMLElement)?.attribute(forName: name)?.stringValue
    }

    func testTotalsAndSuites() throws {
        let xml = try document()
        let root = try XCTUnwrap(xml.rootElement())
        XCTAssertEqual(root.name, "testsuites")
        XCTAssertEqual(attribute(root, "tests"), "7")
        XCTAssertEqual(attribute(root, "failures"), "1")
        XCTAssertEqual(attribute(root, "errors"), "1")
        XCTAssertEqual(attribute(root, "skipped"), "2")
        let suites = root.elements(forName: "testsuite")
        XCTAssertEqual(suites.map { attribute($0, "name") }, [ReportFixture.fundPath, ReportFixture.smallGrantsPath, ReportFixture.brokenPath, ReportFixture.cleanPath])
        XCTAssertEqual(suites.map { attribute($0, "tests") }, ["3", "2", "1", "1"])
        XCTAssertEqual(suites.map { attribute($0, "failures") }, ["1", "0", "0", "0"])
        XCTAssertEqual(suites.map { attribute($0, "skipped") }, ["1", "1", "0", "0"])
    }

    func testCases() throws {
        let xml = try document()
        let failure = try XCTUnwrap(try xml.nodes(forXPath: "//testcase[@name='match-funding-required at 8:15']/failure").first)
        XCTAssertEqual(attribute(failure, "message"), "Applicants must bring match funding.")
        XCTAssertEqual(attribute(failure, "type"), "match-funding-required")
        XCTAssertTrue(failure.stringValue?.contains("why: Small community-led groups") ?? false)
        XCTAssertEqual(attribute(failure.parent, "classname"), ReportFixture.fundPath)

        let skipped = try XCTUnwrap(try xml.nodes(forXPath: "//testcase[starts-with(@name, 'payment-in-arrears')]/skipped").first)
        XCTAssertEqual(attribute(skipped, "message"), "waived: " + ReportFixture.waiverReason, "attributes keep quotes and special characters")

        let baselined = try XCTUnwrap(try xml.nodes(forXPath: "//testsuite[@name='\(ReportFixture.smallGrantsPath)']/testcase[starts-with(@name, 'payment-in-arrears')]/skipped").first)
        XCTAssertEqual(attribute(baselined, "message"), "in the baseline")

        // The small-grants file's own threshold is error, so its warning passes, with the message kept intact in system-out.
        let awkward = try XCTUnwrap(try xml.nodes(forXPath: "//testcase[starts-with(@name, 'unknown-key')]").first as? XMLElement)
        XCTAssertTrue(awkward.elements(forName: "failure").isEmpty)
        XCTAssertTrue(awkward.elements(forName: "system-out").first?.stringValue?.contains(ReportFixture.awkwardMessage) ?? false)

        let error = try XCTUnwrap(try xml.nodes(forXPath: "//testcase[starts-with(@name, 'invalid-yaml')]/error").first)
        XCTAssertEqual(attribute(error, "message"), "the flow sequence is not closed before the end of the file", "characters XML forbids are dropped")

        let info = try XCTUnwrap(try xml.nodes(forXPath: "//testcase[starts-with(@name, 'established-organisations-only')]").first as? XMLElement)
        XCTAssertTrue(info.elements(forName: "failure").isEmpty, "findings below fail-on pass")

        let clean = try xml.nodes(forXPath: "//testsuite[@name='\(ReportFixture.cleanPath)']/testcase")
        XCTAssertEqual(clean.count, 1)
        XCTAssertEqual(attribute(clean.first, "name"), "no findings")
        XCTAssertTrue((clean.first as? XMLElement)?.children?.isEmpty ?? true)
    }
}
