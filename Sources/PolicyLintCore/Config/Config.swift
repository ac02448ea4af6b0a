import PolicyYAML

/// Settings from `.policylint.yaml`, with `extends` already merged in.
public struct Config: Sendable {
    /// A setting read from a file, with where it was written (for errors found later, such as an unknown rule id).
    public struct Located<Value: Sendable>: Sendable {
        /// The value.
        public let value: Value
        /// Where it is written: its key, for a setting written as `key: value`.
        public let location: Location
        /// Where its value is written, for errors about the value; nil when it is the same place as `location`.
        public var valueLocation: Location? = nil
    }

    /// The file this config was read from, or nil for defaults.
    public var file: String?
    /// The folder relative paths and globs are resolved against.
    public var directory: String
    /// The lowest severity that fails a run.
    public var failOn: Severity?
    /// Extra rulebook paths, already resolved.
    public var rulebooks: [String] = []
    /// Whether the built-in rulebook runs.
    public var builtin: Bool?
    /// Whether preview rules run.
    public var preview: Bool?
    /// Per-rule settings in the order written (later ones win).
    public var rules: [Located<(pattern: String, setting: String)>] = []
    /// Parameter values by name.
    public var parameters: [String: Located<YAMLNode>] = [:]
    /// Include globs, relative to `directory`.
    public var include: [String] = []
    /// Exclude globs, relative to `directory`.
    public var exclude: [String] = []
    /// Waivers files, already resolved.
    public var waivers: [String] = []
    /// Config files merged in through `extends` (not the presets), already resolved.
    public var extendedFiles: [String] = []

    /// The files this config reads besides policies (itself, what it extends, its rulebooks and waivers files),
    /// which are never policies to check when a folder is walked.
    public var inputFiles: [String] {
        (file.map { [$0] } ?? []) + extendedFiles + rulebooks + waivers
    }

    /// The settings used when no config file is found.
    public static func defaults(directory: String) -> Config { Config(file: nil, directory: directory) }
}
