import PolicyLintCore

/// The documented JSON report (see `JSONReportDocument`): tool, summary, files and every finding with its explanation.
public struct JSONReporter: Reporter {
    /// The version of the JSON shape this reporter writes.
    public static let formatVersion = 1

    /// Creates a JSON reporter.
    public init() {}

    /// The report as pretty-printed JSON with sorted keys.
    public func render(_ report: CheckReport, context: ReportContext) -> String {
        let tally = RunTally(report)
        let document = JSONReportDocument(
            version: Self.formatVersion,
            tool: .init(name: "policylint", version: PolicyLintVersion.current, rulebooks: context.rulebooks),
            summary: .init(files: tally.files, errors: tally.errors, warnings: tally.warnings, infos: tally.infos,
                           waived: tally.waived, baselined: tally.baselined, staleBaselineEntries: tally.staleBaselineEntries,
                           failOn: report.strictestFailOn.rawValue, exitCode: Int(report.exitCode)),
            files: report.files.map {
                .init(path: $0.path, role: $0.role.rawValue, sha256: $0.sha256, policies: $0.policyIDs, findings: $0.findings.count,
                      failOn: $0.failOn?.rawValue)
            },
            findings: report.findings.map(JSONFindingRecord.init)
        )
        return MachineJSON.encode(document)
    }
}
