/// Running counts of a check and the exit code they imply, added to one file at a time so output can stream.
public struct RunTally: Sendable, Equatable {
    /// Policy files checked (a waivers file with findings of its own is not one).
    public private(set) var files = 0
    /// Active errors (not waived, not in the baseline).
    public private(set) var errors = 0
    /// Active warnings, other than stale baseline entries.
    public private(set) var warnings = 0
    /// Active infos.
    public private(set) var infos = 0
    /// Findings accepted by a waiver in force.
    public private(set) var waived = 0
    /// Findings accepted by the baseline.
    public private(set) var baselined = 0
    /// Baseline entries that accepted no finding (`stale-baseline-entry`), counted apart from the warnings because
    /// they fail the run only when asked to (`--fail-on-stale-baseline`), whatever the fail threshold.
    public private(set) var staleBaselineEntries = 0
    /// Whether stale baseline entries fail the run.
    public private(set) var staleBaselineEntriesFail = false
    /// Whether any input could not be checked.
    public private(set) var hasInputError = false
    /// Whether any active finding is at or above its file's fail threshold.
    public private(set) var hasFailure = false

    /// An empty tally.
    public init() {}

    /// The tally of a whole report.
    public init(_ report: CheckReport) {
        for finding in report.runErrors { add(finding, failOn: report.failOn) }
        for file in report.files { add(file, failOn: report.failOn) }
    }

    /// Whether errors stopped the run before any file was checked.
    public var stoppedBeforeChecking: Bool { files == 0 && hasInputError }

    /// Counts one file's findings; the file's own threshold wins over `failOn`.
    public mutating func add(_ file: FileReport, failOn: Severity) {
        if file.role == .policy { files += 1 }
        let threshold = file.failOn ?? failOn
        for finding in file.findings { add(finding, failOn: threshold) }
    }

    /// Counts one finding against the fail threshold that applies to it.
    private mutating func add(_ finding: Finding, failOn threshold: Severity) {
        if finding.isInputError { hasInputError = true }
        if finding.isWaived {
            waived += 1
        } else if finding.isBaselined {
            baselined += 1
        } else if finding.category == .baseline {
            staleBaselineEntries += 1
            if finding.severity >= threshold {
                hasFailure = true
                staleBaselineEntriesFail = true
            }
        } else {
            switch finding.severity {
            case .error: errors += 1
            case .warning: warnings += 1
            case .info: infos += 1
            }
            if finding.severity >= threshold { hasFailure = true }
        }
    }

    /// 2 when any input could not be checked, 1 when an active finding is at or above its threshold, else 0.
    public var exitCode: Int32 { hasInputError ? 2 : (hasFailure ? 1 : 0) }

    /// How many active findings there are of a severity.
    public func count(_ severity: Severity) -> Int {
        switch severity {
        case .error: return errors
        case .warning: return warnings
        case .info: return infos
        }
    }
}
