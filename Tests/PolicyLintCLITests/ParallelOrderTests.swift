import XCTest
import PolicyLintTestSupport

/// Output never depends on how many files are checked at once.
final class ParallelOrderTests: XCTestCase {
    func testOutputIsTheSameWithOneJobOrSeveral() throws {
        let paths = ["policies", "examples/policy-repo/policies", "policies/prose/community-meals-tender.md"]
        for format in ["concise", "json"] {
            let serial = try BinaryRunner.run(["check"] + paths + ["--isolated", "--format", format, "--jobs", "1"])
            XCTAssertEqual(serial.exitCode, 1, serial.stderr)
            XCTAssertGreaterThan(serial.stdout.split(separator: "\n").count, 50, "enough findings to tell orders apart")
            for jobs in ["2", "4", "0"] {
                let parallel = try BinaryRunner.run(["check"] + paths + ["--isolated", "--format", format, "--jobs", jobs])
                XCTAssertEqual(parallel.stdout, serial.stdout, "--format \(format) --jobs \(jobs) changed the output")
                XCTAssertEqual(parallel.exitCode, serial.exitCode)
            }
        }
    }

    /// One file on several cores shares its prose fields out between them; the findings must not change.
    func testOneFileGivesTheSameOutputWithOneJobOrSeveral() throws {
        for path in ["policies/community-wellbeing-fund-barriers.yaml", "policies/prose/community-meals-tender.md"] {
            let serial = try BinaryRunner.run(["check", path, "--isolated", "--format", "json", "--jobs", "1"])
            XCTAssertEqual(serial.exitCode, 1, serial.stderr)
            XCTAssertGreaterThan(serial.stdout.components(separatedBy: "\"rule\" :").count, 10, "enough findings in \(path)")
            for jobs in ["2", "4", "0"] {
                let parallel = try BinaryRunner.run(["check", path, "--isolated", "--format", "json", "--jobs", jobs])
                XCTAssertEqual(parallel.stdout, serial.stdout, "\(path) with --jobs \(jobs) changed the output")
                XCTAssertEqual(parallel.exitCode, serial.exitCode)
            }
        }
    }
}
