import ArgumentParser
import PolicyLintCore

extension PolicyLint {
    /// `policylint schema`: prints the JSON Schema of the policy format for YAML editors.
    struct Schema: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "schema",
            abstract: "Print the JSON Schema of the policy format (or the rulebook format).",
            discussion: "Point YAML editors at it with a first line such as '# yaml-language-server: $schema=policy.schema.json'."
        )

        /// Which format's schema to print.
        enum Target: String, ExpressibleByArgument, CaseIterable { case policy, rulebook }

        @Argument(help: "policy (default) or rulebook.")
        var target: Target = .policy

        func run() throws {
            print(target == .policy ? JSONSchemaGenerator.policySchema() : JSONSchemaGenerator.rulebookSchema(), terminator: "")
        }
    }
}
