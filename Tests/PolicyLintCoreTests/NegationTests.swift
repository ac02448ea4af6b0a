import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// Negated sentences do not fire; their positive twins do; softened ones are information.
final class NegationTests: XCTestCase {
    private static let engine: RuleEngine? = try? RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection(preview: true))

    private func findings(_ sentence: String) throws -> [Finding] {
        let engine = try XCTUnwrap(Self.engine)
        let escaped = sentence.replacingOccurrences(of: "\"", with: "\\\"")
        let source = SourceText(name: "t.yaml", text: ExamplePolicy.wrap("sections: {text: \"\(escaped)\"}", kind: "grant"))
        let document = try XCTUnwrap(PolicyReader().read(source).documents.first)
        return engine.run(on: document).filter { $0.category == .rule && $0.nodePath == "sections.text" }
    }

    private func rules(_ sentence: String) throws -> Set<String> { Set(try findings(sentence).map(\.ruleID)) }

    /// Asserts that `rule` fires on every one of `sentences`.
    private func assertFires(_ rule: String, on sentences: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for sentence in sentences {
            XCTAssertTrue(try rules(sentence).contains(rule), "\(rule) did not fire on: \(sentence)", file: file, line: line)
        }
    }

    /// Asserts that `rule` fires on none of `sentences`.
    private func assertSilent(_ rule: String, on sentences: [String], file: StaticString = #filePath, line: UInt = #line) throws {
        for sentence in sentences {
            XCTAssertFalse(try rules(sentence).contains(rule), "\(rule) fired on: \(sentence)", file: file, line: line)
        }
    }

    func testNegationReachesEveryItemOfAListButNotPastIt() throws {
        try assertSilent("security-deposit-in-prose", on: [
            "Applicants will not be asked for a deposit, bid bond or bank guarantee.",
            "You will not be asked to provide a deposit, a bid bond or a bank guarantee.",
            "We will never ask small groups for insurance, a bid bond or a bank guarantee.",
        ])
        try assertFires("security-deposit-in-prose", on: [
            // Too far, and not a list of short items.
            "We will not be asking for any of the usual paperwork from community groups this year, and a bank guarantee is required.",
            "You will not be asked for a deposit when you apply to the fund, but a bank guarantee must be lodged before award.",
            "We will not ask for much when the fund first opens to new groups; a bank guarantee is required.",
        ])
    }

    func testNegationReachesPastAnOxfordCommaButSoftenersDoNot() throws {
        try assertSilent("security-deposit-in-prose", on: [
            "We will not ask for a deposit, a bank guarantee, or a bid bond.",
            "Applicants will not need insurance, a deposit, or a bank guarantee to apply.",
        ])
        // A new clause after the Oxford comma is not an item of the list.
        try assertFires("security-deposit-in-prose", on: [
            "We do not fund buildings, vehicles, and applicants must provide a bank guarantee.",
            // Only ", and", ", or" and ", nor" join a list; ", which" starts a clause.
            "We do not fund rent, salaries, which means a bank guarantee is needed.",
        ])
        // A softener in the last item does not reach back to the first.
        let softened = try findings("We require a bank guarantee, two references, and ideally a business plan.")
            .filter { $0.ruleID == "security-deposit-in-prose" }
        XCTAssertEqual(softened.map(\.severity), [.error])
    }

    func testAQuestionAnsweredNoIsNotABarrier() throws {
        try assertSilent("match-funding-in-prose", on: [
            "Is match funding required? No.",
            "Do I need match funding? No, we fund the whole cost.",
            "Q: Do I need match funding? A: Not at this stage.",
            "Do we need match funding? No - in-kind help is welcome but not needed.",
        ])
        try assertFires("match-funding-in-prose", on: [
            "Do I need match funding? Yes, at least 20% of the project cost.",
            // A limit is not a refusal.
            "How much match funding do we need? No less than 20% of the total cost.",
        ])
        // "No," answering a question does not negate the sentence it opens.
        try assertFires("registered-charities-only-in-prose", on: ["Can we apply if we are a CIC? No, this programme is only open to registered charities."])
    }

    func testARefusalOfWhatLacksSomethingRequiresIt() throws {
        try assertFires("references-required-in-prose", on: [
            "We will not consider any application that is not accompanied by two references.",
            "Any application which does not include two references will not be considered.",
            "Applications without two references will be deemed incomplete.",
        ])
        try assertFires("invitation-only-in-prose", on: ["No organisation may apply unless it has been invited to do so by the Trust."])
        try assertSilent("references-required-in-prose", on: ["No organisation needs two references."])
    }

    /// "Where possible," opens a hedge, not a condition: its comma ends no clause, so it softens the request after it,
    /// while a real condition ("Where the grant exceeds £50,000,") still leaves the request asserted.
    func testAHedgeWordedAsAConditionSoftens() throws {
        for sentence in ["Where possible, please provide audited accounts.",
                         "If possible, please send your last audited accounts.",
                         "Wherever practicable, applicants should provide audited accounts."] {
            let found = try findings(sentence).filter { $0.ruleID == "audited-accounts-in-prose" }
            XCTAssertEqual(found.map(\.severity), [.info], sentence)
        }
        let conditioned = try findings("Where the grant exceeds £50,000, please provide audited accounts.")
            .filter { $0.ruleID == "audited-accounts-in-prose" }
        XCTAssertEqual(conditioned.map(\.severity), [.error])
    }

    func testAnExceptionDeniedInAnotherClauseDoesNotCancel() throws {
        try assertFires("officer-only-panel-in-prose", on: ["Funding decisions are made by our grants staff alone; no community representatives sit on the panel."])
        try assertSilent("officer-only-panel-in-prose", on: ["Funding decisions are made by our grants staff alone; community representatives sit on the panel."])
    }

    func testAPreferredSupplierListIsAListNotASoftener() throws {
        let listed = try findings("Only providers on the Council's preferred supplier list may apply.").filter { $0.ruleID == "invitation-only-in-prose" }
        XCTAssertEqual(listed.map(\.severity), [.error], "a list that limits who may apply is a barrier, not a preference")
        let preference = try findings("Applications from providers on our framework are preferred.").filter { $0.ruleID == "invitation-only-in-prose" }
        XCTAssertTrue(preference.allSatisfy { $0.severity == .info }, "\(preference.map(\.message))")
    }

    func testNegationsDoNotFireAndTheirTwinsDo() throws {
        let pairs: [(String, String, String)] = [
            ("match-funding-in-prose", "No match funding is required.", "Match funding is required."),
            ("match-funding-in-prose", "There is no requirement for applicants to bring match funding.", "Applicants must bring match funding."),
            ("registered-charities-only-in-prose", "You do not need to be a registered charity.", "You need to be a registered charity."),
            ("registered-charities-only-in-prose", "You don't have to be a registered charity to apply.", "You have to be a registered charity to apply."),
            ("audited-accounts-in-prose", "Audited accounts are not required.", "Audited accounts are required."),
            ("audited-accounts-in-prose", "Groups can apply without audited accounts.", "Groups can apply with audited accounts."),
            ("audited-accounts-in-prose", "Audited accounts isn't something we ask for.", "Audited accounts are something we ask for."),
            ("payment-in-arrears-in-prose", "We will not pay in arrears.", "We will pay in arrears."),
            ("payment-in-arrears-in-prose", "Payments are never made in arrears.", "Payments are always made in arrears."),
            ("security-deposit-in-prose", "A bank guarantee isn't required.", "A bank guarantee is required."),
            ("payment-by-results-in-prose", "No part of the grant is held back or tied to targets.", "Part of the grant is tied to targets."),
            ("heavy-monitoring-in-prose", "You will not need to send monthly reports.", "You will need to send monthly reports."),
            ("references-required-in-prose", "We do not ask for references from funders.", "We ask for references from funders."),
        ]
        for (rule, negated, positive) in pairs {
            XCTAssertFalse(try rules(negated).contains(rule), "\(rule) fired on: \(negated)")
            XCTAssertTrue(try rules(positive).contains(rule), "\(rule) did not fire on: \(positive)")
        }
    }

    func testNegationStaysInItsClause() throws {
        let found = try rules("No match funding is required, but applicants must provide audited accounts.")
        XCTAssertFalse(found.contains("match-funding-in-prose"))
        XCTAssertTrue(found.contains("audited-accounts-in-prose"))
        XCTAssertTrue(try rules("Match funding is welcome but not essential.").isEmpty)
    }

    func testBarriersWrittenAsNegationsStillFire() throws {
        XCTAssertTrue(try rules("The Council will not provide feedback to unsuccessful applicants.").contains("no-feedback-in-prose"))
        XCTAssertTrue(try rules("Unincorporated associations are not eligible.").contains("registered-charities-only-in-prose"))
        XCTAssertTrue(try rules("Bank statements will not be accepted in place of audited accounts.").contains("audited-accounts-in-prose"))
        XCTAssertTrue(try rules("Applicants without a history of local authority funding will not be considered.").contains("prior-public-contracts-in-prose"))
    }

    func testSoftenedStatementsAreInformation() throws {
        let inKind = try findings("In-kind contributions such as volunteer time count as match.").filter { $0.ruleID == "match-funding-in-prose" }
        XCTAssertEqual(inKind.map(\.severity), [.info], "a softened match is reported for information")
        let refused = try findings("In-kind contributions will not be counted towards the match funding requirement.")
            .filter { $0.ruleID == "match-funding-in-prose" }
        XCTAssertEqual(refused.map(\.severity), [.error], "refusing in-kind contributions is no softening")
        XCTAssertEqual(try findings("Priority for BAME-led groups is welcome.").map(\.severity), [.info],
                       "bame-acronym reports whatever softens it, at its own severity (info)")
    }

    func testPermissionAndPossessionSoftenButLimitsAndEligibilityDoNot() throws {
        for sentence in [
            "If you have audited accounts you may send them, but most groups will send a bank statement instead.",
            "If your organisation has audited accounts, please send them with your form.",
            "Applicants may also send audited accounts if they have them to hand.",
        ] {
            let found = try findings(sentence).filter { $0.ruleID == "audited-accounts-in-prose" }
            XCTAssertEqual(found.map(\.severity), [.info], sentence)
        }
        // A condition for applying, a limit, or "only" is not an allowance.
        try assertFires("audited-accounts-in-prose", on: ["If you have audited accounts for the last two years you can apply."])
        try assertFires("online-only-in-prose", on: ["You can submit your application online only."])
        try assertFires("payment-by-results-in-prose", on: ["The final 30% is paid only once you can show that participants reached the 26-week outcome."])
    }

    /// The severity `rule` reports `sentence` at, or nil when it does not fire.
    private func severity(of rule: String, in sentence: String) throws -> Severity? {
        try findings(sentence).first { $0.ruleID == rule }?.severity
    }

    func testAConditionOfAnExclusionStatesARequirement() throws {
        // Negations, shortfalls and "if you have" inside the condition do not deny or soften it; every placement of the
        // condition counts: before the exclusion, after it, and as the exclusion's subject.
        try assertFires("trading-history-in-prose", on: [
            "If you have been trading for less than two years, you cannot apply.",
            "If your group has been running for under three years, we cannot fund you.",
            "You will not be eligible if you have been operating for fewer than two years.",
            "Organisations trading for less than two years are not eligible.",
            "If you have not been trading for at least two years, your application will not be considered.",
            "Groups that do not have three years of accounts will be rejected.",
            "Applications from groups trading for less than two years will not be accepted.",
            "Bids from suppliers with fewer than three years of accounts will not be considered.",
        ])
        try assertFires("audited-accounts-in-prose", on: [
            "Where an applicant cannot provide audited accounts, the application will be rejected.",
            "If you do not have audited accounts, you are not eligible.",
            "Applicants who cannot provide audited accounts will be deemed ineligible.",
            "Applications from organisations without audited accounts will be rejected.",
        ])
        // Those who have been trading for two years are the ones shut out: the fund is for new groups, which is no barrier.
        XCTAssertNil(try severity(of: "trading-history-in-prose", in: "If you have been trading for at least two years, you cannot apply."))
        // A consequence that is no exclusion, or an exclusion denied, leaves the condition as it reads.
        try assertSilent("trading-history-in-prose", on: [
            "If you have been trading for less than two years, you can still apply.",
            "Groups trading for less than two years are welcome to apply.",
            "Applications from groups trading for less than two years are welcome.",
            "If you have not been trading for two years, this will not count against you.",
        ])
        try assertSilent("audited-accounts-in-prose", on: [
            "If you cannot provide audited accounts, you can still apply.",
            "Where an applicant cannot provide audited accounts, the application will still be considered.",
            "No application will be rejected for lacking audited accounts.",
            "Applicants do not need audited accounts and late applications will be rejected.",
        ])
    }

    func testAStateDeniedInTheConditionOfAnExclusionIsTheRequirementItImplies() throws {
        try assertFires("registered-charities-only-in-prose", on: [
            "If you are not a registered charity, we cannot fund you.",
            "If you are not registered with the Charity Commission, you cannot apply.",
            "You cannot apply if you are not a registered charity.",
            // Denials written shorter or longer than "must be" are read the same way.
            "If you aren't a registered charity, you cannot apply.",
            "If your organisation is not registered with the Charity Commission, you cannot apply.",
            "If your group isn't a registered charity, we cannot fund you.",
            "If you're not a registered charity, you are not eligible.",
        ])
        try assertFires("audited-accounts-in-prose", on: ["If you don't have audited accounts, your application will be rejected."])
        try assertSilent("registered-charities-only-in-prose", on: [
            "If you are not a registered charity, you can still apply.",
            "If your organisation isn't a registered charity, you can still apply.",
            "Groups that are not registered charities are welcome.",
            "If you are not sure whether you are a registered charity, call us.",
        ])
        try assertSilent("audited-accounts-in-prose", on: ["If you do not have audited accounts, don't worry: you can still apply."])
    }

    func testAStateAnUnlessNamesInTheConditionOfAnExclusionIsARequirement() throws {
        try assertFires("registered-charities-only-in-prose", on: [
            "We cannot fund you unless you are a registered charity.",
            "Unless your organisation is registered with the Charity Commission, you cannot apply.",
            "You will not be eligible unless you're a registered charity.",
        ])
        try assertFires("audited-accounts-in-prose", on: ["You cannot apply unless your accounts are audited."])
        try assertSilent("registered-charities-only-in-prose", on: [
            // No exclusion: the unless qualifies something else.
            "We welcome all groups unless they are registered charities with large reserves.",
            "Please call us unless you are a registered charity.",
            // Charities are the ones shut out.
            "We cannot fund you unless you are not a registered charity.",
        ])
    }

    func testWhatADeniedExclusionOrPenaltySaysWillNotCountAgainstYouIsNotAskedFor() throws {
        try assertSilent("audited-accounts-in-prose", on: [
            "No application will be rejected because it lacks audited accounts.",
            "Nobody will be excluded if they do not have audited accounts.",
            "No one will be turned away simply because they lack audited accounts.",
            "Applications will not be scored lower because they lack audited accounts.",
            "You will not be penalised for lacking audited accounts.",
            "It will not count against you if you lack audited accounts.",
        ])
        try assertSilent("trading-history-in-prose", on: [
            "Applications will not be scored lower if the organisation has been trading for less than two years.",
        ])
        try assertSilent("registered-charities-only-in-prose", on: ["Applications will not be scored lower if you are not a registered charity."])
        try assertSilent("english-only-in-prose", on: ["Applications will not be scored lower if they are not in English."])
        try assertFires("audited-accounts-in-prose", on: [
            // The reassurance reaches its own reason only.
            "No application will be rejected because it lacks audited accounts, but you must provide audited accounts before payment.",
            // An exception to a denied exclusion is a condition of it.
            "Nobody will be rejected unless they lack audited accounts.",
        ])
    }

    /// The conditions of exclusion found in `sentence`, as text.
    private func conditions(_ sentence: String) -> [String] {
        let text = ProseText(sentence)
        return SentenceContext(text: text, sentence: 0..<text.count).exclusionConditions.map { text.text($0.condition) }
    }

    func testAnExclusionLimitedToAnAmountATimeOrADegreeHasNoCondition() {
        XCTAssertEqual(conditions("Applications will not be accepted after 5pm on 3 March if they are not complete."), [])
        XCTAssertEqual(conditions("Applications will not be scored lower if you are not a registered charity."), [])
        XCTAssertEqual(conditions("You cannot apply for more than £2,000 if you have not been trading for a year."), [])
        XCTAssertEqual(conditions("Applications will not be accepted if they are not complete."), ["if they are not complete."])
    }

    func testAConditionOfExclusionThatNamesWhatApplicantsHaveAsksForNothing() throws {
        try assertSilent("trading-history-in-prose", on: [
            "If you have been trading for more than two years, you cannot apply; this fund is for new groups.",
            "Organisations that have been running for over 10 years are not eligible.",
            // An amount capped, not an applicant excluded.
            "If you have been trading for less than two years, you cannot apply for more than £2,000.",
        ])
        try assertSilent("audited-accounts-in-prose", on: ["If you already have audited accounts, you cannot apply to this small grants stream."])
        try assertFires("trading-history-in-prose", on: [
            "If you have been trading for less than two years, you cannot apply.",
            "Organisations with less than two years of accounts are not eligible.",
        ])
        try assertFires("audited-accounts-in-prose", on: ["Where an applicant cannot provide audited accounts, the application will be rejected."])
        // A word of lack names a lack as a negation does.
        try assertFires("audited-accounts-in-prose", on: [
            "Applications lacking audited accounts will be rejected.",
            "Applications will be rejected if they lack audited accounts.",
            "Applications that fail to include audited accounts will be rejected.",
        ])
    }

    func testPastPracticeToldAsHistoryIsNotARequirement() throws {
        try assertSilent("invitation-only-in-prose", on: ["Last year the second round was by invitation only; this year both rounds are open."])
        try assertSilent("match-funding-in-prose", on: ["In previous rounds we asked for match funding; we no longer do."])
        try assertSilent("audited-accounts-in-prose", on: ["Previously, applicants had to have audited accounts."])
        try assertFires("audited-accounts-in-prose", on: ["Previously funded organisations must provide audited accounts."])
    }

    func testTheConditionsOfAnExclusionAreFoundInEachPlacement() {
        XCTAssertEqual(conditions("If you have been trading for less than two years, you cannot apply."),
                       ["If you have been trading for less than two years"])
        XCTAssertEqual(conditions("You cannot apply for this grant if you are not a charity."), ["if you are not a charity."])
        XCTAssertEqual(conditions("Applicants without accounts will be rejected."), ["Applicants without accounts "])
        XCTAssertEqual(conditions("Applications from groups without accounts will be rejected."), ["Applications from groups without accounts "])
        XCTAssertEqual(conditions("If you have been trading for two years, you can apply."), [])
        XCTAssertEqual(conditions("No applicant will be rejected for lacking accounts."), [])
    }

    func testGivingUpAnAccessibleOptionIsARefusalAndGivingUpABarrierIsNot() throws {
        try assertFires("online-only-in-prose", on: [
            "We no longer accept paper applications.",
            "Paper applications are no longer accepted.",
            "We have stopped accepting postal applications.",
            "The Council is no longer accepting applications by post.",
        ])
        try assertFires("no-feedback-in-prose", on: ["We no longer provide feedback to unsuccessful applicants."])
        try assertSilent("match-funding-in-prose", on: ["We no longer require match funding."])
        try assertSilent("audited-accounts-in-prose", on: ["Audited accounts are no longer required.", "We have stopped asking for audited accounts."])
        try assertSilent("online-only-in-prose", on: ["We no longer insist on applications being made online; paper forms are welcome."])
    }

    func testGivingUpOneWayOfDoingSomethingIsNoRefusalOfIt() throws {
        try assertSilent("no-feedback-in-prose", on: [
            "We no longer offer feedback by letter; we now phone every applicant.",
            "We no longer provide feedback in writing; we now phone applicants instead.",
            // The pattern spells out the cessation itself.
            "Unsuccessful applicants will no longer be contacted by letter; we now phone them.",
        ])
        try assertSilent("payment-in-arrears-in-prose", on: ["We no longer pay grants in advance by cheque; we now pay by bank transfer."])
        try assertFires("no-feedback-in-prose", on: [
            "We no longer provide feedback to unsuccessful applicants.",
            "Unsuccessful applicants will no longer be contacted.",
        ])
        // A practice that is itself a way of applying is given up whatever way follows it.
        try assertFires("online-only-in-prose", on: [
            "We no longer accept applications by post or by email.",
            "We have stopped accepting paper applications by post.",
        ])
        try assertFires("payment-in-arrears-in-prose", on: ["We no longer pay grants in advance."])
    }

    func testTheSecondReadingMapsEveryOffsetBack() throws {
        /// The scalar offsets of the first `needle` in `text`.
        func range(of needle: String, in text: ProseText) throws -> Range<Int> {
            let scalars = Array(needle.unicodeScalars)
            let start = try XCTUnwrap((0...(text.count - scalars.count)).first { Array(text.scalars[$0..<($0 + scalars.count)]) == scalars }, needle)
            return start..<(start + scalars.count)
        }
        /// The second reading of the sentence at `sentence` in `text`.
        func reading(of text: ProseText, sentence: Range<Int>) -> RewrittenText? {
            let context = SentenceContext(text: text, sentence: sentence)
            return SentenceReReading.reading(of: text, sentence: sentence, context: { context }, scratch: PatternScratch(usesAutomata: false))?.reading
        }
        let text = ProseText("We have stopped accepting paper forms; paper bids are no longer accepted.")
        let second = try XCTUnwrap(reading(of: text, sentence: 0..<text.count))
        XCTAssertEqual(second.text.flatText(0..<second.text.count), "We will not accept paper forms; paper bids are not accepted.")
        for (rewritten, original) in [("will not accept", "have stopped accepting"), ("paper bids", "paper bids"), ("are not", "are no longer"),
                                      ("accept paper", "have stopped accepting paper"), ("accepted.", "accepted.")] {
            let found = try range(of: rewritten, in: second.text)
            XCTAssertEqual(text.text(second.sourceRange(of: found)), original, rewritten)
        }
        // Longer words than the original's ("aren't" → "must be"), in a sentence that does not start the field.
        let charity = ProseText("Read this first. If you aren't a registered charity, you cannot apply.")
        let sentence = 17..<charity.count
        let reread = try XCTUnwrap(reading(of: charity, sentence: sentence))
        XCTAssertEqual(reread.text.flatText(0..<reread.text.count), "If you must be a registered charity, you cannot apply.")
        XCTAssertEqual(charity.text(reread.sourceRange(of: try range(of: "must be a registered charity", in: reread.text))),
                       "aren't a registered charity")
        XCTAssertEqual(charity.text(reread.sourceRange(of: try range(of: "you cannot apply", in: reread.text))), "you cannot apply")
        let shortfall = ProseText("If you have traded for less than two years, you cannot apply.")
        let minimum = try XCTUnwrap(reading(of: shortfall, sentence: 0..<shortfall.count))
        XCTAssertEqual(minimum.text.flatText(0..<minimum.text.count), "If you have traded for more than two years, you cannot apply.")
        let plain = ProseText("Groups trading for less than two years are welcome.")
        XCTAssertNil(reading(of: plain, sentence: 0..<plain.count))
    }

    func testALaterStageIsAnExceptionOnlyAfterAnOpenFirstStage() throws {
        try assertFires("invitation-only-in-prose", on: [
            "Only organisations on our approved shortlist may apply; shortlisted organisations will be sent the full application form.",
            "Please note that only organisations shortlisted at the expression of interest stage will be invited to submit a full application.",
        ])
        try assertSilent("invitation-only-in-prose", on: [
            "Anyone can send an expression of interest; shortlisted groups are invited to submit a full application.",
            "The expression of interest stage is open to all; shortlisted organisations then complete a full application.",
        ])
    }

    func testPracticesGivenUpAreNegated() throws {
        try assertSilent("payment-by-results-in-prose", on: [
            "We have moved away from payment by results.",
            "We are phasing out payment by results across our programmes.",
            "The Council has stopped using payment by results.",
        ])
        try assertSilent("match-funding-in-prose", on: ["We used to ask for match funding, but not any more."])
        try assertSilent("audited-accounts-in-prose", on: ["We have done away with audited accounts for small grants."])
    }

    func testARetractionReachesBackOverTheClauseItRefersTo() throws {
        try assertSilent("audited-accounts-in-prose", on: [
            "Previously the Council asked for three years of audited accounts; this requirement has been removed.",
            "We used to insist on audited accounts, which has since been dropped.",
            "Until 2023 we asked for audited accounts. This requirement has now been scrapped.",
            "In the past we asked for audited accounts. This is no longer the case.",
            "The requirement for audited accounts has been removed.",
        ])
        try assertSilent("trading-history-in-prose", on: [
            "Previously the Council asked for three years of audited accounts; this requirement has been removed.",
        ])
        try assertFires("audited-accounts-in-prose", on: [
            // The retraction must follow the clause and refer back to it.
            "This requirement has been removed; applicants must now provide audited accounts.",
            "Applicants must provide audited accounts; the requirement for references has been removed.",
            "Applicants must provide audited accounts. Our old website has been removed.",
        ])
        try assertFires("match-funding-in-prose", on: ["Match funding of 20% is required; this condition is waived only in exceptional circumstances."])
    }

    func testThirdPartiesDescribingTheirOwnAgeAreNotARequirement() throws {
        try assertSilent("trading-history-in-prose", on: [
            "Our partners, who have been running for over ten years, will help you apply.",
            "Our fund has been running for over five years.",
            "The Foundation, which was established over 50 years ago, funds local groups.",
            "We have been operating for more than 20 years.",
        ])
        try assertFires("trading-history-in-prose", on: [
            "Organisations which have been running for over five years may apply.",
            "Applicants, who must have been trading for over three years, should apply online.",
            "Our grants are only for groups that have been running for more than two years.",
        ])
    }

    func testBarriersWordedAsConceptsFireAndTheirDenialsDoNot() throws {
        try assertFires("invitation-only-in-prose", on: [
            "Applicants need to be nominated by their ward councillor before they can apply.",
            "We only consider applications from organisations we have worked with before.",
            "Only organisations with a current Service Level Agreement with the Council are eligible.",
            "This opportunity is restricted to the six providers shortlisted at the expression of interest stage.",
        ])
        try assertSilent("invitation-only-in-prose", on: [
            "You do not need to be nominated by anyone to apply.",
            "Organisations do not need a current contract with the Council to apply.",
            "Shortlisted organisations will be invited to submit a full application.",
        ])
        try assertFires("security-deposit-in-prose", on: [
            "A cash deposit equal to 5% of the tender value must accompany each bid.",
            "The final 20% of the Contract Price shall be retained until the end-of-contract evaluation report has been accepted.",
            "The Council will apply a retention of 5% to each payment.",
        ])
        try assertSilent("security-deposit-in-prose", on: [
            "No part of the grant will be retained until the end of the project.",
            "Records must be kept until the end of the contract.",
        ])
        try assertFires("trading-history-in-prose", on: ["Applicants must have been operating for three full financial years."])
        try assertFires("payment-by-results-in-prose", on: [
            "Payment of each quarterly instalment is conditional on the Authority being satisfied that the Key Performance Indicators have been met in full.",
        ])
        try assertSilent("payment-by-results-in-prose", on: ["Payment is conditional on the signing of the grant agreement."])
        try assertFires("clawback-in-prose", on: [
            "The Authority may withhold or set off any sum where the Provider has failed to deliver the agreed number of sessions.",
            "Deductions will be made for any sessions not delivered.",
        ])
        try assertSilent("clawback-in-prose", on: ["We will not withhold or deduct any payment if you cannot deliver every session."])
    }

    func testTheCuePrefilterDropsOnlyCuesThatCannotMatchInTheSentence() {
        let cues = NegationCues.shared
        let lists = [cues.before, cues.after, cues.pseudo, cues.refusals, cues.clauseOpeners, cues.softeners, cues.boundaries,
                     cues.obligations, cues.conditionals, cues.nilAnswers, cues.optionalAnswers]
        let sentences = [
            "No match funding is required, but in-kind contributions will not be counted towards the match.",
            "If targets are not met, the grant must be repaid; audited accounts are welcome but not essential.",
            "Applicants without three years of accounts will not be considered, and we cannot accept anything other than cash.",
            "Match funding may be cash or in kind but must be confirmed before award – ideally in writing.",
            "None of the costs is held back (unless you ask), whereas payment in arrears does not apply.",
            "Nothing here is negated or softened at all.",
            "n/a", "None required", "Audited accounts: optional (voluntary) | No |",
        ]
        var compared = 0
        for sentence in sentences {
            let text = ProseText(sentence)
            let whole = 0..<text.count
            let present = cues.candidates(in: text, sentence: whole)
            // Every range the sentence analysis searches lies inside the sentence: try the whole and parts of it.
            let ranges = [whole] + stride(from: 0, to: text.count, by: 7).map { $0..<min(text.count, $0 + 30) }
            for list in lists {
                for range in ranges {
                    XCTAssertEqual(cues.all(list, in: text, range: range, scratch: PatternScratch(), sentence: present),
                                   NegationCues.all(list.patterns, in: text, range: range), "\(sentence) \(range)")
                    compared += 1
                }
            }
        }
        XCTAssertGreaterThan(compared, 300)
    }

    func testRefusingOneWayOfDoingSomethingIsNoRefusalOfIt() throws {
        try assertSilent("no-feedback-in-prose", on: [
            "We will not provide feedback by letter.",
            "We cannot give feedback over the phone; we write to every applicant.",
            "Unsuccessful applicants will not receive feedback by post; we call each of them.",
        ])
        try assertFires("no-feedback-in-prose", on: [
            "We will not provide feedback to unsuccessful applicants.",
            "Unsuccessful applicants will not receive individual feedback.",
        ])
        // A refusal that names the way is about that way: refusing postal applications leaves only the others.
        try assertFires("online-only-in-prose", on: ["We will not accept applications by post."])
    }

    func testNegationReachesPastWhomARequestIsMadeOf() throws {
        try assertSilent("parent-company-guarantee-in-prose", on: [
            "We no longer ask subsidiaries of registered charities for a parent company guarantee.",
        ])
        try assertSilent("audited-accounts-in-prose", on: [
            "We will not require organisations with an income under £100,000 to provide audited accounts.",
            "We do not expect small community groups in the borough to supply audited accounts.",
        ])
        // Without a request, or with a new clause in between, the window is counted as usual.
        try assertFires("audited-accounts-in-prose", on: [
            "We do not fund buildings or vehicles for community groups in the borough, and audited accounts are required.",
        ])
    }

    func testAWaivedValueNegatesItsLabel() throws {
        try assertSilent("minimum-turnover-in-prose", on: [
            "Turnover requirement: waived for SMEs and voluntary organisations bidding for Lots 2 to 5.",
        ])
        try assertSilent("audited-accounts-in-prose", on: ["Audited accounts – waived for groups with an income under £25,000."])
        try assertFires("audited-accounts-in-prose", on: ["Audited accounts: required, and never waived."])
    }

    func testARequestThatMightBeMadeOrOnlyRarelyIsSoftened() throws {
        for sentence in [
            "The Council may, in exceptional circumstances, ask for audited accounts from larger applicants.",
            "Applicants might be asked to provide audited accounts if the grant requested is unusually large.",
            "In some cases we may ask you for audited accounts.",
        ] {
            let found = try findings(sentence)
            XCTAssertFalse(found.isEmpty, sentence)
            XCTAssertTrue(found.allSatisfy { $0.severity == .info }, "\(sentence): \(found.map(\.message))")
        }
        let demanded = try findings("The Council will ask for audited accounts from every applicant.")
        XCTAssertTrue(demanded.contains { $0.ruleID == "audited-accounts-in-prose" && $0.severity != .info })
    }

    func testARefusalOfWhoeverCannotShowSomethingRequiresIt() throws {
        try assertFires("trading-history-in-prose", on: [
            "The ICB is unable to contract with providers who cannot evidence at least four years' operating history.",
        ])
        try assertFires("audited-accounts-in-prose", on: ["We will not fund groups that are unable to provide audited accounts."])
        try assertSilent("audited-accounts-in-prose", on: ["We will not ask for audited accounts from groups that cannot afford an audit."])
    }

    func testAnAnswerMarkedAAndOpeningNoAnswersTheQuestion() throws {
        try assertFires("core-costs-excluded-in-prose", on: [
            "Q: Can we include a share of our office costs? A: No, the programme pays for project activity only.",
        ])
        try assertSilent("audited-accounts-in-prose", on: ["Q: Do we need audited accounts? A: No, a bank statement is enough."])
    }

    func testANumberWrittenTwiceIsReadOnce() throws {
        try assertFires("trading-history-in-prose", on: [
            "The Supplier shall have a trading history of not less than five (5) years in the delivery of comparable services.",
            "Bidders must have been trading for at least 3 (three) years.",
        ])
        // The reading changes only the figures: a negation still denies the requirement.
        try assertSilent("trading-history-in-prose", on: ["The Supplier need not have a trading history of five (5) years."])
    }

    func testNothingThatLimitsSomethingDeniesIt() throws {
        try assertFires("unlimited-liability-in-prose", on: [
            "Nothing in this Agreement shall limit the Grant Recipient's liability to the Funder, which shall be uncapped.",
        ])
        try assertSilent("unlimited-liability-in-prose", on: [
            "Nothing in this Agreement makes the Grant Recipient's liability to the Funder unlimited.",
        ])
    }

    /// Practice told as history, with "used to" or from a date gone by, or taken back by "we no longer do", asks for nothing.
    func testPastPracticeAndItsRetractionAreHistory() throws {
        try assertSilent("invitation-only-in-prose", on: ["We used to fund by invitation only, but now anyone can apply."])
        try assertSilent("audited-accounts-in-prose", on: [
            "Until 2021 we required audited accounts from every applicant.",
            "Until recently, applicants had to send audited accounts.",
            "We asked for audited accounts in earlier rounds; we no longer do.",
        ])
        // A date still to come, or a purpose worded with "used to", is no history.
        try assertFires("audited-accounts-in-prose", on: [
            "Until 2030 you must send audited accounts every year.",
            "Audited accounts are used to check that applicants are solvent.",
        ])
    }

    /// A question reported ("asked whether …") asserts nothing; a preference or a prompt to think softens.
    func testReportedQuestionsPreferencesAndPromptsAreNoDemands() throws {
        try assertSilent("match-funding-in-prose", on: ["The committee asked whether match funding should still be required."])
        for sentence in ["We prefer applicants who bring some match funding.",
                         "Have you considered where your match funding will come from?"] {
            let found = try findings(sentence).filter { $0.ruleID == "match-funding-in-prose" }
            XCTAssertEqual(found.map(\.severity), [.info], sentence)
        }
        try assertFires("match-funding-in-prose", on: ["We asked for match funding of 20% from every applicant."])
    }

    /// "Applications without X will not be processed" requires X, as "will not be considered" does.
    func testARefusalToProcessWhatLacksSomethingRequiresIt() throws {
        try assertFires("references-required-in-prose", on: ["Applications without two references will not be processed."])
    }
}

