import PolicyLintCore

/// JUnit XML for CI test views: a test suite per file, a test case per finding, a passing case per clean file.
///
/// Active findings at or above `--fail-on` are `<failure>`s, unusable input is an `<error>`,
/// waived and baselined findings are `<skipped>`, and findings below the threshold pass with a note in `<system-out>`.
/// The threshold is the file's own `failOn` when its config sets one, else the run's.
public struct JUnitReporter: Reporter {
    /// Creates a JUnit reporter.
    public init() {}

    private enum Outcome {
        case passed, failure, error, waived, baselined
    }

    /// The report as a JUnit XML document.
    public func render(_ report: CheckReport, context: ReportContext) -> String {
        var suites = ""
        var totals = (tests: 0, failures: 0, errors: 0, skipped: 0)
        for file in Self.stoppingFiles(report.runErrors) + report.files {
            var cases = ""
            var counts = (tests: 0, failures: 0, errors: 0, skipped: 0)
            for finding in file.findings {
                let outcome = outcome(finding, failOn: file.failOn ?? report.failOn)
                counts.tests += 1
                switch outcome {
                case .failure: counts.failures += 1
                case .error: counts.errors += 1
                case .waived, .baselined: counts.skipped += 1
                case .passed: break
                }
                cases += testCase(finding, file: file.path, outcome: outcome)
            }
            if file.findings.isEmpty {
                counts.tests += 1
                cases += "    <testcase classname=\"\(XMLText.attribute(file.path))\" name=\"no findings\" time=\"0\"/>\n"
            }
            totals.tests += counts.tests
            totals.failures += counts.failures
            totals.errors += counts.errors
            totals.skipped += counts.skipped
            suites += "  <testsuite name=\"\(XMLText.attribute(file.path))\" tests=\"\(counts.tests)\" failures=\"\(counts.failures)\""
                + " errors=\"\(counts.errors)\" skipped=\"\(counts.skipped)\" time=\"0\">\n"
            suites += properties(of: file)
            suites += cases
            suites += "  </testsuite>\n"
        }
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"policylint\" tests=\"\(totals.tests)\" failures=\"\(totals.failures)\" errors=\"\(totals.errors)\""
            + " skipped=\"\(totals.skipped)\" time=\"0\">\n"
        out += suites
        out += "</testsuites>\n"
        return out
    }

    /// The errors that stopped a run as one suite per file they are in (`policylint` for the command line), each an error.
    private static func stoppingFiles(_ errors: [Finding]) -> [FileReport] {
        var files: [FileReport] = []
        for error in errors {
            let path = error.location.isInFile ? error.location.file : "policylint"
            if let index = files.firstIndex(where: { $0.path == path }) {
                files[index].findings.append(error)
            } else {
                files.append(FileReport(path: path, policyIDs: [], findings: [error], sha256: nil))
            }
        }
        return files
    }

    /// A suite's `<properties>`: the file's digest, when it was read, and its policies; none at all when it has neither
    /// (a file that stopped the run), since a property with no value says nothing.
    private func properties(of file: FileReport) -> String {
        let properties = (file.sha256.map { [("sha256", $0)] } ?? []) + file.policyIDs.map { ("policy", $0) }
        guard !properties.isEmpty else { return "" }
        let lines = properties.map { "      <property name=\"\($0.0)\" value=\"\(XMLText.attribute($0.1))\"/>\n" }
        return "    <properties>\n" + lines.joined() + "    </properties>\n"
    }

    private func outcome(_ finding: Finding, failOn: Severity) -> Outcome {
        if finding.isInputError { return .error }
        if finding.isWaived { return .waived }
        if finding.isBaselined { return .baselined }
        return finding.severity >= failOn ? .failure : .passed
    }

    private func testCase(_ finding: Finding, file: String, outcome: Outcome) -> String {
        let start = finding.location.span.start
        let name = "\(finding.ruleID) at \(start.line):\(start.column)"
        var out = "    <testcase classname=\"\(XMLText.attribute(file))\" name=\"\(XMLText.attribute(name))\" time=\"0\">\n"
        let body = XMLText.content(details(finding))
        switch outcome {
        case .failure:
            out += "      <failure message=\"\(XMLText.attribute(finding.message))\" type=\"\(XMLText.attribute(finding.ruleID))\">\(body)</failure>\n"
        case .error:
            out += "      <error message=\"\(XMLText.attribute(finding.message))\" type=\"\(XMLText.attribute(finding.ruleID))\">\(body)</error>\n"
        case .baselined:
            out += "      <skipped message=\"in the baseline\"/>\n"
            out += "      <system-out>\(body)</system-out>\n"
        case .waived:
            let reason = finding.waiver?.reason ?? ""
            out += "      <skipped message=\"\(XMLText.attribute("waived: " + reason))\"/>\n"
            out += "      <system-out>\(body)</system-out>\n"
        case .passed:
            out += "      <system-out>\(body)</system-out>\n"
        }
        out += "    </testcase>\n"
        return out
    }

    private func details(_ finding: Finding) -> String {
        var lines = ["\(finding.location.description): \(finding.severity.rawValue)[\(finding.ruleID)] \(finding.message)"]
        if let path = finding.nodePath { lines.append("at: \(path)") }
        if let why = finding.why { lines.append("why: \(why)") }
        for alternative in finding.alternatives { lines.append("try: \(alternative)") }
        if !finding.principles.isEmpty { lines.append("principles: \(finding.principles.joined(separator: ", "))") }
        if let fix = finding.fix { lines.append("fix (\(fix.safety.rawValue)): \(fix.description)") }
        if let waiver = finding.waiver {
            let state = waiver.isExpired ? "expired" : "expires"
            lines.append("waiver: \(waiver.reason) (approved by \(waiver.approver), \(state) \(waiver.expires), \(waiver.source))")
        }
        if let url = finding.documentationURL { lines.append("docs: \(url)") }
        return lines.joined(separator: "\n")
    }
}
