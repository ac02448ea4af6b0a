import ArgumentParser
import PolicyLintCore

extension PolicyLint {
    /// `policylint explain RULE`: what a rule checks, why it matters, and what to do instead.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "explain", abstract: "Explain a rule: what it checks, why it excludes people, alternatives, examples and references.")

        @Argument(help: "The rule id, such as match-funding-required.")
        var rule: String

        @OptionGroup var ruleOptions: RuleOptions

        @OptionGroup var configOptions: ConfigOptions

        func run() throws {
            let plan: RunPlan
            do {
                // The working folder's config may add rulebooks and set parameters, as it does for `check`.
                plan = try configOptions.plan(ruleOptions)
            } catch {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "no rule was explained")
            }
            let builder = plan.builder
            let rules = builder.allRules
            guard let found = rules.first(where: { $0.id == rule }) else {
                OutputWriter.error("policylint: no rule '\(rule)'\(Suggestion.ruleHint(for: rule, in: rules.map(\.id), globs: false)); `policylint rules` lists them")
                throw ExitCode(2)
            }
            let parameters = builder.rulebooks.reduce(into: [String: RuleParameter]()) { $0.merge($1.parameters) { _, new in new } }
            let configured = plan.engine.parameters.filter { plan.config.parameters[$0.key] != nil }
            print(RuleDocument.markdown(found, principles: builder.principles, parameters: parameters, configured: configured))
        }
    }
}
