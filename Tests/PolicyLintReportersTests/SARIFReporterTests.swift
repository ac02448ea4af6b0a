import Foundation
import PolicyLintCore
import PolicyLintReporters
import PolicyLintTestSupport
import PolicyYAML
import XCTest

/// The SARIF log validates against the 2.1.0 schema and carries rules, suppressions and fixes as documented.
final class SARIFReporterTests: XCTestCase {
    private func sarif(_ report: CheckReport = ReportFixture.report()) throws -> String {
        SARIFReporter().render(report, context: try ReportFixture.context())
    }

    private func object(_ text: String) throws -> [String: Any] {
        try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
    }

    private func firstRun(_ log: [String: Any]) throws -> [String: Any] {
        try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
    }

    private func results(_ log: [String: Any]) throws -> [[String: Any]] {
        try XCTUnwrap(try firstRun(log)["results"] as? [[String: Any]])
    }

    /// Runs the schema check; nil when the document is valid, else the validator's complaints.
    private func schemaProblems(_ document: String) throws -> String? {
        guard let shared = PackagePaths.shared else {
            throw XCTSkip("../shared is absent, so the SARIF schema (shared/data/sarif-schema-2.1.0.json) cannot be read")
        }
        let schema = shared.appendingPathComponent("data/sarif-schema-2.1.0.json")
        guard FileManager.default.fileExists(atPath: schema.path) else { throw XCTSkip("\(schema.path) is absent") }
        let directory = try PackagePaths.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let documentURL = directory.appendingPathComponent("report.sarif")
        try document.write(to: documentURL, atomically: true, encoding: .utf8)
        let script = """
        import json, sys
        try:
            import jsonschema
        except ImportError:
            sys.exit(77)
        schema = json.load(open(sys.argv[1], encoding="utf-8"))
        document = json.load(open(sys.argv[2], encoding="utf-8"))
        errors = sorted(jsonschema.Draft4Validator(schema).iter_errors(document), key=lambda e: list(e.absolute_path))
        for error in errors:
            print("/".join(str(p) for p in error.absolute_path) + ": " + error.message)
        sys.exit(1 if errors else 0)
        """
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3", "-c", script, schema.path, documentURL.path]
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        switch process.terminationStatus {
        case 0: return nil
        case 77: throw XCTSkip("python3 has no jsonschema module (pip install jsonschema) to validate SARIF")
        case 127: throw XCTSkip("python3 is not installed, so SARIF cannot be validated against its schema")
        case 1: return text.isEmpty ? "invalid" : text
        default: throw XCTSkip("the schema check could not run (exit \(process.terminationStatus)): \(text)")
        }
    }

    func testValidatesAgainstTheSARIFSchema() throws {
        let problems = try schemaProblems(try sarif())
        XCTAssertNil(problems, problems ?? "")
    }

    func testSchemaCheckRejectsAnInvalidLog() throws {
        // Guards the test above: a log with a result missing its message and a fix without changes must fail.
        var log = try object(try sarif())
        var run = try firstRun(log)
        var result = try XCTUnwrap(try results(log).first)
        result.removeValue(forKey: "message")
        result["fixes"] = [["description": ["text": "fake"]]]
        run["results"] = [result]
        log["runs"] = [run]
        let broken = String(decoding: try JSONSerialization.data(withJSONObject: log), as: UTF8.self)
        let problems = try schemaProblems(broken)
        XCTAssertNotNil(problems)
        XCTAssertTrue(problems?.contains("message") ?? false, problems ?? "")
        XCTAssertTrue(problems?.contains("artifactChanges") ?? false, problems ?? "")
    }

