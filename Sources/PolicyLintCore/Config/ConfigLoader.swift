import Foundation
import PolicyYAML

/// Reads `.policylint.yaml` files strictly and merges their `extends` chains.
public struct ConfigLoader: Sendable {
    /// The names of the built-in presets.
    public static let presets = ["recommended", "strict"]

    /// Creates a loader.
    public init() {}

    /// Loads the config at `path`, with everything it extends merged in (later entries and the file itself win); throws
    /// every problem found.
    public func load(path: String) throws(InputErrors) -> Config {
        try read(path: path).get()
    }

    /// Reads the config at `path`, with everything it extends merged in, as far as its problems allow, collecting every
    /// problem of the file and of the files it extends.
    public func read(path: String) -> ConfigReading {
        read(path: absolute(path), chain: [])
    }

    /// Reads the config at an absolute `path`, reached through the `extends` of the files in `chain`.
    private func read(path: String, chain: [String]) -> ConfigReading {
        let loaded: SourceText
        do {
            loaded = try DataFile.source(at: path, kind: .config)
        } catch {
            return ConfigReading(config: Config.defaults(directory: PathText.folder(of: path)),
                                 problems: error.errors, findsEveryRulebook: false)
        }
        // Named relative to the working directory when inside it, as the repository names it, in every error.
        let name = FileCollector.relativePath(path, to: FileManager.default.currentDirectoryPath)
        let source = name == loaded.name ? loaded : SourceText(name: name, bytes: loaded.bytes)
        return read(source, directory: PathText.folder(of: path), chain: chain + [path])
    }

    /// Loads a config from its source; relative paths resolve against `directory`. Throws every problem found.
    public func load(_ source: SourceText, directory: String, chain: [String] = []) throws(InputErrors) -> Config {
        try read(source, directory: directory, chain: chain).get()
    }

    /// Reads a config from its source as far as its problems allow; relative paths resolve against `directory`.
    ///
    /// A file that is not one YAML document stops there. Otherwise every key is read: a value of the wrong type is
    /// reported and left out, a missing `extends` target or rulebook is reported and the rest read on, and the files it
    /// extends are read the same way.
    public func read(_ source: SourceText, directory: String, chain: [String] = []) -> ConfigReading {
        var reading = ConfigReading(config: Config.defaults(directory: directory))
        reading.config.file = source.name
        let root: YAMLNode
        do {
            root = try DataFile.root(source, format: ConfigFormat.root, kind: .config, issues: &reading.problems)
        } catch where error.errors.map(\.id) == ["empty-file"] {
            // An empty config (or one of comments only) marks where a project's settings live and changes nothing.
            return reading
        } catch {
            return ConfigReading(config: reading.config, problems: error.errors, findsEveryRulebook: false)
        }
        var merged = Config.defaults(directory: directory)
        for entry in DataFile.list(root["extends"]) {
            guard let name = entry.scalar?.text else { continue }
            let base: ConfigReading
            if Self.presets.contains(name) {
                base = preset(name, directory: directory)
            } else {
                let target = resolve(name, in: directory)
                guard FileManager.default.fileExists(atPath: target) else {
                    let hint = Suggestion.hint(for: name, in: Self.presets)
                    reading.problems.append(InputError(id: "invalid-extends", message: "'\(name)' is neither a preset (\(Self.presets.joined(separator: ", "))) nor a file\(hint)",
                                                       source: source, span: entry.span))
                    reading.findsEveryRulebook = false
                    continue
                }
                guard !chain.contains(target) else {
                    reading.problems.append(InputError(id: "invalid-extends", message: "'\(name)' extends itself through a cycle: \((chain + [target]).joined(separator: " -> "))",
                                                       source: source, span: entry.span))
                    continue
                }
                base = read(path: target, chain: chain)
            }
            reading.problems += base.problems
            reading.findsEveryRulebook = reading.findsEveryRulebook && base.findsEveryRulebook
            merged = merged.overlaid(with: base.config)
            if !Self.presets.contains(name), let file = base.config.file, !merged.extendedFiles.contains(file) { merged.extendedFiles.append(file) }
        }
        var own = Config.defaults(directory: directory)
        own.file = source.name
        if let failOn = root["fail-on"]?.scalar?.text { own.failOn = Severity(rawValue: failOn) }
        if case .bool(let flag)? = root["builtin"]?.scalar?.value { own.builtin = flag }
        if case .bool(let flag)? = root["preview"]?.scalar?.value { own.preview = flag }
        var missing: [InputError] = []
        own.rulebooks = existingFiles(root["rulebooks"], kind: "rulebook", source: source, directory: directory, missing: &missing)
        if !missing.isEmpty { reading.findsEveryRulebook = false }
        own.waivers = existingFiles(root["waivers"], kind: "waivers file", source: source, directory: directory, missing: &missing)
        reading.problems += missing
        own.include = DataFile.strings(root["include"])
        own.exclude = DataFile.strings(root["exclude"])
        for entry in DataFile.list(root["include"]) + DataFile.list(root["exclude"]) {
            guard let glob = entry.scalar?.text, let problem = Glob.problem(in: glob) else { continue }
            reading.problems.append(InputError(id: "invalid-value", message: problem, source: source, span: entry.span))
        }
        for pair in root["rules"]?.mapping ?? [] {
            own.rules.append(Config.Located(value: (pattern: pair.keyText, setting: pair.value.scalar?.text ?? "on"),
                                            location: Location(source: source, span: pair.key.span)))
        }
        for pair in root["parameters"]?.mapping ?? [] {
            own.parameters[pair.keyText] = Config.Located(value: pair.value, location: Location(source: source, span: pair.key.span),
                                                          valueLocation: Location(source: source, span: pair.value.span))
        }
        reading.config = merged.overlaid(with: own)
        return reading
    }

