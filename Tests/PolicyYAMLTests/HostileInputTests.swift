import XCTest
@testable import PolicyYAML

/// Bad and hostile input fails with a clear, located error, quickly.
final class HostileInputTests: XCTestCase {
    private func error(_ bytes: [UInt8], limits: YAMLLimits = .default) -> YAMLError? {
        do {
            _ = try YAMLLoader.load(SourceText(name: "t.yaml", bytes: bytes), limits: limits)
            return nil
        } catch {
            return error
        }
    }

    private func error(_ text: String, limits: YAMLLimits = .default) -> YAMLError? {
        error(Array(text.utf8), limits: limits)
    }

    func testUnclosedFlowSequenceIsASyntaxError() throws {
        let failure = try XCTUnwrap(error("a: ["))
        XCTAssertEqual(failure.kind, .syntax)
        XCTAssertEqual(failure.span.start, SourcePosition(line: 1, column: 5, offset: 4), "clamped to the end of the file")
        XCTAssertTrue(failure.message.contains("flow"), failure.message)
    }

    func testDuplicateKeyIsReportedAtTheSecondOne() throws {
        let failure = try XCTUnwrap(error("a: 1\nb: 2\na: 3\n"))
        XCTAssertEqual(failure.kind, .duplicateKey)
        XCTAssertEqual(failure.span.start, SourcePosition(line: 3, column: 1, offset: 10))
        XCTAssertTrue(failure.message.contains("line 1"), failure.message)
    }

    func testDuplicateKeysCompareByValue() throws {
        XCTAssertEqual(error("1: a\n01: b\n")?.kind, .duplicateKey)
        XCTAssertNil(error("'1': a\n1: b\n"))
    }

