import XCTest
@testable import PolicyYAML

/// Offsets inside scalar text map back to the right line and column in the file.
final class ScalarLocatorTests: XCTestCase {
    private func locate(_ yaml: String, key: String, word: String) throws -> SourcePosition {
        let source = SourceText(name: "t.yaml", text: yaml)
        let node = try XCTUnwrap(try YAMLLoader.load(source)[0].root[key])
        let text = try XCTUnwrap(node.scalar?.text)
        let range = try XCTUnwrap(text.range(of: word))
        let offset = text.unicodeScalars.distance(from: text.unicodeScalars.startIndex, to: range.lowerBound)
        return ScalarLocator(source: source, node: node).position(ofTextOffset: offset)
    }

    func testPlainScalar() throws {
        XCTAssertEqual(try locate("a: match funding needed\n", key: "a", word: "funding").description, "1:10")
    }

    func testLiteralBlock() throws {
        let yaml = "intro: x\ntext: |\n  First line here.\n  Applicants must provide audited accounts.\n"
        XCTAssertEqual(try locate(yaml, key: "text", word: "audited").description, "4:27")
    }

    func testFoldedBlockAcrossLines() throws {
        let yaml = "text: >\n    Payments are made\n    quarterly in arrears.\n"
        XCTAssertEqual(try locate(yaml, key: "text", word: "arrears").description, "3:18")
        XCTAssertEqual(try locate(yaml, key: "text", word: "made quarterly").description, "2:18")
    }

    func testDoubleQuotedWithEscapes() throws {
        let yaml = "t: \"tab\\there \\\"quoted\\\" word\"\n"
        XCTAssertEqual(try locate(yaml, key: "t", word: "word").description, "1:26")
    }

    func testSingleQuotedWithDoubledQuote() throws {
        XCTAssertEqual(try locate("t: 'it''s in arrears'\n", key: "t", word: "arrears").description, "1:14")
    }

    func testMultiByteCharacters() throws {
        XCTAssertEqual(try locate("t: \"café — arrears\"\n", key: "t", word: "arrears").description, "1:12")
    }

    func testSpanCoversTheWord() throws {
        let source = SourceText(name: "t.yaml", text: "t: |\n  pay in arrears now\n")
        let node = try XCTUnwrap(try YAMLLoader.load(source)[0].root["t"])
        let span = ScalarLocator(source: source, node: node).span(offset: 7, length: 7)
        XCTAssertEqual(source.text(of: span), "arrears")
    }
}
