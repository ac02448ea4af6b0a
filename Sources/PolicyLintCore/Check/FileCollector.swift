import Foundation

/// Expands the paths a user names into the files to check, in a stable order.
public struct FileCollector: Sendable {
    /// File extensions checked when a directory is named.
    public let extensions: Set<String>
    /// Glob patterns (`*`, `**`, `?`) of paths to skip.
    public let excludes: [String]

    /// Creates a collector.
    public init(extensions: Set<String> = ["yaml", "yml"], excludes: [String] = []) {
        self.extensions = extensions
        self.excludes = excludes
    }

    /// The files under `paths`: named files as given, directories searched recursively; `-` is standard input.
    public func collect(_ paths: [String]) throws(InputError) -> [String] {
        var files: [String] = []
        let manager = FileManager.default
        for path in paths {
            if path == "-" {
                files.append(path)
                continue
            }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw InputError(id: "no-such-file", message: "\(path): no such file or directory")
            }
            if !isDirectory.boolValue {
                if !isExcluded(path) { files.append(path) }
                continue
            }
            files += walk(path)
        }
        var seen = Set<String>()
        return files.filter { seen.insert($0).inserted }
    }

    private func walk(_ directory: String) -> [String] {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return [] }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
            if isExcluded(path) { continue }
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                files += walk(path)
            } else if let dot = name.lastIndex(of: "."), extensions.contains(String(name[name.index(after: dot)...]).lowercased()) {
                files.append(path)
            }
        }
        return files
    }

    private func isExcluded(_ path: String) -> Bool {
        let normalised = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return excludes.contains { Glob.matches($0, normalised) || Glob.matches($0, (normalised as NSString).lastPathComponent) }
    }
}
