/// The public description of a rule, as `policylint rules --format json` and machine formats give it.
public struct RuleSummary: Sendable, Codable, Equatable {
    public let id: String
    public let title: String
    public let severity: Severity
    public let appliesTo: [String]
    public let principles: [String]
    public let condition: String
    /// The patterns of a text rule; absent for a structured rule.
    public let patterns: [String]?
    public let why: String
    public let alternatives: [String]
    public let references: [String]
    public let fixSafety: String?
    public let status: String
    public let since: String?
    public let rulebook: String

    /// Summarises a rule.
    public init(_ rule: Rule) {
        id = rule.id
        title = rule.title
        severity = rule.severity
        appliesTo = rule.appliesTo
        principles = rule.principles
        condition = rule.isTextRule && !rule.isGuardedTextRule ? "" : rule.condition.source
        patterns = rule.textMatch?.patterns.map(\.source)
        why = rule.why
        alternatives = rule.alternatives
        references = rule.references
        fixSafety = rule.fix?.safety.rawValue
        status = rule.status.rawValue
        since = rule.since
        rulebook = rule.rulebook
    }
}
