import XCTest
import PolicyLintTestSupport

/// The fail threshold a summary states is the strictest in force, whatever order the folders were named in.
final class FailThresholdSummaryTests: ScratchFolderTestCase {
    /// Folder `a` fails on errors, folder `b` on infos, each with the same policy.
    private func writeTwoFolders() throws {
        let policy = try shippedPolicy("micro-grants-fund.yaml")
        try write(policy, to: "a/micro.yaml")
        try write("fail-on: error\n", to: "a/.policylint.yaml")
        try write(policy.replacingOccurrences(of: "id: micro-grants-fund", with: "id: micro-grants-fund-b"), to: "b/micro.yaml")
        try write("fail-on: info\n", to: "b/.policylint.yaml")
    }

    func testJSONSummaryStatesTheStrictestThresholdInEitherOrder() throws {
        try writeTwoFolders()
        for order in [["a", "b"], ["b", "a"]] {
            let document = try jsonObject(["check"] + order + ["--format", "json"])
            let summary = try XCTUnwrap(document["summary"] as? [String: Any])
            XCTAssertEqual(summary["failOn"] as? String, "info", "check \(order.joined(separator: " "))")
            let files = try XCTUnwrap(document["files"] as? [[String: Any]])
            let thresholds = Dictionary(uniqueKeysWithValues: files.compactMap { file in
                (file["path"] as? String).map { ($0, file["failOn"] as? String) }
            })
            XCTAssertEqual(thresholds, ["a/micro.yaml": "error", "b/micro.yaml": "info"], "each file keeps its own threshold")
        }
    }

    func testSARIFPropertiesStateTheStrictestThresholdInEitherOrder() throws {
        try writeTwoFolders()
        for order in [["a", "b"], ["b", "a"]] {
            let log = try jsonObject(["check"] + order + ["--format", "sarif"])
            let run = try XCTUnwrap((log["runs"] as? [[String: Any]])?.first)
            XCTAssertEqual((run["properties"] as? [String: Any])?["failOn"] as? String, "info", "check \(order.joined(separator: " "))")
        }
    }

    func testAnExplicitFailOnIsTheOneStated() throws {
        try writeTwoFolders()
        let document = try jsonObject(["check", "b", "a", "--format", "json", "--fail-on", "warning"])
        XCTAssertEqual((document["summary"] as? [String: Any])?["failOn"] as? String, "warning")
    }

    func testReportStatesEachThresholdInForceRatherThanTheFirstFolders() throws {
        try writeTwoFolders()
        for order in [["a", "b"], ["b", "a"]] {
            let outcome = try run(["report"] + order + ["--format", "markdown"])
            XCTAssertTrue(outcome.stdout.contains("no finding at or above the level its config's fail-on sets (here info or error;"),
                          "report \(order.joined(separator: " ")): \(outcome.stdout.prefix(3000))")
        }
        let one = try run(["report", "a", "--format", "markdown"])
        XCTAssertTrue(one.stdout.contains("no finding at or above the error level is left open"), String(one.stdout.prefix(3000)))
    }
}
