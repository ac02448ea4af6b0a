import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// The policy format validator reports located, helpful problems.
final class FormatValidationTests: XCTestCase {
    private let header = "policy: 1\nid: test-policy\ntitle: Test\nkind: grant\n"

    private func findings(_ yaml: String) -> [Finding] {
        PolicyReader().read(SourceText(name: "t.yaml", text: yaml)).findings
    }

    func testAValidPolicyHasNoFindings() {
        XCTAssertEqual(findings(header + "funding: {total: 1000, currency: GBP}\n"), [])
    }

    func testUnknownKeyIsAWarningWithASuggestion() throws {
        let finding = try XCTUnwrap(findings(header + "funding:\n  totl: 5\n").first)
        XCTAssertEqual(finding.ruleID, "unknown-key")
        XCTAssertEqual(finding.severity, .warning)
        XCTAssertTrue(finding.message.contains("did you mean 'total'"), finding.message)
        XCTAssertEqual(finding.location.span.start.description, "6:3")
        XCTAssertFalse(finding.isInputError)
    }

    func testWrongTypeIsAnErrorAtTheValue() throws {
        let finding = try XCTUnwrap(findings(header + "funding: {match_funding: {required: yes}}\n").first)
        XCTAssertEqual(finding.ruleID, "wrong-type")
        XCTAssertEqual(finding.severity, .error)
        XCTAssertEqual(finding.location.span.start.description, "5:37")
        XCTAssertEqual(finding.nodePath, "funding.match_funding.required")
        XCTAssertTrue(finding.message.contains("write true"), finding.message)
        XCTAssertTrue(finding.isInputError)
    }

    func testANumberOrBooleanWhereTextBelongsIsAWrongTypeWithAHintToQuoteIt() throws {
        let cases = [("policy: 1\nid: 5\ntitle: T\nkind: grant\n", "2:5", "id", "YAML reads 5 as a number, so quote it to write it as text: \"5\""),
                     ("policy: 1\nid: x\ntitle: 2025\nkind: grant\n", "3:8", "title", "YAML reads 2025 as a number"),
                     (header + "owner: 1.5\n", "5:8", "owner", "YAML reads 1.5 as a number"),
                     (header + "owner: true\n", "5:8", "owner", "YAML reads true as a boolean, so quote it"),
                     (header + "summary: 12\n", "5:10", "summary", "YAML reads 12 as a number"),
                     (header + "eligibility: {accreditations: [ISO, 9001]}\n", "5:37", "eligibility.accreditations[1]", "quote it")]
        for (yaml, place, path, hint) in cases {
            let found = findings(yaml)
            XCTAssertEqual(found.map(\.ruleID), ["wrong-type"], yaml)
            let finding = try XCTUnwrap(found.first)
            XCTAssertEqual(finding.location.span.start.description, place, yaml)
            XCTAssertEqual(finding.nodePath, path, yaml)
            XCTAssertTrue(finding.message.contains(hint), finding.message)
        }
        XCTAssertEqual(PolicyReader().read(SourceText(name: "t.yaml", text: "policy: 1\nid: 5\ntitle: T\nkind: grant\n")).documents.first?.id, nil,
                       "an id of the wrong type is no id: waivers and baselines cannot match it")
    }

    func testEveryTextFieldIsCalledAStringAlike() throws {
        for (yaml, path) in [(header + "owner: 12\n", "owner"), (header + "summary: 12\n", "summary")] {
            let finding = try XCTUnwrap(findings(yaml).first)
            XCTAssertEqual(finding.nodePath, path)
            XCTAssertTrue(finding.message.hasPrefix("'\(path)' must be a string, but found the integer '12'"), finding.message)
        }
    }

    func testAQuotedValueThatWouldFitWithoutItsQuotesSaysToRemoveThem() throws {
        let cases = [("funding: {award: {max: \"600000\"}}\n", "funding.award.max", "600000"),
                     ("funding: {total: '1500.50'}\n", "funding.total", "1500.50"),
                     ("funding: {match_funding: {required: \"true\"}}\n", "funding.match_funding.required", "true"),
                     ("eligibility: {min_years_trading: \"2\"}\n", "eligibility.min_years_trading", "2")]
        for (yaml, path, unquoted) in cases {
            let found = findings(header + yaml)
            XCTAssertEqual(found.map(\.ruleID), ["wrong-type"], yaml)
            let finding = try XCTUnwrap(found.first)
            XCTAssertEqual(finding.nodePath, path, yaml)
            XCTAssertTrue(finding.message.hasSuffix("; YAML reads a quoted value as a string, so remove the quotes: \(unquoted)"), finding.message)
        }
        let currency = try XCTUnwrap(findings(header + "funding: {total: \"£600,000\"}\n").first)
        XCTAssertTrue(currency.message.contains("write the amount as a plain number such as 600000"), currency.message)
        XCTAssertFalse(currency.message.contains("remove the quotes"), "the quotes alone are not the problem: \(currency.message)")
    }

