import XCTest
@testable import PolicyYAML

/// Pins start and end positions of every kind of node.
final class SpanTests: XCTestCase {
    private let text = """
    plain: hello world
    single: 'it''s'
    double: "a\\tb"
    literal: |
      line one
      line two
    folded: >
      folded
      text
    flow: [1, {a: b}]
    block:
      - x
      - y: z
    ---
    second: {k: [v]}

    """

    private func document(_ index: Int = 0) throws -> YAMLDocument {
        try YAMLLoader.load(text: text)[index]
    }

    private func assertSpan(_ node: YAMLNode?, _ start: (Int, Int), _ end: (Int, Int), file: StaticString = #filePath, line: UInt = #line) {
        guard let node else { return XCTFail("missing node", file: file, line: line) }
        XCTAssertEqual(node.span.start.line, start.0, "start line", file: file, line: line)
        XCTAssertEqual(node.span.start.column, start.1, "start column", file: file, line: line)
        XCTAssertEqual(node.span.end.line, end.0, "end line", file: file, line: line)
        XCTAssertEqual(node.span.end.column, end.1, "end column", file: file, line: line)
    }

    func testPlainScalar() throws {
        let root = try document().root
        assertSpan(root["plain"], (1, 8), (1, 19))
        XCTAssertEqual(root["plain"]?.scalar?.style, .plain)
        assertSpan(root.pair("plain")?.key, (1, 1), (1, 6))
    }

    func testQuotedScalarsIncludeTheirQuotes() throws {
        let root = try document().root
        assertSpan(root["single"], (2, 9), (2, 16))
        XCTAssertEqual(root["single"]?.scalar?.text, "it's")
        XCTAssertEqual(root["single"]?.scalar?.style, .singleQuoted)
        assertSpan(root["double"], (3, 9), (3, 15))
        XCTAssertEqual(root["double"]?.scalar?.text, "a\tb")
        XCTAssertEqual(root["double"]?.scalar?.style, .doubleQuoted)
    }

    func testBlockScalarsRunFromIndicatorToTheLineAfterTheirContent() throws {
        let root = try document().root
        assertSpan(root["literal"], (4, 10), (7, 1))
        XCTAssertEqual(root["literal"]?.scalar?.text, "line one\nline two\n")
        XCTAssertEqual(root["literal"]?.scalar?.style, .literal)
        assertSpan(root["folded"], (7, 9), (10, 1))
        XCTAssertEqual(root["folded"]?.scalar?.text, "folded text\n")
        XCTAssertEqual(root["folded"]?.scalar?.style, .folded)
    }

    func testFlowCollections() throws {
        let root = try document().root
        assertSpan(root["flow"], (10, 7), (10, 18))
        assertSpan(root["flow"]?.sequence?[0], (10, 8), (10, 9))
        assertSpan(root["flow"]?.sequence?[1], (10, 11), (10, 17))
        assertSpan(root["flow"]?.sequence?[1]["a"], (10, 15), (10, 16))
    }

    func testBlockCollections() throws {
        let root = try document().root
        let block = root["block"]
        assertSpan(block, (12, 3), (14, 1))
        assertSpan(block?.sequence?[0], (12, 5), (12, 6))
        assertSpan(block?.sequence?[1], (13, 5), (14, 1))
        assertSpan(block?.sequence?[1]["y"], (13, 8), (13, 9))
        assertSpan(root, (1, 1), (14, 1))
    }

    func testNodesInASecondDocument() throws {
        let documents = try YAMLLoader.load(text: text)
        XCTAssertEqual(documents.count, 2)
        let second = documents[1].root
        XCTAssertEqual(documents[1].index, 1)
        assertSpan(second["second"], (15, 9), (15, 17))
        assertSpan(second["second"]?["k"], (15, 13), (15, 16))
        assertSpan(second["second"]?["k"]?.sequence?[0], (15, 14), (15, 15))
        XCTAssertEqual(second["second"]?["k"]?.sequence?[0].path.description, "second.k[0]")
    }

    func testByteOffsetsCountBytesNotCharacters() throws {
        let documents = try YAMLLoader.load(text: "é: \"ü\"\nnext: ok\n")
        let value = documents[0].root["é"]
        XCTAssertEqual(value?.span.start.column, 4)
        XCTAssertEqual(value?.span.start.offset, 4)
        XCTAssertEqual(value?.span.end.offset, 8)
        XCTAssertEqual(documents[0].root["next"]?.span.start.offset, 15)
    }

    func testPositionsOnAVeryLongLineMatchCountingFromItsStart() {
        // Past a kilobyte a line keeps column checkpoints; every offset, on and between them, must agree with counting.
        let line = String(repeating: "ab£ 😀 café—", count: 400)
        let source = SourceText(name: "t.md", text: "first\n" + line + "\nlast")
        let lineStart = 6
        var column = 1
        var offset = lineStart
        for scalar in line.unicodeScalars {
            XCTAssertEqual(source.position(ofOffset: offset), SourcePosition(line: 2, column: column, offset: offset), "offset \(offset)")
            offset += String(scalar).utf8.count
            column += 1
        }
        XCTAssertEqual(source.position(ofOffset: offset), SourcePosition(line: 2, column: column, offset: offset))
        XCTAssertEqual(source.position(ofOffset: offset + 1), SourcePosition(line: 3, column: 1, offset: offset + 1))
    }

    func testCRLFLineEndings() throws {
        let documents = try YAMLLoader.load(text: "a: 1\r\nb:\r\n  c: two\r\n")
        let c = documents[0].root["b"]?["c"]
        XCTAssertEqual(c?.span.start.line, 3)
        XCTAssertEqual(c?.span.start.column, 6)
        XCTAssertEqual(c?.span.start.offset, 15)
    }

    func testByteOrderMarkDoesNotShiftColumns() throws {
        let source = SourceText(name: "bom.yaml", bytes: [0xEF, 0xBB, 0xBF] + Array("key: value\n".utf8))
        let documents = try YAMLLoader.load(source)
        let value = documents[0].root["key"]
        XCTAssertEqual(value?.span.start.column, 6)
        XCTAssertEqual(value?.span.start.offset, 8)
        XCTAssertEqual(source.text(of: try XCTUnwrap(value?.span)), "value")
    }

    func testPathsNameKeysAndIndexes() throws {
        let documents = try YAMLLoader.load(text: "process:\n  assessment:\n    criteria:\n      - {name: price, weight: 70}\n      - {name: quality, weight: 30}\n")
        let weight = documents[0].root.descendant([.key("process"), .key("assessment"), .key("criteria"), .index(1), .key("weight")])
        XCTAssertEqual(weight?.path.description, "process.assessment.criteria[1].weight")
        XCTAssertEqual(weight?.path.pattern, "process.assessment.criteria[].weight")
        XCTAssertEqual(weight?.span.start.line, 5)
    }

    func testKeyOrderIsKept() throws {
        let root = try YAMLLoader.load(text: "z: 1\na: 2\nm: 3\n")[0].root
        XCTAssertEqual(root.mapping?.map(\.keyText), ["z", "a", "m"])
    }
}
