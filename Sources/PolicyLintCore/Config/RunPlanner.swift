import Foundation
import PolicyYAML

/// Works out which config governs each file and builds one plan per config, loading each only once.
public struct RunPlanner: Sendable {
    /// A config named with `--config`, used for every file.
    public let explicitConfig: String?
    /// Whether config files are ignored (`--isolated`).
    public let isolated: Bool
    /// The command line's overrides.
    public let overrides: RunOverrides
    /// The file name standard input stands for, whose folder's nearest config governs it; nil: the working folder's.
    public let stdinName: String?

    /// Creates a planner.
    public init(explicitConfig: String?, isolated: Bool, overrides: RunOverrides, stdinName: String? = nil) {
        self.explicitConfig = explicitConfig
        self.isolated = isolated
        self.overrides = overrides
        self.stdinName = stdinName
    }

    /// Files grouped by the plan that governs them, in the order first seen; files a config excludes are dropped.
    ///
    /// `explicit` lists the paths the user named, which config include/exclude never drop unless `forceExclude` is set
    /// (as a pre-commit hook needs, since it names every changed file). A file the plan itself reads (the config, what
    /// it extends, its rulebooks and waivers files, and those named on the command line) is never a policy to check,
    /// unless named without `forceExclude`; nor is a file policylint wrote (see `GeneratedOutput`).
    public func plan(files: [String], explicit: Set<String>, forceExclude: Bool = false) throws(InputErrors) -> [(plan: RunPlan, files: [String])] {
        let discovery = ConfigDiscovery()
        var plans: [String: RunPlan] = [:]
        var groups: [(key: String, files: [String])] = []
        var errors: [InputError] = []
        var failed = Set<String>()
        var planInputs: [String: Set<String>] = [:]
        for file in files {
            let configPath = isolated ? nil : (explicitConfig ?? discovery.nearestConfig(for: file == "-" ? stdinName ?? file : file))
            let key = configPath ?? ""
            if plans[key] == nil, !failed.contains(key) {
                if explicitConfig == nil, let configPath, let error = Self.ambiguity(of: configPath) {
                    errors.append(error)
                    failed.insert(key)
                    continue
                }
                do throws(InputErrors) {
                    // Every problem of the config and what it names is collected, so one run reports them all.
                    let reading = configPath.map { ConfigLoader().read(path: $0) }
                        ?? ConfigReading(config: Config.defaults(directory: FileManager.default.currentDirectoryPath))
                    plans[key] = try RunPlan(reading: reading, overrides: overrides)
                } catch {
                    errors += error.errors
                    failed.insert(key)
                    continue
                }
            }
            guard let plan = plans[key] else { continue }
            if file != "-", forceExclude || !explicit.contains(file) {
                let ownFiles = planInputs[key] ?? inputFiles(of: plan)
                planInputs[key] = ownFiles
                guard !ownFiles.contains(FileCollector.identity(of: file)), Self.admits(file, config: plan.config),
                      !GeneratedOutput.isMarked(file) else { continue }
            }
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].files.append(file)
            } else {
                groups.append((key, [file]))
            }
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return groups.compactMap { group in plans[group.key].map { ($0, group.files) } }
    }

    /// An error at the second config of a folder that holds both `.policylint.yaml` and `.policylint.yml`: discovery
    /// takes the first, so the settings of the other would silently not apply.
    static func ambiguity(of config: String) -> InputError? {
        guard let found = ConfigDiscovery.sibling(of: config) else { return nil }
        // Named as the repository names it, as other problems of a config are.
        let other = FileCollector.relativePath(found, to: FileManager.default.currentDirectoryPath)
        let source = (try? DataFile.source(at: other, kind: .config)) ?? SourceText(name: other, bytes: [])
        let used = (config as NSString).lastPathComponent
        return InputError(id: "ambiguous-config",
                          message: "this folder has two configs, '\(used)' and '\((other as NSString).lastPathComponent)'; only '\(used)' would be read, so merge them into it and delete this one",
                          source: source, span: SourceSpan(at: SourcePosition(line: 1, column: 1, offset: 0)))
    }

    /// The files a plan reads besides policies, resolved as `FileCollector.identity(of:)` resolves paths.
    private func inputFiles(of plan: RunPlan) -> Set<String> {
        Set((plan.config.inputFiles + overrides.rulebooks + overrides.waivers).map(FileCollector.identity(of:)))
    }

    /// Whether a config's include and exclude globs admit a file found by walking a directory.
    ///
    /// A Markdown or text file is admitted only by an include glob that names its extension (such as
    /// `policies/**/*.md`), so walking a folder never reads its READMEs and notes as policies.
    static func admits(_ file: String, config: Config) -> Bool {
        let prose = ProseDocument.isProse(file)
        guard config.file != nil else { return !prose }
        let relative = FileCollector.relativePath(file, to: config.directory)
        if config.exclude.contains(where: { Glob.matches($0, relative) }) { return false }
        if prose { return config.include.contains { Glob.matches($0, relative) && ProseDocument.isProse($0) } }
        return config.include.isEmpty || config.include.contains { Glob.matches($0, relative) }
    }
}
