import Foundation
import PolicyLintCore

/// The pre-launch report as Markdown, with the same content as the HTML page, for pasting into a ticket or an email.
public struct MarkdownReportRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The whole report, marked as written by policylint so a later run never reads it as a policy.
    public func render(_ report: PrelaunchReport) -> String {
        let record = report.signOff
        var out = GeneratedOutput.marker + "# \(MarkdownText.inline(report.title))\n\n"
        out += "Report date: \(MarkdownText.inline(record.reportDate)) · Checked by: \(MarkdownText.inline(record.checkedBy)) · policylint \(MarkdownText.inline(record.toolVersion))\n\n"
        out += "**\(MarkdownText.inline(report.overallSentence))**\n\n"
        out += "## Overview\n\n| Policy | File | Verdict | Errors | Warnings | Infos | Waived | Problems reading the policy |\n"
        out += "| --- | --- | --- | ---: | ---: | ---: | ---: | ---: |\n"
        for policy in report.policies {
            out += "| \(MarkdownText.cell(policy.displayName)) | \(MarkdownText.cell(policy.path)) | \(verdict(policy.verdict)) "
            out += "| \(policy.count(.error)) | \(policy.count(.warning)) | \(policy.count(.info)) | \(policy.waivedCount) | \(policy.readingProblems.count) |\n"
        }
        out += "\n**How readiness is decided.** \(MarkdownText.prose(ReportWording.readinessRule(report.policies.map(\.failOn))))\n"
        for policy in report.policies { out += section(policy, catalogues: report.catalogues) }
        out += waiversFiles(report)
        out += signOff(report)
        return out
    }

    private func section(_ policy: PolicyAssessment, catalogues: PrincipleCatalogues) -> String {
        var out = "\n## \(MarkdownText.inline(policy.displayName))\n\n"
        out += "File: `\(code(policy.path))`"
        if !policy.policyIDs.isEmpty { out += " · Policy id: `\(code(policy.policyIDs.joined(separator: ", ")))`" }
        out += "\n\n### Summary\n\n**\(verdict(policy.verdict))**\n\n"
        out += ReportWording.summary(policy).map(MarkdownText.prose).joined(separator: " ") + "\n\n"
        out += "| Severity | What it means | Open | Stops launch? |\n| --- | --- | ---: | --- |\n"
        for severity in [Severity.error, .warning, .info] {
            out += "| \(severityLabel(severity)) | \(ReportWording.meaning(severity)) | \(policy.count(severity)) | \(severity >= policy.failOn ? "Yes" : "No") |\n"
        }
        out += "| Waived | accepted by a waiver in force | \(policy.waivedCount) | No |\n"
        out += "| ? \(ReportWording.readingProblemLabel) | \(ReportWording.readingProblemMeaning) | \(policy.readingProblems.count) | Yes: correct it first |\n\n"
        let atRisk = policy.scorecard.principles(.atRisk), attention = policy.scorecard.principles(.needsAttention)
        if atRisk.isEmpty && attention.isEmpty { out += "No principle is at risk or needs attention.\n" }
        for (label, scores) in [("Principles at risk", atRisk), ("Principles that need attention", attention)] where !scores.isEmpty {
            out += "**\(label) (\(scores.count)):**\n\n"
            out += scores.map { "- \(MarkdownText.inline($0.principle.title)) (\($0.countText))\n" }.joined() + "\n"
        }
        out += "\n### Principle scorecard\n\n"
        if !policy.scorecard.policyWasFullyRead { out += "**\(MarkdownText.prose(ReportWording.unreadScorecardNote))**\n\n" }
        out += "| Principle | Errors | Warnings | Infos | Waived | Status |\n| --- | ---: | ---: | ---: | ---: | --- |\n"
        for group in policy.scorecard.groups {
            out += "| **\(MarkdownText.cell(group.catalogue.title))** | | | | | |\n"
            for score in group.scores {
                out += "| \(MarkdownText.cell(score.principle.title)) | \(score.errors) | \(score.warnings) | \(score.infos) | \(score.waived) | \(score.status.symbol) \(score.status.label) |\n"
            }
        }
        out += "\n### Findings\n\n"
        if policy.findings.isEmpty { out += "policylint found nothing to report in this policy.\n" }
        for (index, finding) in policy.findings.enumerated() {
            out += self.finding(finding, number: index + 1, policy: policy, catalogues: catalogues)
        }
        out += "\n### Waivers\n\n"
        out += waivers(policy)
        return out
    }

    private func finding(_ finding: Finding, number: Int, policy: PolicyAssessment, catalogues: PrincipleCatalogues) -> String {
        let badge = ReportWording.badge(finding)
        var out = "#### \(number). \(badge.symbol) \(badge.label): \(MarkdownText.inline(finding.message))\n\n"
        var location = ReportWording.location(finding, in: policy)
        if let path = finding.nodePath { location += ", field \(path)" }
        out += "- **Where:** \(MarkdownText.inline(location))\n"
        let excerpt = finding.location.excerpt
        if !excerpt.lines.isEmpty {
            out += "- **\(ReportWording.quoteHeading(finding, policyPath: policy.path)):**\n\n"
            let fence = String(repeating: "`", count: max(3, longestBacktickRun(excerpt.lines) + 1))
            out += "  \(fence)text\n"
            let width = String(excerpt.firstLine + excerpt.lines.count - 1).count
            for (offset, line) in ReportWording.dedented(excerpt.lines).enumerated() {
                let number = String(excerpt.firstLine + offset)
                out += "  \(String(repeating: " ", count: max(0, width - number.count)))\(number) | \(line.filter { $0 != "\r" })\n"
            }
            out += "  \(fence)\n\n"
        }
        if let why = finding.why { out += "- **\(ReportWording.whyHeading(finding)):** \(indented(why))\n" }
        if !finding.alternatives.isEmpty {
            out += "- **Alternatives:**\n" + finding.alternatives.map { "  - \(indented($0, by: "    "))\n" }.joined()
        }
        if let fix = finding.fix { out += "- **Suggested change (\(ReportWording.fixSafety(fix.safety))):** \(indented(fix.description))\n" }
        if !finding.principles.isEmpty {
            out += "- **Principles at stake:** \(MarkdownText.inline(ReportWording.list(finding.principles.map { ReportWording.principleName($0, in: catalogues) })))\n"
        }
        if !finding.references.isEmpty {
            out += "- **References:**\n" + finding.references.map { "  - \(MarkdownText.inline($0))\n" }.joined()
        }
        if let waiver = finding.waiver { out += "- **Waiver:** \(MarkdownText.inline(ReportWording.waiverSentences(waiver)))\n" }
        out += "- **Rule:** `\(code(finding.ruleID))`\n\n"
        return out
    }

    private func waivers(_ policy: PolicyAssessment) -> String {
        guard !policy.waivers.isEmpty else { return "No waivers apply to this policy.\n" }
        var out = ""
        let soon = policy.waivers.filter(\.isExpiringSoon), expired = policy.waivers.filter(\.isExpired)
        if !soon.isEmpty {
            out += "> **▲ Expiring within \(WaiverEntry.expiringSoonDays) days:** "
            out += MarkdownText.inline(ReportWording.list(soon.map { "\($0.finding.ruleID) (expires \($0.waiver.expires), approved by \($0.waiver.approver))" })) + ".\n\n"
        }
        if !expired.isEmpty {
            out += "> **✖ Expired:** " + MarkdownText.inline(ReportWording.list(expired.map { "\($0.finding.ruleID) (expired \($0.waiver.expires))" })) + ". These barriers count again.\n\n"
        }
        out += "| Barrier | Reason | Approver | Expires | Status |\n| --- | --- | --- | --- | --- |\n"
        for entry in policy.waivers {
            let symbol = entry.isExpired ? "✖" : entry.isExpiringSoon ? "▲" : "✔"
            out += "| \(MarkdownText.cell(entry.finding.message)) (`\(code(entry.finding.ruleID, inTable: true))`) | \(MarkdownText.cell(entry.waiver.reason)) "
            out += "| \(MarkdownText.cell(entry.waiver.approver)) | \(MarkdownText.cell(entry.waiver.expires)) | \(symbol) \(MarkdownText.cell(entry.statusText)) |\n"
        }
        return out
    }

    private func waiversFiles(_ report: PrelaunchReport) -> String {
        guard !report.waiversFileFindings.isEmpty else { return "" }
        var out = "\n## Waivers files\n\n\(MarkdownText.prose(ReportWording.waiversFileFindingsIntro))\n\n"
        for finding in report.waiversFileFindings {
            out += "- \(severityLabel(finding.severity)) `\(code(finding.location.description))`: \(MarkdownText.prose(finding.message))\n"
        }
        return out
    }

    private func signOff(_ report: PrelaunchReport) -> String {
        let record = report.signOff
        var out = "\n## Sign-off record\n\n"
        out += "This record says who ran the check, when, with which rules and on exactly which files, so the decision can be audited later. "
        out += "A file whose SHA-256 hash differs from the one below has changed since it was checked.\n\n"
        out += "| Item | Value |\n| --- | --- |\n"
        let rulebooks = record.rulebooks.isEmpty ? "none" : record.rulebooks.map { "\($0.name) version \($0.version) (\($0.file))" }.joined(separator: "; ")
        let rows: [(String, String)] = [
            ("Checked by", record.checkedBy), ("Report date", record.reportDate), ("Generated at", record.generatedAt),
            ("Tool", "policylint \(record.toolVersion)"), ("Rulebooks", rulebooks), ("Rules in force", String(record.ruleCount)),
            ("Config file", record.configFiles.isEmpty ? "none: built-in defaults" : record.configFiles.map(\.path).joined(separator: "; ")),
            ("Waivers files", record.waiverFiles.isEmpty ? "none" : record.waiverFiles.map(\.path).joined(separator: "; ")),
        ]
        for (label, value) in rows { out += "| \(label) | \(MarkdownText.cell(value)) |\n" }
        out += "\n| File | Verdict | SHA-256 of the file's bytes |\n| --- | --- | --- |\n"
        for file in report.files {
            let verdicts = file.policies.count == 1 ? verdict(file.policies[0].verdict)
                : file.policies.map { "\(MarkdownText.cell(ReportWording.policyName($0))): \(verdict($0.verdict))" }.joined(separator: "; ")
            out += "| \(MarkdownText.cell(file.path)) | \(verdicts) | `\(code(file.sha256 ?? "not available", inTable: true))` |\n"
        }
        if !record.filesInForce.isEmpty {
            out += "\n| Config, waivers or rulebook file | What it is | SHA-256 of the file's bytes |\n| --- | --- | --- |\n"
            for (role, file) in record.filesInForce {
                out += "| \(MarkdownText.cell(file.path)) | \(MarkdownText.cell(role)) | `\(code(file.sha256 ?? "not available", inTable: true))` |\n"
            }
        }
        out += "\nApproved for launch by (name and role): ____________________  Signature: ____________________  Date: ____________\n"
        return out
    }

    private func verdict(_ verdict: LaunchVerdict) -> String { "\(verdict.symbol) \(verdict.label)" }

    private func severityLabel(_ severity: Severity) -> String { "\(ReportWording.symbol(severity)) \(ReportWording.severity(severity))" }

    /// Text for inside a code span: backticks and line breaks cannot be written there, so they become spaces and quotes.
    private func code(_ text: String, inTable: Bool = false) -> String {
        let plain = String(text.map { $0 == "`" ? "'" : $0.isNewline ? " " : $0 })
        return inTable ? plain.replacingOccurrences(of: "|", with: "\\|") : plain
    }

    /// Rule-authored text (why, alternatives, fixes) as Markdown under a list item, code spans kept.
    private func indented(_ text: String, by indent: String = "  ") -> String {
        MarkdownText.authored(text.trimmingCharacters(in: .whitespacesAndNewlines)).replacingNewlines(with: "\n" + indent)
    }

    private func longestBacktickRun(_ lines: [String]) -> Int {
        var longest = 0
        for line in lines {
            var run = 0
            for character in line {
                run = character == "`" ? run + 1 : 0
                longest = max(longest, run)
            }
        }
        return longest
    }
}
