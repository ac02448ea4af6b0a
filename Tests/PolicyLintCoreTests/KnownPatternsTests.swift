import XCTest
import PolicyLintTestSupport
@testable import PolicyLintCore

/// The table of shipped patterns' analyses is current, and a pattern read from it behaves as a freshly parsed one.
final class KnownPatternsTests: XCTestCase {
    func testTheTableIsCurrent() throws {
        let file = PackagePaths.root.appendingPathComponent(KnownPatternTable.path)
        let actual = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        let expected = try KnownPatternTable.generatedSource().split(separator: "\n", omittingEmptySubsequences: false)
        let common = min(actual.count, expected.count)
        let firstDifference = (0..<common).first { actual[$0] != expected[$0] } ?? (actual.count == expected.count ? nil : common)
        if let line = firstDifference {
            XCTFail("""
                \(KnownPatternTable.path) is stale from line \(line + 1): run `swift run policylint generate-pattern-table`
                  has:    \(line < actual.count ? actual[line].prefix(160) : "(end of file)")
                  wanted: \(line < expected.count ? expected[line].prefix(160) : "(end of file)")
                """)
        }
    }

    func testTheTableLiteralUsesEnoughHashesThatNothingInsideEndsOrEscapesIt() {
        XCTAssertEqual(KnownPatternTable.rawStringHashes(for: "plain \\\\b \"quoted\""), "#")
        XCTAssertEqual(KnownPatternTable.rawStringHashes(for: "a \\#( b"), "##")
        XCTAssertEqual(KnownPatternTable.rawStringHashes(for: "ends \"\"\"# here, and \\## too"), "###")
    }

    func testEveryShippedPatternIsInTheTableWithItsFreshAnalysis() throws {
        let rulebook = try RulebookLoader(principles: PrincipleCatalogues.builtIn()).builtIn()
        let patterns = rulebook.rules.compactMap(\.textMatch).flatMap { $0.patterns + $0.unless + $0.softenedBy }
        XCTAssertGreaterThan(patterns.count, 300)
        for pattern in patterns {
            let known = try XCTUnwrap(KnownPatterns.analysis(of: pattern.source, ignoreCase: pattern.analysis.requestedIgnoreCase), pattern.source)
            let fresh = try PatternAnalysis.analyse(pattern.source, ignoreCase: pattern.analysis.requestedIgnoreCase).analysis
            XCTAssertEqual(known, fresh, pattern.source)
        }
        for source in NegationCues.sources {
            XCTAssertEqual(KnownPatterns.analysis(of: source, ignoreCase: true), try PatternAnalysis.analyse(source, ignoreCase: true).analysis, source)
        }
    }

    func testTheTableIsKeyedByTheRequestedCaseRule() throws {
        let rulebook = try RulebookLoader(principles: PrincipleCatalogues.builtIn()).builtIn()
        let pattern = try XCTUnwrap(rulebook.rules.compactMap(\.textMatch).first?.patterns.first)
        let ignoreCase = pattern.analysis.requestedIgnoreCase
        XCTAssertNotNil(KnownPatterns.analysis(of: pattern.source, ignoreCase: ignoreCase))
        XCTAssertNil(KnownPatterns.analysis(of: pattern.source, ignoreCase: !ignoreCase))
        XCTAssertNil(KnownPatterns.analysis(of: pattern.source + " ", ignoreCase: ignoreCase))
    }

