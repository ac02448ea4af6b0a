import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// A problem any file can have (invalid YAML, an unknown key, a wrong type) links to the page about the kind of file it
/// is in; a problem particular to one kind of file keeps its own page.
final class DocumentationLinkTests: XCTestCase {
    private func url(_ error: InputError?) -> String? {
        error?.asFinding.documentationURL.map { String($0.dropFirst(PolicyLintVersion.docsBase.count)) }
    }

    private func errors(_ body: () throws(InputErrors) -> Void) -> [InputError] {
        do {
            try body()
            return []
        } catch {
            return error.errors
        }
    }

    func testAConfigsProblemsLinkToTheConfigurationPage() {
        let reading = ConfigLoader().read(SourceText(name: "policylint.yaml", text: "fail-onn: warning\nbuiltin: 3\nextends: [nowhere.yaml]\n"),
                                          directory: "/nonexistent")
        XCTAssertEqual(reading.problems.map(\.id), ["unknown-key", "wrong-type", "invalid-extends"])
        XCTAssertEqual(reading.problems.map(url), Array(repeating: "configuration.md#problems-in-a-config", count: 3))
        let broken = ConfigLoader().read(SourceText(name: "policylint.yaml", text: "rules: [a\n"), directory: "/nonexistent")
        XCTAssertEqual(broken.problems.map(\.id), ["invalid-yaml"])
        XCTAssertEqual(url(broken.problems.first), "configuration.md#problems-in-a-config")
    }

    func testARulebooksProblemsLinkToTheRulebooksPageButAPatternsToItsOwn() throws {
        let principles = try PrincipleCatalogues.builtIn()
        let loader = RulebookLoader(principles: principles)
        let shape = errors { () throws(InputErrors) in _ = try loader.load(SourceText(name: "local.yaml", text: "rulebook: local\nformat: 1\nrules: 3\n")) }
        XCTAssertEqual(shape.map(\.id), ["wrong-type"])
        XCTAssertEqual(url(shape.first), "rulebooks.md#rulebooks")
        let rule = """
        rulebook: local
        format: 1
        parameters:
          limit: {type: integer, default: 5, minimum: 10, summary: A limit.}
        rules:
          - {id: a-rule, title: A, severity: warning, principles: [ivar-act-with-urgency], match: {patterns: ['(']},
             message: M, why: W, alternatives: [X], examples: {fail: [], pass: []}}

        """
        let found = errors { () throws(InputErrors) in _ = try loader.load(SourceText(name: "local.yaml", text: rule)) }
        XCTAssertEqual(Dictionary(found.map { ($0.id, url($0)) }, uniquingKeysWith: { first, _ in first }),
                       ["invalid-value": "rulebooks.md#rulebooks", "invalid-rule": "rulebooks.md#rulebooks",
                        "invalid-pattern": "prose-rules.md#the-match-format"], "\(found)")
    }

    func testAWaiversFilesAndABaselinesProblemsLinkToTheirSections() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("documentation-links-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let waivers = folder.appendingPathComponent("waivers.yaml")
        try "waivers:\n  - {policy: fund, rule: short-application-window, path: p, reason: R, approver: A, expires: 2099-01-01, colour: red}\n".write(to: waivers, atomically: true, encoding: .utf8)
        let plan = errors { () throws(InputErrors) in
            _ = try RunPlan(config: Config.defaults(directory: folder.path), overrides: RunOverrides(waivers: [waivers.path]))
        }
        XCTAssertEqual(plan.first?.id, "unknown-key")
        XCTAssertEqual(url(plan.first), "ci.md#waivers")
        let baseline = errors { () throws(InputErrors) in _ = try Baseline.read(SourceText(name: "baseline.json", text: "{\"version\": 1,")) }
        XCTAssertEqual(baseline.map(\.id), ["invalid-baseline"])
        XCTAssertEqual(url(baseline.first), "ci.md#baselines")
    }

    func testAPolicysProblemsLinkToThePolicyFormat() throws {
        let finding = try XCTUnwrap(PolicyReader().read(SourceText(name: "p.yaml", text: "policy: 1\nid: 5\ntitle: T\nkind: grant\n")).findings.first)
        XCTAssertEqual(finding.documentationURL, PolicyLintVersion.docsBase + "policy-format.md#what-the-validator-reports")
    }

    func testEveryKindOfFilesPageHasItsHeadingAndDescribesItsProblems() throws {
        let docs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../docs").standardized
        for kind in DataFileKind.allCases {
            guard let documentation = kind.documentation else { continue }
            let parts = documentation.split(separator: "#").map(String.init)
            let page = try String(contentsOf: docs.appendingPathComponent(parts[0]), encoding: .utf8)
            let headings = page.split(separator: "\n").filter { $0.hasPrefix("#") }.map { heading in
                heading.drop { $0 == "#" }.trimmingCharacters(in: .whitespaces).lowercased()
                    .replacingOccurrences(of: " ", with: "-").filter { $0.isLetter || $0.isNumber || $0 == "-" }
            }
            XCTAssertTrue(headings.contains(parts[1]), "docs/\(parts[0]) has no heading #\(parts[1]) for \(kind)")
            XCTAssertTrue(page.contains("`invalid-yaml`"), "docs/\(parts[0]) does not say how a \(kind.name) that is not YAML is reported")
        }
    }
}
