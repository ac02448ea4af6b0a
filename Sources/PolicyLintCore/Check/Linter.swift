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
        /// Creates options.
        public init(limits: YAMLLimits = .default, failOn: Severity = .error) {
            self.limits = limits
            self.failOn = failOn
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
        switch SourceLoader.load(path, limits: options.limits) {
        case .success(let source):
            return check(source)
        case .failure(let finding):
            return FileReport(path: path == "-" ? "<stdin>" : path, policyIDs: [], findings: [finding], sha256: "")
        }
    }

    /// Checks a source already in memory.
    public func check(_ source: SourceText) -> FileReport {
        let read = PolicyReader(limits: options.limits).read(source)
        var findings = read.findings
        if let engine {
            for document in read.documents { findings += engine.run(on: document) }
        }
        findings.sort { ($0.location.span.start.offset, $0.ruleID) < ($1.location.span.start.offset, $1.ruleID) }
        return FileReport(path: source.name, policyIDs: read.documents.compactMap(\.id), findings: findings,
                          sha256: SHA256.hex(source.bytes))
    }
}
