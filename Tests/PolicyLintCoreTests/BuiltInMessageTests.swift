import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// Built-in rules' messages say what the policy asks for, in words that fit every kind of policy they check.
final class BuiltInMessageTests: XCTestCase {
    private static let engine: RuleEngine? = try? RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection(preview: true))

    /// The messages of `rule` on `fragment`, wrapped as a policy of `kind`.
    private func messages(_ rule: String, _ fragment: String, kind: String) throws -> [String] {
        let engine = try XCTUnwrap(Self.engine)
        let source = SourceText(name: "t.yaml", text: ExamplePolicy.wrap(fragment, kind: kind))
        let document = try XCTUnwrap(PolicyReader().read(source).documents.first)
        return engine.run(on: document).filter { $0.ruleID == rule }.map(\.message)
    }

    func testAccreditationsListOnlyWhatIsNotALegalRegistration() throws {
        XCTAssertEqual(try messages("accreditations-required", "eligibility: {accreditations: [Ofsted registration, DBS checks for all staff]}", kind: "grant"),
                       ["Applicants must hold DBS checks for all staff."])
        XCTAssertEqual(try messages("accreditations-required", "eligibility: {accreditations: [cqc-registration, iso-9001, investors-in-people]}", kind: "contract"),
                       ["Applicants must hold iso-9001 and investors-in-people."])
        // An inspection rating is not a registration: a new provider cannot have one.
        XCTAssertEqual(try messages("accreditations-required", "eligibility: {accreditations: [CQC Good rating]}", kind: "contract"),
                       ["Applicants must hold CQC Good rating."])
        XCTAssertEqual(try messages("accreditations-required", "eligibility: {accreditations: [Ofsted, registered with the CQC, ofsted-registered]}", kind: "grant"), [])
    }

    func testHeavyMonitoringFitsAContract() throws {
        let found = try messages("heavy-monitoring-in-prose", "sections: {monitoring: \"Providers must submit monthly monitoring reports.\"}", kind: "contract")
        XCTAssertEqual(found.count, 1)
        XCTAssertFalse(found.contains { $0.contains("grant") }, "\(found)")
    }

    /// The findings of `rule` on `fragment`, wrapped as a policy of `kind`.
    private func findings(_ rule: String, _ fragment: String, kind: String) throws -> [Finding] {
        let engine = try XCTUnwrap(Self.engine)
        let source = SourceText(name: "t.yaml", text: ExamplePolicy.wrap(fragment, kind: kind))
        let document = try XCTUnwrap(PolicyReader().read(source).documents.first)
        return engine.run(on: document).filter { $0.ruleID == rule }
    }

    func testATurnoverTestIsJudgedAgainstOneLotWhenTheContractHasLots() throws {
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {annual_value: 1200000, currency: GBP}\neligibility: {min_turnover: 1000000}\nprocess: {lots: 4}", kind: "contract"),
                       ["Bidders need a turnover of £1,000,000, more than 2 times the annual value of £300,000 per lot (4 lots)."])
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {total: 3000000, currency: GBP, duration_months: 36}\neligibility: {min_turnover: 1200000}\nprocess: {lots: 2}",
                                    kind: "contract"),
                       ["Bidders need a turnover of £1,200,000, more than 2 times the annual value of £500,000 per lot (2 lots; the total over 36 months)."])
        // Within twice one lot's value, and one lot is the whole contract.
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {annual_value: 1200000}\neligibility: {min_turnover: 600000}\nprocess: {lots: 4}", kind: "contract"), [])
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {annual_value: 1200000}\neligibility: {min_turnover: 2400000}\nprocess: {lots: 1}", kind: "contract"), [])
    }

    func testAZeroCapOnCoreCostsIsReportedAtTheCapWithAFixThatLiftsIt() throws {
        let capped = try XCTUnwrap(try findings("core-costs-not-funded", "funding: {core_costs: {eligible: true, max_share: 0}}", kind: "grant").first)
        XCTAssertEqual(capped.nodePath, "funding.core_costs.max_share")
        XCTAssertEqual(capped.fix?.set.map(\.path), ["funding.core_costs.eligible", "funding.core_costs.max_share"])
        XCTAssertEqual(capped.fix?.set.last?.value, "1")
        let refused = try XCTUnwrap(try findings("core-costs-not-funded", "funding: {core_costs: {eligible: false}}", kind: "grant").first)
        XCTAssertEqual(refused.nodePath, "funding.core_costs.eligible")
        XCTAssertEqual(refused.fix?.set.map(\.path), ["funding.core_costs.eligible"])
    }

    func testValuesReadFromAnEquivalentFieldAreTheOnesTheMessageNames() throws {
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {total: 3000000, currency: GBP, duration_months: 36}\neligibility: {min_turnover: 5000000}", kind: "contract"),
                       ["Bidders need a turnover of £5,000,000, more than 2 times the annual value of £1,000,000 (the total over 36 months)."])
        XCTAssertEqual(try messages("large-contract-not-divided-into-lots",
                                    "funding: {annual_value: 600000, currency: GBP, duration_months: 36}", kind: "contract"),
                       ["A contract worth £1,800,000 is let as one lot, too big for most local and community organisations to bid for."])
        XCTAssertEqual(try messages("social-value-weight-below-minimum",
                                    "process: {assessment: {criteria: [{name: quality, weight: 50}, {name: price, weight: 50}]}}", kind: "contract"),
                       ["Social value carries 0% of the score, less than 10%."])
        XCTAssertEqual(try messages("social-value-weight-below-minimum",
                                    "process: {assessment: {criteria: [{name: Social Value, weight: 5}, {name: quality, weight: 95}]}}", kind: "framework"),
                       ["Social value carries 5% of the score, less than 10%."])
        XCTAssertEqual(try messages("match-funding-required", "funding: {match_funding: {share: 0.2}}", kind: "grant"),
                       ["Applicants must find 20% of costs as match funding, and in-kind contributions do not count."])
        XCTAssertEqual(try messages("match-funding-required", "funding: {match_funding: {required: true, share: 0}}", kind: "grant"),
                       ["Applicants must find a share of costs as match funding, and in-kind contributions do not count."])
    }

    func testSocialValueIsTheSumOfEveryCriterionNamedForIt() throws {
        let split = "process: {assessment: {criteria: [{name: \"social value: local jobs\", weight: 3}, {name: community benefit, weight: 3}, {name: social impact, weight: 3}, {name: quality, weight: 51}, {name: price, weight: 40}]}}"
        XCTAssertEqual(try messages("social-value-weight-below-minimum", split, kind: "contract"),
                       ["Social value carries 9% of the score, less than 10%."])
        let enough = "process: {assessment: {criteria: [{name: \"social value: local jobs\", weight: 5}, {name: \"social value: environment\", weight: 5}, {name: community benefit, weight: 5}, {name: price, weight: 60}, {name: quality, weight: 25}]}}"
        XCTAssertEqual(try messages("social-value-weight-below-minimum", enough, kind: "contract"), [])
    }

    func testAShortWindowReadsWellWhateverItsLength() throws {
        XCTAssertEqual(try messages("very-short-application-window", "process: {opens: 2027-03-01, closes: 2027-03-15}", kind: "grant"),
                       ["Applications close 14 days after they open."])
        // A window that opens and closes on one day is "less than a day", which "open for only …" read badly around.
        XCTAssertEqual(try messages("very-short-application-window", "process: {opens: 2027-03-01, closes: 2027-03-01}", kind: "grant"),
                       ["Applications close less than a day after they open."])
    }

    func testAContractOfAYearOrLessIsComparedWithItsTotal() throws {
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {total: 90000, currency: GBP, duration_months: 6}\neligibility: {min_turnover: 300000}", kind: "contract"),
                       ["Bidders need a turnover of £300,000, more than 2 times the annual value of £90,000 (the total over 6 months)."])
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {total: 90000, currency: GBP, duration_months: 12}\neligibility: {min_turnover: 180000}", kind: "contract"), [])
    }

    func testAZeroCoreCostCapIsNoCoreFunding() throws {
        let capped = "funding: {core_costs: {eligible: true, max_share: 0}}"
        XCTAssertEqual(try messages("core-costs-not-funded", capped, kind: "grant"),
                       ["Core costs are capped at 0% of the budget, so the funding cannot be spent on salaries, rent, utilities or other running costs."])
        XCTAssertEqual(try messages("core-costs-capped-low", capped, kind: "grant"), [])
        XCTAssertEqual(try messages("core-costs-not-funded", "funding: {core_costs: {eligible: false}}", kind: "grant"),
                       ["The funding cannot be spent on salaries, rent, utilities or other running costs."])
    }

    func testEmailAndVideoCallsAreOnlineChannels() throws {
        XCTAssertEqual(try messages("online-only-application", "process: {application: {channels: [email]}}", kind: "grant"),
                       ["Applications can only be made online, with no route by phone, post or in person."])
        XCTAssertEqual(try messages("online-only-application", "process: {application: {channels: [online-portal]}}", kind: "contract"),
                       ["Applications can only be made through an online portal."])
        XCTAssertEqual(try messages("online-only-application", "process: {application: {channels: [email, post]}}", kind: "grant"), [])
    }

    func testAPublicBodyBesideCharityFormsLeavesACharityOnlyRule() throws {
        let forms = "eligibility: {legal_forms: [registered-charity, public-body], fiscal_hosts_accepted: false}"
        XCTAssertEqual(try messages("registered-charities-only", forms, kind: "grant").count, 1)
        XCTAssertEqual(try messages("unincorporated-groups-excluded", forms, kind: "grant"), [])
    }

    func testTheAuditThresholdIsTheOneOfThePolicysJurisdiction() throws {
        let accounts = "eligibility: {accounts: {audited: true}}"
        XCTAssertEqual(try messages("audited-accounts-required", accounts, kind: "grant"),
                       ["Audited accounts are required, but a charity in England and Wales needs an audit only when its income is over £1,500,000."])
        XCTAssertEqual(try messages("audited-accounts-required", "jurisdiction: scotland\n" + accounts, kind: "grant"),
                       ["Audited accounts are required, but a charity in Scotland needs an audit only when its income is £500,000 or more."])
        XCTAssertEqual(try messages("audited-accounts-required", "jurisdiction: northern-ireland\n" + accounts, kind: "grant"),
                       ["Audited accounts are required, but a charity in Northern Ireland needs an audit only when its income is over £500,000."])
        // Scotland audits from £500,000 inclusive, so a floor of exactly that admits only charities that need an audit.
        XCTAssertEqual(try messages("audited-accounts-required", "jurisdiction: scotland\neligibility: {min_annual_income: 500000, accounts: {audited: true}}", kind: "grant"), [])
        XCTAssertEqual(try messages("audited-accounts-required", "jurisdiction: other\n" + accounts, kind: "grant"),
                       ["Audited accounts are required, but charity law usually asks for an audit only above an income threshold; in England and Wales that is £1,500,000."])
        XCTAssertEqual(try messages("english-only-application", "jurisdiction: wales\nprocess: {application: {languages: [en]}}", kind: "grant"),
                       ["Applications are accepted only in English, although public bodies in Wales must not treat Welsh less favourably than English."])
    }
    func testHeavyMonitoringNamesWhatTheSmallGrantAsksFor() throws {
        XCTAssertEqual(try messages("heavy-monitoring-on-small-grant",
                                    "funding: {currency: GBP, award: {max: 2500}}\nmonitoring: {reporting: {frequency: quarterly}}", kind: "grant"),
                       ["Grants of up to £2,500 come with quarterly reports."])
        XCTAssertEqual(try messages("heavy-monitoring-on-small-grant",
                                    "funding: {currency: GBP, award: {max: 5000}}\nmonitoring: {reporting: {frequency: annually}, evaluation_required: true}", kind: "grant"),
                       ["Grants of up to £5,000 come with a formal evaluation."])
        XCTAssertEqual(try messages("heavy-monitoring-on-small-grant",
                                    "funding: {currency: GBP, award: {max: 1000}}\nmonitoring: {reporting: {frequency: monthly}, evaluation_required: true}", kind: "grant"),
                       ["Grants of up to £1,000 come with monthly reports and a formal evaluation."])
    }

    func testAConcessionIsValuedByItsRevenueNotItsZeroTotal() throws {
        // A concession the authority pays nothing for: "more than 2 times £0" would say nothing.
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {total: 0, currency: GBP, duration_months: 120}\neligibility: {min_turnover: 500000}", kind: "contract"), [])
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {annual_value: 0, currency: GBP}\neligibility: {min_turnover: 500000}", kind: "contract"), [])
        // Valued by the operator's revenue, as the format asks of a concession, it is compared.
        XCTAssertEqual(try messages("turnover-above-twice-annual-value",
                                    "funding: {total: 0, annual_value: 150000, currency: GBP, duration_months: 120}\neligibility: {min_turnover: 500000}", kind: "contract"),
                       ["Bidders need a turnover of £500,000, more than 2 times the annual value of £150,000."])
        XCTAssertEqual(try messages("large-contract-not-divided-into-lots",
                                    "funding: {total: 0, annual_value: 1500000, currency: GBP, duration_months: 120}", kind: "contract"),
                       ["A contract worth £15,000,000 is let as one lot, too big for most local and community organisations to bid for."])
    }
}
