import XCTest
import PolicyLintTestSupport

/// `rules` and `explain` describe the rules as the working folder's config sets them, as `check` runs them: the
/// config's own rulebooks, its severities, the rules it switches off and the parameter values it sets.
final class ConfiguredRulesTests: ScratchFolderTestCase {
    override func setUpWithError() throws {
        try super.setUpWithError()
        let rulebook = try String(contentsOf: PackagePaths.root.appendingPathComponent("examples/policy-repo/rules/local-rules.yaml"), encoding: .utf8)
        try write(rulebook, to: "rules/local.yaml")
        try write("""
        rulebooks: [rules/local.yaml]
        rules:
          tight-word-limit: off
          insurance-required-at-application: error
        parameters:
          min_window_days: 42
        """, to: ".policylint.yaml")
    }

    private func listed(_ arguments: [String]) throws -> [String: String] {
        let outcome = try run(["rules", "--format", "json"] + arguments)
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let rules = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [[String: Any]])
        return Dictionary(uniqueKeysWithValues: rules.compactMap { rule in
            (rule["id"] as? String).map { ($0, rule["severity"] as? String ?? "") }
        })
    }

    func testRulesListsTheRulesTheConfigPutsInForce() throws {
        let configured = try listed([])
        XCTAssertEqual(configured["multi-stage-small-grant"], "warning", "the config's rulebook is listed")
        XCTAssertNil(configured["tight-word-limit"], "a rule the config switches off is not in force")
        XCTAssertEqual(configured["insurance-required-at-application"], "error", "the config's severity is shown")

        let isolated = try listed(["--isolated"])
        XCTAssertNil(isolated["multi-stage-small-grant"])
        XCTAssertEqual(isolated["tight-word-limit"], "info")
        XCTAssertEqual(isolated["insurance-required-at-application"], "warning")
    }

    func testRulesListsAPreviewRuleOnlyWhereCheckWouldRunIt() throws {
        let rulebook = try read("rules/local.yaml").replacingOccurrences(of: "    severity: warning\n", with: "    severity: warning\n    status: preview\n")
        try write(rulebook, to: "rules/local.yaml")
        XCTAssertNil(try listed([])["multi-stage-small-grant"], "a preview rule the config does not run is not listed")
        XCTAssertEqual(try listed(["--preview"])["multi-stage-small-grant"], "warning")
        let table = try run(["rules"])
        XCTAssertTrue(table.stdout.contains("1 preview rule is not listed, as it does not run; `--preview` lists them too."), table.stdout)
        try write("rulebooks: [rules/local.yaml]\nrules:\n  multi-stage-small-grant: on\n", to: ".policylint.yaml")
        XCTAssertEqual(try listed([])["multi-stage-small-grant"], "warning", "a preview rule the config switches on runs, so is listed")
    }

    func testExplainFindsTheConfigsRulesAndShowsItsParameterValues() throws {
        let local = try run(["explain", "multi-stage-small-grant"])
        XCTAssertEqual(local.exitCode, 0, "a rule from the config's rulebook can be explained: \(local.stderr)")
        XCTAssertTrue(local.stdout.contains("Rulebook: `eastbrook-local`"), local.stdout)

        let window = try run(["explain", "short-application-window"])
        XCTAssertEqual(window.exitCode, 0, window.stderr)
        XCTAssertTrue(window.stdout.contains("- `min_window_days` = `42`, set by the config (default `28`)"), window.stdout)
        let isolated = try run(["explain", "short-application-window", "--isolated"])
        XCTAssertTrue(isolated.stdout.contains("- `min_window_days` = `28` ("), isolated.stdout)
    }

    func testExplainShowsTheSeverityTheConfigSets() throws {
        let raised = try run(["explain", "insurance-required-at-application"])
        XCTAssertEqual(raised.exitCode, 0, raised.stderr)
        XCTAssertTrue(raised.stdout.contains("Severity: **error**"), raised.stdout)
        let own = try run(["explain", "insurance-required-at-application", "--isolated"])
        XCTAssertTrue(own.stdout.contains("Severity: **warning**"), own.stdout)
        let switchedOff = try run(["explain", "tight-word-limit"])
        XCTAssertTrue(switchedOff.stdout.contains("Severity: **info**"), "a rule switched off keeps its rulebook's severity: \(switchedOff.stdout)")
    }

    func testABrokenConfigStopsRulesAndExplainAtItsLine() throws {
        try write("rules:\n  tight-word-limt: off\n", to: ".policylint.yaml")
        for arguments in [["rules"], ["explain", "short-application-window"]] {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.exitCode, 2, outcome.stdout)
            XCTAssertTrue(outcome.stderr.contains(".policylint.yaml:2:3: error[unknown-rule]"), outcome.stderr)
        }
    }
}
