import Foundation

/// Writes output to standard output or, atomically, to a file, so a failed run never leaves half a file.
///
/// A symbolic link is written through (its target is replaced, atomically, and the link kept); a device, pipe or
/// socket (`/dev/stdout`, a named pipe) is written to directly, as there is nothing to replace. A write that fails
/// (a full disk, a closed standard output) is a `cannot-write` error, never a crash.
public enum OutputWriter {
    /// Writes `text` to `path`, or to standard output when `path` is nil or `-`.
    public static func write(_ text: String, to path: String?) throws(InputError) {
        guard let path, path != "-" else {
            do {
                try FileHandle.standardOutput.write(contentsOf: Data(text.utf8))
            } catch {
                throw InputError(id: "cannot-write", message: "cannot write standard output: \(describe(error))")
            }
            return
        }
        if isSpecialFile(path) {
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw InputError(id: "cannot-write", message: "cannot write \(path): it cannot be opened for writing")
            }
            defer { try? handle.close() }
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                throw InputError(id: "cannot-write", message: "cannot write \(path): \(describe(error))")
            }
            return
        }
        // Through a temporary file of its own rather than Foundation's atomic write, so an interrupted run removes it.
        let stream = try Stream(path: path)
        stream.write(text)
        try stream.commit()
    }

    /// Whether a run that stopped before its files were known may write over `path`: not when it is one of `namedPaths`
    /// (the paths named to check), nor when it exists with a policy or prose file's extension and policylint did not
    /// write it (`GeneratedOutput`), as it may then be a policy found by walking a folder.
    public static func mayReplace(_ path: String, namedPaths: [String]) -> Bool {
        guard path != "-" else { return true }
        let identity = FileCollector.identity(of: path)
        if namedPaths.filter({ $0 != "-" }).map(FileCollector.identity(of:)).contains(identity) { return false }
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue, !isSpecialFile(path) else {
            return true
        }
        let fileExtension = (path as NSString).pathExtension.lowercased()
        let readable = FileCollector.policyExtensions.union(ProseDocument.extensions)
        return !readable.contains(fileExtension) || GeneratedOutput.isMarked(path)
    }

    /// Whether `path` (its links followed) is a device, pipe or socket rather than a regular file or nothing.
    static func isSpecialFile(_ path: String) -> Bool {
        var status = stat()
        guard stat(path, &status) == 0 else { return false }
        let kind = status.st_mode & S_IFMT
        return kind != S_IFREG && kind != S_IFDIR
    }

    /// The file an atomic write replaces: the final target of `path` when it is a symbolic link (even one whose target
    /// does not exist yet), so the link is kept.
    static func replacedPath(_ path: String) -> String {
        var current = path
        for _ in 0..<32 {
            var status = stat()
            guard lstat(current, &status) == 0, status.st_mode & S_IFMT == S_IFLNK,
                  let target = try? FileManager.default.destinationOfSymbolicLink(atPath: current) else { return current }
            current = target.hasPrefix("/") ? target : (PathText.folder(of: current) as NSString).appendingPathComponent(target)
        }
        return current
    }

    /// A write error in plain words.
    static func describe(_ error: any Error) -> String {
        var cause = error as NSError
        while cause.domain != NSPOSIXErrorDomain, let underlying = cause.userInfo[NSUnderlyingErrorKey] as? NSError { cause = underlying }
        if cause.domain == NSPOSIXErrorDomain, let posix = POSIXErrorCode(rawValue: Int32(cause.code)) {
            switch posix {
            case .ENOSPC: return "no space left on the device"
            case .EBADF: return "it is closed"
            case .EPIPE: return "the reader has gone"
            default: return String(cString: strerror(posix.rawValue))
            }
        }
        if (error as NSError).code == CocoaError.fileWriteOutOfSpace.rawValue { return "no space left on the device" }
        return "the write failed"
    }

    /// Why `path` cannot be written, in plain words rather than Foundation's.
    static func reason(writing path: String) -> String {
        let folder = PathText.folder(of: path)
        let directory = folder.isEmpty ? "." : folder
        var isDirectory: ObjCBool = false
        if !FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory) { return "the folder \(directory) does not exist" }
        if !isDirectory.boolValue { return "\(directory) is not a folder" }
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), isDirectory.boolValue { return "it is a folder" }
        return "the folder \(directory) is not writable"
    }

    /// Writes a line to standard error (nothing, if standard error cannot be written).
    public static func error(_ text: String) {
        try? FileHandle.standardError.write(contentsOf: Data((text.hasSuffix("\n") ? text : text + "\n").utf8))
    }

    /// A destination written piece by piece: standard output, a device or pipe written directly, or a temporary file
    /// renamed over `path` (a link's target) only on `commit`. A failed write is reported by `commit`.
    public final class Stream {
        private let path: String?
        private let temporary: String?
        private let replaced: String?
        private let handle: FileHandle
        /// The first write that failed, reported by `commit`.
        private var failure: (any Error)?

        /// Opens standard output (nil or `-`), a device or pipe at `path`, or a temporary file beside `path`.
        public init(path: String?) throws(InputError) {
            guard let path, path != "-" else {
                self.path = nil
                self.temporary = nil
                self.replaced = nil
                self.handle = FileHandle.standardOutput
                return
            }
            if OutputWriter.isSpecialFile(path) {
                guard let handle = FileHandle(forWritingAtPath: path) else {
                    throw InputError(id: "cannot-write", message: "cannot write \(path): it cannot be opened for writing")
                }
                self.path = path
                self.temporary = nil
                self.replaced = nil
                self.handle = handle
                return
            }
            let replaced = OutputWriter.replacedPath(path)
            let directory = PathText.folder(of: replaced)
            let temporary = (directory.isEmpty ? "." : directory) + "/.\((replaced as NSString).lastPathComponent).policylint-\(ProcessInfo.processInfo.processIdentifier).tmp"
            InterruptedOutputCleanup.register(temporary)
            guard FileManager.default.createFile(atPath: temporary, contents: nil), let handle = FileHandle(forWritingAtPath: temporary) else {
                InterruptedOutputCleanup.release(temporary)
                throw InputError(id: "cannot-write", message: "cannot write \(path): \(OutputWriter.reason(writing: path))")
            }
            self.path = path
            self.temporary = temporary
            self.replaced = replaced
            self.handle = handle
        }

        /// Appends text; after a failed write, nothing more is written.
        public func write(_ text: String) {
            guard !text.isEmpty, failure == nil else { return }
            do {
                try handle.write(contentsOf: Data(text.utf8))
            } catch {
                failure = error
            }
        }

        /// Finishes: a file output replaces `path` in one step; a failed write is a `cannot-write` error.
        public func commit() throws(InputError) {
            let name = path ?? "standard output"
            if let failure {
                discard()
                throw InputError(id: "cannot-write", message: "cannot write \(name): \(OutputWriter.describe(failure))")
            }
            guard let path else { return }
            guard let temporary, let replaced else {
                do {
                    try handle.close()
                } catch {
                    throw InputError(id: "cannot-write", message: "cannot write \(name): \(OutputWriter.describe(error))")
                }
                return
            }
            defer { InterruptedOutputCleanup.release(temporary) }
            do {
                try handle.close()
            } catch {
                try? FileManager.default.removeItem(atPath: temporary)
                throw InputError(id: "cannot-write", message: "cannot write \(path): \(OutputWriter.describe(error))")
            }
            if rename(temporary, replaced) != 0 {
                try? FileManager.default.removeItem(atPath: temporary)
                throw InputError(id: "cannot-write", message: "cannot write \(path): \(OutputWriter.reason(writing: path))")
            }
        }

        /// Abandons a file output, leaving `path` as it was.
        public func discard() {
            guard let temporary else { return }
            try? handle.close()
            try? FileManager.default.removeItem(atPath: temporary)
            InterruptedOutputCleanup.release(temporary)
        }
    }
}
