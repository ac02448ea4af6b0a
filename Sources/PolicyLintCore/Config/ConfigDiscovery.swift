import Foundation

/// Finds the `.policylint.yaml` that governs a file by walking up from the file's folder.
public final class ConfigDiscovery: @unchecked Sendable {
    /// The file names looked for, in order.
    public static let fileNames = [".policylint.yaml", ".policylint.yml"]

    private var cache: [String: String?] = [:]
    private let lock = NSLock()

    /// Creates a discovery with an empty cache.
    public init() {}

    /// The path of the nearest config above `path` (a file, or `-` for the current folder), or nil.
    public func nearestConfig(for path: String) -> String? {
        let manager = FileManager.default
        let start = path == "-" ? manager.currentDirectoryPath : absolute(PathText.folder(of: path))
        var directory = start
        var visited: [String] = []
        while true {
            if let cached = cached(directory) {
                remember(visited, cached)
                return cached
            }
            visited.append(directory)
            for name in Self.fileNames {
                let candidate = (directory as NSString).appendingPathComponent(name)
                if manager.fileExists(atPath: candidate) {
                    remember(visited, candidate)
                    return candidate
                }
            }
            let parent = PathText.folder(of: directory)
            if parent == directory || parent.isEmpty { break }
            directory = parent
        }
        remember(visited, nil)
        return nil
    }

    /// The other config file in the same folder as `config` (`.policylint.yml` beside `.policylint.yaml`), which discovery
    /// would pass over without a word, or nil when there is none.
    public static func sibling(of config: String) -> String? {
        let folder = PathText.folder(of: config)
        let name = (config as NSString).lastPathComponent
        guard fileNames.contains(name) else { return nil }
        return fileNames.lazy.filter { $0 != name }
            .map { folder.isEmpty ? $0 : (folder as NSString).appendingPathComponent($0) }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    private func cached(_ directory: String) -> String?? {
        lock.lock()
        defer { lock.unlock() }
        return cache[directory]
    }

    private func remember(_ directories: [String], _ result: String?) {
        lock.lock()
        defer { lock.unlock() }
        for directory in directories { cache[directory] = .some(result) }
    }

    private func absolute(_ path: String) -> String {
        let base = path.isEmpty ? "." : path
        let full = base.hasPrefix("/") ? base : (FileManager.default.currentDirectoryPath as NSString).appendingPathComponent(base)
        return (full as NSString).standardizingPath
    }
}
