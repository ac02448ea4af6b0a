import ArgumentParser
import PolicyLintCore

/// Which config `rules` and `explain` describe: the nearest `.policylint.yaml` above the working folder, as `check`
/// would use for a policy there, another file, or none.
struct ConfigOptions: ParsableArguments {
    @Option(help: ArgumentHelp("Describe the rules as this config file sets them, instead of the nearest .policylint.yaml.", valueName: "file"))
    var config: String?

    @Flag(help: "Ignore every config file: describe the rulebooks as they are.")
    var isolated = false

    /// Refuses `--config` with `--isolated`, and an empty `--config`.
    func validate() throws {
        try EmptyPathCheck.refuse([.init(name: "--config", value: config)])
        if isolated, config != nil { throw ValidationError("--isolated ignores every config file, so it cannot be given with --config") }
    }

    /// The plan for the working folder: the config's rulebooks, rule settings and parameters, with `ruleOptions` on
    /// top as they are for `check`; `listsPreview` also lists preview rules.
    func plan(_ ruleOptions: RuleOptions, listsPreview: Bool = false) throws(InputErrors) -> RunPlan {
        let selection = ruleOptions.selection
        let overrides = RunOverrides(rulebooks: ruleOptions.rulebooks, noBuiltin: ruleOptions.noBuiltin, select: selection.select,
                                     ignore: selection.ignore, preview: selection.preview || listsPreview)
        let planner = RunPlanner(explicitConfig: config, isolated: isolated, overrides: overrides)
        guard let plan = try planner.plan(files: ["-"], explicit: ["-"]).first?.plan else {
            return try RunPlan(config: Config.defaults(directory: "."), overrides: overrides)
        }
        return plan
    }
}
