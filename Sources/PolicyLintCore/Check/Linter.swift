import Foundation
import PolicyYAML

/// Checks policy files: reads, validates, runs the rules and collects findings.
public struct Linter: Sendable {
    /// What a run checks and how.
    public struct Options: Sendable {
        /// Limits on YAML input.
        public var limits: YAMLLimits
        /// The lowest severity that fails the run.
        public var failOn: Severity
        /// Waivers from waivers files, each naming its policy.
        public var waivers: [Waiver]
        /// The day waivers are judged against.
        public var today: Date
        /// The file name standard input is reported and read as (its extension picks YAML or prose); nil: `<stdin>`, YAML.
        public var stdinName: String?
        /// Creates options.
        public init(limits: YAMLLimits = .default, failOn: Severity = .error, waivers: [Waiver] = [], today: Date = Date(),
                    stdinName: String? = nil) {
            self.limits = limits
            self.failOn = failOn
            self.waivers = waivers
            self.today = today
            self.stdinName = stdinName
        }
    }

    /// The options in force.
    public let options: Options
    /// The compiled rules to run, if any.
    public let engine: RuleEngine?

    /// Creates a linter.
    public init(options: Options = Options(), engine: RuleEngine? = nil) {
        self.options = options
        self.engine = engine
    }

    /// Checks every named file (`-` reads standard input).
    public func check(files: [String]) -> CheckReport {
        CheckReport(files: files.map(checkFile), failOn: options.failOn)
    }

    /// Checks one file from disk or standard input.
    public func checkFile(_ path: String) -> FileReport {
        switch SourceLoader.load(path, limits: options.limits, stdinName: options.stdinName, dashReadsStandardInput: true) {
        case .success(let source):
            return check(source)
        case .failure(let finding):
            return FileReport(path: finding.location.file, policyIDs: [], findings: [finding], sha256: nil)
        }
    }

    /// Checks a source already in memory: Markdown and text files (by extension) as prose, anything else as YAML policies.
    public func check(_ source: SourceText) -> FileReport {
        if ProseDocument.isProse(source.name) { return checkProse(source) }
        let read = PolicyReader(limits: options.limits).read(source)
        var findings = read.findings
        if source.name == "<stdin>", read.documents.isEmpty {
            // Piped Markdown or text is read as YAML unless named: say how to name it.
            for index in findings.indices where findings[index].category == .input {
                findings[index].message += " (if standard input is Markdown or text, name it with --stdin-filename NAME.md)"
            }
        }
        if let engine {
            let applier = WaiverApplier(today: options.today, knownRules: engine.knownRuleIDs, activeRules: engine.activeRuleIDs)
            for document in read.documents {
                let own = findings.filter { $0.documentIndex == document.document.index }
                findings.removeAll { $0.documentIndex == document.document.index }
                let waivers = WaiverReader.waivers(in: document) + options.waivers.filter { $0.policyID == document.id }
                findings += applier.apply(waivers, to: own + engine.run(on: document), policyID: document.id)
            }
        }
        var idLocations: [String: Location] = [:]
        for document in read.documents {
            guard let id = document.id, let node = document.node(at: NodePath([.key("id")])) else { continue }
            let location = Location(source: source, span: node.span)
            if let first = idLocations[id] {
                findings.append(FileReport.duplicateID(id, at: location, first: first, documentIndex: document.document.index))
            } else {
                idLocations[id] = location
            }
        }
        findings.sort { ($0.location.span.start.offset, $0.ruleID) < ($1.location.span.start.offset, $1.ruleID) }
        var report = FileReport(path: source.name, policyIDs: read.documents.compactMap(\.id), findings: findings,
                                sha256: SHA256.hex(source.bytes))
        report.policyIDLocations = idLocations
        return report
    }

    /// Checks a Markdown or plain-text document with the text rules only (it has no structured fields).
    public func checkProse(_ source: SourceText) -> FileReport {
        var findings: [Finding]
        switch ProseReader.read(source) {
        case .success(let document):
            findings = engine?.run(on: document) ?? []
        case .failure(let error):
            findings = [Finding(ruleID: error.id, severity: .error, category: .input, message: error.message,
                                location: Location(source: source, span: error.span))]
        }
        findings.sort { ($0.location.span.start.offset, $0.ruleID) < ($1.location.span.start.offset, $1.ruleID) }
        return FileReport(path: source.name, policyIDs: [], findings: findings, sha256: SHA256.hex(source.bytes))
    }
}
