import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// A barrier phrase used as the label of a label–value layout ("Match funding: none", "| Audited accounts | No |")
/// is negated by a negative or nil value, softened by an optional one, and still reported for any other value.
final class LabelValueNegationTests: XCTestCase {
    private static let engine: RuleEngine? = try? RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection(preview: true))

    /// The findings of `lines`, written as a YAML block scalar under `sections.text` of a grant policy.
    private func findings(_ lines: [String]) throws -> [Finding] {
        let engine = try XCTUnwrap(Self.engine)
        let block = lines.map { "    " + $0 }.joined(separator: "\n")
        let source = SourceText(name: "t.yaml", text: ExamplePolicy.wrap("sections:\n  text: |\n\(block)\n", kind: "grant"))
        let document = try XCTUnwrap(PolicyReader().read(source).documents.first)
        return engine.run(on: document).filter { $0.category == .rule && $0.nodePath == "sections.text" }
    }

    /// The findings of `line` alone in a block scalar.
    private func findings(_ line: String) throws -> [Finding] { try findings([line]) }

    /// The ids of the rules reported at error severity for `line`.
    private func errors(_ line: String) throws -> Set<String> {
        Set(try findings(line).filter { $0.severity == .error }.map(\.ruleID))
    }

    /// The findings of a Markdown document.
    private func markdownFindings(_ text: String) throws -> [Finding] {
        let engine = try XCTUnwrap(Self.engine)
        return Linter(engine: engine).check(SourceText(name: "guidance.md", text: text)).findings.filter { $0.category == .rule }
    }

    func testANilValueAfterAColonNegatesTheLabel() throws {
        XCTAssertEqual(try errors("Match funding: none."), [])
        XCTAssertEqual(try errors("Match funding: not required."), [])
        XCTAssertEqual(try errors("Match funding: None required."), [])
        XCTAssertEqual(try errors("Audited accounts: N/A"), [])
        XCTAssertEqual(try errors("Audited accounts: nil"), [])
        XCTAssertEqual(try errors("Audited accounts: not applicable."), [])
        XCTAssertEqual(try errors("Audited accounts: not asked for."), [])
        XCTAssertEqual(try errors("Audited accounts: no"), [])
        XCTAssertEqual(try errors("Match funding: waived."), [])
        XCTAssertEqual(try errors("Match funding: no requirement."), [])
    }

    func testANilValueAfterADashNegatesTheLabel() throws {
        XCTAssertEqual(try errors("Match funding – not needed."), [], "en dash")
        XCTAssertEqual(try errors("Match funding - not needed."), [], "hyphen")
        XCTAssertEqual(try errors("Match funding — not needed."), [], "em dash")
        XCTAssertEqual(try errors("Match funding — none."), [], "em dash and a bare answer")
    }

    func testANilValueInBracketsNegatesTheLabel() throws {
        XCTAssertEqual(try errors("Audited accounts (not required)."), [])
        XCTAssertEqual(try errors("Audited accounts (none needed)."), [])
        XCTAssertEqual(try errors("Audited accounts (last three years): not required."), [],
                       "a bracket inside the label is skipped to reach the value")
    }

    func testANilCellNegatesTheCellBeforeIt() throws {
        XCTAssertEqual(try errors("| Audited accounts | No |"), [])
        XCTAssertEqual(try errors("| Audited accounts | N/A |"), [])
        XCTAssertEqual(try errors("| Match funding | Not required |"), [], "already negated before; must stay so")
        XCTAssertEqual(try errors("| Match funding | None |"), [])
    }

    func testTheAnswerMayBeFollowedByMoreText() throws {
        XCTAssertEqual(try errors("Match funding: none, but in-kind support is welcome."), [])
        XCTAssertEqual(try errors("Audited accounts: no; a bank statement will do."), [])
        XCTAssertEqual(try errors("Match funding: not required for this fund."), [],
                       "a post-negation cue opening the value reads like \"Match funding is not required for this fund\"")
    }

    func testRealRequirementsInTheSameLayoutsStillFire() throws {
        XCTAssertTrue(try errors("Match funding: 20% of project costs.").contains("match-funding-in-prose"))
        XCTAssertTrue(try errors("Audited accounts: required for the last 3 years.").contains("audited-accounts-in-prose"))
        XCTAssertTrue(try errors("| Audited accounts | Yes |").contains("audited-accounts-in-prose"))
        XCTAssertTrue(try errors("| Match funding | 25% |").contains("match-funding-in-prose"))
        XCTAssertTrue(try errors("No later than March: match funding of 10%").contains("match-funding-in-prose"))
        XCTAssertTrue(try errors("Match funding – required.").contains("match-funding-in-prose"))
        XCTAssertTrue(try errors("Audited accounts (required).").contains("audited-accounts-in-prose"))
    }

    func testANegativeWordThatIsNotTheWholeAnswerDoesNotNegate() throws {
        XCTAssertTrue(try errors("Match funding: no less than 20% of costs.").contains("match-funding-in-prose"),
                      "a pseudo-negation is not an answer")
        XCTAssertTrue(try errors("Audited accounts: no older than 18 months.").contains("audited-accounts-in-prose"))
        XCTAssertTrue(try errors("Audited accounts (no exceptions).").contains("audited-accounts-in-prose"))
        XCTAssertTrue(try errors("Match funding: none if you are a charity, 20% otherwise.").contains("match-funding-in-prose"),
                      "an answer qualified by a condition is not a plain nil answer")
        XCTAssertTrue(try errors("Audited accounts (see note): none older than a year.").contains("audited-accounts-in-prose"))
    }

    func testOnlyAShortLabelRightBeforeTheSeparatorTakesTheValue() throws {
        XCTAssertTrue(try errors("Applicants must provide audited accounts and then explain every figure in the report in detail: no.")
            .contains("audited-accounts-in-prose"), "too many words between the phrase and the colon for a label")
        XCTAssertTrue(try errors("You need audited accounts, and references: none.").contains("audited-accounts-in-prose"),
                      "the clause ends before the colon, so the phrase is not the label")
        XCTAssertTrue(try errors("We require audited accounts but match funding: none.").contains("audited-accounts-in-prose"),
                      "a linking word ends the label")
    }

    func testAnOptionalValueSoftensTheLabel() throws {
        let optional = try findings("Audited accounts: optional.").filter { $0.ruleID == "audited-accounts-in-prose" }
        XCTAssertEqual(optional.map(\.severity), [.info], "optional is an allowance, reported for information")
        let welcome = try findings("| Match funding | Welcome |").filter { $0.ruleID == "match-funding-in-prose" }
        XCTAssertEqual(welcome.map(\.severity), [.info])
        let bracket = try findings("Audited accounts (if available).").filter { $0.ruleID == "audited-accounts-in-prose" }
        XCTAssertEqual(bracket.map(\.severity), [.info])
    }

    func testTableRowsInAYAMLBlockAreSeparateSentences() throws {
        let rows = [
            "| Requirement | Status |",
            "|---|---|",
            "| Match funding | 25% |",
            "| Audited accounts | Not required |",
        ]
        XCTAssertEqual(try findings(rows).filter { $0.severity == .error }.map(\.ruleID), ["match-funding-in-prose"],
                       "the next row's answer does not negate this row's requirement")
        let text = ProseText(rows.joined(separator: "\n"))
        XCTAssertEqual(SentenceSplitter.sentences(text).map { text.text($0) }, rows)
    }

    func testMarkdownTablesAndLabels() throws {
        let text = """
        ## What you need

        | Requirement | Needed? |
        |---|---|
        | Audited accounts | No |
        | Match funding | 25% |

        **Match funding:** none.
        """
        XCTAssertEqual(try markdownFindings(text).filter { $0.severity == .error }.map(\.location.span.start.description), ["6:3"])
    }

    func testTheMechanismIsGeneralNotTiedToTheRulebook() throws {
        let match = TextMatch(patterns: [try TextPattern(#"\bwidget fee\b"#)])
        func polarity(_ sentence: String) -> MatchPolarity? {
            let text = ProseText(sentence)
            return match.hit(in: text, sentence: 0..<text.count)?.polarity
        }
        XCTAssertNil(polarity("Widget fee: nil."))
        XCTAssertNil(polarity("| Widget fee | no |"))
        XCTAssertNil(polarity("Widget fee – not applicable"))
        XCTAssertEqual(polarity("Widget fee: £20."), .asserted)
        XCTAssertEqual(polarity("| Widget fee | yes |"), .asserted)
        XCTAssertEqual(polarity("Widget fee (voluntary)"), .softened)
    }

    func testAValueItemEndsAtTheFirstPunctuationAndALabelAtAnyOther() {
        func items(_ sentence: String, phrase: String) -> [String] {
            let text = ProseText(sentence)
            guard let start = sentence.range(of: phrase).map({ sentence.unicodeScalars.distance(from: sentence.startIndex, to: $0.lowerBound) })
            else { return ["phrase not found"] }
            let match = start..<(start + phrase.unicodeScalars.count)
            return LabelValue.values(after: match, in: text, sentence: 0..<text.count, boundaries: [], maxWords: 6).map { text.text($0.item) }
        }
        XCTAssertEqual(items("Match funding: none, but in kind is welcome.", phrase: "Match funding"), ["none"])
        XCTAssertEqual(items("Match funding –  not needed – see below", phrase: "Match funding"), ["not needed"])
        XCTAssertEqual(items("| Audited accounts |   No   |", phrase: "Audited accounts"), ["No"])
        XCTAssertEqual(items("Audited accounts (last 3 years): n/a.", phrase: "Audited accounts"), ["last 3 years", "n/a"])
        XCTAssertEqual(items("Audited accounts:", phrase: "Audited accounts"), [""])
        XCTAssertEqual(items("Match-funding rules: none", phrase: "Match"), ["none"], "a hyphen inside a word is no separator")
        XCTAssertEqual(items("Audited accounts, if any: none", phrase: "Audited accounts"), [], "a comma ends the label")
        XCTAssertEqual(items("Audited accounts are required: no exceptions", phrase: "Audited accounts"), ["no exceptions"])
    }

    func testNegationIgnoreStillReportsALabel() throws {
        let match = TextMatch(patterns: [try TextPattern(#"\bwidget fee\b"#)], negation: .ignore)
        let text = ProseText("Widget fee: none.")
        XCTAssertEqual(match.hit(in: text, sentence: 0..<text.count)?.polarity, .asserted)
    }
}
