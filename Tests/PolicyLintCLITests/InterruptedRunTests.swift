import XCTest
import PolicyLintTestSupport

/// A run interrupted while it writes `--output` (Ctrl-C, a CI job's timeout, a closed terminal) leaves the output as it
/// was and no temporary file beside it, and still ends by the signal it was sent.
final class InterruptedRunTests: ScratchFolderTestCase {
    /// A policy whose one long line holds thousands of barriers, so checking it takes long enough to interrupt.
    private var slowPolicy: String {
        "policy: 1\nid: slow-fund\ntitle: Slow Fund\nkind: grant\nsummary: \""
            + String(repeating: "Applicants must provide audited accounts. ", count: 40_000) + "\"\n"
    }

    /// The names in the test's folder that look like policylint's temporary files.
    private func temporaryFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".tmp") }
    }

    /// Starts `policylint` with `arguments`, waits until its temporary output file exists, sends `signal` and
    /// returns the process once it has ended.
    private func interrupt(_ arguments: [String], with signal: Int32) throws -> Process {
        let process = Process()
        process.executableURL = BinaryRunner.executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(60)
        while try temporaryFiles().isEmpty, process.isRunning, Date() < deadline { usleep(2_000) }
        XCTAssertTrue(process.isRunning, "the run ended before it could be interrupted; make the policy slower to check")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process
    }

    func testAnInterruptedStreamedOutputLeavesNoTemporaryFile() throws {
        try write(slowPolicy, to: "slow.yaml")
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            try write("the last run's output\n", to: "findings.txt")
            let process = try interrupt(["check", "slow.yaml", "--isolated", "--format", "concise", "--output", "findings.txt"], with: signal)
            XCTAssertEqual(process.terminationReason, .uncaughtSignal, "signal \(signal): the run ends by the signal")
            XCTAssertEqual(process.terminationStatus, signal)
            XCTAssertEqual(try temporaryFiles(), [], "signal \(signal): no temporary file is left behind")
            XCTAssertEqual(try read("findings.txt"), "the last run's output\n", "signal \(signal): the output is left as it was")
        }
    }
}
