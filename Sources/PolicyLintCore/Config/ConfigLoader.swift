import Foundation
import PolicyYAML

/// Reads `.policylint.yaml` files strictly and merges their `extends` chains.
public struct ConfigLoader: Sendable {
    /// The names of the built-in presets.
    public static let presets = ["recommended", "strict"]

    /// Creates a loader.
    public init() {}

    /// Loads the config at `path`, with everything it extends merged in (later entries and the file itself win).
    public func load(path: String) throws(InputErrors) -> Config {
        try load(path: absolute(path), chain: [])
    }

    private func load(path: String, chain: [String]) throws(InputErrors) -> Config {
        let source: SourceText
        switch SourceLoader.load(path, limits: .default) {
        case .success(let loaded):
            // Named relative to the working directory when inside it, as the repository names it, in every error.
            let name = FileCollector.relativePath(path, to: FileManager.default.currentDirectoryPath)
            source = name == loaded.name ? loaded : SourceText(name: name, bytes: loaded.bytes)
        case .failure(let finding): throw InputErrors(InputError(id: finding.ruleID, message: finding.message, location: finding.location))
        }
        return try load(source, directory: (path as NSString).deletingLastPathComponent, chain: chain + [path])
    }

    /// Loads a config from its source; relative paths resolve against `directory`.
    public func load(_ source: SourceText, directory: String, chain: [String] = []) throws(InputErrors) -> Config {
        let root: YAMLNode
        do {
            root = try DataFile.validatedRoot(source, format: ConfigFormat.root, what: "config file")
        } catch where error.errors.map(\.id) == ["empty-file"] {
            // An empty config (or one of comments only) marks where a project's settings live and changes nothing.
            var empty = Config.defaults(directory: directory)
            empty.file = source.name
            return empty
        }
        var merged = Config.defaults(directory: directory)
        for entry in DataFile.list(root["extends"]) {
            let name = entry.scalar?.text ?? ""
            let base: Config
            if Self.presets.contains(name) {
                base = try preset(name, directory: directory)
            } else {
                let target = resolve(name, in: directory)
                guard FileManager.default.fileExists(atPath: target) else {
                    let hint = Suggestion.hint(for: name, in: Self.presets)
                    throw InputErrors(InputError(id: "invalid-extends", message: "'\(name)' is neither a preset (\(Self.presets.joined(separator: ", "))) nor a file\(hint)",
                                                 source: source, span: entry.span))
                }
                guard !chain.contains(target) else {
                    throw InputErrors(InputError(id: "invalid-extends", message: "'\(name)' extends itself through a cycle: \((chain + [target]).joined(separator: " -> "))",
                                                 source: source, span: entry.span))
                }
                base = try load(path: target, chain: chain)
            }
            merged = merged.overlaid(with: base)
            if !Self.presets.contains(name), let file = base.file, !merged.extendedFiles.contains(file) { merged.extendedFiles.append(file) }
        }
        var own = Config.defaults(directory: directory)
        own.file = source.name
        if let failOn = root["fail-on"]?.scalar?.text { own.failOn = Severity(rawValue: failOn) }
        if case .bool(let flag)? = root["builtin"]?.scalar?.value { own.builtin = flag }
        if case .bool(let flag)? = root["preview"]?.scalar?.value { own.preview = flag }
        var missing: [InputError] = []
        own.rulebooks = existingFiles(root["rulebooks"], kind: "rulebook", source: source, directory: directory, missing: &missing)
        own.waivers = existingFiles(root["waivers"], kind: "waivers file", source: source, directory: directory, missing: &missing)
        if !missing.isEmpty { throw InputErrors(missing) }
        own.include = DataFile.strings(root["include"])
        own.exclude = DataFile.strings(root["exclude"])
        for pair in root["rules"]?.mapping ?? [] {
            own.rules.append(Config.Located(value: (pattern: pair.keyText, setting: pair.value.scalar?.text ?? "on"),
                                            location: Location(source: source, span: pair.key.span)))
        }
        for pair in root["parameters"]?.mapping ?? [] {
            own.parameters[pair.keyText] = Config.Located(value: pair.value, location: Location(source: source, span: pair.key.span),
                                                          valueLocation: Location(source: source, span: pair.value.span))
        }
        return merged.overlaid(with: own)
    }

    private func preset(_ name: String, directory: String) throws(InputErrors) -> Config {
        let bytes = name == "strict" ? PackageResources.preset_strict_yaml : PackageResources.preset_recommended_yaml
        return try load(SourceText(name: "<built-in>/preset-\(name).yaml", bytes: bytes), directory: directory)
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
