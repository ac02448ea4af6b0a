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
    /// saying why it could not be read.
    public static func load(_ path: String, limits: YAMLLimits, stdinName: String? = nil) -> Outcome {
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
        if let attributes = try? FileManager.default.attributesOfItem(atPath: path),
           let size = attributes[.size] as? Int, size > limits.maxFileBytes {
            return .failure(unreadable("file is \(size) bytes, over the limit of \(limits.maxFileBytes) bytes (raise it with --max-file-size)"))
        }
        guard let data = FileManager.default.contents(atPath: path) else {
            return .failure(unreadable("cannot read the file (does it exist, and may you read it?)"))
        }
        return .success(SourceText(name: name, bytes: [UInt8](data)))
    }
}
