import Foundation
import PolicyLintCore

/// The pre-launch report as one self-contained HTML page: inline CSS and SVG, no scripts, no external assets.
///
/// The markup is also well-formed XML (every element closed, only XML's own entities), so it can be checked with
/// any XML parser. Everything read from a policy or rulebook is escaped.
public struct HTMLReportRenderer: Sendable {
    /// Creates a renderer.
    public init() {}

    /// The whole page.
    public func render(_ report: PrelaunchReport) -> String {
        var out = "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\" />\n"
        out += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\" />\n"
        out += "<meta name=\"generator\" content=\"policylint \(esc(report.signOff.toolVersion))\" />\n"
        out += "<title>\(esc(report.title))</title>\n<style>\n\(HTMLReportStyle.css)\n</style>\n</head>\n<body>\n<div class=\"page\">\n"
        out += "<a class=\"skip-link\" href=\"#main\">Skip to the report</a>\n"
        out += header(report)
        out += contents(report)
        out += "<main id=\"main\">\n"
        out += overview(report)
        for policy in report.policies { out += section(policy, catalogues: report.catalogues) }
        out += waiversFiles(report)
        out += signOff(report)
        out += "</main>\n"
        out += "<footer class=\"report-footer\">\n<p>Made by policylint \(esc(report.signOff.toolVersion)) on \(esc(report.signOff.reportDate)). "
        out += "policylint checks a policy against the rules in force; it does not replace the judgement of the officers and communities involved, nor legal advice.</p>\n</footer>\n"
        out += "</div>\n</body>\n</html>\n"
        return out
    }

    // MARK: - Page frame

    private func header(_ report: PrelaunchReport) -> String {
        var out = "<header class=\"report-header\">\n<h1>\(esc(report.title))</h1>\n"
        out += "<p class=\"meta\"><span>Report date: \(esc(report.signOff.reportDate))</span> · <span>Checked by: \(esc(report.signOff.checkedBy))</span> · <span>policylint \(esc(report.signOff.toolVersion))</span></p>\n"
        let verdict: LaunchVerdict = report.isReady ? .ready : .notReady
        out += "<p class=\"overall status status-\(report.isReady ? "met" : "at-risk")\"><span aria-hidden=\"true\">\(verdict.symbol)</span> \(esc(report.overallSentence))</p>\n</header>\n"
        return out
    }

    private func contents(_ report: PrelaunchReport) -> String {
        var out = "<nav class=\"toc\" aria-labelledby=\"toc-heading\">\n<h2 id=\"toc-heading\">Contents</h2>\n<ol>\n"
        out += "<li><a href=\"#overview\">Overview and how readiness is decided</a></li>\n"
        for policy in report.policies {
            let id = policy.anchor
            out += "<li><a href=\"#\(id)\">\(esc(policy.displayName))</a>: \(esc(policy.verdict.label))\n<ol>\n"
            out += "<li><a href=\"#\(id)-summary\">Summary</a></li>\n"
            out += "<li><a href=\"#\(id)-scorecard\">Principle scorecard</a></li>\n"
            out += "<li><a href=\"#\(id)-findings\">Findings (\(policy.findings.count))</a></li>\n"
            out += "<li><a href=\"#\(id)-waivers\">Waivers (\(policy.waivers.count))</a></li>\n"
            out += "</ol>\n</li>\n"
        }
        if !report.waiversFileFindings.isEmpty { out += "<li><a href=\"#waivers-files\">Waivers files</a></li>\n" }
        out += "<li><a href=\"#sign-off\">Sign-off record</a></li>\n</ol>\n</nav>\n"
        return out
    }