    func testRunDescribesToolAndRules() throws {
        let log = try object(try sarif())
        XCTAssertEqual(log["version"] as? String, "2.1.0")
        XCTAssertEqual(log["$schema"] as? String, SARIFReporter.schemaURI)
        let run = try firstRun(log)
        XCTAssertEqual(run["columnKind"] as? String, "unicodeCodePoints")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        XCTAssertEqual(driver["name"] as? String, "policylint")
        XCTAssertEqual(driver["version"] as? String, PolicyLintVersion.current)
        let rules = try XCTUnwrap(driver["rules"] as? [[String: Any]])
        XCTAssertEqual(rules.compactMap { $0["id"] as? String },
                       ["match-funding-required", "payment-in-arrears", "established-organisations-only", "unknown-key", "invalid-yaml"],
                       "the rules in force, then each input finding of the run")
        XCTAssertEqual(rules[3]["helpUri"] as? String, PolicyLintVersion.docsBase + "policy-format.md#what-the-validator-reports")
        XCTAssertEqual((rules[4]["shortDescription"] as? [String: Any])?["text"] as? String, "The file is not valid YAML.")
        XCTAssertEqual((rules[4]["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        let first = rules[0]
        XCTAssertEqual(first["name"] as? String, "MatchFundingRequired")
        XCTAssertEqual((first["shortDescription"] as? [String: Any])?["text"] as? String, "Match funding is required")
        XCTAssertEqual(first["helpUri"] as? String, PolicyLintVersion.rulesDocsBase + "match-funding-required.md")
        XCTAssertEqual((first["defaultConfiguration"] as? [String: Any])?["level"] as? String, "error")
        let help = try XCTUnwrap(first["help"] as? [String: Any])
        XCTAssertTrue((help["markdown"] as? String)?.contains("- Accept volunteer time and premises as in-kind match.") ?? false)
        XCTAssertTrue((help["text"] as? String)?.contains("rarely hold reserves") ?? false)
        XCTAssertEqual((first["properties"] as? [String: Any])?["principles"] as? [String], ["match-core-funding"])
        XCTAssertEqual((rules[2]["defaultConfiguration"] as? [String: Any])?["level"] as? String, "note")
    }

    func testResultsCarryRuleIndexLevelsAndRegions() throws {
        let results = try results(try object(try sarif()))
        XCTAssertEqual(results.count, 6)
        XCTAssertEqual(results.compactMap { $0["ruleId"] as? String },
                       ["match-funding-required", "payment-in-arrears", "established-organisations-only", "unknown-key", "payment-in-arrears", "invalid-yaml"])
        XCTAssertEqual(results.map { $0["ruleIndex"] as? Int }, [0, 1, 2, 3, 1, 4])
        XCTAssertEqual(results.compactMap { $0["level"] as? String }, ["error", "warning", "note", "warning", "warning", "error"])
        XCTAssertEqual(results.map { $0["baselineState"] as? String }, [nil, nil, nil, nil, "unchanged", nil])
        let multiLine = try XCTUnwrap((results[2]["locations"] as? [[String: Any]])?.first)
        let physical = try XCTUnwrap(multiLine["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, "policies/community-fund.yaml")
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String, "%SRCROOT%")
        let region = try XCTUnwrap(physical["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 13)
        XCTAssertEqual(region["startColumn"] as? Int, 24)
        XCTAssertEqual(region["endLine"] as? Int, 14)
        XCTAssertEqual(region["endColumn"] as? Int, 43)
        let snippet = "“established” organisations —\n    with 3 years’ trading and a café-style"
        XCTAssertEqual((region["snippet"] as? [String: Any])?["text"] as? String, snippet)
        XCTAssertEqual(region["byteLength"] as? Int, snippet.utf8.count)
        XCTAssertEqual((multiLine["logicalLocations"] as? [[String: Any]])?.first?["fullyQualifiedName"] as? String, "sections.eligibility")
        let smallGrants = try XCTUnwrap((results[3]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((smallGrants["artifactLocation"] as? [String: Any])?["uri"] as? String, "policies/small%20grants,%202027.yaml")
    }

    func testABaselinedRunMarksEveryResultNewOrUnchangedAndRecordsItsFolder() throws {
        let fixture = try ReportFixture.context()
        let context = ReportContext(rules: fixture.rules, rulebooks: fixture.rulebooks, comparedWithBaseline: true,
                                    workingDirectory: "/home/ci/policy repo")
        let text = SARIFReporter().render(ReportFixture.report(), context: context)
        let log = try object(text)
        XCTAssertEqual(try results(log).map { $0["baselineState"] as? String }, ["new", "new", "new", "new", "unchanged", "new"])
        let bases = try XCTUnwrap(try firstRun(log)["originalUriBaseIds"] as? [String: [String: String]])
        XCTAssertEqual(bases["%SRCROOT%"]?["uri"], "file:///home/ci/policy%20repo/")
        let problems = try schemaProblems(text)
        XCTAssertNil(problems, problems ?? "")
    }

    func testARunStoppedByItsConfigurationHasNotificationsAndNoResults() throws {
        let config = SourceText(name: ".policylint.yaml", bytes: Array("fail-onn: warning\nrules:\n  tight-word-limt: off\n".utf8))
        let span = { (line: Int, column: Int, offset: Int, length: Int) in
            SourceSpan(start: SourcePosition(line: line, column: column, offset: offset),
                       end: SourcePosition(line: line, column: column + length, offset: offset + length))
        }
        let errors = InputErrors([
            InputError(id: "unknown-key", message: "unknown key 'fail-onn' at the top level", source: config, span: span(1, 1, 0, 8)),
            InputError(id: "unknown-rule", message: "no rule matches 'tight-word-limt'", source: config, span: span(3, 3, 27, 15)),
            InputError(id: "no-policy-files", message: "no policy files found in policies"),
        ])
        let text = SARIFReporter().render(CheckReport(stoppedBy: errors, failOn: .error), context: ReportContext(workingDirectory: "/home/ci/repo"))
        let problems = try schemaProblems(text)
        XCTAssertNil(problems, problems ?? "")
        let run = try firstRun(try object(text))
        XCTAssertEqual(try XCTUnwrap(run["results"] as? [Any]).count, 0, "nothing was analysed, so nothing was found")
        XCTAssertEqual(try XCTUnwrap(run["artifacts"] as? [Any]).count, 0)
        let invocation = try XCTUnwrap((run["invocations"] as? [[String: Any]])?.first)
        XCTAssertEqual(invocation["executionSuccessful"] as? Bool, false)
        XCTAssertEqual(invocation["exitCode"] as? Int, 2)
        let notifications = try XCTUnwrap(invocation["toolConfigurationNotifications"] as? [[String: Any]])
        XCTAssertEqual(notifications.compactMap { ($0["message"] as? [String: Any])?["text"] as? String },
                       errors.errors.map(\.message))
        XCTAssertEqual(notifications.compactMap { $0["level"] as? String }, ["error", "error", "error"])
        XCTAssertEqual(notifications.compactMap { ($0["descriptor"] as? [String: Any])?["index"] as? Int }, [0, 1, 2])
        let physical = try XCTUnwrap((notifications[1]["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uri"] as? String, ".policylint.yaml")
        XCTAssertEqual((physical["artifactLocation"] as? [String: Any])?["uriBaseId"] as? String, "%SRCROOT%")
        let region = try XCTUnwrap(physical["region"] as? [String: Any])
        XCTAssertEqual(region["startLine"] as? Int, 3)
        XCTAssertEqual(region["startColumn"] as? Int, 3)
        XCTAssertEqual((region["snippet"] as? [String: Any])?["text"] as? String, "tight-word-limt")
        XCTAssertNil(notifications[2]["locations"], "a problem with the command line is in no file")
        let driver = try XCTUnwrap((run["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let described = try XCTUnwrap(driver["notifications"] as? [[String: Any]])
        XCTAssertEqual(described.compactMap { $0["id"] as? String }, ["unknown-key", "unknown-rule", "no-policy-files"])
        XCTAssertEqual(described[1]["helpUri"] as? String, PolicyLintVersion.docsBase + "configuration.md#problems-in-a-config")
    }

    func testWaiversAreAcceptedSuppressionsAndFixesStayOutOfFixes() throws {
        let results = try results(try object(try sarif()))
        let suppressions = results.map { $0["suppressions"] as? [[String: Any]] }
        XCTAssertNil(suppressions[0])
        XCTAssertNil(suppressions[2], "an expired waiver must not suppress")
        let suppression = try XCTUnwrap(suppressions[1]?.first)
        XCTAssertEqual(suppression["kind"] as? String, "external")
        XCTAssertEqual(suppression["status"] as? String, "accepted")
        XCTAssertEqual(suppression["justification"] as? String,
                       ReportFixture.waiverReason + " (approved by Director of Finance, expires 2099-03-31)")
        XCTAssertTrue(results.allSatisfy { $0["fixes"] == nil }, "fixes are not text replacements, so they must not be SARIF fixes")
        let fix = try XCTUnwrap((results[0]["properties"] as? [String: Any])?["fix"] as? [String: Any])
        XCTAssertEqual(fix["safety"] as? String, "unsafe")
        XCTAssertEqual(fix["description"] as? String, "Stop requiring match funding.")
        let expired = try XCTUnwrap((results[2]["properties"] as? [String: Any])?["waiver"] as? [String: Any])
        XCTAssertEqual(expired["expired"] as? Bool, true)
    }

    func testFingerprintsIgnoreLineMovesButNotRuleOrNode() throws {
        let finding = try XCTUnwrap(ReportFixture.report().findings.first)
        var moved = finding
        moved.location = Location(file: finding.location.file, span: SourceSpanFactory.span(line: 40), excerpt: finding.location.excerpt)
        var otherNode = finding
        otherNode.nodePath = "funding.match_funding.share"
        let report = CheckReport(files: [FileReport(path: ReportFixture.fundPath, policyIDs: [], findings: [finding, moved, otherNode], sha256: nil)],
                                 failOn: .warning)
        let prints = try results(try object(try sarif(report))).map {
            ($0["partialFingerprints"] as? [String: String])?[SARIFReporter.fingerprintKey]
        }
        XCTAssertEqual(prints.count, 3)
        XCTAssertNotNil(prints[0])
        XCTAssertEqual(prints[0], prints[1])
        XCTAssertNotEqual(prints[0], prints[2])
    }
}
