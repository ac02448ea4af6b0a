import PolicyLintCore

/// SARIF 2.1.0 for code scanning: one run, the rules that ran, a result per finding, waivers as accepted suppressions.
///
/// Fixes are set-this-field assignments, not text replacements, so they are written under
/// `result.properties.fix` and never as SARIF `fixes` (which must carry real replacements).
public struct SARIFReporter: Reporter {
    /// The schema URI written as `$schema`.
    public static let schemaURI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
    /// The project's home page, written as the driver's `informationUri`.
    public static let informationURI = "https://github.com/policylint/policylint"
    /// The key of the partial fingerprint in each result.
    public static let fingerprintKey = "policylintFinding/v1"

    /// Creates a SARIF reporter.
    public init() {}

    /// The report as a SARIF 2.1.0 log.
    ///
    /// Problems that stopped the run before any policy was checked (a bad config, rulebook, waivers or baseline file)
    /// are about the tool's configuration, not about an artifact it analysed, so they are the invocation's
    /// `toolConfigurationNotifications`, with `executionSuccessful: false` and no results.
    public func render(_ report: CheckReport, context: ReportContext) -> String {
        let analysed = report.files.flatMap(\.findings)
        var descriptors = context.rules.map(descriptor)
        var ruleIndex: [String: Int] = [:]
        for (index, rule) in context.rules.enumerated() where ruleIndex[rule.id] == nil { ruleIndex[rule.id] = index }
        // Findings policylint raises itself (input errors, waivers) are described too, so every result has a rule.
        for finding in analysed where ruleIndex[finding.ruleID] == nil {
            ruleIndex[finding.ruleID] = descriptors.count
            descriptors.append(toolDescriptor(finding))
        }
        var notificationDescriptors: [SARIFRuleDescriptor] = []
        var notificationIndex: [String: Int] = [:]
        for finding in report.runErrors where notificationIndex[finding.ruleID] == nil {
            notificationIndex[finding.ruleID] = notificationDescriptors.count
            notificationDescriptors.append(toolDescriptor(finding))
        }
        let notifications = report.runErrors.map { finding in
            SARIFLog.Notification(locations: finding.location.isInFile ? [location(finding, artifactIndex: nil)] : nil,
                                  message: SARIFText(text: finding.message), level: Self.level(finding.severity),
                                  descriptor: .init(id: finding.ruleID, index: notificationIndex[finding.ruleID] ?? 0))
        }
        var artifactIndex: [String: Int] = [:]
        for (index, file) in report.files.enumerated() where artifactIndex[file.path] == nil { artifactIndex[file.path] = index }
        var driver = SARIFLog.Driver(name: "policylint", version: PolicyLintVersion.current, semanticVersion: PolicyLintVersion.current,
                                     informationUri: Self.informationURI, rules: descriptors)
        if !notificationDescriptors.isEmpty { driver.notifications = notificationDescriptors }
        var invocation = SARIFLog.Invocation(executionSuccessful: report.exitCode != 2, exitCode: Int(report.exitCode))
        if !notifications.isEmpty { invocation.toolConfigurationNotifications = notifications }
        let run = SARIFLog.Run(
            tool: .init(driver: driver),
            invocations: [invocation],
            originalUriBaseIds: context.workingDirectory.map { [Self.sourceRoot: SARIFLog.BaseURI(uri: Self.directoryURI($0))] },
            artifacts: report.files.map {
                .init(location: Self.artifactLocation($0.path), hashes: $0.sha256.map { ["sha-256": $0] })
            },
            columnKind: "unicodeCodePoints",
            results: analysed.map {
                result($0, ruleIndex: ruleIndex[$0.ruleID], artifactIndex: artifactIndex[$0.location.file], comparedWithBaseline: context.comparedWithBaseline)
            },
            properties: .init(rulebooks: context.rulebooks, failOn: report.strictestFailOn.rawValue)
        )
        return MachineJSON.encode(SARIFLog(schema: Self.schemaURI, version: "2.1.0", runs: [run]))
    }

    /// The SARIF level of a severity.
    static func level(_ severity: Severity) -> String {
        switch severity {
        case .error: return "error"
        case .warning: return "warning"
        case .info: return "note"
        }
    }

