import XCTest
import PolicyLintTestSupport

/// Hostile and odd input through the built binary: a correct result or a clear located error, in bounded time, never a crash.
final class HostileInputMatrixTests: XCTestCase {
    private let header = "policy: 1\nid: hostile\ntitle: Hostile\nkind: grant\n"
    private var directory: URL!

    override func setUpWithError() throws {
        directory = try PackagePaths.temporaryDirectory()
    }

    override func tearDownWithError() throws {
        try? FileManager.default.removeItem(at: directory)
    }

    private func check(_ bytes: [UInt8], name: String = "input.yaml", extra: [String] = [], timeout: TimeInterval = 60) throws -> BinaryRunner.Outcome {
        let url = directory.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        let outcome = try BinaryRunner.run(["check", url.path, "--format", "concise", "--isolated"] + extra, timeout: timeout)
        XCTAssertGreaterThanOrEqual(outcome.exitCode, 0, "\(name): killed (crash or hang): \(outcome.stderr)")
        XCTAssertFalse(outcome.stderr.contains("Fatal error"), outcome.stderr)
        return outcome
    }

    private func check(_ text: String, extra: [String] = []) throws -> BinaryRunner.Outcome {
        try check(Array(text.utf8), extra: extra)
    }

    func testAliasBomb() throws {
        var text = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...20 { text += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ",") + "]\n" }
        let outcome = try check(text)
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains(":4:") && outcome.stdout.contains("[alias-bomb]"), outcome.stdout)
    }

    func testVeryDeepNesting() throws {
        let outcome = try check(String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000))
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("[nesting-too-deep]"), outcome.stdout)
        let block = (0..<300).map { String(repeating: "  ", count: $0) + "k\($0):" }.joined(separator: "\n") + " end\n"
        XCTAssertTrue(try check(block).stdout.contains("[nesting-too-deep]"))
    }

    func testFiftyMegabyteFileIsRefusedClearlyUnlessTheLimitIsRaised() throws {
        let line = Array("  - Applicants may apply by phone, by email or in person at a drop-in.\n".utf8)
        var bytes = Array((header + "summary: big\nprocess:\n  invited:\n").utf8)
        bytes.reserveCapacity(52_500_000)
        while bytes.count < 52_000_000 { bytes += line }
        let refused = try check(bytes, name: "big.yaml")
        XCTAssertEqual(refused.exitCode, 2)
        XCTAssertTrue(refused.stdout.contains("big.yaml:1:1: error[unreadable-file]"), refused.stdout)
        XCTAssertTrue(refused.stdout.contains("--max-file-size"), refused.stdout)
        let accepted = try check(bytes, name: "big.yaml", extra: ["--max-file-size", "60000000", "--select", "invitation-only-access"], timeout: 300)
        XCTAssertEqual(accepted.exitCode, 0, accepted.stdout)
    }

    func testHundredThousandKeyMapping() throws {
        var text = header + "sections:\n"
        for index in 0..<100_000 { text += "  s\(index): Text number \(index).\n" }
        let outcome = try check(Array(text.utf8), extra: ["--max-file-size", "40000000"], timeout: 300)
        XCTAssertNotEqual(outcome.exitCode, 2, outcome.stdout)
    }

    func testMillionKeyMapping() throws {
        var bytes = Array((header + "extra:\n").utf8)
        bytes.reserveCapacity(18_000_000)
        for index in 0..<1_000_000 { bytes += Array("  k\(index): \(index)\n".utf8) }
        let outcome = try check(bytes, name: "million.yaml", extra: ["--max-file-size", "40000000"], timeout: 300)
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("million.yaml:5:1: warning[unknown-key] unknown key 'extra'"), outcome.stdout)
    }

    func testAVeryLongLineIsExcerptedAroundTheFinding() throws {
        let before = String(repeating: "Our fund supports local groups. ", count: 3_000)
        let summary = "summary: \"" + before + "Applicants must provide audited accounts." + String(repeating: " More text.", count: 500) + "\"\n"
        let url = directory.appendingPathComponent("long.yaml")
        try Data((header + summary).utf8).write(to: url)
        let longRun = String(repeating: "Our fund supports local groups. ", count: 20)
        for format in ["text", "json", "sarif", "markdown"] {
            let outcome = try BinaryRunner.run(["check", url.path, "--format", format, "--isolated"])
            XCTAssertEqual(outcome.exitCode, 1, outcome.stderr)
            XCTAssertFalse(outcome.stdout.contains(longRun), "\(format): output grows with the findings, not with a 100 KB line")
            if format == "text" || format == "json" { XCTAssertTrue(outcome.stdout.contains("…"), "\(format): the shortened line is marked") }
        }
        let full = try BinaryRunner.run(["check", url.path, "--format", "text", "--isolated"]).stdout
        XCTAssertLessThan(full.utf8.count, 10_000, full)
        let lines = full.components(separatedBy: "\n")
        let shown = try XCTUnwrap(lines.firstIndex { $0.contains("| …") && $0.contains("audited accounts") }, full)
        let quoted = try XCTUnwrap(lines[shown].range(of: "audited accounts"))
        let caret = try XCTUnwrap(lines[shown + 1].firstIndex(of: "^"))
        XCTAssertEqual(lines[shown].distance(from: lines[shown].startIndex, to: quoted.lowerBound),
                       lines[shown + 1].distance(from: lines[shown + 1].startIndex, to: caret), "the carets sit under the phrase:\n\(lines[shown])\n\(lines[shown + 1])")
        let sarif = try BinaryRunner.run(["check", url.path, "--format", "sarif", "--isolated"]).stdout
        XCTAssertTrue(sarif.contains("\"text\" : \"audited accounts\""), "the SARIF snippet is the phrase itself")
    }

    func testBinaryAndBrokenEncodings() throws {
        var random = 0x2545_F491_4F6C_DD1D as UInt64
        let noise = (0..<4096).map { _ -> UInt8 in
            random ^= random << 13
            random ^= random >> 7
            random ^= random << 17
            return UInt8(truncatingIfNeeded: random)
        }
        XCTAssertEqual(try check(noise, name: "noise.yaml").exitCode, 2)
        let nul = try check(Array((header + "title2: a").utf8) + [0] + [0x0A], name: "nul.yaml")
        XCTAssertTrue(nul.stdout.contains("nul.yaml:5:10: error[binary-file]"), nul.stdout)
        let utf16 = try check([0xFF, 0xFE] + Array("p".utf8) + [0], name: "utf16.yaml")
        XCTAssertTrue(utf16.stdout.contains("[invalid-encoding]"), utf16.stdout)
        let badUTF8 = try check(Array(header.utf8) + Array("summary: caf".utf8) + [0xC3, 0x28, 0x0A], name: "bad.yaml")
        XCTAssertTrue(badUTF8.stdout.contains("bad.yaml:5:13: error[invalid-encoding]"), badUTF8.stdout)
    }

    func testByteOrderMarkCRLFAndTabsInValuesGiveTheSameFindings() throws {
        let policy = header + "funding:\n  match_funding: {required: true, share: 0.2}\n"
        let plain = try check(policy)
        let bom = try check([0xEF, 0xBB, 0xBF] + Array(policy.utf8), name: "bom.yaml")
        let crlf = try check(Array(policy.replacingOccurrences(of: "\n", with: "\r\n").utf8), name: "crlf.yaml")
        func lines(_ outcome: BinaryRunner.Outcome, _ name: String) -> [Substring] {
            outcome.stdout.split(separator: "\n").filter { $0.contains("[") }.map { $0.replacingOccurrences(of: name, with: "input.yaml")[...] }
        }
        XCTAssertFalse(lines(plain, "input.yaml").isEmpty, plain.stdout)
        XCTAssertEqual(lines(bom, "bom.yaml"), lines(plain, "input.yaml"))
        XCTAssertEqual(lines(crlf, "crlf.yaml"), lines(plain, "input.yaml"))
        XCTAssertEqual(try check(header + "summary: \"a\\tb\"\ntitle2:\tx\n").exitCode, 0)
    }

    func testTabIndentationIsALocatedSyntaxError() throws {
        let outcome = try check(header + "funding:\n\ttotal: 5\n")
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("input.yaml:6:1: error[invalid-yaml]"), outcome.stdout)
    }

    func testForeignTagsAndDirectives() throws {
        let python = try check(header + "summary: !!python/object/apply:os.system [\"rm -rf /\"]\n")
        XCTAssertEqual(python.exitCode, 2)
        XCTAssertTrue(python.stdout.contains("input.yaml:5:10: error[forbidden-tag]"), python.stdout)
        XCTAssertEqual(try check("%YAML 1.2\n---\n" + header).exitCode, 0)
        let custom = try check("%TAG ! tag:example.com,2000:\n---\n" + header + "summary: !thing x\n")
        XCTAssertTrue(custom.stdout.contains("[forbidden-tag]"), custom.stdout)
    }

    func testMergeKeysAreNotAppliedButExplained() throws {
        let outcome = try check(header + "base: &b {total: 1}\nfunding:\n  <<: *b\n")
        XCTAssertTrue(outcome.stdout.contains("merge keys"), outcome.stdout)
        XCTAssertNotEqual(outcome.exitCode, 2)
    }

    func testDuplicateKeys() throws {
        let outcome = try check(header + "funding:\n  total: 1\n  total: 2\n")
        XCTAssertEqual(outcome.exitCode, 2)
        XCTAssertTrue(outcome.stdout.contains("input.yaml:7:3: error[duplicate-key]"), outcome.stdout)
    }
}
