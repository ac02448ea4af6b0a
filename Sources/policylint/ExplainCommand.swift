import ArgumentParser
import PolicyLintCore

extension PolicyLint {
    /// `policylint explain RULE...`: what rules check, why they matter, and what to do instead.
    struct Explain: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "explain",
            abstract: "Explain rules: what each checks, why it excludes people, alternatives, examples and references.",
            discussion: "Name rules by id or glob ('insurance-*'), or give --all; the explanations are printed in rulebook order, each once.")

        @Argument(help: "Rule ids or globs, such as match-funding-required or 'insurance-*'.")
        var rules: [String] = []

        @Flag(help: "Explain every rule the rulebooks define.")
        var all = false

        @OptionGroup var ruleOptions: RuleOptions

        @OptionGroup var configOptions: ConfigOptions

        func validate() throws {
            if all, !rules.isEmpty { throw ValidationError("give rule ids or --all, not both") }
            if !all, rules.isEmpty { throw ValidationError("name a rule to explain (`policylint rules` lists them), or give --all") }
        }

        func run() throws {
            let plan: RunPlan
            do {
                // The working folder's config may add rulebooks and set parameters, as it does for `check`.
                plan = try configOptions.plan(ruleOptions)
            } catch {
                throw InputErrorPrinter.fail(error, colour: false, notDone: "no rule was explained")
            }
            let builder = plan.builder
            let known = builder.allRules
            // Every name is checked before anything is printed, so a typo gives an error rather than half the output.
            var unmatched: [String] = []
            for name in rules where !known.contains(where: { Glob.matches(name, $0.id) }) {
                unmatched.append("policylint: no rule '\(name)'\(Suggestion.ruleHint(for: name, in: known.map(\.id), globs: name.contains("*"))); `policylint rules` lists them")
            }
            if !unmatched.isEmpty {
                OutputWriter.error(unmatched.joined(separator: "\n"))
                throw ExitCode(2)
            }
            // A rule in force is explained as the config sets it (its severity); one switched off, as its rulebook has it.
            let inForce = Dictionary(plan.engine.rules.map { ($0.id, $0) }) { first, _ in first }
            let chosen = (all ? known : known.filter { rule in rules.contains { Glob.matches($0, rule.id) } }).map { inForce[$0.id] ?? $0 }
            let parameters = builder.rulebooks.reduce(into: [String: RuleParameter]()) { $0.merge($1.parameters) { _, new in new } }
            let configured = plan.engine.parameters.filter { plan.config.parameters[$0.key] != nil }
            let documents = chosen.map { RuleDocument.markdown($0, principles: builder.principles, parameters: parameters, configured: configured) }
            print(documents.joined(separator: "\n---\n\n"))
        }
    }
}
