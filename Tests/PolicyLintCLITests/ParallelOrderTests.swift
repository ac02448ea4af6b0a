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
}