    func testTextThatStartsWithANumberOrIsQuotedIsText() {
        XCTAssertEqual(findings("policy: 1\nid: \"5\"\ntitle: 2025 Fund\nkind: grant\nowner: '2025'\nsummary: \"12\"\n"), [])
        XCTAssertEqual(findings(header + "process: {opens: 2027-01-10, closes: 2027-02-21}\neligibility: {min_years_trading: 2}\n"), [],
                       "dates and years written as numbers keep their own types")
        XCTAssertEqual(findings(header + "owner: yes\n"), [], "YAML 1.2 reads yes as the word yes")
    }

    func testPercentWrittenForAFractionGetsAHint() throws {
        let finding = try XCTUnwrap(findings(header + "funding: {match_funding: {share: 25}}\n").first)
        XCTAssertEqual(finding.ruleID, "invalid-value")
        XCTAssertTrue(finding.message.contains("write 0.25"), finding.message)
    }

    func testAPercentOverAHundredGetsNoHintThatIsOutOfRangeToo() throws {
        let share = try XCTUnwrap(findings(header + "funding: {match_funding: {share: '150%'}}\n").first)
        XCTAssertFalse(share.message.contains("write 1.5"), share.message)
        XCTAssertTrue(share.message.contains("a share runs from 0% to 100%, written 0 to 1"), share.message)
        XCTAssertTrue(try XCTUnwrap(findings(header + "funding: {match_funding: {share: '30%'}}\n").first).message.contains("write 0.3 for 30%"))
        let weight = try XCTUnwrap(findings(header + "process: {assessment: {social_value_weight: '120%'}}\n").first)
        XCTAssertFalse(weight.message.contains("write 120"), weight.message)
        XCTAssertTrue(weight.message.contains("a weight runs from 0 to 100"), weight.message)
    }

    func testASwapOfTwoLettersIsOneSlipAndAShortNameIsNotTakenForAnother() throws {
        // `lost` for `lots` is one swap; counted as two edits it was as far as `nope` from `core`.
        let swapped = try XCTUnwrap(findings(header + "process:\n  lost: 2\n").first)
        XCTAssertTrue(swapped.message.contains("did you mean 'lots'"), swapped.message)
        XCTAssertEqual(Suggestion.closest(to: "nope", in: ["core", "note-x"]), nil)
        XCTAssertEqual(Suggestion.closest(to: "fudn", in: ["fund", "find-out"]), "fund")
    }

    func testImpossibleValues() {
        XCTAssertEqual(findings(header + "process: {opens: 2027-02-30}\n").first?.ruleID, "invalid-value")
        XCTAssertEqual(findings(header + "process: {lots: 0}\n").first?.ruleID, "invalid-value")
        XCTAssertEqual(findings(header + "funding: {currency: pounds}\n").first?.ruleID, "invalid-value")
        XCTAssertTrue(findings("policy: 1\nid: x\ntitle: T\nkind: grnt\n").first?.message.contains("did you mean 'grant'") ?? false)
    }

    func testAValueInTheWrongCaseIsRefusedWithTheSpellingThatFits() {
        func message(_ yaml: String) -> String { findings(header + yaml).first?.message ?? "" }
        XCTAssertEqual(message("funding: {currency: gbp}\n"),
                       "'gbp' is not a valid value for funding.currency (did you mean 'GBP'?): expected a three-letter currency code (such as GBP)")
        XCTAssertTrue(findings("policy: 1\nid: Fund-2027\ntitle: T\nkind: grant\n").first?.message.contains("(did you mean 'fund-2027'?)") ?? false)
        XCTAssertEqual(message("risk: {liability_cap: Unlimited}\n"),
                       "'risk.liability_cap' must be an amount of money (a number, 0 or more) or one of unlimited, but found the string 'Unlimited' (did you mean 'unlimited'?)")
        // Nothing close: no guess.
        XCTAssertFalse(message("funding: {currency: pounds}\n").contains("did you mean"))
        XCTAssertFalse(message("risk: {liability_cap: none at all}\n").contains("did you mean"))
    }

    func testAWholeNumberWrittenWithAPointIsAWholeNumber() {
        XCTAssertEqual(findings(header + "funding: {duration_months: 18.0}\n"), [], "JSON Schema's integer accepts 18.0 too")
        XCTAssertEqual(findings(header + "funding: {duration_months: 18.5}\n").map(\.ruleID), ["wrong-type"])
        XCTAssertEqual(findings(header + "funding: {duration_months: -3.0}\n").map(\.ruleID), ["invalid-value"], "bounds still hold")
    }

