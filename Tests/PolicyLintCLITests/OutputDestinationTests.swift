import XCTest
import PolicyLintTestSupport

/// `--output` writes through links, devices and pipes rather than replacing them, and a write that fails is exit 2 with
/// a message, never a crash.
final class OutputDestinationTests: ScratchFolderTestCase {
    /// Runs `command` in a shell in the test's folder, with `$POLICYLINT` naming the binary; its exit code and stderr.
    private func shell(_ command: String) throws -> (exitCode: Int32, stderr: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        process.currentDirectoryURL = directory
        var environment = ProcessInfo.processInfo.environment
        environment["POLICYLINT"] = BinaryRunner.executable.path
        process.environment = environment
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let data = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    func testAFullOrClosedStandardOutputIsExitTwoWithAMessage() throws {
        try XCTSkipUnless(FileManager.default.fileExists(atPath: "/dev/full"), "needs /dev/full")
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        for command in [#""$POLICYLINT" check micro.yaml --isolated > /dev/full"#,
                        #""$POLICYLINT" check micro.yaml --isolated --format sarif > /dev/full"#,
                        #""$POLICYLINT" report micro.yaml --isolated --format markdown > /dev/full"#,
                        #""$POLICYLINT" check micro.yaml --isolated --format json >&-"#,
                        #""$POLICYLINT" check micro.yaml --isolated --format json -o /dev/full"#] {
            let outcome = try shell(command)
            XCTAssertEqual(outcome.exitCode, 2, "\(command): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("error[cannot-write]"), "\(command): \(outcome.stderr)")
            XCTAssertFalse(outcome.stderr.contains("Fatal error"), outcome.stderr)
        }
    }

    func testALinkIsWrittenThroughAndKept() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("artifacts"), withIntermediateDirectories: true)
        for format in ["json", "text"] {
            let link = directory.appendingPathComponent("latest-\(format)")
            try? FileManager.default.removeItem(at: link)
            try FileManager.default.createSymbolicLink(atPath: link.path, withDestinationPath: "artifacts/results-\(format)")
            let outcome = try run(["check", "micro.yaml", "--isolated", "--format", format, "-o", "latest-\(format)"])
            XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
            XCTAssertEqual(try FileManager.default.destinationOfSymbolicLink(atPath: link.path), "artifacts/results-\(format)", "the link is kept")
            XCTAssertFalse(try read("artifacts/results-\(format)").isEmpty, "the target is written")
        }
    }

    func testANamedPipeIsWrittenToNotReplaced() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        let outcome = try shell(#"mkfifo pipe && { cat pipe > received & "$POLICYLINT" check micro.yaml --isolated --format json -o pipe; status=$?; wait; exit $status; }"#)
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        var isDirectory: ObjCBool = false
        XCTAssertTrue(FileManager.default.fileExists(atPath: directory.appendingPathComponent("pipe").path, isDirectory: &isDirectory))
        let attributes = try FileManager.default.attributesOfItem(atPath: directory.appendingPathComponent("pipe").path)
        XCTAssertNotEqual(attributes[.type] as? FileAttributeType, .typeRegular, "the pipe is still a pipe")
        let received = try read("received")
        XCTAssertTrue(received.contains("\"files\""), received)
    }

    /// Foundation's `deletingLastPathComponent` traps on a relative name of one character, which crashed a check of a
    /// policy named `p` and an output to `x` (or to a folder `d`, when saying why it cannot be written).
    func testOneCharacterNamesAreNeverACrash() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "p")
        try write(try shippedPolicy("micro-grants-fund.yaml"), to: "micro.yaml")
        let named = try run(["check", "p", "--isolated", "--format", "concise"])
        XCTAssertEqual(named.exitCode, 0, named.stderr)
        XCTAssertTrue(named.stdout.contains("p:71:11: warning[short-application-window]"), named.stdout)
        for format in ["text", "json"] {
            let outcome = try run(["check", "micro.yaml", "--isolated", "--format", format, "-o", "x"])
            XCTAssertEqual(outcome.exitCode, 0, "\(format): \(outcome.stderr)")
            XCTAssertTrue(try read("x").contains("short-application-window"), format)
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("d"), withIntermediateDirectories: true)
        for format in ["text", "json"] {
            let outcome = try run(["check", "micro.yaml", "--isolated", "--format", format, "-o", "d"])
            XCTAssertEqual(outcome.exitCode, 2, "\(format): \(outcome.stderr)")
            XCTAssertTrue(outcome.stderr.contains("error[cannot-write] cannot write d: it is a folder"), "\(format): \(outcome.stderr)")
        }
        let report = try run(["report", "p", "--isolated", "--format", "markdown", "-o", "r"])
        XCTAssertEqual(report.exitCode, 0, report.stderr)
        XCTAssertTrue(try read("r").contains("Pre-launch report"))
    }
}
