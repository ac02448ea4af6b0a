import XCTest
import PolicyLintTestSupport

/// A test case that runs the binary in a fresh folder of its own, removed after each test.
class ScratchFolderTestCase: XCTestCase {
    /// The test's folder.
    private(set) var folder: ScratchFolder!
    /// Where the test's folder is.
    var directory: URL { folder.url }

    override func setUpWithError() throws {
        try super.setUpWithError()
        folder = try ScratchFolder()
    }

    override func tearDownWithError() throws {
        folder.remove()
        try super.tearDownWithError()
    }

    /// Writes `text` to `name` in the test's folder.
    func write(_ text: String, to name: String) throws {
        try folder.write(text, to: name)
    }

    /// The text of `name` in the test's folder.
    func read(_ name: String) throws -> String {
        try folder.read(name)
    }

    /// Runs the binary in the test's folder.
    func run(_ arguments: [String]) throws -> BinaryRunner.Outcome {
        try folder.run(arguments)
    }

    /// The JSON object a run of the binary in the test's folder writes to standard output (`--format json` or `sarif`).
    func jsonObject(_ arguments: [String]) throws -> [String: Any] {
        let outcome = try run(arguments)
        return try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(outcome.stdout.utf8)) as? [String: Any], outcome.stdout + outcome.stderr)
    }

    /// The text of a shipped policy, by file name under `policies/`.
    func shippedPolicy(_ name: String) throws -> String {
        try String(contentsOf: PackagePaths.root.appendingPathComponent("policies/\(name)"), encoding: .utf8)
    }
}