    func testTheTableTextRoundTripsAwkwardSourcesAndSkipsLinesItCannotRead() throws {
        let awkward = ["tab\there", "line\nbreak", "back\\slash \\b", "carriage\rreturn", "caf\u{E9} \u{1F600}"]
        var text = "# a comment\n"
        for (index, source) in awkward.enumerated() {
            text += "=i" + (index.isMultiple(of: 2) ? "i" : "c") + "\t" + KnownPatterns.escaped(source) + "\n"
            text += "+\t" + KnownPatterns.escaped(source) + "\t" + KnownPatterns.escaped("other") + "\n+\tthird\n"
        }
        text += "=ii\tbad escape \\q\n+\tx\n"          // an unknown escape: skipped
        text += "=ii\tbroken literal\n+\tok\tbad\\\n"    // a dangling backslash in a literal: the whole entry is dropped
        text += "+\torphan\n=zz\tunknown flags\n"           // a set with no entry, and bad flags: skipped
        text += "+\tzzzqqq\n"                                // ...and the sets after bad flags attach to nothing
        text += "=ii\tempty literal\n+\tok\t\n"              // an empty literal would never be found: dropped
        let table = KnownPatterns.read(Array(text.utf8))
        XCTAssertEqual(table.count, awkward.count)
        for (index, source) in awkward.enumerated() {
            let analysis = try XCTUnwrap(table[KnownPatterns.Key(source: source, ignoreCase: true)], source)
            XCTAssertEqual(analysis.ignoresCase, index.isMultiple(of: 2))
            XCTAssertEqual(analysis.requirements, [[Array(source.unicodeScalars), Array("other".unicodeScalars)], [Array("third".unicodeScalars)]])
        }
        XCTAssertTrue(KnownPatterns.read(Array("\u{FF}\u{00}=ii".utf8) + [0xFF, 0x09, 0xC3]).isEmpty)
        XCTAssertTrue(KnownPatterns.read(Array("=ii\t".utf8) + [0xC3, 0x28] + Array("\n+\tabc\n".utf8)).isEmpty, "invalid UTF-8 in a source")
        let previous = KnownPatterns.read(Array("=ii\tfunding\n+\tfund\n=i\tshort flags\n+\tzzzqqq\n".utf8))
        XCTAssertEqual(previous[KnownPatterns.Key(source: "funding", ignoreCase: true)]?.requirements, [[Array("fund".unicodeScalars)]])
    }

    func testAPatternThatOnlyLooksLikeAShippedOneIsParsedForItself() throws {
        // U+037E (Greek question mark) is canonically equivalent to ';', so the strings compare equal, but the parser
        // reads scalars: the pattern must be analysed for itself, not take the shipped one's literals.
        let rulebook = try RulebookLoader(principles: PrincipleCatalogues.builtIn()).builtIn()
        let patterns = rulebook.rules.compactMap(\.textMatch).flatMap { $0.patterns + $0.unless + $0.softenedBy }
        let shipped = try XCTUnwrap(patterns.first { $0.source.unicodeScalars.contains(";") })
        let lookalike = String(String.UnicodeScalarView(shipped.source.unicodeScalars.map { $0 == ";" ? "\u{37E}" : $0 }))
        XCTAssertEqual(lookalike, shipped.source, "Swift strings compare canonically")
        XCTAssertNil(KnownPatterns.analysis(of: lookalike, ignoreCase: shipped.analysis.requestedIgnoreCase))
        let pattern = try TextPattern(lookalike, ignoreCase: shipped.analysis.requestedIgnoreCase)
        XCTAssertTrue(pattern.source.unicodeScalars.elementsEqual(lookalike.unicodeScalars))
    }

    func testAPatternOutsideTheTableIsStillParsedAndRejectedAtLoad() {
        XCTAssertThrowsError(try TextPattern("unclosed (group")) { error in
            XCTAssertTrue((error as? PatternSyntaxError)?.message.contains("(") ?? false, "\(error)")
        }
        XCTAssertThrowsError(try TextPattern("a*"))
    }

    func testATablePatternMatchesLikeAFreshlyParsedOne() throws {
        let text = ProseText("Applicants must provide match funding of 20% and three years of audited accounts.")
        let rulebook = try RulebookLoader(principles: PrincipleCatalogues.builtIn()).builtIn()
        let patterns = rulebook.rules.compactMap(\.textMatch).flatMap { $0.patterns + $0.unless + $0.softenedBy }
        for pattern in patterns {
            let key = pattern.analysis
            let fromTable = try TextPattern(key.source, ignoreCase: key.requestedIgnoreCase)
            let (analysis, node) = try PatternAnalysis.analyse(key.source, ignoreCase: key.requestedIgnoreCase)
            let program = PatternProgram(node, ignoreCase: analysis.ignoresCase)
            let scalars = analysis.ignoresCase ? text.folded : text.scalars
            let fresh = program.firstMatch(in: scalars, window: 0..<scalars.count, scratch: PatternScratch(usesAutomata: false), owner: nil)
            XCTAssertEqual(fromTable.firstMatch(in: text, range: 0..<text.scalars.count), fresh, key.source)
        }
    }

    func testAStaleEntryThatNoLongerParsesMatchesNothingInsteadOfCrashing() {
        let stale = PatternAnalysis(source: "(unclosed", requestedIgnoreCase: true, ignoresCase: true, requirements: [])
        let program = PatternProgram(stale.node(), ignoreCase: true)
        let text = Array("(unclosed anything".unicodeScalars)
        XCTAssertNil(program.firstMatch(in: text, window: 0..<text.count, scratch: PatternScratch(usesAutomata: false), owner: nil))
    }
}