    /// A file path as a URI reference: relative paths stay relative, absolute ones become `file://` URIs, unsafe bytes are percent-encoded.
    /// The base id relative artifact URIs are resolved against: the folder policylint ran in.
    static let sourceRoot = "%SRCROOT%"

    /// Where a file is, relative ones marked as relative to `%SRCROOT%`.
    static func artifactLocation(_ path: String, index: Int? = nil) -> SARIFLocation.ArtifactLocation {
        let uri = uri(forPath: path)
        return .init(uri: uri, uriBaseId: path.hasPrefix("/") ? nil : sourceRoot, index: index)
    }

    /// A folder as a `file://` URI ending in `/`, as `originalUriBaseIds` requires.
    static func directoryURI(_ directory: String) -> String {
        let uri = uri(forPath: directory.hasPrefix("/") ? directory : "/" + directory)
        return uri.hasSuffix("/") ? uri : uri + "/"
    }

    static func uri(forPath path: String) -> String {
        let unreserved = Set("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~/!$&'()*+,;=@".utf8)
        var encoded = ""
        for byte in path.utf8 {
            if unreserved.contains(byte) {
                encoded.append(Character(Unicode.Scalar(byte)))
            } else {
                let hex = String(byte, radix: 16, uppercase: true)
                encoded += "%" + (hex.count == 1 ? "0" + hex : hex)
            }
        }
        return path.hasPrefix("/") ? "file://" + encoded : encoded
    }

    private func descriptor(_ rule: Rule) -> SARIFRuleDescriptor {
        var text = rule.why
        var markdown = "**Why it matters**\n\n\(rule.why)"
        if !rule.alternatives.isEmpty {
            text += "\n\nAlternatives:\n" + rule.alternatives.map { "- \($0)" }.joined(separator: "\n")
            markdown += "\n\n**Alternatives**\n\n" + rule.alternatives.map { "- \($0)" }.joined(separator: "\n")
        }
        if !rule.references.isEmpty {
            text += "\n\nReferences:\n" + rule.references.map { "- \($0)" }.joined(separator: "\n")
            markdown += "\n\n**References**\n\n" + rule.references.map { "- \($0)" }.joined(separator: "\n")
        }
        let helpURI = PolicyLintVersion.rulesDocsBase + rule.id + ".md"
        markdown += "\n\n[Rule documentation](\(helpURI))"
        return SARIFRuleDescriptor(
            id: rule.id,
            name: Self.name(of: rule.id),
            shortDescription: SARIFText(text: rule.title),
            fullDescription: SARIFText(text: rule.why),
            help: SARIFText(text: text, markdown: markdown),
            helpUri: helpURI,
            defaultConfiguration: .init(level: Self.level(rule.severity)),
            properties: .init(principles: rule.principles, tags: ["policylint", rule.rulebook] + rule.appliesTo,
                              references: rule.references, rulebook: rule.rulebook)
        )
    }

    /// A rule id as SARIF's CamelCase `name`: `match-funding-required` is `MatchFundingRequired`.
    static func name(of id: String) -> String {
        id.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined()
    }

    /// A descriptor for a finding policylint raises itself rather than a rule (an input error or a waiver problem).
    private func toolDescriptor(_ finding: Finding) -> SARIFRuleDescriptor {
        let kind = ToolFindingKind.kind(finding.ruleID)
        let title = kind?.title ?? finding.ruleID
        let url = finding.documentationURL ?? Self.informationURI
        return SARIFRuleDescriptor(
            id: finding.ruleID,
            name: Self.name(of: finding.ruleID),
            shortDescription: SARIFText(text: title),
            fullDescription: SARIFText(text: title),
            help: SARIFText(text: "\(title)\n\nSee \(url)", markdown: "\(title)\n\n[Documentation](\(url))"),
            helpUri: url,
            defaultConfiguration: .init(level: Self.level(kind?.severity ?? finding.severity)),
            properties: .init(principles: [], tags: ["policylint", finding.category.rawValue], references: [], rulebook: "policylint")
        )
    }

