import XCTest
import PolicyLintTestSupport

/// A file saved as UTF-16 or UTF-32 is reported as such, located, with no bytes of it quoted.
final class ForeignEncodingTests: ScratchFolderTestCase {
    private let policy = "version: 1\nkind: grant\nid: utf-fund\ntitle: A fund\n"

    private func writeBytes(_ bytes: [UInt8], to name: String) throws {
        try Data(bytes).write(to: directory.appendingPathComponent(name))
    }

    private func encoded(_ text: String, _ encoding: String.Encoding, mark: [UInt8] = []) throws -> [UInt8] {
        mark + Array(try XCTUnwrap(text.data(using: encoding)))
    }

    func testEachUTF16And32FormIsNamedWithoutAnExcerpt() throws {
        let cases: [(String, [UInt8], String)] = [
            ("le-bom.yaml", try encoded(policy, .utf16LittleEndian, mark: [0xFF, 0xFE]), "UTF-16 (little-endian)"),
            ("be-bom.yaml", try encoded(policy, .utf16BigEndian, mark: [0xFE, 0xFF]), "UTF-16 (big-endian)"),
            ("le.yaml", try encoded(policy, .utf16LittleEndian), "UTF-16 (little-endian)"),
            ("be.yaml", try encoded(policy, .utf16BigEndian), "UTF-16 (big-endian)"),
            ("le32.yaml", try encoded(policy, .utf32LittleEndian), "UTF-32 (little-endian)"),
            ("notes.md", try encoded("# Match funding\n\nApplicants must provide match funding.\n", .utf16LittleEndian, mark: [0xFF, 0xFE]),
             "UTF-16 (little-endian)"),
        ]
        for (name, bytes, encoding) in cases {
            try writeBytes(bytes, to: name)
            let outcome = try run(["check", name, "--isolated"])
            XCTAssertEqual(outcome.exitCode, 2, "\(name): \(outcome.stdout)")
            XCTAssertTrue(outcome.stdout.contains("\(name):1:1: error[invalid-encoding] the file is \(encoding); save it as UTF-8"),
                          "\(name): \(outcome.stdout)")
            XCTAssertFalse(outcome.stdout.contains(" | "), "no excerpt of the file's bytes: \(outcome.stdout)")
            XCTAssertFalse(outcome.stdout.contains("\u{FFFD}"), "no excerpt of the file's bytes: \(outcome.stdout)")

            let document = try jsonObject(["check", name, "--isolated", "--format", "json"])
            let finding = try XCTUnwrap((document["findings"] as? [[String: Any]])?.first)
            XCTAssertEqual((finding["excerpt"] as? [String: Any])?["lines"] as? [String], [], name)
        }
    }

    func testAUTF16ConfigIsNamedAtItsPlaceWithoutAnExcerpt() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        try writeBytes(try encoded("fail-on: warning\n", .utf16LittleEndian, mark: [0xFF, 0xFE]), to: ".policylint.yaml")
        let outcome = try run(["check", "p.yaml"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains(".policylint.yaml:1:1: error[invalid-encoding] the file is UTF-16 (little-endian); save it as UTF-8"),
                      outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("\u{FFFD}"), outcome.stderr)
    }

    func testBinaryDataWithNULsIsStillBinaryNotUTF16() throws {
        try writeBytes(Array("version: 1\nkind: grant\n".utf8) + [0, 0, 0, 0x0A], to: "nul.yaml")
        let outcome = try run(["check", "nul.yaml", "--isolated"])
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("nul.yaml:3:1: error[binary-file]"), outcome.stdout)
    }
}
