import XCTest
import PolicyYAML
@testable import PolicyLintCore

/// A reported phrase is never cut inside a word or an amount.
final class MatchExtentTests: XCTestCase {
    /// The widened text of `phrase` found in `sentence` (its first occurrence, searched from `after`).
    private func widened(_ phrase: String, in sentence: String) throws -> String {
        let text = ProseText(sentence)
        let found = try XCTUnwrap(sentence.range(of: phrase))
        let lower = sentence.unicodeScalars.distance(from: sentence.unicodeScalars.startIndex, to: found.lowerBound)
        let range = lower..<(lower + phrase.unicodeScalars.count)
        return text.flatText(MatchExtent.widened(range, in: text, within: 0..<text.count))
    }

    func testAmountsAreReportedWhole() throws {
        XCTAssertEqual(try widened("at least £1", in: "Applicants need an income of at least £1.5m."), "at least £1.5m")
        XCTAssertEqual(try widened("at least £1", in: "an annual income of at least £100,000 to apply"), "at least £100,000")
        XCTAssertEqual(try widened("security of £1", in: "lodge security of £10,000 before the contract starts"), "security of £10,000")
        XCTAssertEqual(try widened("turnover of £2", in: "a turnover of £2 million a year"), "turnover of £2 million")
        XCTAssertEqual(try widened("turnover of £2", in: "a turnover of £250k a year"), "turnover of £250k")
        XCTAssertEqual(try widened("turnover of £1", in: "a turnover of £1.2bn."), "turnover of £1.2bn")
        XCTAssertEqual(try widened("equal to 5", in: "a deposit equal to 5% of the tender value"), "equal to 5%")
        XCTAssertEqual(try widened("equal to 12", in: "a deposit equal to 12.5 per cent of the value"), "equal to 12.5 per cent")
        XCTAssertEqual(try widened("5% of", in: "a deposit of 2.5% of the value"), "2.5% of")
        XCTAssertEqual(try widened("000 deposit", in: "a £10,000 deposit is due"), "£10,000 deposit")
    }

    func testWordsAreReportedWhole() throws {
        XCTAssertEqual(try widened("match fund", in: "You need match funding."), "match funding")
        XCTAssertEqual(try widened("nding", in: "You need match funding."), "funding")
    }

    func testWhatFollowsAWholeTokenIsLeftAlone() throws {
        // Punctuation that does not join digits, and words that only start like a magnitude.
        XCTAssertEqual(try widened("at least £1,000", in: "an income of at least £1,000."), "at least £1,000")
        XCTAssertEqual(try widened("Lots 2", in: "Bid for Lots 2, 3 and 4."), "Lots 2")
        XCTAssertEqual(try widened("worth £2", in: "worth £2 millionaires"), "worth £2")
        XCTAssertEqual(try widened("audited accounts", in: "audited accounts for 2024."), "audited accounts")
    }

    func testFindingsQuoteAndUnderlineTheWholeAmount() throws {
        let builder = try RuleSetBuilder(rulebookPaths: [])
        let engine = try builder.engine(selection: RuleSelection(select: ["minimum-turnover-in-prose", "security-deposit-in-prose"], preview: true))
        let line = "  eligibility: Applicants need an income of at least £1.5m. You must lodge security of £10,000 before the contract starts.\n"
        let yaml = "policy: 1\nid: p\ntitle: P\nkind: grant\nsections:\n" + line
        let document = try XCTUnwrap(PolicyReader().read(SourceText(name: "p.yaml", text: yaml)).documents.first)
        let findings = engine.run(on: document).filter { $0.category == .rule }
        let turnover = try XCTUnwrap(findings.first { $0.ruleID == "minimum-turnover-in-prose" })
        XCTAssertTrue(turnover.message.contains("at least £1.5m\""), turnover.message)
        let amountEnd = try XCTUnwrap(line.range(of: "£1.5m")).upperBound.utf16Offset(in: line) + 1
        XCTAssertEqual(turnover.location.span.end.description, "6:\(amountEnd)")
        let security = try XCTUnwrap(findings.first { $0.ruleID == "security-deposit-in-prose" })
        XCTAssertTrue(security.message.contains("security of £10,000\""), security.message)
        let securityEnd = try XCTUnwrap(line.range(of: "£10,000")).upperBound.utf16Offset(in: line) + 1
        XCTAssertEqual(security.location.span.end.description, "6:\(securityEnd)")
    }
}
