import XCTest
@testable import PolicyLintCore

/// Generated documentation matches what the code would generate now.
final class GeneratedDocsTests: XCTestCase {
    func testDocsAreCurrent() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs").standardized
        let builder = try RuleSetBuilder(rulebookPaths: [])
        let parameters = builder.rulebooks.reduce(into: [String: RuleParameter]()) { $0.merge($1.parameters) { _, new in new } }
        let generator = DocsGenerator(rules: builder.allRules, principles: builder.principles, parameters: parameters)
        let files = generator.files { try? String(contentsOf: docs.appendingPathComponent($0), encoding: .utf8) }
        for (path, expected) in files {
            let actual = try? String(contentsOf: docs.appendingPathComponent(path), encoding: .utf8)
            XCTAssertEqual(actual, expected, "docs/\(path) is stale: run `swift run policylint generate-docs docs`")
        }
        let rulePages = try FileManager.default.contentsOfDirectory(atPath: docs.appendingPathComponent("rules").path)
        XCTAssertEqual(Set(rulePages), Set(files.keys.filter { $0.hasPrefix("rules/") }.map { String($0.dropFirst(6)) }),
                       "docs/rules has pages for rules that no longer exist")
    }

    func testARulePageListsOnlyTheParametersItReads() {
        XCTAssertTrue(RuleDocument.mentions("size(x) > params.max_questions", parameter: "max_questions"))
        XCTAssertTrue(RuleDocument.mentions("params.max_questions > 3", parameter: "max_questions"))
        XCTAssertTrue(RuleDocument.mentions("more than {params.max_questions | number}", parameter: "max_questions"))
        XCTAssertFalse(RuleDocument.mentions("size(x) > params.max_questions_small", parameter: "max_questions"),
                       "a longer name that starts the same is another parameter")
        XCTAssertTrue(RuleDocument.mentions("params.max_questions_small < params.max_questions", parameter: "max_questions"))
    }

    func testEveryFindingPolicylintRaisesItselfIsDocumentedWhereItsLinkPoints() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs").standardized
        for kind in ToolFindingKind.all {
            let parts = kind.documentation.split(separator: "#").map(String.init)
            XCTAssertEqual(parts.count, 2, kind.id)
            let page = try String(contentsOf: docs.appendingPathComponent(parts[0]), encoding: .utf8)
            XCTAssertTrue(page.contains("`\(kind.id)`"), "docs/\(parts[0]) does not mention \(kind.id)")
            let headings = page.split(separator: "\n").filter { $0.hasPrefix("#") }.map { heading in
                heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
                    .replacingOccurrences(of: " ", with: "-").filter { $0.isLetter || $0.isNumber || $0 == "-" }
            }
            XCTAssertTrue(headings.contains(parts[1]), "docs/\(parts[0]) has no heading #\(parts[1]) for \(kind.id)")
        }
        XCTAssertEqual(Set(ToolFindingKind.all.map(\.id)).count, ToolFindingKind.all.count)
    }

    func testSchemaIsValidJSONAndCoversTheFormat() throws {
        let data = Data(JSONSchemaGenerator.policySchema().utf8)
        let schema = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        XCTAssertEqual(schema["$schema"] as? String, "http://json-schema.org/draft-07/schema#")
        let properties = try XCTUnwrap(schema["properties"] as? [String: Any])
        XCTAssertEqual(Set(properties.keys), Set(PolicyFormat.rootFields.map(\.name)))
        let process = try XCTUnwrap(properties["process"] as? [String: Any])
        let processProperties = try XCTUnwrap(process["properties"] as? [String: Any])
        XCTAssertNil(processProperties["window_days"], "derived fields are not part of what writers may write")
    }
}
