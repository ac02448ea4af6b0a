import XCTest
import PolicyLintTestSupport

/// A rule name that matches nothing gets the same "did you mean" wherever it is written: `--select`, `--ignore`, a
/// config's `rules`, `explain` and a waiver.
final class RuleNameSuggestionTests: ScratchFolderTestCase {
    private let matchFundingRules = "'match-funding-required', 'match-funding-required-in-kind' and 'match-funding-in-prose'"

    func testSelectAndIgnoreSuggestTheGlobOfTheRulesANearMissStartsLike() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        for flag in ["--select", "--ignore"] {
            let outcome = try run(["check", "p.yaml", flag, "match-fundng"])
            XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
            XCTAssertTrue(outcome.stderr.contains("no rule matches 'match-fundng' (did you mean 'match-funding-*', which matches \(matchFundingRules)?)"),
                          "\(flag): \(outcome.stderr)")
        }
    }

    func testATypoOfAWholeIdStillSuggestsThatId() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        let outcome = try run(["check", "p.yaml", "--select", "match-funding-requird"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("(did you mean 'match-funding-required'?)"), outcome.stderr)
    }

    func testANearMissGlobSuggestsTheGlobSpeltRight() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        let outcome = try run(["check", "p.yaml", "--ignore", "match-fundng-*"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("(did you mean 'match-funding-*', which matches"), outcome.stderr)
    }

    func testAConfigsRulesSuggestTheSameWay() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        try write("rules:\n  match-fundng: off\n", to: ".policylint.yaml")
        let outcome = try run(["check", "p.yaml"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains(".policylint.yaml:2:3: error[unknown-rule]"), outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("(did you mean 'match-funding-*', which matches"), outcome.stderr)
    }

    func testExplainNamesTheRulesItCouldMeanRatherThanAGlob() throws {
        let outcome = try run(["explain", "match-fundng"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("no rule 'match-fundng' (did you mean one of \(matchFundingRules)?)"), outcome.stderr)
    }

    func testAShortNameTwoEditsFromALeadingWordSuggestsNothing() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        let outcome = try run(["check", "p.yaml", "--select", "nope"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("no rule matches 'nope'; `policylint rules` lists them"), outcome.stderr)
    }

    func testANameFarFromEveryRuleSuggestsNothing() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        let outcome = try run(["check", "p.yaml", "--select", "zzz-qqq"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stderr.contains("no rule matches 'zzz-qqq'; `policylint rules` lists them"), outcome.stderr)
    }
}
