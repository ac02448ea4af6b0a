import Foundation
import PolicyLintCore
import PolicyLintTestSupport
import XCTest

/// `policylint report` titles each policy by its own title: from standard input too, and a Markdown document by its heading.
final class ReportTitleTests: ScratchFolderTestCase {
    func testPolicyOnStandardInputIsTitledByItsTitle() throws {
        let policy = try shippedPolicy("community-wellbeing-fund-rewrite.yaml")
        let outcome = try BinaryRunner.run(["report", "-", "--format", "markdown"], in: directory, stdin: Data(policy.utf8))
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        XCTAssertTrue(outcome.stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: Community Wellbeing Fund 2027\n"), outcome.stdout)
        XCTAssertTrue(outcome.stdout.contains("File: `<stdin>`"), "the file is still named as read")
    }

    func testStandardInputKeepsItsPlaceAmongTheFilesNamed() throws {
        try write("policy: 1\nid: first-fund\ntitle: First fund\nkind: grant\n", to: "first.yaml")
        try write("policy: 1\nid: last-fund\ntitle: Last fund\nkind: grant\n", to: "last.yaml")
        let stdin = Data("policy: 1\nid: middle-fund\ntitle: Middle fund\nkind: grant\n".utf8)
        let outcome = try BinaryRunner.run(["report", "first.yaml", "-", "last.yaml", "--format", "markdown"], in: directory, stdin: stdin)
        XCTAssertEqual(outcome.exitCode, 0, outcome.stderr)
        let rows = outcome.stdout.components(separatedBy: "\n").filter { $0.hasPrefix("| ") && $0.contains("fund |") }
        XCTAssertEqual(rows.map { $0.components(separatedBy: " | ")[0] }, ["| First fund", "| Middle fund", "| Last fund"], outcome.stdout)
    }

    func testMarkdownDocumentIsTitledByItsFirstHeading() throws {
        let guidance = """
        ```
        # Not a heading: inside a code fence
        ```

        # Community Grants Guidance #

        ## Eligibility

        Applicants must have audited accounts.

        """
        try write(guidance, to: "guidance.md")
        let file = try run(["report", "guidance.md", "--format", "markdown"])
        XCTAssertTrue(file.stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: Community Grants Guidance\n"), file.stdout)
        let piped = try BinaryRunner.run(["report", "-", "--stdin-filename", "guidance.md", "--format", "markdown"], in: directory,
                                         stdin: Data(guidance.utf8))
        XCTAssertTrue(piped.stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: Community Grants Guidance\n"), piped.stdout)
        try write("Underlined Title\n================\n\nSome text.\n", to: "underlined.md")
        XCTAssertTrue(try run(["report", "underlined.md", "--format", "markdown"]).stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: Underlined Title\n"))
        try write("# The *Real* `Fund` #\n\nSome text.\n", to: "marked.md")
        XCTAssertTrue(try run(["report", "marked.md", "--format", "markdown"]).stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: The Real Fund\n"),
                      "emphasis and code marks are not part of the title")
        try write("# A guide for C# users\n\nSome text.\n", to: "sharp.md")
        XCTAssertTrue(try run(["report", "sharp.md", "--format", "markdown"]).stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: A guide for C\\# users\n"),
                      "a # inside the last word is not a closing mark")
        try write("No heading here.\n", to: "plain.md")
        XCTAssertTrue(try run(["report", "plain.md", "--format", "markdown"]).stdout.hasPrefix(GeneratedOutput.marker + "# Pre-launch report: plain.md\n"),
                      "without a heading the file names it")
    }
}
