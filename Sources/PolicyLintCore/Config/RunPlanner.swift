import Foundation

/// Works out which config governs each file and builds one plan per config, loading each only once.
public struct RunPlanner: Sendable {
    /// A config named with `--config`, used for every file.
    public let explicitConfig: String?
    /// Whether config files are ignored (`--isolated`).
    public let isolated: Bool
    /// The command line's overrides.
    public let overrides: RunOverrides

    /// Creates a planner.
    public init(explicitConfig: String?, isolated: Bool, overrides: RunOverrides) {
        self.explicitConfig = explicitConfig
        self.isolated = isolated
        self.overrides = overrides
    }

    /// Files grouped by the plan that governs them, in the order first seen; files a config excludes are dropped.
    /// `explicit` lists the paths the user named, which config include/exclude never drop.
    public func plan(files: [String], explicit: Set<String>) throws(InputErrors) -> [(plan: RunPlan, files: [String])] {
        let discovery = ConfigDiscovery()
        var plans: [String: RunPlan] = [:]
        var groups: [(key: String, files: [String])] = []
        var errors: [InputError] = []
        var failed = Set<String>()
        for file in files {
            let configPath = isolated ? nil : (explicitConfig ?? discovery.nearestConfig(for: file))
            let key = configPath ?? ""
            if plans[key] == nil, !failed.contains(key) {
                do throws(InputErrors) {
                    var config = Config.defaults(directory: FileManager.default.currentDirectoryPath)
                    if let configPath { config = try ConfigLoader().load(path: configPath) }
                    plans[key] = try RunPlan(config: config, overrides: overrides)
                } catch {
                    errors += error.errors
                    failed.insert(key)
                    continue
                }
            }
            guard let plan = plans[key] else { continue }
            if !explicit.contains(file), !Self.admits(file, config: plan.config) { continue }
            if let index = groups.firstIndex(where: { $0.key == key }) {
                groups[index].files.append(file)
            } else {
                groups.append((key, [file]))
            }
        }
        if !errors.isEmpty { throw InputErrors(errors) }
        return groups.compactMap { group in plans[group.key].map { ($0, group.files) } }
    }

    /// Whether a config's include and exclude globs admit a file found by walking a directory.
    static func admits(_ file: String, config: Config) -> Bool {
        guard config.file != nil else { return true }
        let absolute = file.hasPrefix("/") ? file : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(file)
        let standardized = (absolute as NSString).standardizingPath
        let base = config.directory.hasSuffix("/") ? config.directory : config.directory + "/"
        let relative = standardized.hasPrefix(base) ? String(standardized.dropFirst(base.count)) : standardized
        if config.exclude.contains(where: { Glob.matches($0, relative) }) { return false }
        return config.include.isEmpty || config.include.contains { Glob.matches($0, relative) }
    }
}
