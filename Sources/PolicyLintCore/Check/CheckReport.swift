/// The outcome of a whole run: every file's findings and the exit code they imply.
public struct CheckReport: Sendable {
    /// Per-file results, in the order files were named or found.
    public var files: [FileReport]
    /// The lowest severity that fails the run.
    public let failOn: Severity

    /// Creates a report.
    public init(files: [FileReport], failOn: Severity) {
        self.files = files
        self.failOn = failOn
    }

    /// Every finding of every file, in file then position order.
    public var findings: [Finding] { files.flatMap(\.findings) }

    /// Findings that are neither accepted by a waiver in force nor by the baseline.
    public var activeFindings: [Finding] { findings.filter { !$0.isWaived && !$0.isBaselined } }

    /// How many active findings there are of a severity.
    public func count(_ severity: Severity) -> Int { RunTally(self).count(severity) }

    /// 2 when any input could not be read as a policy, 1 when an active finding is at or above its file's threshold, else 0.
    public var exitCode: Int32 { RunTally(self).exitCode }
}
