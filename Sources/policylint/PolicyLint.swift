import ArgumentParser
import Foundation
import PolicyLintCore

/// The `policylint` command: checks procurement and grant policies for barriers.
@main
struct PolicyLint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "policylint",
        abstract: "Check procurement and grant policies for barriers that shut out small, community-led and Black and Global Majority-led organisations.",
        discussion: """
        Exit codes: 0 no finding at or above --fail-on; 1 findings; 2 usage error or input that could not be checked.
        """,
        version: PolicyLintVersion.current,
        subcommands: [Check.self, Rules.self, TestRules.self, Explain.self, Principles.self, Schema.self, Init.self, GenerateDocs.self, GeneratePatternTable.self, Report.self, Evaluate.self],
        defaultSubcommand: Check.self
    )

    /// Runs the command, mapping usage errors to exit code 2 as the documented contract says.
    static func main() {
        // Nearly every command needs the built-in rulebook; its load need not wait for the arguments.
        RuleSetBuilder.loadBuiltInInBackground()
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if error is ExitCode || error is CleanExit {
                Foundation.exit(code.rawValue)
            }
            OutputWriter.error(fullMessage(for: error))
            Foundation.exit(code == .validationFailure || code == .failure ? 2 : code.rawValue)
        }
    }
}
