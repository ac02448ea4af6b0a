import XCTest
import PolicyLintTestSupport

/// An OCDS release, release package or record checked as a policy gets one clear error, not a pile of unknown keys.
final class OCDSInputTests: ScratchFolderTestCase {
    func testAnOCDSReleaseIsOneErrorAtTheKeyThatShowsIt() throws {
        try write("{\n  \"ocid\": \"ocds-213czf-1\",\n  \"id\": \"1\",\n  \"tender\": {\"title\": \"Cleaning\"}\n}\n", to: "release.json")
        let outcome = try run(["check", "release.json", "--format", "concise"])
        XCTAssertEqual(outcome.exitCode, 2, outcome.stdout)
        let lines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix("release.json:") }
        XCTAssertEqual(lines.count, 1, outcome.stdout)
        XCTAssertTrue(lines.first?.hasPrefix("release.json:2:3: error[not-a-policy] this is an OCDS release (it has 'ocid'), not a policy") ?? false, outcome.stdout)
    }

    func testAPolicyIsNeverTakenForOCDS() throws {
        try write(try shippedPolicy("micro-grants-fund.yaml") + "tender: {title: x}\n", to: "micro.yaml")
        let outcome = try run(["check", "micro.yaml", "--format", "concise"])
        XCTAssertFalse(outcome.stdout.contains("not-a-policy"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("unknown key 'tender'"), outcome.stdout)
    }

    func testTheSharedOCDSSamplesEachGetOneError() throws {
        guard let shared = PackagePaths.shared else { throw XCTSkip("../shared is absent, so there are no OCDS samples to check") }
        let folder = shared.appendingPathComponent("data/ocds")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".json") }.sorted()
        guard !names.isEmpty else { throw XCTSkip("no OCDS samples in \(folder.path)") }
        for name in names {
            try write(try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8), to: name)
            let outcome = try run(["check", name, "--format", "concise"])
            XCTAssertEqual(outcome.exitCode, 2, name)
            let lines = outcome.stdout.split(separator: "\n").filter { $0.hasPrefix(name + ":") }
            XCTAssertEqual(lines.count, 1, "\(name): \(outcome.stdout)")
            XCTAssertTrue(lines.first?.contains("error[not-a-policy] this is an OCDS ") ?? false, "\(name): \(outcome.stdout)")
        }
    }
}
