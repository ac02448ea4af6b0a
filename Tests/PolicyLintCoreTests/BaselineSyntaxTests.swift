import XCTest
import PolicyYAML
import PolicyLintCore

/// A baseline is JSON, so a syntax error in one is said in JSON's terms, at its line and column, rather than in the
/// YAML parser's.
final class BaselineSyntaxTests: XCTestCase {
    /// The one error reading `text` as a baseline gives.
    private func error(_ text: String, file: StaticString = #filePath, line: UInt = #line) throws -> InputError {
        do {
            _ = try Baseline.read(SourceText(name: "baseline.json", text: text))
        } catch {
            XCTAssertEqual(error.errors.count, 1, "\(error.errors)", file: file, line: line)
            return try XCTUnwrap(error.errors.first, file: file, line: line)
        }
        XCTFail("read without error", file: file, line: line)
        throw XCTSkip("no error")
    }

    private let entry = #"{"fingerprint": "0123456789abcdef", "rule": "r", "file": "p.yaml", "message": "m"}"#

    func testAMissingCommaIsReportedInJSONTermsAtItsPlace() throws {
        let found = try error("{\n  \"version\": 1\n  \"tool\": \"policylint 1\",\n  \"findings\": []\n}\n")
        XCTAssertEqual(found.id, "invalid-baseline")
        XCTAssertEqual(found.message, "the baseline is not valid JSON: expected ',' or '}' after an object member, found '\"'")
        XCTAssertEqual(found.location?.span.start.line, 3)
        XCTAssertEqual(found.location?.span.start.column, 3)
        XCTAssertFalse(found.message.lowercased().contains("yaml"), found.message)
    }

    func testOtherSyntaxErrorsAreNamedAsJSONNamesThem() throws {
        let cases: [(text: String, message: String, line: Int, column: Int)] = [
            ("{\"version\": 1, \"tool\": \"t\", \"findings\": [\(entry)\n", "the JSON ends early, expected ',' or ']' after an array element", 1, 124),
            ("{\"version\": 1, \"tool\": \"t\", \"findings\": [\(entry)}}", "expected ',' or ']' after an array element, found '}'", 1, 124),
            ("{\"version\": 1, \"tool\": \"t\", \"findings\": [\"a\n\"]}", "a string runs past the end of its line; close it with '\"' or write a line break as \\n", 1, 44),
            ("{\"version\": 1, \"tool\": \"t\", \"findings\": [}", "expected a value (a string, number, object, array, true, false or null), found '}'", 1, 42),
            ("{\"version\": 1, \"tool\": \"t\", \"findings\": []}\n<<<<<<< HEAD\n", "a merge conflict marker ('<<<<<<<'): resolve the conflict, or rewrite the baseline", 2, 1),
        ]
        for (text, message, line, column) in cases {
            let found = try error(text)
            XCTAssertEqual(found.id, "invalid-baseline", text)
            XCTAssertEqual(found.message, "the baseline is not valid JSON: \(message)", text)
            XCTAssertEqual(found.location?.span.start.line, line, "\(text): \(found.message)")
            XCTAssertEqual(found.location?.span.start.column, column, "\(text): \(found.message)")
        }
    }

    func testAWellFormedBaselineStillReads() throws {
        let baseline = try Baseline.read(SourceText(name: "baseline.json", text: "{\"version\": 1, \"tool\": \"t\", \"findings\": [\(entry)]}\n"))
        XCTAssertEqual(baseline.findings.map(\.rule), ["r"])
    }
}
