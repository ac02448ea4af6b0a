import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// An exception written in the sentence after a hit, opening as a qualification of it or worded as an offer, cancels the hit.
final class NextSentenceExceptionTests: XCTestCase {
    private let match = TextMatch(patterns: [try! TextPattern(#"\bwidget fee\b"#)], unless: [try! TextPattern(#"\bwaived?\b"#)])

    private func hitCount(_ text: String) -> Int {
        match.hits(in: ProseText(text)).count
    }

    func testAQualifyingNextSentenceCancelsTheHit() {
        XCTAssertEqual(hitCount("A widget fee applies."), 1)
        XCTAssertEqual(hitCount("A widget fee applies, but we waive it for small groups."), 0, "the same sentence, as before")
        for next in ["If you are a small group, we waive it.", "However, it is waived for small groups.", "Where money is tight, it can be waived.",
                     "Alternatively, ask for it to be waived.", "In exceptional cases it is waived.", "For anyone who asks, it is waived."] {
            XCTAssertEqual(hitCount("A widget fee applies. " + next), 0, next)
        }
    }

    func testANextSentenceThatDoesNotQualifyOrDeniesTheExceptionCancelsNothing() {
        XCTAssertEqual(hitCount("A widget fee applies. We waived it last year for one group, by mistake."), 1, "no opening qualifier")
        XCTAssertEqual(hitCount("A widget fee applies. However, it is not waived for anyone."), 1, "the exception is denied")
        XCTAssertEqual(hitCount("A widget fee applies. If you ask, we will tell you why. A widget fee applies."), 2, "no exception named")
        XCTAssertEqual(hitCount("If it is waived, good. A widget fee applies."), 1, "only the sentence after counts")
    }

    func testANextSentenceThatOffersTheExceptionCancelsTheHitWhateverItsOpening() {
        let offered = TextMatch(patterns: [try! TextPattern(#"\bwidget fee\b"#)], unless: [try! TextPattern(#"\bwaivers? (are |is )?available\b"#)])
        func hits(_ text: String) -> Int { offered.hits(in: ProseText(text)).count }
        XCTAssertEqual(hits("A widget fee applies. Waivers are available on request."), 0)
        XCTAssertEqual(hits("A widget fee applies. Waivers are no longer available."), 1, "the offer is withdrawn")
        XCTAssertEqual(hits("A widget fee applies and waivers are no longer available."), 1, "denied in the hit's own clause too")
        XCTAssertEqual(hits("A widget fee applies and waivers are available."), 0)
        // An exception that is not itself an offer still needs a qualifying opening.
        XCTAssertEqual(hitCount("A widget fee applies. It is waived for some, and forms are available on request."), 1)
    }

    func testTheRunnerAppliesItToFieldsToo() throws {
        let engine = try RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection())
        let header = "policy: 1\nid: next-test\ntitle: Next sentence test\nkind: grant\n"
        func ids(_ summary: String) -> [String] {
            Linter(engine: engine).check(SourceText(name: "p.yaml", text: header + "summary: \"\(summary)\"\n")).findings
                .filter { $0.ruleID == "online-only-in-prose" }.map(\.ruleID)
        }
        XCTAssertEqual(ids("Applications must be made online."), ["online-only-in-prose"])
        XCTAssertEqual(ids("Applications must be made online. If you can't, call us and we will take it by phone."), [])
        XCTAssertEqual(ids("Applications must be made online. Call us if you have questions about the fund."), ["online-only-in-prose"])
        XCTAssertEqual(ids("Applications must be made online. Paper forms are available on request."), [])
        XCTAssertEqual(ids("Applications must be made online. Paper forms are no longer available."), ["online-only-in-prose"])
    }
}
