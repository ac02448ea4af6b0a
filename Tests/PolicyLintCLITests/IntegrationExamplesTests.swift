import XCTest
import PolicyYAML
import PolicyLintTestSupport

/// The ready-made CI integrations parse and name only commands and flags that exist.
final class IntegrationExamplesTests: XCTestCase {
    private func load(_ path: String) throws -> YAMLNode {
        let data = try Data(contentsOf: PackagePaths.root.appendingPathComponent(path))
        return try XCTUnwrap(try YAMLLoader.load(SourceText(name: path, bytes: [UInt8](data))).first?.root, path)
    }

    /// Every `policylint ...` command line in a text.
    private func commands(in node: YAMLNode) -> [String] {
        var found: [String] = []
        func visit(_ node: YAMLNode) {
            switch node.content {
            case .scalar(let scalar):
                for line in scalar.text.split(separator: "\n") {
                    let trimmed = line.trimmingCharacters(in: .whitespaces)
                    if trimmed.hasPrefix("policylint ") { found.append(trimmed) }
                }
            case .sequence(let items): items.forEach(visit)
            case .mapping(let pairs): pairs.forEach { visit($0.value) }
            }
        }
        visit(node)
        return found
    }

    private func assertCommandExists(_ command: String, file: String) throws {
        let words = command.split(separator: " ").map(String.init).prefix { $0 != "||" && $0 != "&&" }
        let subcommand = words[1]
        let help = try BinaryRunner.run([subcommand, "--help"])
        XCTAssertEqual(help.exitCode, 0, "\(file): '\(subcommand)' is not a policylint subcommand")
        for (index, word) in words.enumerated() where word.hasPrefix("--") {
            XCTAssertTrue(help.stdout.contains(word), "\(file): \(subcommand) has no option \(word)")
            if word == "--format", index + 1 < words.count {
                XCTAssertTrue(help.stdout.contains(words[index + 1]), "\(file): --format \(words[index + 1]) is not a format")
            }
        }
    }

    func testGitHubWorkflowUploadsSARIFAndNamesRealCommands() throws {
        let workflow = try load("examples/ci/github/policylint.yml")
        let found = commands(in: workflow)
        XCTAssertTrue(found.contains { $0.contains("--format sarif") }, "\(found)")
        XCTAssertTrue(found.contains { $0.contains("--format github") }, "\(found)")
        for command in found { try assertCommandExists(command, file: "github") }
        let steps = workflow["jobs"]?["policylint"]?["steps"]?.sequence ?? []
        XCTAssertTrue(steps.contains { $0["uses"]?.scalar?.text.hasPrefix("github/codeql-action/upload-sarif") ?? false })
    }

    func testGitLabJobReportsJUnitAndNamesRealCommands() throws {
        let job = try load("examples/ci/gitlab/.gitlab-ci.yml")
        let found = commands(in: job)
        XCTAssertTrue(found.contains { $0.contains("--format junit") }, "\(found)")
        for command in found { try assertCommandExists(command, file: "gitlab") }
        XCTAssertEqual(job["policylint"]?["artifacts"]?["reports"]?["junit"]?.scalar?.text, "policylint-junit.xml")
    }

    func testPreCommitHookNamesARealCommand() throws {
        let hooks = try XCTUnwrap(try load(".pre-commit-hooks.yaml").sequence)
        XCTAssertEqual(hooks.first?["id"]?.scalar?.text, "policylint")
        let entry = try XCTUnwrap(hooks.first?["entry"]?.scalar?.text)
        try assertCommandExists(entry, file: "pre-commit")
        let pattern = try XCTUnwrap(hooks.first?["files"]?.scalar?.text)
        XCTAssertNotNil(try? NSRegularExpression(pattern: pattern))
    }

    func testExampleConfigRulebookAndWaiversLoad() throws {
        let outcome = try BinaryRunner.run(["check", "examples/policy-repo/policies", "--format", "concise"])
        XCTAssertNotEqual(outcome.exitCode, 2, outcome.stderr)
        XCTAssertTrue(outcome.stdout.contains("less than 42 days"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("waived until 2027-12-31"), outcome.stdout)
    }

    func testTheCIExamplesCommandsPassOnTheExampleRepositoryWithItsBaseline() throws {
        let repository = PackagePaths.root.appendingPathComponent("examples/policy-repo")
        for workflow in ["examples/ci/github/policylint.yml", "examples/ci/gitlab/.gitlab-ci.yml"] {
            let text = try String(contentsOf: PackagePaths.root.appendingPathComponent(workflow), encoding: .utf8)
            XCTAssertTrue(text.contains("--baseline .policylint-baseline.json"), workflow)
        }
        // A repository copying the layout and the workflows starts green: the shipped baseline accepts today's findings.
        let outcome = try BinaryRunner.run(["check", "policies", "--baseline", ".policylint-baseline.json", "--format", "github"], in: repository)
        XCTAssertEqual(outcome.exitCode, 0, outcome.stdout + outcome.stderr)
        XCTAssertFalse(outcome.stdout.contains("::error"), outcome.stdout)
    }

    func testExampleRulebookExamplesHold() throws {
        let fail = try BinaryRunner.run(["check", "-", "--no-builtin", "--rules", "examples/policy-repo/rules/local-rules.yaml", "--format", "concise"],
                                        stdin: Data("policy: 1\nid: x\ntitle: X\nkind: grant\nfunding: {award: {max: 5000}}\nprocess: {stages: 2}\n".utf8))
        XCTAssertTrue(fail.stdout.contains("[multi-stage-small-grant]"), fail.stdout + fail.stderr)
        let tested = try BinaryRunner.run(["test-rules", "--rules", "examples/policy-repo/rules/local-rules.yaml", "--no-builtin"])
        XCTAssertEqual(tested.exitCode, 0, tested.stdout + tested.stderr)
        XCTAssertTrue(tested.stdout.hasPrefix("All "), tested.stdout)
    }
}