    func testBillionLaughsFailsFast() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...12 {
            let refs = Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ")
            text += "a\(level): &a\(level) [\(refs)]\n"
        }
        let started = Date()
        let failure = try XCTUnwrap(error(text))
        XCTAssertEqual(failure.kind, .aliasExpansion)
        XCTAssertEqual(failure.span.start.line, 4, "the fourth level is the first to pass 10,000 nodes")
        XCTAssertLessThan(Date().timeIntervalSince(started), 5, "generous bound: a hang would exceed it by far")
    }

    func testSmallAliasesStillWork() throws {
        let root = try XCTUnwrap(try YAMLLoader.load(text: "base: &b {x: 1}\ncopy: *b\n").first?.root)
        XCTAssertEqual(root["copy"]?["x"]?.scalar?.value, .int(1))
        XCTAssertEqual(root["copy"]?["x"]?.path.description, "copy.x")
        XCTAssertEqual(root["copy"]?.span.start.line, 2)
    }

    func testAnAliasedScalarKeepsTheAnchoredTextsSpan() throws {
        let root = try XCTUnwrap(try YAMLLoader.load(text: "owner: &o \"text here\"\nsections:\n  x: *o\n").first?.root)
        let copy = try XCTUnwrap(root["sections"]?["x"])
        XCTAssertEqual(copy.path.description, "sections.x")
        XCTAssertEqual(copy.span, root["owner"]?.span, "positions inside the text exist only where it is written")
    }

    func testUndefinedAliasIsAnError() throws {
        XCTAssertNotNil(error("a: *nope\n"))
    }

    func testDeepNestingIsBounded() throws {
        let deep = String(repeating: "[", count: 5000) + String(repeating: "]", count: 5000)
        let failure = try XCTUnwrap(error(deep))
        XCTAssertEqual(failure.kind, .tooDeep)
        XCTAssertEqual(failure.span.start.column, 101)
    }

    func testInvalidUTF8IsLocated() throws {
        let failure = try XCTUnwrap(error(Array("a: ok\nb: ".utf8) + [0xC3, 0x28] + Array("\n".utf8)))
        XCTAssertEqual(failure.kind, .encoding)
        XCTAssertEqual(failure.span.start.line, 2)
        XCTAssertEqual(failure.span.start.column, 4)
    }

    func testBinaryFileIsRejected() throws {
        let failure = try XCTUnwrap(error([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00]))
        XCTAssertTrue(failure.kind == .binary || failure.kind == .encoding)
    }

    func testNulByteIsLocated() throws {
        let failure = try XCTUnwrap(error(Array("a: b\nc: d".utf8) + [0] + Array("\n".utf8)))
        XCTAssertEqual(failure.kind, .binary)
        XCTAssertEqual(failure.span.start.line, 2)
        XCTAssertEqual(failure.span.start.column, 5)
    }

    func testUTF16IsRejectedWithAHint() throws {
        let failure = try XCTUnwrap(error([0xFF, 0xFE, 0x61, 0x00]))
        XCTAssertEqual(failure.kind, .encoding)
        XCTAssertTrue(failure.message.contains("UTF-8"))
    }

    func testFileSizeLimit() throws {
        let failure = try XCTUnwrap(error("a: 1234567890\n", limits: YAMLLimits(maxFileBytes: 8)))
        XCTAssertEqual(failure.kind, .tooLarge)
    }

    func testForeignTagsAreRejected() throws {
        let failure = try XCTUnwrap(error("a: !!python/object:os.system ls\n"))
        XCTAssertEqual(failure.kind, .tag)
        XCTAssertEqual(failure.span.start.column, 4)
        XCTAssertEqual(error("a: !custom {x: 1}\n")?.kind, .tag)
    }

    func testEmptyStreamHasNoDocuments() throws {
        XCTAssertEqual(try YAMLLoader.load(text: "").count, 0)
        XCTAssertEqual(try YAMLLoader.load(text: "# only a comment\n").count, 0)
    }

    func testEveryForbiddenControlByteIsLocatedAndTabCRLFAreAllowed() throws {
        for byte in UInt8(0)..<0x20 where byte != 0x09 && byte != 0x0A && byte != 0x0D {
            // Long ASCII lines around it, so the check cannot stop at the first bytes.
            let padding = String(repeating: "x", count: 300)
            let failure = try XCTUnwrap(error(Array("a: \(padding)\nb: \(padding)".utf8) + [byte] + Array(" c\n".utf8)), "byte \(byte)")
            XCTAssertEqual(failure.kind, .binary, "byte \(byte)")
            XCTAssertEqual(failure.span.start.line, 2, "byte \(byte)")
            XCTAssertEqual(failure.span.start.column, 304, "byte \(byte)")
        }
        XCTAssertNil(error("a:\tb\r\nc: d\n"))
        XCTAssertNil(error("a: caf\u{E9} \u{2014} \u{1F600}\n"), "multi-byte UTF-8 is text")
        XCTAssertEqual(error(Array("a: caf\u{E9}\n".utf8) + [0x07])?.kind, .binary, "a control byte after non-ASCII text")
    }

    func testAByteOrderMarkAloneIsAnEmptyStream() throws {
        XCTAssertEqual(try YAMLLoader.load(SourceText(name: "t.yaml", bytes: [0xEF, 0xBB, 0xBF])).count, 0)
    }

    func testDuplicateKeysAreFoundInLargeMappings() throws {
        // Past a dozen keys the earlier keys are looked up in a table rather than one by one: both must find repeats.
        for count in [3, 12, 13, 40] {
            let keys = (0..<count).map { "key\($0): \($0)" }.joined(separator: "\n")
            let failure = try XCTUnwrap(error(keys + "\nkey1: again\n"), "\(count) keys")
            XCTAssertEqual(failure.kind, .duplicateKey)
            XCTAssertEqual(failure.span.start.line, count + 1)
            XCTAssertTrue(failure.message.contains("line 2"), failure.message)
            XCTAssertNil(error(keys + "\nlast: 1\n"), "\(count) distinct keys")
        }
    }

    func testComplexKeysAreRejected() throws {
        XCTAssertEqual(error("? [a, b]\n: c\n")?.kind, .unsupported)
    }
}