    private func overview(_ report: PrelaunchReport) -> String {
        var out = "<section id=\"overview\" aria-labelledby=\"overview-heading\">\n<h2 id=\"overview-heading\">Overview</h2>\n"
        out += "<table>\n<caption>Policies checked</caption>\n<thead>\n<tr><th scope=\"col\">Policy</th><th scope=\"col\">Verdict</th>"
        out += "<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Infos</th><th scope=\"col\">Waived</th>"
        out += "<th scope=\"col\">Problems reading the policy</th></tr>\n</thead>\n<tbody>\n"
        for policy in report.policies {
            out += "<tr><th scope=\"row\"><a href=\"#\(policy.anchor)\">\(esc(policy.displayName))</a><br /><span class=\"mono\">\(esc(policy.path))</span></th>"
            out += "<td>\(verdictText(policy.verdict))</td>"
            for severity in [Severity.error, .warning, .info] { out += "<td class=\"number\">\(policy.count(severity))</td>" }
            out += "<td class=\"number\">\(policy.waivedCount)</td><td class=\"number\">\(policy.readingProblems.count)</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        out += "<p><strong>How readiness is decided.</strong> \(esc(ReportWording.readinessRule(report.policies.map(\.failOn)))) "
        out += "Errors are \(esc(ReportWording.meaning(.error))); warnings are \(esc(ReportWording.meaning(.warning))); infos are \(esc(ReportWording.meaning(.info))).</p>\n"
        out += "</section>\n"
        return out
    }

    // MARK: - One policy

    private func section(_ policy: PolicyAssessment, catalogues: PrincipleCatalogues) -> String {
        let id = policy.anchor
        var out = "<section class=\"policy\" id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n<h2 id=\"\(id)-heading\">\(esc(policy.displayName))</h2>\n"
        let ids = policy.policyIDs.isEmpty ? "" : " · <span>Policy id: <span class=\"mono\">\(esc(policy.policyIDs.joined(separator: ", ")))</span></span>"
        out += "<p class=\"meta\"><span>File: <span class=\"mono\">\(esc(policy.path))</span></span>\(ids)</p>\n"
        out += summary(policy, catalogues: catalogues)
        out += scorecard(policy)
        out += findings(policy, catalogues: catalogues)
        out += waivers(policy)
        out += "</section>\n"
        return out
    }

    private func summary(_ policy: PolicyAssessment, catalogues: PrincipleCatalogues) -> String {
        let id = policy.anchor
        var out = "<section id=\"\(id)-summary\" aria-labelledby=\"\(id)-summary-heading\">\n<h3 id=\"\(id)-summary-heading\">Summary</h3>\n"
        out += "<div class=\"verdict verdict-\(policy.verdict.rawValue)\">\n"
        out += "<p class=\"verdict-label\"><span aria-hidden=\"true\">\(policy.verdict.symbol)</span> \(esc(policy.verdict.label))</p>\n"
        for sentence in ReportWording.summary(policy) { out += "<p>\(esc(sentence))</p>\n" }
        out += "</div>\n"
        out += "<table>\n<caption>Open findings by severity</caption>\n<thead>\n<tr><th scope=\"col\">Severity</th><th scope=\"col\">What it means</th><th scope=\"col\">Open</th><th scope=\"col\">Stops launch?</th></tr>\n</thead>\n<tbody>\n"
        for severity in [Severity.error, .warning, .info] {
            out += "<tr><th scope=\"row\">\(severityLabel(severity))</th><td>\(esc(ReportWording.meaning(severity)))</td>"
            out += "<td class=\"number\">\(policy.count(severity))</td><td>\(severity >= policy.failOn ? "Yes" : "No")</td></tr>\n"
        }
        out += "<tr><th scope=\"row\">Waived</th><td>accepted by a waiver in force</td><td class=\"number\">\(policy.waivedCount)</td><td>No</td></tr>\n"
        out += "<tr><th scope=\"row\"><span aria-hidden=\"true\">?</span> \(ReportWording.readingProblemLabel)</th><td>\(esc(ReportWording.readingProblemMeaning))</td>"
        out += "<td class=\"number\">\(policy.readingProblems.count)</td><td>Yes: correct it first</td></tr>\n"
        out += "</tbody>\n</table>\n"
        let atRisk = policy.scorecard.principles(.atRisk)
        let attention = policy.scorecard.principles(.needsAttention)
        if atRisk.isEmpty && attention.isEmpty {
            out += "<p>No principle is at risk or needs attention.</p>\n"
        } else {
            for (label, scores) in [("Principles at risk", atRisk), ("Principles that need attention", attention)] where !scores.isEmpty {
                out += "<p><strong>\(label) (\(scores.count)):</strong></p>\n<ul>\n"
                for score in scores {
                    out += "<li><a href=\"#\(principleAnchor(policy, score.principle.id))\">\(esc(score.principle.title))</a> (\(esc(score.countText)))</li>\n"
                }
                out += "</ul>\n"
            }
        }
        out += "</section>\n"
        return out
    }

    private func scorecard(_ policy: PolicyAssessment) -> String {
        let id = policy.anchor
        var out = "<section id=\"\(id)-scorecard\" aria-labelledby=\"\(id)-scorecard-heading\">\n<h3 id=\"\(id)-scorecard-heading\">Principle scorecard</h3>\n"
        out += "<p>Each principle of the three catalogues, with the open findings against it. A principle is <strong>at risk</strong> when an error names it, "
        out += "<strong>needs attention</strong> when a warning does, has <strong>minor points</strong> when only infos do, and shows <strong>no barriers found</strong> "
        out += "when the rules that serve it found nothing. <strong>Not checked</strong> means no rule in force serves it"
        out += policy.scorecard.policyWasFullyRead ? ".</p>\n" : ", or that part of the policy was not read.</p>\n"
        if !policy.scorecard.policyWasFullyRead {
            out += "<p><strong>\(esc(ReportWording.unreadScorecardNote))</strong></p>\n"
        }
        out += SVGBarChart(scorecard: policy.scorecard, idPrefix: id).render() + "\n"
        out += "<table>\n<caption>Principle scorecard: open findings against each principle</caption>\n<thead>\n<tr><th scope=\"col\">Principle</th>"
        out += "<th scope=\"col\">Errors</th><th scope=\"col\">Warnings</th><th scope=\"col\">Infos</th><th scope=\"col\">Waived</th><th scope=\"col\">Status</th></tr>\n</thead>\n"
        for group in policy.scorecard.groups {
            out += "<tbody>\n<tr><th scope=\"rowgroup\" colspan=\"6\">\(esc(group.catalogue.title))</th></tr>\n"
            for score in group.scores {
                out += "<tr id=\"\(principleAnchor(policy, score.principle.id))\"><th scope=\"row\">\(esc(score.principle.title))</th>"
                for count in [score.errors, score.warnings, score.infos, score.waived] { out += "<td class=\"number\">\(count)</td>" }
                out += "<td><span class=\"status status-\(score.status.rawValue)\"><span aria-hidden=\"true\">\(score.status.symbol)</span> \(score.status.label)</span></td></tr>\n"
            }
            out += "</tbody>\n"
        }
        out += "</table>\n</section>\n"
        return out
    }

    private func findings(_ policy: PolicyAssessment, catalogues: PrincipleCatalogues) -> String {
        let id = policy.anchor
        var out = "<section id=\"\(id)-findings\" aria-labelledby=\"\(id)-findings-heading\">\n<h3 id=\"\(id)-findings-heading\">Findings</h3>\n"
        guard !policy.findings.isEmpty else { return out + "<p>policylint found nothing to report in this policy.</p>\n</section>\n" }
        out += "<p>Most serious first. Each finding quotes the policy text it concerns, says why it excludes people, and offers principle-aligned alternatives.</p>\n"
        for (index, finding) in policy.findings.enumerated() {
            out += article(finding, id: "\(id)-finding-\(index + 1)", number: index + 1, policy: policy, catalogues: catalogues)
        }
        out += "</section>\n"
        return out
    }

    private func article(_ finding: Finding, id: String, number: Int, policy: PolicyAssessment, catalogues: PrincipleCatalogues) -> String {
        var out = "<article class=\"finding finding-\(finding.severity.rawValue)\" id=\"\(id)\" aria-labelledby=\"\(id)-heading\">\n"
        out += "<h4 id=\"\(id)-heading\">\(number). \(severityBadge(finding)) \(esc(finding.message))</h4>\n<dl>\n"
        var location = ReportWording.location(finding, in: policy)
        if let path = finding.nodePath { location += ", field \(path)" }
        out += "<dt>Where</dt>\n<dd>\(esc(location))</dd>\n"
        let excerpt = finding.location.excerpt
        if !excerpt.lines.isEmpty {
            let lineWord = excerpt.lines.count == 1 ? "line \(excerpt.firstLine)" : "lines \(excerpt.firstLine) to \(excerpt.firstLine + excerpt.lines.count - 1)"
            out += "<dt>\(esc(ReportWording.quoteHeading(finding, policyPath: policy.path))) (\(lineWord))</dt>\n<dd><blockquote class=\"quote\"><pre>"
            let width = String(excerpt.firstLine + excerpt.lines.count - 1).count
            out += ReportWording.dedented(excerpt.lines).enumerated().map { offset, line in
                let number = String(excerpt.firstLine + offset)
                let padded = String(repeating: " ", count: max(0, width - number.count)) + number
                return "<span class=\"line-number\">\(padded) | </span>\(esc(line))"
            }.joined(separator: "\n")
            out += "</pre></blockquote></dd>\n"
        }
        if let why = finding.why { out += "<dt>\(ReportWording.whyHeading(finding))</dt>\n<dd>\(paragraphs(why))</dd>\n" }
        if !finding.alternatives.isEmpty {
            out += "<dt>Alternatives</dt>\n<dd><ul>\n" + finding.alternatives.map { "<li>\(paragraphs($0))</li>\n" }.joined() + "</ul></dd>\n"
        }
        if let fix = finding.fix { out += "<dt>Suggested change (\(ReportWording.fixSafety(fix.safety)))</dt>\n<dd>\(paragraphs(fix.description))</dd>\n" }
        if !finding.principles.isEmpty {
            out += "<dt>Principles at stake</dt>\n<dd><ul>\n"
            for principle in finding.principles {
                let name = esc(ReportWording.principleName(principle, in: catalogues))
                out += catalogues.principle(principle) == nil ? "<li>\(name)</li>\n" : "<li><a href=\"#\(principleAnchor(policy, principle))\">\(name)</a></li>\n"
            }
            out += "</ul></dd>\n"
        }
        if !finding.references.isEmpty {
            out += "<dt>References</dt>\n<dd><ul>\n" + finding.references.map { "<li>\(reference($0))</li>\n" }.joined() + "</ul></dd>\n"
        }
        if let waiver = finding.waiver { out += "<dt>Waiver</dt>\n<dd>\(esc(ReportWording.waiverSentences(waiver)))</dd>\n" }
        out += "<dt>Rule</dt>\n<dd>\(ruleLink(finding))</dd>\n"
        out += "</dl>\n</article>\n"
        return out
    }

    private func waivers(_ policy: PolicyAssessment) -> String {
        let id = policy.anchor
        var out = "<section id=\"\(id)-waivers\" aria-labelledby=\"\(id)-waivers-heading\">\n<h3 id=\"\(id)-waivers-heading\">Waivers</h3>\n"
        guard !policy.waivers.isEmpty else { return out + "<p>No waivers apply to this policy.</p>\n</section>\n" }
        let soon = policy.waivers.filter(\.isExpiringSoon)
        let expired = policy.waivers.filter(\.isExpired)
        if !soon.isEmpty || !expired.isEmpty {
            out += "<div class=\"callout\">\n"
            if !soon.isEmpty {
                out += "<p><strong><span aria-hidden=\"true\">▲</span> Expiring within \(WaiverEntry.expiringSoonDays) days:</strong> "
                out += esc(ReportWording.list(soon.map { "\($0.finding.ruleID) (expires \($0.waiver.expires), approved by \($0.waiver.approver))" })) + ".</p>\n"
            }
            if !expired.isEmpty {
                out += "<p><strong><span aria-hidden=\"true\">✖</span> Expired:</strong> "
                out += esc(ReportWording.list(expired.map { "\($0.finding.ruleID) (expired \($0.waiver.expires))" })) + ". These barriers count again.</p>\n"
            }
            out += "</div>\n"
        }
        out += "<table>\n<caption>Waivers matched to findings</caption>\n<thead>\n<tr><th scope=\"col\">Barrier</th><th scope=\"col\">Reason</th>"
        out += "<th scope=\"col\">Approver</th><th scope=\"col\">Expires</th><th scope=\"col\">Status</th></tr>\n</thead>\n<tbody>\n"
        for entry in policy.waivers {
            let statusClass = entry.isExpired ? "status-at-risk" : entry.isExpiringSoon ? "status-needs-attention" : "status-met"
            let symbol = entry.isExpired ? "✖" : entry.isExpiringSoon ? "▲" : "✔"
            out += "<tr><th scope=\"row\">\(esc(entry.finding.message))<br /><span class=\"mono\">\(esc(entry.finding.ruleID))</span></th>"
            out += "<td>\(esc(entry.waiver.reason))</td><td>\(esc(entry.waiver.approver))</td><td>\(esc(entry.waiver.expires))</td>"
            out += "<td><span class=\"status \(statusClass)\"><span aria-hidden=\"true\">\(symbol)</span> \(esc(entry.statusText))</span></td></tr>\n"
        }
        out += "</tbody>\n</table>\n</section>\n"
        return out
    }

    // MARK: - Waivers files

    private func waiversFiles(_ report: PrelaunchReport) -> String {
        guard !report.waiversFileFindings.isEmpty else { return "" }
        var out = "<section id=\"waivers-files\" aria-labelledby=\"waivers-files-heading\">\n<h2 id=\"waivers-files-heading\">Waivers files</h2>\n"
        out += "<p>\(esc(ReportWording.waiversFileFindingsIntro))</p>\n<ul>\n"
        for finding in report.waiversFileFindings {
            out += "<li>\(severityLabel(finding.severity)) <span class=\"mono\">\(esc(finding.location.description))</span>: \(esc(finding.message)) (\(ruleLink(finding)))</li>\n"
        }
        out += "</ul>\n</section>\n"
        return out
    }

    // MARK: - Sign-off

    private func signOff(_ report: PrelaunchReport) -> String {
        let record = report.signOff
        var out = "<section class=\"sign-off\" id=\"sign-off\" aria-labelledby=\"sign-off-heading\">\n<h2 id=\"sign-off-heading\">Sign-off record</h2>\n"
        out += "<p>This record says who ran the check, when, with which rules and on exactly which files, so the decision can be audited later. "
        out += "A file whose SHA-256 hash differs from the one below has changed since it was checked.</p>\n"
        out += "<table>\n<caption>How the check was run</caption>\n<tbody>\n"
        let rulebooks = record.rulebooks.isEmpty ? "none" : record.rulebooks.map { "\($0.name) version \($0.version) (\($0.file))" }.joined(separator: "; ")
        let rows: [(String, String)] = [
            ("Checked by", record.checkedBy),
            ("Report date", record.reportDate),
            ("Generated at", record.generatedAt),
            ("Tool", "policylint \(record.toolVersion)"),
            ("Rulebooks", rulebooks),
            ("Rules in force", String(record.ruleCount)),
            ("Config file", record.configFiles.isEmpty ? "none: built-in defaults" : record.configFiles.map(\.path).joined(separator: "; ")),
            ("Waivers files", record.waiverFiles.isEmpty ? "none" : record.waiverFiles.map(\.path).joined(separator: "; ")),
        ]
        for (label, value) in rows { out += "<tr><th scope=\"row\">\(label)</th><td>\(esc(value))</td></tr>\n" }
        out += "</tbody>\n</table>\n"
        out += "<table>\n<caption>Policy files checked</caption>\n<thead>\n<tr><th scope=\"col\">File</th><th scope=\"col\">Verdict</th><th scope=\"col\">SHA-256 of the file's bytes</th></tr>\n</thead>\n<tbody>\n"
        for file in report.files {
            let verdicts = file.policies.count == 1 ? verdictText(file.policies[0].verdict)
                : file.policies.map { "\(esc(ReportWording.policyName($0))): \(verdictText($0.verdict))" }.joined(separator: "<br />")
            out += "<tr><th scope=\"row\" class=\"mono\">\(esc(file.path))</th><td>\(verdicts)</td>"
            out += "<td class=\"hash\">\(esc(file.sha256 ?? "not available"))</td></tr>\n"
        }
        out += "</tbody>\n</table>\n"
        if !record.filesInForce.isEmpty {
            out += "<table>\n<caption>Config, waivers and rulebook files in force</caption>\n<thead>\n<tr><th scope=\"col\">File</th><th scope=\"col\">What it is</th><th scope=\"col\">SHA-256 of the file's bytes</th></tr>\n</thead>\n<tbody>\n"
            for (role, file) in record.filesInForce {
                out += "<tr><th scope=\"row\" class=\"mono\">\(esc(file.path))</th><td>\(esc(role))</td><td class=\"hash\">\(esc(file.sha256 ?? "not available"))</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<div class=\"signature\">\n<p>Approved for launch by (name and role)</p>\n<p>Signature</p>\n<p>Date</p>\n</div>\n</section>\n"
        return out
    }

    // MARK: - Pieces

    private func esc(_ text: String) -> String { HTMLEscaping.content(text) }

    /// Rule-authored text, escaped, with `code spans` (paired backticks on one line) shown as code.
    private func paragraphs(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines).split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map { line in
            CodeSpans.pieces(line).map { piece in
                piece.isCode ? "<code>\(esc(piece.text))</code>" : (piece.afterStrayBacktick ? "`" : "") + esc(piece.text)
            }.joined()
        }.joined(separator: "\n")
    }

    private func severityLabel(_ severity: Severity) -> String {
        "<span class=\"sev sev-\(severity.rawValue)\"><span aria-hidden=\"true\">\(ReportWording.symbol(severity))</span> \(ReportWording.severity(severity))</span>"
    }

    private func severityBadge(_ finding: Finding) -> String {
        let badge = ReportWording.badge(finding)
        return "<span class=\"badge sev sev-\(finding.severity.rawValue)\"><span aria-hidden=\"true\">\(badge.symbol)</span> \(esc(badge.label))</span>"
    }

    private func verdictText(_ verdict: LaunchVerdict) -> String {
        let statusClass = verdict == .ready ? "status-met" : "status-at-risk"
        return "<span class=\"status \(statusClass)\"><span aria-hidden=\"true\">\(verdict.symbol)</span> \(verdict.label)</span>"
    }

    private func principleAnchor(_ policy: PolicyAssessment, _ principle: String) -> String {
        "\(policy.anchor)-principle-\(HTMLEscaping.identifier(principle))"
    }

    private func reference(_ text: String) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if (trimmed.hasPrefix("https://") || trimmed.hasPrefix("http://")), !trimmed.contains(" ") {
            return "<a href=\"\(HTMLEscaping.attribute(trimmed))\">\(esc(trimmed))</a>"
        }
        return esc(text)
    }

    private func ruleLink(_ finding: Finding) -> String {
        let id = esc(finding.ruleID)
        guard let url = finding.documentationURL else { return "<span class=\"mono\">\(id)</span>" }
        return "<a class=\"mono\" href=\"\(esc(url))\">\(id)</a>"
    }
}
