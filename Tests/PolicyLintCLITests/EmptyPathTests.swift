import XCTest
import PolicyLintTestSupport

/// An empty path (an unset CI variable, `-o ""`) is a usage error naming the flag, never a write to the working folder.
final class EmptyPathTests: ScratchFolderTestCase {
    func testAnEmptyOutputIsAUsageErrorNotAnUnwritableFolder() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        for command in [["check", "p.yaml", "--format", "json"], ["report", "p.yaml"]] {
            let outcome = try run(command + ["-o", ""])
            XCTAssertEqual(outcome.exitCode, 2, "\(command): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("--output is an empty path, which names no file; give one, or '-' for standard output"),
                          "\(command): \(outcome.stderr)")
            XCTAssertFalse(outcome.stderr.contains("not writable"), outcome.stderr)
            XCTAssertEqual(outcome.stdout, "", "nothing is checked or written")
        }
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted(), ["p.yaml"])
    }

    func testEveryPathFlagAndArgumentRefusesAnEmptyValue() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        let cases: [([String], String)] = [
            (["check", ""], "a path to check is an empty path, which names no file or folder"),
            (["check", "p.yaml", "--config", ""], "--config is an empty path, which names no file"),
            (["check", "p.yaml", "--baseline", ""], "--baseline is an empty path, which names no file"),
            (["check", "p.yaml", "--write-baseline", ""], "--write-baseline is an empty path, which names no file"),
            (["check", "p.yaml", "--waivers", ""], "--waivers is an empty path, which names no file"),
            (["check", "p.yaml", "--rules", ""], "--rules is an empty path, which names no file"),
            (["init", ""], "the folder to write in is an empty path, which names no folder"),
        ]
        for (arguments, message) in cases {
            let outcome = try run(arguments)
            XCTAssertEqual(outcome.exitCode, 2, "\(arguments): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains(message), "\(arguments): \(outcome.stderr)")
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.appendingPathComponent(".policylint.yaml").path),
                       "init \"\" wrote no config in the working folder")
    }
}
