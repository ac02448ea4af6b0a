import PolicyLintCore

/// GitHub Actions workflow commands (`::error file=…,line=…::message`) that annotate a pull request, then a summary line.
///
/// Findings the baseline accepts are left out, as in text output; the summary counts them.
public struct GitHubReporter: StreamingReporter {
    /// Creates a GitHub reporter.
    public init() {}

    /// One workflow command per finding of a file.
    public func renderFile(_ file: FileReport, context: ReportContext) -> String {
        file.findings.filter { !$0.isBaselined }.map { command($0) + "\n" }.joined()
    }

    /// A plain summary line.
    public func renderSummary(_ tally: RunTally, context: ReportContext) -> String {
        "policylint: " + tally.sentence() + "\n"
    }

    /// The workflow command for one finding; waived findings become notices.
    func command(_ finding: Finding) -> String {
        let span = finding.location.span
        let name: String
        if finding.isWaived {
            name = "notice"
        } else {
            switch finding.severity {
            case .error: name = "error"
            case .warning: name = "warning"
            case .info: name = "notice"
            }
        }
        // A problem with the command line itself is in no file, so it annotates the run rather than a line.
        var properties: [(String, String)] = []
        if finding.location.isInFile {
            properties = [("file", finding.location.file), ("line", String(span.start.line)), ("col", String(span.start.column))]
            if span.end.column == 1, span.end.line > span.start.line {
                properties.append(("endLine", String(span.end.line - 1)))
            } else {
                properties.append(("endLine", String(span.end.line)))
                properties.append(("endColumn", String(span.end.column)))
            }
        }
        var message = finding.message
        if let waiver = finding.waiver {
            if waiver.isExpired {
                properties.append(("title", "policylint \(finding.ruleID)"))
                message += " (waiver expired \(waiver.expires))"
            } else {
                properties.append(("title", "policylint \(finding.ruleID) (waived)"))
                message = "waived \(finding.severity.rawValue): \(finding.message) — \(waiver.reason) (approved by \(waiver.approver), expires \(waiver.expires))"
            }
        } else {
            properties.append(("title", "policylint \(finding.ruleID)"))
        }
        let list = properties.map { "\($0.0)=\(Self.escapeProperty($0.1))" }.joined(separator: ",")
        return "::\(name) \(list)::\(Self.escapeMessage(message))"
    }

    /// Escapes a command's message: `%`, carriage return and line feed; other control characters are dropped so the log cannot be styled or spoofed.
    static func escapeMessage(_ text: String) -> String {
        escape(text, extra: false)
    }

    /// Escapes a command's property value: as a message, plus `:` and `,`.
    static func escapeProperty(_ text: String) -> String {
        escape(text, extra: true)
    }

    private static func escape(_ text: String, extra: Bool) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "%": out += "%25"
            case "\r": out += "%0D"
            case "\n": out += "%0A"
            case ":" where extra: out += "%3A"
            case "," where extra: out += "%2C"
            case "\t": out += " "
            default:
                let value = scalar.value
                if value >= 0x20 && value != 0x7F && !(0x80..<0xA0).contains(value) { out.unicodeScalars.append(scalar) }
            }
        }
        return out
    }
}
