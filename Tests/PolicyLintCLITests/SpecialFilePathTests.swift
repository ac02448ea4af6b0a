import XCTest
import PolicyLintTestSupport

/// A path that names a named pipe, `/dev/stdin` or a device is never read as a file: the finding says what it is and,
/// for a policy, that `-` reads standard input.
final class SpecialFilePathTests: ScratchFolderTestCase {
    func testANamedPipeNamedAsAPolicySaysItIsANamedPipe() throws {
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("p.yaml").path, 0o644), 0)
        let outcome = try BinaryRunner.run(["check", "p.yaml", "--isolated", "--format", "concise"], in: directory, timeout: 30)
        XCTAssertEqual(outcome.exitCode, 2, "killed after 30 s, or not reported: \(outcome.stdout)\(outcome.stderr)")
        XCTAssertTrue(outcome.stdout.contains("p.yaml:1:1: error[unreadable-file] it is a named pipe, not a file, so it was not read; to check standard input, give `-` as the path"),
                      outcome.stdout)
        XCTAssertFalse(outcome.stdout.contains("does it exist"), outcome.stdout)
    }

    func testDevStdinSaysItIsStandardInput() throws {
        let outcome = try BinaryRunner.run(["check", "/dev/stdin", "--isolated", "--format", "concise"], in: directory,
                                           stdin: Data("id: x\n".utf8), timeout: 30)
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("/dev/stdin:1:1: error[unreadable-file] it is standard input (a pipe), not a file, so it was not read; to check standard input, give `-` as the path"),
                      outcome.stdout)
    }

    func testANamedPipeNamedAsAConfigSaysSoWithoutTheStandardInputHint() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p.yaml")
        XCTAssertEqual(mkfifo(directory.appendingPathComponent("c.yaml").path, 0o644), 0)
        let outcome = try BinaryRunner.run(["check", "p.yaml", "--config", "c.yaml"], in: directory, timeout: 30)
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stderr.contains("c.yaml:1:1: error[unreadable-file] it is a named pipe, not a file, so it was not read"), outcome.stderr)
        XCTAssertFalse(outcome.stderr.contains("give `-`"), "a config cannot be read from standard input: \(outcome.stderr)")
    }

    func testADeviceNamedAsAPolicySaysItIsADevice() throws {
        let outcome = try BinaryRunner.run(["check", "/dev/null", "--isolated", "--format", "concise"], in: directory, timeout: 30)
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout + outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("/dev/null:1:1: error[unreadable-file] it is a device, not a file, so it was not read"), outcome.stdout)
    }
}
