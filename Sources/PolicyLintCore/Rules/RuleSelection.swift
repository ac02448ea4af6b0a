/// Which rules run and at what severity: `--select`, `--ignore`, severity overrides.
public struct RuleSelection: Sendable {
    /// Id patterns to run (globs such as `insurance-*`); nil runs every stable and deprecated rule.
    public var select: [String]?
    /// Id patterns to skip.
    public var ignore: [String]
    /// Severity overrides by rule id.
    public var severities: [String: Severity]
    /// Whether preview rules run without being selected by exact id.
    public var preview: Bool
    /// Id patterns switched on by a config (runs preview rules they name).
    public var enable: [String]

    /// Creates a selection.
    public init(select: [String]? = nil, ignore: [String] = [], severities: [String: Severity] = [:], preview: Bool = false, enable: [String] = []) {
        self.select = select
        self.ignore = ignore
        self.severities = severities
        self.preview = preview
        self.enable = enable
    }

    /// Whether a rule runs.
    public func includes(_ rule: Rule) -> Bool {
        if ignore.contains(where: { Glob.matches($0, rule.id) }) { return false }
        if let select {
            let exact = select.contains(rule.id)
            let matched = exact || select.contains { Glob.matches($0, rule.id) }
            return matched && (rule.status != .preview || exact || preview)
        }
        return rule.status != .preview || preview || enable.contains { Glob.matches($0, rule.id) }
    }
}
