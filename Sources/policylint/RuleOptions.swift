import ArgumentParser
import PolicyLintCore

/// Options that choose which rules run, shared by `check` and `rules`.
struct RuleOptions: ParsableArguments {
    @Option(name: .customLong("rules"), help: ArgumentHelp("A rulebook file to add; its rules override built-in rules of the same id. Repeatable.", valueName: "file"))
    var rulebooks: [String] = []

    @Flag(help: "Leave out the built-in rulebook.")
    var noBuiltin = false

    // One value per flag (repeat it, or separate ids by commas), so a path after `--select ID` is never taken for an id.
    @Option(help: ArgumentHelp("Run only these rules: ids or globs such as 'insurance-*', comma-separated. Repeatable.", valueName: "ids"))
    var select: [String] = []

    @Option(help: ArgumentHelp("Skip these rules: ids or globs, comma-separated. Repeatable.", valueName: "ids"))
    var ignore: [String] = []

    @Flag(help: "Also run rules whose status is preview.")
    var preview = false

    /// Refuses a `--select` that names nothing (such as an empty CI variable), which would silently run no rule.
    func validate() throws {
        try EmptyPathCheck.refuse(EmptyPathCheck.each("--rules", rulebooks))
        if !select.isEmpty, splitCommas(select).isEmpty {
            throw ValidationError("--select names no rule; give rule ids or globs, or leave it out to run every rule")
        }
    }

    /// The selection these options describe.
    var selection: RuleSelection {
        RuleSelection(select: select.isEmpty ? nil : splitCommas(select), ignore: splitCommas(ignore), preview: preview)
    }

    /// Loads the rulebooks these options name.
    func builder() throws(InputErrors) -> RuleSetBuilder {
        try RuleSetBuilder(rulebookPaths: rulebooks, includeBuiltIn: !noBuiltin)
    }

    private func splitCommas(_ values: [String]) -> [String] {
        values.flatMap { $0.split(separator: ",").map { String($0).trimmingCharacters(in: .whitespaces) } }.filter { !$0.isEmpty }
    }
}
