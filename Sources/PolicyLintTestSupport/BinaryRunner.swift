import Foundation

/// Runs the built `policylint` executable the way a user or CI would, capturing its output.
public enum BinaryRunner {
    /// What one run printed and returned.
    public struct Outcome: Sendable {
        /// The process exit code.
        public let exitCode: Int32
        /// Everything written to standard output.
        public let stdout: String
        /// Everything written to standard error.
        public let stderr: String
    }

    /// The path of the built executable: `POLICYLINT_BINARY` when set (to test a release or installed build),
    /// otherwise the one next to the test bundle in the build products folder.
    public static var executable: URL {
        if let path = ProcessInfo.processInfo.environment["POLICYLINT_BINARY"], !path.isEmpty {
            return URL(fileURLWithPath: path, relativeTo: PackagePaths.root).standardizedFileURL
        }
        var directory = Bundle.main.bundleURL
        for bundle in Bundle.allBundles where bundle.bundlePath.hasSuffix(".xctest") {
            directory = bundle.bundleURL.deletingLastPathComponent()
        }
        let candidate = directory.appendingPathComponent("policylint")
        if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        return PackagePaths.root.appendingPathComponent(".build/debug/policylint")
    }

    /// Runs `policylint` with arguments in a working directory, feeding `stdin` when given.
    /// A run that does not end within `timeout` seconds is killed and reported with exit code -9.
    public static func run(_ arguments: [String], in directory: URL = PackagePaths.root, stdin: Data? = nil,
                           environment: [String: String] = [:], timeout: TimeInterval = 120) throws -> Outcome {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = directory
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let errors = Pipe()
        let input = Pipe()
        process.standardOutput = output
        process.standardError = errors
        process.standardInput = input
        try process.run()
        let watchdog = DispatchWorkItem { if process.isRunning { kill(process.processIdentifier, SIGKILL) } }
        DispatchQueue.global().asyncAfter(deadline: .now() + timeout, execute: watchdog)
        defer { watchdog.cancel() }
        if let stdin { input.fileHandleForWriting.write(stdin) }
        try input.fileHandleForWriting.close()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = errors.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let killed = process.terminationReason == .uncaughtSignal
        return Outcome(exitCode: killed ? -process.terminationStatus : process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                       stderr: String(decoding: errData, as: UTF8.self))
    }
}
