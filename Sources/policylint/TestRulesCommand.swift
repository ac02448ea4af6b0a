import ArgumentParser
import Foundation
import PolicyLintCore
import PolicyLintReporters

extension PolicyLint {
    /// `policylint test-rules`: runs every rule's own pass and fail examples, the tests a rulebook carries.
    struct TestRules: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test-rules",
            abstract: "Run each rule's own examples: every fail example must fire its rule and no pass example may.",
            discussion: """
            Tests a rulebook before it is used: `policylint test-rules --rules my-rules.yaml --no-builtin`. Each example \
            runs with only its own rule on. Exit codes: 0 every example behaves; 1 some do not; 2 a rulebook could not be loaded.
            """
        )

        @Option(help: "Colour: auto (on a terminal, unless NO_COLOR is set), always or never.")
        var color: ColourChoice = .auto

        @OptionGroup var ruleOptions: RuleOptions

        func run() throws {
            let colour = color.enabled
            let outcome: RuleExampleChecker.Outcome
            do {
                let builder = try ruleOptions.builder()
                var selection = ruleOptions.selection
                selection.preview = true
                let rules = try builder.engine(selection: selection).rules
                outcome = try RuleExampleChecker(builder: builder).check(rules)
            } catch {
                throw InputErrorPrinter.fail(error, colour: colour, notDone: "no rule was tested")
            }
            let findings = outcome.failures.map { failure in
                Finding(ruleID: failure.ruleID, severity: .error, category: .rule,
                        message: "\(failure.shouldFire ? "fail" : "pass") example \(failure.index + 1): \(failure.problem)",
                        location: failure.location)
            }
            let report = FileReport(path: "", policyIDs: [], findings: findings, sha256: nil)
            var out = findings.isEmpty ? "" : TextReporter(concise: false).renderFile(report, context: ReportContext(colour: colour))
            let examples = outcome.examples == 1 ? "1 example" : "\(outcome.examples) examples"
            let rules = outcome.rules == 1 ? "1 rule" : "\(outcome.rules) rules"
            out += findings.isEmpty ? "All \(examples) of \(rules) behave.\n"
                                    : "\(findings.count) of \(examples) of \(rules) do not behave.\n"
            print(out, terminator: "")
            if !findings.isEmpty { throw ExitCode(1) }
        }
    }
}
