import PolicyLintCore

/// Markdown for a pull-request comment: a heading, the summary, a table of findings, then a collapsible explanation of each.
///
/// Findings the baseline accepts are left out, as in text output; the summary counts them.
public struct MarkdownReporter: Reporter {
    /// Creates a Markdown reporter.
    public init() {}

    /// The report as GitHub-flavoured Markdown, marked as written by policylint so a later run never reads it as a policy.
    public func render(_ report: CheckReport, context: ReportContext) -> String {
        var out = GeneratedOutput.marker + "## policylint report\n\n"
        out += "**\(MarkdownText.inline(RunTally(report).sentence()))**\n"
        let findings = report.findings.filter { !$0.isBaselined }
        guard !findings.isEmpty else { return out }
        out += "\n| Severity | Location | Rule | Message |\n| --- | --- | --- | --- |\n"
        for finding in findings {
            out += "| \(severityLabel(finding)) | \(MarkdownText.cell(finding.location.description)) | \(ruleCell(finding)) | \(MarkdownText.cell(finding.message)) |\n"
        }
        for finding in findings {
            out += "\n" + details(finding)
        }
        return out
    }

    private func severityLabel(_ finding: Finding) -> String {
        guard let waiver = finding.waiver else { return finding.severity.rawValue }
        return waiver.isExpired ? "\(finding.severity.rawValue) (waiver expired)" : "\(finding.severity.rawValue) (waived)"
    }

    private func ruleCell(_ finding: Finding) -> String {
        let id = MarkdownText.cell(finding.ruleID)
        guard let url = finding.documentationURL else { return id }
        return "[\(id)](\(url))"
    }

    private func details(_ finding: Finding) -> String {
        let summary = "\(severityLabel(finding)) \(finding.ruleID) at \(finding.location.description)"
        var out = "<details>\n<summary>\(MarkdownText.html(summary))</summary>\n\n"
        out += MarkdownText.prose(finding.message) + "\n"
        if let path = finding.nodePath { out += "\n**Field:** \(MarkdownText.inline(path))\n" }
        if let why = finding.why { out += "\n**Why it matters:** \(MarkdownText.authored(why))\n" }
        if !finding.alternatives.isEmpty {
            out += "\n**Alternatives:**\n\n"
            for alternative in finding.alternatives {
                out += "- " + MarkdownText.authored(alternative).replacingNewlines(with: "\n  ") + "\n"
            }
        }
        if !finding.principles.isEmpty {
            out += "\n**Principles:** \(finding.principles.map(MarkdownText.inline).joined(separator: ", "))\n"
        }
        if let fix = finding.fix {
            out += "\n**Fix (\(fix.safety.rawValue)):** \(MarkdownText.authored(fix.description))\n"
        }
        if let waiver = finding.waiver {
            let state = waiver.isExpired ? "expired" : "expires"
            out += "\n**Waiver:** \(MarkdownText.prose(waiver.reason)) (approved by \(MarkdownText.inline(waiver.approver)), \(state) \(MarkdownText.inline(waiver.expires)))\n"
        }
        if let url = finding.documentationURL { out += "\n[\(finding.category == .rule ? "Rule documentation" : "Documentation")](\(url))\n" }
        out += "\n</details>\n"
        return out
    }
}
