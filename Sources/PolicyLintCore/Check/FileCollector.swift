import Foundation

/// Expands the paths a user names into the files to check, in a stable order.
public struct FileCollector: Sendable {
    /// File extensions checked when a directory is named.
    public let extensions: Set<String>
    /// Glob patterns (`*`, `**`, `?`) of paths to skip.
    public let excludes: [String]

    /// The extensions of YAML policy files.
    public static let policyExtensions: Set<String> = ["yaml", "yml"]

    /// Creates a collector.
    public init(extensions: Set<String> = FileCollector.policyExtensions, excludes: [String] = []) {
        self.extensions = extensions
        self.excludes = excludes
    }

    /// The files under `paths`: named files as given, directories searched recursively (found files spelt without a
    /// leading `./`); `-` is standard input.
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
            var visited = Set<String>()
            files += walk(path, visited: &visited)
        }
        // `./a.yaml`, `a.yaml` and `d/../a.yaml` are one file, checked once under the first spelling given.
        var seen = Set<String>()
        return files.filter { $0 == "-" || seen.insert(Self.identity(of: $0)).inserted }
    }

    /// `path` (relative ones taken from the working directory) with `.` and `..` resolved, relative to `directory`
    /// when inside it and absolute otherwise: how globs and fingerprints see a file, whichever way it was spelt.
    public static func relativePath(_ path: String, to directory: String) -> String {
        let workingDirectory = FileManager.default.currentDirectoryPath
        let absolute = path.hasPrefix("/") ? path : (workingDirectory as NSString).appendingPathComponent(path)
        let standardized = (absolute as NSString).standardizingPath
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        return standardized.hasPrefix(base) ? String(standardized.dropFirst(base.count)) : standardized
    }

    /// A path with `.`/`..` steps and symbolic links resolved, so two spellings of one file compare equal.
    public static func identity(of path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// The files under `directory`. `visited` holds the folders already walked and `inside` the folders being walked
    /// (both after resolving symbolic links): a link to a folder already walked, or to one that holds a folder being
    /// walked, is not followed, so links can neither loop nor climb out of the folder named.
    private func walk(_ directory: String, visited: inout Set<String>, inside: [String] = []) -> [String] {
        let manager = FileManager.default
        let identity = Self.identity(of: directory)
        let prefix = identity.hasSuffix("/") ? identity : identity + "/"
        guard !visited.contains(identity), !inside.contains(where: { $0 == identity || $0.hasPrefix(prefix) }) else { return [] }
        visited.insert(identity)
        guard let names = try? manager.contentsOfDirectory(atPath: directory) else { return [] }
        var files: [String] = []
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = Self.joined(directory, name)
            if isExcluded(path) { continue }
            var isDirectory: ObjCBool = false
            let isPolicyName = name.lastIndex(of: ".").map { extensions.contains(String(name[name.index(after: $0)...]).lowercased()) } ?? false
            guard manager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                // A link to nothing (a policy moved or deleted): checked, so it is reported as unreadable rather than
                // dropping out of CI without a word.
                if isPolicyName, (try? manager.destinationOfSymbolicLink(atPath: path)) != nil { files.append(path) }
                continue
            }
            if isDirectory.boolValue {
                files += walk(path, visited: &visited, inside: inside + [identity])
            } else if isPolicyName {
                files.append(path)
            }
        }
        return files
    }

    /// `name` inside `directory`, without leading `./` steps: walking `.` gives `policies/a.yaml`, spelt as a config's
    /// waivers file or a GitHub annotation spells it, rather than `./policies/a.yaml`.
    static func joined(_ directory: String, _ name: String) -> String {
        var path = directory.hasSuffix("/") ? directory + name : directory + "/" + name
        while path.hasPrefix("./") { path.removeFirst(2) }
        return path
    }

    private func isExcluded(_ path: String) -> Bool {
        let normalised = path.hasPrefix("./") ? String(path.dropFirst(2)) : path
        return excludes.contains { Glob.matches($0, normalised) || Glob.matches($0, (normalised as NSString).lastPathComponent) }
    }
}
