import Foundation
import PolicyLintCore
import PolicyYAML

/// The part of a run `check` and `report` share: the files named, the plan that governs each, and linting them.
struct PlannedRun {
    /// Every file collected, in the order named or found.
    let files: [String]
    /// Files grouped by the plan (config, rulebooks, waivers) that governs them.
    let groups: [(plan: RunPlan, files: [String])]

    /// Collects the files under `paths` and plans each group exactly as `check` does; throws `InputError` or `InputErrors`.
    init(paths: [String], exclude: [String], ruleOptions: RuleOptions, failOn: Severity?, waivers: [String],
         config: String?, isolated: Bool) throws {
        files = try FileCollector(excludes: exclude).collect(paths)
        let overrides = RunOverrides(rulebooks: ruleOptions.rulebooks, noBuiltin: ruleOptions.noBuiltin,
                                     select: ruleOptions.selection.select, ignore: ruleOptions.selection.ignore,
                                     preview: ruleOptions.preview, failOn: failOn, waivers: waivers)
        groups = try RunPlanner(explicitConfig: config, isolated: isolated, overrides: overrides)
            .plan(files: files, explicit: Set(paths))
    }

    /// Lints every group with its own plan, `jobs` files at once (0: one per core); each file report keeps its config's fail threshold.
    func lint(maxFileSize: Int, today: Date, failOn: Severity?, jobs: Int = 1) -> CheckReport {
        let limits = YAMLLimits(maxFileBytes: maxFileSize)
        var reports: [String: FileReport] = [:]
        for group in groups {
            let options = Linter.Options(limits: limits, failOn: group.plan.failOn, waivers: group.plan.waivers, today: today)
            let linter = Linter(options: options, engine: group.plan.engine)
            for var fileReport in ParallelChecker(linter: linter, jobs: jobs).check(files: group.files) {
                fileReport.failOn = group.plan.failOn
                reports[fileReport.path] = fileReport
            }
        }
        let ordered = files.compactMap { reports[$0 == "-" ? "<stdin>" : $0] }
        return CheckReport(files: ordered, failOn: failOn ?? groups.first?.plan.failOn ?? .error)
    }

    /// The rules that ran, each id once, in the order first planned.
    var rules: [Rule] {
        var seen = Set<String>()
        return groups.flatMap(\.plan.engine.rules).filter { seen.insert($0.id).inserted }
    }
}
