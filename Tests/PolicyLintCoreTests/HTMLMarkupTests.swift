import XCTest
@testable import PolicyLintCore

/// HTML markup in prose is blanked with every offset kept: block tags end sentences, references read as characters.
final class HTMLMarkupTests: XCTestCase {
    func testBlockTagsEndSentencesAndOffsetsAreKept() {
        let source = "<p>Tenders are invited</p><br /><p>from the firms named&nbsp;above</p>"
        let text = ProseText(source)
        XCTAssertEqual(text.count, source.unicodeScalars.count)
        let sentences = SentenceSplitter.sentences(text).map { text.flatText($0) }
        XCTAssertEqual(sentences, ["Tenders are invited", "from the firms named above"])
        let offset = source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: source.range(of: "from")!.lowerBound.samePosition(in: source.unicodeScalars)!)
        XCTAssertEqual(text.text(offset..<(offset + 4)), "from")
    }

    func testInlineTagsAndCommentsBecomeSpaces() {
        let text = ProseText("You <strong>must</strong> apply <!-- note --> <span class=\"x\">online</span> only.")
        XCTAssertEqual(SentenceSplitter.sentences(text).map { text.flatText($0) }, ["You must apply online only."])
    }

    func testCommentsCloseAtTheirOwnEndAndAnUnclosedOneIsText() {
        let closed = ProseText("<p>Apply <!-- a <p> inside --> online <!-- second --> only.</p>")
        XCTAssertEqual(SentenceSplitter.sentences(closed).map { closed.flatText($0) }, ["Apply online only."])
        let unclosed = "<p>Apply <!-- never closed <!-- nor this"
        XCTAssertEqual(ProseText(unclosed).flatText(0..<unclosed.unicodeScalars.count), " Apply <!-- never closed <!-- nor this")
    }

    func testCharacterReferencesReadAsTheirCharacters() {
        let text = ProseText("<p>Smith &amp; Sons &#8211; &#x27;quoted&#39; costs &pound;5</p>")
        XCTAssertEqual(text.flatText(0..<text.count), " Smith & Sons – 'quoted' costs £5 ")
    }

    func testTextWithoutTagsIsReadAsWritten() {
        for source in ["R&D costs &amp; more", "Grants < £5,000 and > £500", "a <3 b", "x <y and z> w is fine", "An <p unclosed tag", "a <b and c"] {
            let text = ProseText(source)
            XCTAssertEqual(String(String.UnicodeScalarView(text.original)), source, source)
        }
    }
}
