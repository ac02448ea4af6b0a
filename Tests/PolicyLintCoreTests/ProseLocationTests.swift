import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// Text-rule findings point at the matched phrase in the file, inside any kind of scalar.
final class ProseLocationTests: XCTestCase {
    private func findings(_ yaml: String, rule: String) throws -> [Finding] {
        let builder = try RuleSetBuilder(rulebookPaths: [])
        let engine = try builder.engine(selection: RuleSelection(select: [rule], preview: true))
        let read = PolicyReader().read(SourceText(name: "p.yaml", text: yaml))
        XCTAssertEqual(read.findings.map(\.message), [])
        return try XCTUnwrap(read.documents.first.map { engine.run(on: $0) })
    }

    private let header = "policy: 1\nid: p\ntitle: P\nkind: grant\n"

    func testLiteralBlockScalarAcrossLines() throws {
        let yaml = header + "sections:\n  eligibility: |\n    Groups of any size can apply.\n    Applicants must provide audited\n      accounts for the last year.\n"
        let finding = try XCTUnwrap(try findings(yaml, rule: "audited-accounts-in-prose").first)
        XCTAssertEqual(finding.location.span.start.description, "8:29")
        XCTAssertEqual(finding.location.span.end.description, "9:15")
        XCTAssertEqual(finding.nodePath, "sections.eligibility")
        XCTAssertTrue(finding.message.contains("\"audited accounts\""), finding.message)
    }

    func testFoldedBlockScalar() throws {
        let yaml = header + "sections:\n  payment: >\n    Grants are paid\n    quarterly in\n    arrears on receipt of a claim.\n"
        let finding = try XCTUnwrap(try findings(yaml, rule: "payment-in-arrears-in-prose").first)
        XCTAssertEqual(finding.location.span.start.description, "8:15")
        XCTAssertEqual(finding.location.span.end.description, "9:12")
    }

    func testQuotedScalarWithEscapes() throws {
        let yaml = header + "summary: \"A \\\"simple\\\" fund. We pay \\u00A3500 in arrears.\"\n"
        let finding = try XCTUnwrap(try findings(yaml, rule: "payment-in-arrears-in-prose").first)
        XCTAssertEqual(finding.location.span.start.line, 5)
        let line = "summary: \"A \\\"simple\\\" fund. We pay \\u00A3500 in arrears.\""
        let column = try XCTUnwrap(line.range(of: "in arrears")).lowerBound.utf16Offset(in: line) + 1
        XCTAssertEqual(finding.location.span.start.column, column)
        XCTAssertEqual(finding.nodePath, "summary")
    }

    func testScopeAndWaiversAreRespected() throws {
        let yaml = header + "owner: Payments in arrears team\nsections:\n  background: We pay in arrears.\n"
        XCTAssertEqual(try findings(yaml, rule: "payment-in-arrears-in-prose").compactMap(\.nodePath), ["owner", "sections.background"])
    }

    func testOneFindingPerRulePerSentence() throws {
        let yaml = header + "sections:\n  background: Work with hard to reach groups and vulnerable communities. At-risk groups too.\n"
        XCTAssertEqual(try findings(yaml, rule: "deficit-language").count, 2)
    }
}
