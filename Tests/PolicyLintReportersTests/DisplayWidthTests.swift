import XCTest
import PolicyYAML
import PolicyLintCore
@testable import PolicyLintReporters

/// Carets in the text report sit under what they mark, whatever tabs and wide characters come before.
final class DisplayWidthTests: XCTestCase {
    func testWidthsOfTabsWideCharactersAndMarks() {
        XCTAssertEqual(DisplayWidth.columns(of: "a\tb", from: 0, to: 3), 6)
        XCTAssertEqual(DisplayWidth.columns(of: "中文", from: 0, to: 2), 4)
        XCTAssertEqual(DisplayWidth.columns(of: "😀", from: 0, to: 1), 2)
        XCTAssertEqual(DisplayWidth.columns(of: "e\u{301}", from: 0, to: 2), 1, "a combining accent takes no column")
        XCTAssertEqual(DisplayWidth.columns(of: "🇬🇧", from: 0, to: 2), 2, "a flag is two columns")
        XCTAssertEqual(DisplayWidth.shown("\tx"), "    x")
    }

    func testTheCaretLineUpsUnderThePhraseAfterATabAndWideCharacters() throws {
        let text = "policy: 1\nid: width-test\ntitle: T\nkind: grant\nsections:\n  a: \"\t中文 😀 Applicants must provide match funding.\"\n"
        let engine = try RuleSetBuilder(rulebookPaths: []).engine(selection: RuleSelection(select: ["match-funding-in-prose"]))
        let report = Linter(engine: engine).check(SourceText(name: "w.yaml", text: text))
        let rendered = TextReporter(concise: false).renderFile(report, context: ReportContext())
        let lines = rendered.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let shown = try XCTUnwrap(lines.first { $0.hasPrefix("6 |") })
        let carets = try XCTUnwrap(lines.first { $0.contains("^") })
        XCTAssertFalse(shown.contains("\t"), "tabs are shown as spaces")
        // Terminal columns of the phrase in the shown line: ASCII before it counts one each, 中, 文 and 😀 two.
        let phraseStart = try XCTUnwrap(shown.range(of: "match funding"))
        let before = shown[shown.startIndex..<phraseStart.lowerBound]
        let columns = before.unicodeScalars.reduce(0) { $0 + DisplayWidth.width(of: $1) }
        let caretStart = try XCTUnwrap(carets.firstIndex(of: "^"))
        XCTAssertEqual(carets.distance(from: carets.startIndex, to: caretStart), columns, rendered)
        XCTAssertEqual(carets.filter { $0 == "^" }.count, "match funding".count)
    }
}
