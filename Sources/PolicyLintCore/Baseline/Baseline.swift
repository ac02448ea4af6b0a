import Foundation
import PolicyYAML

/// The accepted set of existing findings, so CI fails only on new ones.
public struct Baseline: Sendable, Equatable, Codable {
    /// One accepted finding.
    public struct Entry: Sendable, Equatable, Codable {
        /// The finding's fingerprint.
        public let fingerprint: String
        /// The rule, for people reading the file.
        public let rule: String
        /// The policy id, for people reading the file.
        public let policy: String?
        /// The node path, for people reading the file.
        public let path: String?
        /// The file where it was found when the baseline was written.
        public let file: String
        /// The message when the baseline was written.
        public let message: String
        /// Where the entry is written in the baseline file it was read from (at its fingerprint); nil for an entry
        /// about to be written.
        public var location: Location?

        enum CodingKeys: String, CodingKey {
            case fingerprint, rule, policy, path, file, message
        }
    }

    /// The baseline file format version.
    public var version: Int
    /// The tool version that wrote it.
    public var tool: String
    /// The accepted findings, sorted by fingerprint.
    public var findings: [Entry]
    /// The SHA-256 of the file it was read from, in hex; nil for a baseline about to be written.
    public var sha256: String?

    enum CodingKeys: String, CodingKey {
        case version, tool, findings
    }

    /// A baseline of every active finding of a report (input errors and waiver findings are never baselined).
    public init(report: CheckReport) {
        self.init(entries: report.files.flatMap(Self.entries))
    }

    /// A baseline of the given entries.
    public init(entries: [Entry]) {
        version = 1
        tool = "policylint \(PolicyLintVersion.current)"
        findings = entries.sorted { ($0.fingerprint, $0.file) < ($1.fingerprint, $1.file) }
    }

    /// The entries a file's active findings would add to a baseline (input errors and waiver findings are never baselined).
    public static func entries(of file: FileReport) -> [Entry] {
        file.findings.filter { $0.isBaselineable && !$0.isWaived }.map {
            Entry(fingerprint: Fingerprint.of($0), rule: $0.ruleID, policy: $0.policyID, path: $0.nodePath,
                  file: $0.location.file, message: $0.message)
        }
    }

    /// Reads a baseline file; every problem is reported at its line and column, as for any other input.
    public static func load(path: String) throws(InputErrors) -> Baseline {
        let source: SourceText
        switch SourceLoader.load(path, limits: .default) {
        case .success(let loaded): source = loaded
        case .failure(let finding):
            throw InputErrors(InputError(id: "no-such-file", message: "cannot read the baseline file \(path)", location: finding.location))
        }
        return try read(source)
    }

    /// Reads a baseline from its source, checking its version before its shape, so a baseline from another
    /// version is reported as that rather than as its first unfamiliar field.
    public static func read(_ source: SourceText) throws(InputErrors) -> Baseline {
        let advice = "; write a new one with --write-baseline"
        // A baseline is JSON, read by the YAML parser: a syntax error is said in JSON's terms, not libyaml's, and YAML
        // that is not JSON (a comment, a string over two lines) is refused as JSON would refuse it. A file the YAML
        // layer refuses for another reason (not UTF-8, too deep) is reported as that.
        func notJSON(_ problem: JSONSyntaxCheck.Problem) -> InputErrors {
            let start = source.position(ofOffset: problem.offset)
            return InputErrors(InputError(id: "invalid-baseline", message: "the baseline is not valid JSON: \(problem.message)",
                                          source: source, span: SourceSpan(start: start, end: source.position(ofOffset: problem.offset + problem.length))))
        }
        let root: YAMLNode
        do {
            root = try DataFile.validatedRoot(source, format: BaselineFormat.root, kind: .baseline, checkingFormat: false)
        } catch {
            guard error.errors.first?.id == "invalid-yaml", let problem = JSONSyntaxCheck.firstProblem(in: source.bytes) else { throw error }
            throw notJSON(problem)
        }
        if let problem = JSONSyntaxCheck.firstProblem(in: source.bytes) { throw notJSON(problem) }
        if let versionNode = root["version"], case .int(let version)? = versionNode.scalar?.value, version != BaselineFormat.version {
            throw InputErrors(InputError(id: "invalid-baseline", message: "baseline version \(version) is not supported by this policylint, which reads version \(BaselineFormat.version)\(advice)",
                                         source: source, span: versionNode.span))
        }
        let (_, issues) = FormatValidator(unknownKeySeverity: .error, syntax: .json).validate(root, as: BaselineFormat.root)
        if !issues.isEmpty {
            throw InputErrors(issues.map { InputError(id: "invalid-baseline", message: "not a policylint baseline: \($0.message)\(advice)", source: source, span: $0.span) })
        }
        var baseline = Baseline(entries: DataFile.list(root["findings"]).map { node in
            Entry(fingerprint: DataFile.string(node["fingerprint"]), rule: DataFile.string(node["rule"]), policy: node["policy"]?.scalar?.text,
                  path: node["path"]?.scalar?.text, file: DataFile.string(node["file"]), message: DataFile.string(node["message"]),
                  location: Location(source: source, span: node["fingerprint"]?.span ?? node.span))
        })
        baseline.tool = DataFile.string(root["tool"])
        baseline.sha256 = SHA256.hex(source.bytes)
        return baseline
    }

    /// The baseline as pretty, stable JSON.
    public func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) + "\n" } ?? "{}\n"
    }

    /// Marks findings the baseline accepts; each entry accepts one finding, so duplicates beyond the baseline count stay new.
    public func mark(_ report: inout CheckReport) {
        let matcher = matcher()
        for index in report.files.indices { matcher.mark(&report.files[index]) }
    }

    /// A matcher that marks files one at a time, for output that streams.
    public func matcher() -> BaselineMatcher {
        BaselineMatcher(self)
    }
}