    private func preset(_ name: String, directory: String) -> ConfigReading {
        let bytes = name == "strict" ? PackageResources.preset_strict_yaml : PackageResources.preset_recommended_yaml
        return read(SourceText(name: "<built-in>/preset-\(name).yaml", bytes: bytes), directory: directory)
    }

    /// The files a config's list names, resolved; a name with no file behind it is added to `missing` as an error at the
    /// name, where it can be fixed.
    private func existingFiles(_ list: YAMLNode?, kind: String, source: SourceText, directory: String, missing errors: inout [InputError]) -> [String] {
        var paths: [String] = []
        for entry in DataFile.list(list) {
            guard let name = entry.scalar?.text else { continue }
            let path = resolve(name, in: directory)
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue {
                // Relative to the working directory when inside it, so findings, annotations and reports about the
                // file name it as the repository does rather than by the runner's absolute path.
                paths.append(FileCollector.relativePath(path, to: FileManager.default.currentDirectoryPath))
            } else if isDirectory.boolValue {
                errors.append(InputError(id: "no-such-file", message: "the \(kind) '\(name)' is a folder; name the file itself",
                                         source: source, span: entry.span))
            } else {
                errors.append(InputError(id: "no-such-file", message: "the \(kind) '\(name)' does not exist (looked for \(path))",
                                         source: source, span: entry.span))
            }
        }
        return paths
    }

    private func resolve(_ path: String, in directory: String) -> String {
        path.hasPrefix("/") ? path : ((directory as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }

    private func absolute(_ path: String) -> String {
        path.hasPrefix("/") ? path : ((FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(path) as NSString).standardizingPath
    }
}

extension Config {
    /// This config with `other`'s settings laid over it: single values replace, lists add up.
    func overlaid(with other: Config) -> Config {
        var result = self
        if other.file != nil { result.file = other.file }
        result.directory = other.directory
        result.failOn = other.failOn ?? failOn
        result.builtin = other.builtin ?? builtin
        result.preview = other.preview ?? preview
        result.rulebooks += other.rulebooks.filter { !result.rulebooks.contains($0) }
        result.waivers += other.waivers.filter { !result.waivers.contains($0) }
        result.extendedFiles += other.extendedFiles.filter { !result.extendedFiles.contains($0) }
        result.rules += other.rules
        for (name, value) in other.parameters { result.parameters[name] = value }
        if !other.include.isEmpty { result.include = other.include }
        result.exclude += other.exclude
        return result
    }
}
