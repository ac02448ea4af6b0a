import XCTest
@testable import PolicyLintCore

/// Where prose is cut into sentences.
final class SentenceSplitterTests: XCTestCase {
    /// The text of each sentence of `text`.
    private func sentences(_ text: String) -> [String] {
        let prose = ProseText(text)
        return SentenceSplitter.sentences(prose).map { prose.text($0) }
    }

    func testEachTableRowIsASentence() {
        let rows = ["| Requirement | Status |", "|---|---|", "| Match funding | 25% |", "| Audited accounts | Not required |"]
        XCTAssertEqual(sentences(rows.joined(separator: "\n")), rows)
        XCTAssertEqual(sentences("What we ask for:\n  | Match funding | 25% |"), ["What we ask for:", "| Match funding | 25% |"],
                       "an indented row starts a sentence too")
    }

    func testABarInsideALineDoesNotCutIt() {
        XCTAssertEqual(sentences("Pick one | or both\noptions."), ["Pick one | or both\noptions."])
    }

    /// "No." abbreviates "number" only before a number; an answer "No." ends its sentence.
    func testNoEndsASentenceUnlessANumberFollows() {
        XCTAssertEqual(sentences("A: No. The contract will be let as one lot."), ["A: No.", "The contract will be let as one lot."])
        XCTAssertEqual(sentences("See form No. 5 for details."), ["See form No. 5 for details."])
        XCTAssertEqual(sentences("Charity Nos. 1234 and 5678 apply."), ["Charity Nos. 1234 and 5678 apply."])
    }
}