    func testDigitSeparatorsAndUnderscoredTagsGetTheSpellingThatWorks() {
        func message(_ yaml: String) -> String { findings(header + yaml).first?.message ?? "" }
        XCTAssertTrue(message("funding: {total: 1_000}\n").hasSuffix("YAML 1.2 reads '1_000' as text, so write it without the underscores: 1000"),
                      message("funding: {total: 1_000}\n"))
        XCTAssertTrue(message("funding: {duration_months: 1_2}\n").contains("write it without the underscores: 12"))
        XCTAssertFalse(message("funding: {total: ten_thousand}\n").contains("underscores"))
        XCTAssertTrue(message("process: {application: {languages: [en_GB]}}\n").contains("(did you mean 'en-GB'?)"),
                      message("process: {application: {languages: [en_GB]}}\n"))
    }

    func testFormatPatternsMatchTheWholeValueCaseSensitivelyAndWithoutNormalising() {
        func rule(_ yaml: String) -> String? { findings(yaml).first?.ruleID }
        XCTAssertNil(rule(header + "funding: {currency: EUR}\n"))
        for currency in ["gbp", "GBPX", "GB", "\"GBP\\n\"", "\"GBP \""] {
            XCTAssertEqual(rule(header + "funding: {currency: \(currency)}\n"), "invalid-value", currency)
        }
        XCTAssertNil(rule(header + "process: {application: {languages: [en, tr, en-GB, yue-Hant-HK]}}\n"))
        // Language tags are case-insensitive (BCP 47), so the pattern itself admits EN as well as en.
        XCTAssertNil(rule(header + "process: {application: {languages: [EN, Cy, EN-gb]}}\n"))
        for language in ["e", "en_GB", "en-", "E1"] {
            XCTAssertEqual(rule(header + "process: {application: {languages: [\(language)]}}\n"), "invalid-value", language)
        }
        // A Unicode hyphen looks like '-' but is not one, so an id using it is refused, not normalised.
        XCTAssertEqual(rule("policy: 1\nid: fund\u{2010}2027\ntitle: T\nkind: grant\n"), "invalid-value")
        XCTAssertEqual(rule("policy: 1\nid: Fund-2027\ntitle: T\nkind: grant\n"), "invalid-value")
        XCTAssertNil(rule("policy: 1\nid: fund-2027\ntitle: T\nkind: grant\n"))
    }

    func testEveryFormatPatternCompilesWithTheTextRuleEngine() {
        // A format pattern the engine refused (one that can match empty text, or outside its subset) would match
        // nothing and so reject every value; every pattern of every format must compile.
        func patterns(in type: FieldType) -> [String] {
            switch type {
            case .string(let pattern): return pattern.map { [$0] } ?? []
            case .list(let item), .dictionary(let item): return patterns(in: item)
            case .object(let fields): return fields.flatMap { patterns(in: $0.type) }
            case .oneOf(let types): return types.flatMap(patterns)
            default: return []
            }
        }
        let all = [PolicyFormat.root, RulebookFormat.root, PrinciplesFormat.root, ConfigFormat.root, WaiverFormat.file].flatMap(patterns)
        XCTAssertGreaterThanOrEqual(Set(all).count, 4)
        for pattern in Set(all) {
            XCTAssertNoThrow(try TextPattern(pattern, ignoreCase: false), pattern)
        }
    }

    func testMissingRequiredFields() {
        let missing = findings("policy: 1\ntitle: T\n").filter { $0.ruleID == "missing-field" }
        XCTAssertEqual(missing.compactMap(\.nodePath).sorted(), ["id", "kind"])
        XCTAssertEqual(missing.first?.location.span.start.description, "1:1")
    }

    func testExtensionKeysAreAcceptedAnywhereUnchecked() {
        XCTAssertTrue(findings(header + "x-council-ref: C-1042\nx-anchors: {base: &b 1}\nfunding:\n  x-note: [any, shape]\n  total: *b\n").isEmpty)
        XCTAssertEqual(findings(header + "xcouncil-ref: 1\n").map(\.ruleID), ["unknown-key"], "only the x- prefix marks an extension")
    }

    func testABlankRequiredFieldIsMissing() throws {
        let waiver = "waivers:\n  - rule: no-feedback\n    path: process.feedback\n    reason: \"  \"\n    approver: A\n    expires: 2099-01-01\n"
        let blank = try XCTUnwrap(findings(header + waiver).first { $0.ruleID == "missing-field" })
        XCTAssertEqual(blank.nodePath, "waivers[0].reason")
        XCTAssertEqual(blank.location.span.start.description, "8:13")
        XCTAssertTrue(blank.message.contains("'waivers[0].reason' is blank"), blank.message)
        XCTAssertTrue(findings(header + waiver.replacingOccurrences(of: "\"  \"", with: "Agreed by panel")).isEmpty)
    }

