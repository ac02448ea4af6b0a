/// The outcome of a whole run: every file's findings and the exit code they imply.
public struct CheckReport: Sendable {
    /// Per-file results, in the order files were named or found.
    public var files: [FileReport]
    /// The run's fail threshold: the lowest severity that fails a file without a threshold of its own.
    public let failOn: Severity
    /// Problems that stopped the run before any policy was checked (a bad config, rulebook, waivers or baseline file, a
    /// path that does not exist), as input findings; when there are any, `files` is empty.
    public private(set) var runErrors: [Finding] = []

    /// Creates a report.
    public init(files: [FileReport], failOn: Severity) {
        self.files = files
        self.failOn = failOn
    }

    /// The report of a run that `errors` stopped before any policy was checked, so machine formats can still write a
    /// whole document that says why.
    public init(stoppedBy errors: InputErrors, failOn: Severity) {
        self.init(files: [], failOn: failOn)
        runErrors = errors.errors.map(\.asFinding)
    }

    /// The strictest fail threshold in force, as a summary states it: the lowest of every file's own threshold (`failOn`
    /// for a file without one), or `failOn` when no file was checked. A finding below it fails no file, and it does not
    /// depend on the order files were named in. The baseline's threshold, which only says whether its stale entries fail
    /// the run (`--fail-on-stale-baseline`), is no threshold for findings.
    public var strictestFailOn: Severity {
        files.filter { $0.role != .baseline }.map { $0.failOn ?? failOn }.min() ?? failOn
    }

    /// Every finding: the run's errors, then every file's, in file then position order.
    public var findings: [Finding] { runErrors + files.flatMap(\.findings) }

    /// Findings that are neither accepted by a waiver in force nor by the baseline.
    public var activeFindings: [Finding] { findings.filter { !$0.isWaived && !$0.isBaselined } }

    /// How many active findings there are of a severity.
    public func count(_ severity: Severity) -> Int { RunTally(self).count(severity) }

    /// 2 when any input could not be read as a policy, 1 when an active finding is at or above its file's threshold, else 0.
    public var exitCode: Int32 { RunTally(self).exitCode }
}
