import PolicyLintCore

/// A reporter whose output is one part per file and a summary, so it can be written as each file is checked
/// and memory does not grow with the number of files.
public protocol StreamingReporter: Reporter {
    /// The output for one file, written as soon as the file is checked.
    func renderFile(_ file: FileReport, context: ReportContext) -> String
    /// The closing output, from the counts of the whole run.
    func renderSummary(_ tally: RunTally, context: ReportContext) -> String
}

extension StreamingReporter {
    /// The whole output: the errors that stopped the run, if any, every file's part, then the summary.
    public func render(_ report: CheckReport, context: ReportContext) -> String {
        let stopped = report.runErrors.isEmpty ? [] : [FileReport(path: "", policyIDs: [], findings: report.runErrors, sha256: nil)]
        return (stopped + report.files).map { renderFile($0, context: context) }.joined() + renderSummary(RunTally(report), context: context)
    }
}