    func testFieldsOutOfOrderAreInvalidValuesAtTheLaterField() throws {
        let dates = findings(header + "process:\n  opens: 2027-03-01\n  closes: 2027-02-01\n")
        XCTAssertEqual(dates.map(\.ruleID), ["invalid-value"])
        XCTAssertEqual(dates.first?.nodePath, "process.closes")
        XCTAssertEqual(dates.first?.location.span.start.description, "7:11")
        XCTAssertTrue(dates.first?.message.contains("'process.closes' (2027-02-01) is before 'process.opens' (2027-03-01)") ?? false)

        let awards = findings(header + "funding:\n  total: 1000\n  award: {min: 60000, max: 2000}\n")
        XCTAssertEqual(awards.compactMap(\.nodePath).sorted(), ["funding.award.max", "funding.total"])
        // In order, or on the same day, nothing is reported; a field left out leaves nothing to compare.
        XCTAssertTrue(findings(header + "process: {opens: 2027-03-01, closes: 2027-03-01}\nfunding: {total: 5000, award: {min: 10, max: 5000}}\n").isEmpty)
        XCTAssertTrue(findings(header + "process: {closes: 2027-03-01}\nfunding: {award: {max: 5000}}\n").isEmpty)
    }

    func testAPanelSmallerThanItsCommunityMembersIsAnInvalidValue() throws {
        let panel = findings(header + "process:\n  assessment:\n    panel: {size: 3, community_members: 5}\n")
        XCTAssertEqual(panel.map(\.ruleID), ["invalid-value"])
        XCTAssertEqual(panel.first?.nodePath, "process.assessment.panel.size")
        XCTAssertTrue(panel.first?.message.contains("'process.assessment.panel.size' (3) is fewer people than the community members among them, 'process.assessment.panel.community_members' (5)") ?? false,
                      panel.first?.message ?? "")
        // A panel wholly of community members, or one that leaves its size out, is fine.
        XCTAssertTrue(findings(header + "process: {assessment: {panel: {size: 5, community_members: 5}}}\n").isEmpty)
        XCTAssertTrue(findings(header + "process: {assessment: {panel: {community_members: 2}}}\n").isEmpty)
    }

    func testNoWindowIsDerivedFromDatesOutOfOrder() throws {
        let read = PolicyReader().read(SourceText(name: "t.yaml", text: header + "process: {opens: 2027-03-01, closes: 2027-02-01}\n"))
        let process = try XCTUnwrap(read.documents.first?.bindings["process"])
        guard case .map(let map) = process else { return XCTFail("process is not a map") }
        XCTAssertNil(map[.string("window_days")])
    }

    func testDerivedFieldsCannotBeWritten() {
        XCTAssertEqual(findings(header + "process: {window_days: 40}\n").first?.ruleID, "derived-field")
    }

    func testMergeKeysAreExplained() throws {
        let finding = try XCTUnwrap(findings(header + "base: &b {total: 1}\nfunding:\n  <<: *b\n").last)
        XCTAssertTrue(finding.message.contains("merge keys"), finding.message)
    }

    func testWindowDaysIsDerivedOnce() throws {
        let read = PolicyReader().read(SourceText(name: "t.yaml", text: header + "process: {opens: 2027-01-10, closes: 2027-01-24}\n"))
        let process = try XCTUnwrap(read.documents.first?.bindings["process"])
        guard case .map(let map) = process else { return XCTFail("process is not a map") }
        XCTAssertEqual(map[.string("window_days")], .int(14))
    }

    func testEverySecondDocumentIsItsOwnPolicy() {
        let read = PolicyReader().read(SourceText(name: "t.yaml", text: header + "---\npolicy: 1\nid: second\ntitle: T\nkind: grnt\n"))
        XCTAssertEqual(read.documents.map(\.id), ["test-policy", "second"])
        XCTAssertEqual(read.findings.first?.documentIndex, 1)
        XCTAssertEqual(read.findings.first?.location.span.start.line, 9)
    }

    func testShippedPoliciesAreValid() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../policies").standardized
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        XCTAssertGreaterThanOrEqual(files.count, 6)
        for file in files {
            let data = try Data(contentsOf: folder.appendingPathComponent(file))
            let read = PolicyReader().read(SourceText(name: file, bytes: [UInt8](data)))
            XCTAssertEqual(read.findings.map { "\($0.location.description) \($0.message)" }, [], file)
            XCTAssertEqual(read.documents.count, 1, file)
        }
    }
}
