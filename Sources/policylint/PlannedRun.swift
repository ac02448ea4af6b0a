import Foundation
import PolicyLintCore
import PolicyYAML

/// The part of a run `check` and `report` share: the files named, the plan that governs each, and linting them.
struct PlannedRun {
    /// Every file collected, in the order named or found.
    let files: [String]
    /// Files grouped by the plan (config, rulebooks, waivers) that governs them.
    let groups: [(plan: RunPlan, files: [String])]
    /// The file name standard input is read as, if one was given.
    let stdinName: String?
    /// Standard input, read ahead by a caller that needs its text as well as its check (`report` reads its title);
    /// nil: it is read when checked.
    var readAheadStdin: SourceLoader.Outcome?
    /// The folders named on the command line, each as `FileCollector.identity(of:)` gives it, which the run walked whole.
    let walkedFolders: [String]
    /// Whether `--exclude` left out part of the folders walked.
    let excludedSome: Bool
    /// The files the run reads besides policies, each with what it is: every config and what it extends, rulebooks and
    /// waivers files, from configs and from the command line.
    let readFiles: [(path: String, kind: String)]

    /// Collects the files under `paths` and plans each group exactly as `check` does; throws `InputError` or `InputErrors`.
    ///
    /// A file found by walking that policylint wrote (it carries `GeneratedOutput.marker`) is left out, so a run never
    /// reads its own Markdown output from last time as a policy. Any other file the run would write over stays among
    /// the files to check, so `refuseOverwritingInput` refuses it rather than replace what may be a policy.
    init(paths: [String], exclude: [String], forceExclude: Bool, ruleOptions: RuleOptions, failOn: Severity?, waivers: [String],
         config: String?, isolated: Bool, stdinName: String? = nil) throws {
        self.stdinName = stdinName
        walkedFolders = paths.filter { path in
            var isDirectory: ObjCBool = false
            return path != "-" && FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
        }.map(FileCollector.identity(of:))
        excludedSome = !exclude.isEmpty
        // Prose files are collected too; the planner admits those found by walking only where a config's include names them.
        let found = try FileCollector(extensions: FileCollector.policyExtensions.union(ProseDocument.extensions), excludes: exclude).collect(paths)
        files = found
        let overrides = RunOverrides(rulebooks: ruleOptions.rulebooks, noBuiltin: ruleOptions.noBuiltin,
                                     select: ruleOptions.selection.select, ignore: ruleOptions.selection.ignore,
                                     preview: ruleOptions.preview, failOn: failOn, waivers: waivers)
        groups = try RunPlanner(explicitConfig: config, isolated: isolated, overrides: overrides, stdinName: stdinName)
            .plan(files: files, explicit: Set(paths), forceExclude: forceExclude)
        var read: [(path: String, kind: String)] = []
        for plan in groups.map(\.plan) {
            read += (plan.config.file.map { [$0] } ?? []).map { ($0, "config") } + plan.config.extendedFiles.map { ($0, "config") }
            read += plan.config.rulebooks.map { ($0, "rulebook") } + plan.config.waivers.map { ($0, "waivers file") }
        }
        read += ruleOptions.rulebooks.map { ($0, "rulebook") } + waivers.map { ($0, "waivers file") }
        readFiles = read
    }

    /// Refuses an output path that writing would replace while the run depends on it: one of the files to check
    /// (`--output policy.yaml`), a file the run reads besides policies (a config, what it extends, a rulebook, a waivers
    /// file), a file in `alsoRead` (`--baseline`), or the path of another output of the same run. Files are compared
    /// as `FileCollector.identity(of:)` resolves them, so `./x`, `x` and a link to `x` are one file.
    func refuseOverwritingInput(_ outputs: [(flag: String, path: String?)], alsoRead: [(path: String?, kind: String)] = []) throws(InputError) {
        let policies = Set(groups.flatMap(\.files).filter { $0 != "-" }.map(FileCollector.identity(of:)))
        let others = (readFiles + alsoRead.compactMap { entry in entry.path.map { ($0, entry.kind) } }).filter { $0.path != "-" }
        var written: [(flag: String, identity: String)] = []
        for (flag, path) in outputs {
            guard let path, path != "-" else { continue }
            let identity = FileCollector.identity(of: path)
            if policies.contains(identity) {
                throw InputError(id: "output-is-input", message: "\(flag) \(path) would overwrite a file being checked; write the output somewhere else")
            }
            if let read = others.first(where: { FileCollector.identity(of: $0.path) == identity }) {
                throw InputError(id: "output-is-input",
                                 message: "\(flag) \(path) would overwrite the \(read.kind) this run reads; write the output somewhere else")
            }
            if let earlier = written.first(where: { $0.identity == identity }) {
                throw InputError(id: "output-is-input",
                                 message: "\(flag) \(path) and \(earlier.flag) name the same file, so one output would replace the other; give them different paths")
            }
            written.append((flag, identity))
        }
    }

