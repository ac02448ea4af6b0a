import Foundation
import PolicyYAML

/// Reads a file or standard input into a source, refusing files over the size limit before reading them.
public enum SourceLoader {
    /// A source, or the finding that says why there is none.
    public enum Outcome: Sendable {
        case success(SourceText)
        case failure(Finding)
    }

    /// The source of `path` (`-`: standard input, named `stdinName` or else `<stdin>`), or a located input finding
    /// saying why it could not be read. A path that is not a regular file (a named pipe, `/dev/stdin`, a device, a
    /// socket) is not read, so never waited on, and the finding says what it is; where `-` may be given instead
    /// (`dashReadsStandardInput`: a policy path), it says so.
    public static func load(_ path: String, limits: YAMLLimits, stdinName: String? = nil, dashReadsStandardInput: Bool = false) -> Outcome {
        let name = path == "-" ? (stdinName ?? "<stdin>") : path
        let unreadable = { (message: String) -> Finding in
            Finding(ruleID: "unreadable-file", severity: .error, category: .input, message: message,
                    location: Location(file: name, span: SourceSpan(at: .start), excerpt: Excerpt(firstLine: 1, lines: [])))
        }
        if path == "-" {
            var bytes: [UInt8] = []
            while let chunk = try? FileHandle.standardInput.read(upToCount: 65_536), !chunk.isEmpty {
                bytes += chunk
                if bytes.count > limits.maxFileBytes {
                    return .failure(unreadable("standard input is over the limit of \(limits.maxFileBytes) bytes (raise it with --max-file-size)"))
                }
            }
            return .success(SourceText(name: name, bytes: bytes))
        }
        if let kind = specialKind(of: path) {
            let hint = dashReadsStandardInput ? "; to check standard input, give `-` as the path" : ""
            return .failure(unreadable("it is \(kind), not a file, so it was not read\(hint)"))
        }
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = attributes[.size] as? Int, size > limits.maxFileBytes {
            return .failure(unreadable("file is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes (raise it with --max-file-size)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(unreadable("cannot read the file (does it exist, and may you read it?)"))
        }
        return .success(SourceText(name: name, bytes: [UInt8](data)))
    }

    /// The paths that stand for the process's own standard input.
    static let standardInputAliases: Set<String> = ["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]

    /// What `path` (its links followed) is when it exists but is neither a regular file nor a folder, in words such as
    /// `a named pipe` or `standard input (a pipe)`; nil otherwise.
    static func specialKind(of path: String) -> String? {
        var status = stat()
        guard stat(path, &status) == 0 else { return nil }
        let isStandardInput = standardInputAliases.contains(path)
        let kind: String
        switch status.st_mode & S_IFMT {
        case S_IFREG, S_IFDIR: return nil
        case S_IFIFO: kind = isStandardInput ? "a pipe" : "a named pipe"
        case S_IFCHR, S_IFBLK: kind = isStandardInput ? "a terminal or device" : "a device"
        case S_IFSOCK: kind = "a socket"
        default: kind = "not a regular file"
        }
        return isStandardInput ? "standard input (\(kind))" : kind
    }
}