    /// Where a finding points: its file and region, with its snippet, and the node it names.
    private func location(_ finding: Finding, artifactIndex: Int?) -> SARIFLocation {
        let span = finding.location.span
        let region = SARIFLocation.Region(
            startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: span.end.column,
            byteOffset: span.start.offset, byteLength: span.end.offset - span.start.offset,
            snippet: Self.spanText(finding.location).flatMap { $0.isEmpty ? nil : SARIFText(text: $0) }
        )
        let logical = finding.nodePath.map { path in
            [SARIFLocation.LogicalLocation(name: String(path.split(separator: ".").last ?? Substring(path)), fullyQualifiedName: path, kind: "property")]
        }
        return SARIFLocation(
            physicalLocation: .init(artifactLocation: Self.artifactLocation(finding.location.file, index: artifactIndex), region: region),
            logicalLocations: logical
        )
    }

    private func result(_ finding: Finding, ruleIndex: Int?, artifactIndex: Int?, comparedWithBaseline: Bool) -> SARIFResult {
        let location = location(finding, artifactIndex: artifactIndex)
        let waiver = finding.waiver.map {
            SARIFResult.WaiverProperties(reason: $0.reason, approver: $0.approver, expires: $0.expires, expired: $0.isExpired, source: $0.source)
        }
        var suppressions: [SARIFResult.Suppression]?
        if let applied = finding.waiver, let waiver, !applied.isExpired {
            suppressions = [SARIFResult.Suppression(
                kind: "external", status: "accepted",
                justification: "\(applied.reason) (approved by \(applied.approver), expires \(applied.expires))",
                location: Self.waiverLocation(applied.source), properties: waiver)]
        }
        let fix = finding.fix.map { fix in
            SARIFResult.FixProperty(description: fix.description, safety: fix.safety.rawValue,
                                    set: fix.set.map { JSONFindingRecord.Assignment(path: $0.path, value: $0.value) })
        }
        return SARIFResult(
            ruleId: finding.ruleID, ruleIndex: ruleIndex, level: Self.level(finding.severity),
            message: SARIFText(text: finding.message), locations: [location],
            partialFingerprints: [Self.fingerprintKey: Self.fingerprint(finding)],
            suppressions: suppressions,
            baselineState: finding.isBaselined ? "unchanged" : (comparedWithBaseline ? "new" : nil),
            properties: .init(category: finding.category.rawValue, policy: finding.policyID, documentIndex: finding.documentIndex,
                              principles: finding.principles, fix: fix, waiver: waiver)
        )
    }

    /// A hash of rule, policy and node path; without a policy or a node the file and start line stand in.
    static func fingerprint(_ finding: Finding) -> String {
        let policy = finding.policyID ?? "\(finding.location.file)#\(finding.documentIndex)"
        let node = finding.nodePath ?? "line \(finding.location.span.start.line)"
        return SHA256.hex(Array("\(finding.ruleID)\u{0}\(policy)\u{0}\(node)".utf8))
    }

    /// The exact text of `span`, when the excerpt holds every line of it.
    static func spanText(_ location: Location) -> String? {
        let excerpt = location.excerpt
        let span = location.span
        let endsAtLineStart = span.end.column == 1 && span.end.line > span.start.line
        let lastLine = endsAtLineStart ? span.end.line - 1 : span.end.line
        guard span.start.line >= excerpt.firstLine, lastLine - excerpt.firstLine < excerpt.lines.count else { return nil }
        var pieces: [String] = []
        for number in span.start.line...max(span.start.line, lastLine) {
            let scalars = Array(excerpt.lines[number - excerpt.firstLine].unicodeScalars)
            let shift = excerpt.shift(ofLine: number)
            let from = min(scalars.count, max(0, number == span.start.line ? span.start.column - 1 - shift : 0))
            let to = min(scalars.count, max(from, number == span.end.line ? span.end.column - 1 - shift : scalars.count))
            pieces.append(String(String.UnicodeScalarView(scalars[from..<to])))
        }
        return pieces.joined(separator: "\n") + (endsAtLineStart ? "\n" : "")
    }

    /// The waiver's `file:line:column` source as a SARIF location, or nil when it does not parse.
    static func waiverLocation(_ source: String) -> SARIFLocation? {
        let parts = source.split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count >= 3, let column = Int(parts[parts.count - 1]), let line = Int(parts[parts.count - 2]), line > 0, column > 0 else { return nil }
        let file = parts.dropLast(2).joined(separator: ":")
        guard !file.isEmpty else { return nil }
        return SARIFLocation(
            physicalLocation: .init(artifactLocation: artifactLocation(file),
                                    region: .init(startLine: line, startColumn: column)),
            logicalLocations: nil)
    }
}
