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
            throw InputError(id: "cannot-write", message: "cannot write \(path): \(reason(writing: path))")
        }
    }

    /// Why `path` cannot be written, in plain words rather than Foundation's.
    static func reason(writing path: String) -> String {
        let folder = (path as NSString).deletingLastPathComponent
        let directory = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) { return "the folder \(directory) does not exist" }
        if !isDirectory.boolValue { return "\(directory) is not a folder" }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return "it is a folder" }
        return "the folder \(directory) is not writable"
    }

    /// Writes a line to standard error.
    public static func error(_ text: String) {
        FileHandle.standardError.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A destination written piece by piece: standard output, or a temporary file renamed over `path` only on `commit`.
    public final class Stream {
        private let path: String?
        private let temporary: String?
        private let handle: FileHandle

        /// Opens standard output (nil or `-`) or a temporary file beside `path`.
        public init(path: String?) throws(InputError) {
            guard let path, path != "-" else {
                self.path = nil
                self.temporary = nil
                self.handle = FileHandle.standardOutput
                return
            }
            let directory = (path as NSString).deletingLastPathComponent
            let temporary = (directory.isEmpty ? "." : directory) + "/.\((path as NSString).lastPathComponent).policylint-\(ProcessInfo.processInfo.processIdentifier).tmp"
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                throw InputError(id: "cannot-write", message: "cannot write \(path): \(OutputWriter.reason(writing: path))")
            }
            self.path = path
            self.temporary = temporary
            self.handle = handle
        }

        /// Appends text.
        public func write(_ text: String) {
            guard !text.isEmpty else { return }
            handle.write(Data(text.utf8))
        }

        /// Finishes: a file output replaces `path` in one step.
        public func commit() throws(InputError) {
            guard let path, let temporary else { return }
            try? handle.close()
            if rename(temporary, path) != 0 {
                try? FileManager.default.removeItem(atPath: temporary)
                throw InputError(id: "cannot-write", message: "cannot write \(path): \(OutputWriter.reason(writing: path))")
            }
        }

        /// Abandons a file output, leaving `path` as it was.
        public func discard() {
            guard let temporary else { return }
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
        }
    }
}
