import Foundation

/// Writes output to standard output or, atomically, to a file, so a failed run never leaves half a file.
public enum OutputWriter {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    public static func write(_ text: String, to path: String?) throws(InputError) {
        guard let path, path != "-" else {
            FileHandle.standardOutput.write(Data(text.utf8))
            return
        }
        do {
            try Data(text.utf8).write(to: URL(fileURLWithPath: path), options: .atomic)
        } catch {
            throw InputError(id: "cannot-write", message: "cannot write \(path): \(error.localizedDescription)")
        }
    }

    /// Writes a line to standard error.
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }
}