    /// Lints every file with the plan of its group, `jobs` files at once (0: one per core), handing each report to
    /// `emit` in file order as soon as it is ready; each report keeps its config's fail threshold. Then hands on a report
    /// of each waivers file whose entries the whole run found fault with (see `WaiversFileReview`).
    func stream(maxFileSize: Int, today: Date, jobs: Int, emit: (FileReport) -> Void) {
        let limits = YAMLLimits(maxFileBytes: maxFileSize)
        let linters = groups.map { group in
            Linter(options: Linter.Options(limits: limits, failOn: group.plan.failOn, waivers: group.plan.waivers, today: today,
                                          stdinName: stdinName),
                   engine: group.plan.engine)
        }
        var groupOfFile: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for file in group.files { groupOfFile[file] = index }
        }
        let ordered = files.filter { groupOfFile[$0] != nil }
        let assignment = ordered.map { groupOfFile[$0] ?? 0 }
        // Standard input read ahead is checked from memory and handed on in its place among the others.
        let stdinIndex = readAheadStdin == nil ? nil : ordered.firstIndex(of: "-")
        var stdinReport: FileReport? = stdinIndex.flatMap { index in
            switch readAheadStdin {
            case .success(let source)?: return linters[assignment[index]].check(source)
            case .failure(let finding)?: return FileReport(path: finding.location.file, policyIDs: [], findings: [finding], sha256: nil)
            case nil: return nil
            }
        }
        // Policy ids must be unique among the files one config governs (its waivers files are matched by them): a repeat
        // in a later file is reported there, pointing at the first. Separate configs are separate repositories.
        var seenIDs: [Int: [String: Location]] = [:]
        // Waivers-file entries are judged once every policy is known, in reports of their own after the policies'.
        var review = WaiversFileReview(plans: groups.map(\.plan))
        func deliver(_ report: FileReport, group: Int) {
            var report = report
            report.markRepeatedIDs(&seenIDs[group, default: [:]])
            review.record(report, plan: group)
            emit(report)
        }
        let streamed = ordered.indices.filter { $0 != stdinIndex }
        ParallelChecker.stream(files: streamed.map { ordered[$0] }, jobs: jobs, linterFor: { linters[assignment[streamed[$0]]] }) { position, report in
            let index = streamed[position]
            if let stdinIndex, stdinIndex < index, var pending = stdinReport {
                pending.failOn = groups[assignment[stdinIndex]].plan.failOn
                deliver(pending, group: assignment[stdinIndex])
                stdinReport = nil
            }
            var report = report
            report.failOn = groups[assignment[index]].plan.failOn
            deliver(report, group: assignment[index])
        }
        if let stdinIndex, var pending = stdinReport {
            pending.failOn = groups[assignment[stdinIndex]].plan.failOn
            deliver(pending, group: assignment[stdinIndex])
        }
        for report in review.reports(isCovered: coversEveryPolicy(of:)) { emit(report) }
    }

    /// Whether the run checked every policy `waiver` could name: each config that lists its waivers file (the command
    /// line's `--waivers` files belong to no config, so never) sits, with the waivers file, inside a folder the run
    /// walked whole (no `--exclude`), such as the repository's root. The waivers file's folder counts because a config
    /// inherits waivers files through `extends`: they may also name policies of the config it extends, further up.
    private func coversEveryPolicy(of waiver: Waiver) -> Bool {
        guard !excludedSome else { return false }
        let waiversFile = FileCollector.identity(of: waiver.location.file)
        let holders = groups.map(\.plan).filter { $0.waivers.contains(waiver) }
        guard !holders.isEmpty else { return false }
        return holders.allSatisfy { plan in
            guard plan.config.file != nil, plan.config.waivers.map(FileCollector.identity(of:)).contains(waiversFile) else { return false }
            let folders = [FileCollector.identity(of: plan.config.directory), PathText.folder(of: waiversFile)]
            return folders.allSatisfy { folder in walkedFolders.contains { Self.folder($0, holds: folder) } }
        }
    }

    /// Whether `inner` is `outer` or inside it.
    private static func folder(_ outer: String, holds inner: String) -> Bool {
        inner == outer || inner.hasPrefix(outer.hasSuffix("/") ? outer : outer + "/")
    }

    /// Lints every file (see `stream`) and collects the reports into one.
    func lint(maxFileSize: Int, today: Date, failOn: Severity?, jobs: Int = 1) -> CheckReport {
        var reports: [FileReport] = []
        stream(maxFileSize: maxFileSize, today: today, jobs: jobs) { reports.append($0) }
        return CheckReport(files: reports, failOn: failOn ?? strictestFailOn)
    }

    /// The strictest fail threshold of the plans (the lowest severity any of them fails on), `error` when there are
    /// none: the run's own threshold, the same whatever order the folders were named in.
    var strictestFailOn: Severity {
        groups.map(\.plan.failOn).min() ?? .error
    }

    /// A lookup of the ids of the rules in force for a file (as a report names it), by the plan of its group; every
    /// rule of the run for a file no group names, such as standard input.
    func ruleIDsByFile() -> (String) -> Set<String> {
        let ofGroup = groups.map { Set($0.plan.engine.rules.map(\.id)) }
        var groupOfFile: [String: Int] = [:]
        for (index, group) in groups.enumerated() {
            for file in group.files where groupOfFile[file] == nil { groupOfFile[file] = index }
        }
        let all = ofGroup.reduce(into: Set<String>()) { $0.formUnion($1) }
        return { path in groupOfFile[path].map { ofGroup[$0] } ?? all }
    }

    /// The rules that ran, each id once, in the order first planned.
    var rules: [Rule] {
        var seen = Set<String>()
        return groups.flatMap(\.plan.engine.rules).filter { seen.insert($0.id).inserted }
    }
}
