import ArgumentParser
import Foundation
import PolicyLintCore

extension PolicyLint {
    /// `policylint init`: writes a commented starter `.policylint.yaml`.
    struct Init: ParsableCommand {
        static let configuration = CommandConfiguration(commandName: "init", abstract: "Write a commented starter .policylint.yaml in a folder.")

        @Argument(help: "The folder to write it in.")
        var directory: String = "."

        @Flag(help: "Replace the folder's existing .policylint.yaml (or .policylint.yml).")
        var force = false

        func validate() throws {
            try EmptyPathCheck.refuse([.init(name: "the folder to write in", value: directory, kind: "folder", alternative: "leave it out for the working folder")])
        }

        func run() throws {
            // A folder's existing config, under either name, is the one replaced: a new `.policylint.yaml` beside a
            // `.policylint.yml` would silently take its place, and the settings in it would stop applying.
            let candidates = ConfigDiscovery.fileNames.map { (directory as NSString).appendingPathComponent($0) }
            let path = candidates.first { FileManager.default.fileExists(atPath: $0) } ?? candidates[0]
            if FileManager.default.fileExists(atPath: path), !force {
                OutputWriter.error("policylint: \(path) already exists; use --force to replace it")
                throw ExitCode(2)
            }
            do {
                try OutputWriter.write(StarterConfig.text, to: path)
            } catch {
                throw InputErrorPrinter.failWriting(error, outcome: "no config was written")
            }
            print("Wrote \(path). Run `policylint check FOLDER` on the folder that holds your policies (`policylint check` alone checks `policies`).")
        }
    }
}
